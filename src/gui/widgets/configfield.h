#pragma once

#include "core/configkeys.h"

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace rulecast {

// The editor of one configuration key, generated from its row in the key
// table (core/configkeys.h): a check box for Bool, a spin box limited to the
// allowed range for Int and Double, a combo box of the choices, an editable
// list of IANA zones for TimeZone, a line edit for Url and Text. Whatever it
// holds is read back as config text ("0.7", "true", "Europe/Berlin") and
// checked by parseConfigValue — the validation `rulecast-cli config set` uses.
class ConfigField : public QObject
{
    Q_OBJECT

public:
    ConfigField(const ConfigKey &key, QWidget *parent);

    const ConfigKey &key() const { return *m_key; }
    QWidget *widget() const { return m_widget; }
    bool isCheckBox() const { return m_key->type == ConfigType::Bool; }
    // The form row's label ("Confidence threshold"); the tooltip has the key.
    QString label() const;

    QString text() const;
    void setText(const QString &text);
    QString defaultText() const;
    // Why the current text is refused (naming the allowed range), empty when valid.
    QString error() const;

    // Labels shared with the rest of the GUI.
    static QString labelFor(const QString &key);       // the key itself when unknown
    static QString sectionTitle(const QString &section); // "pattern_detection" → "Pattern Detection"
    static QString choiceLabel(const ConfigKey &key, const QString &choice);

Q_SIGNALS:
    void changed();

private:
    QString displayText(const QString &text) const; // a value as the user reads it
    QString toolTip() const;

    const ConfigKey *m_key;
    QWidget *m_widget = nullptr;
};

} // namespace rulecast
