#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;
QT_END_NAMESPACE

namespace rulecast {

class ApiKeyPanel;
class ConfigField;
class Settings;

// Tools → Settings… (Ctrl+,): one page per section of the configuration key
// table (core/configkeys.h), one generated editor per key. Values are read
// from and written through app/Settings — the file `rulecast-cli config`
// shows and sets — and only keys the user changed are written: a key put
// back to its default is removed, as `config reset KEY` does.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);                      // the user's settings file
    explicit SettingsDialog(const QString &settingsFile, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QList<ConfigField *> fields() const { return m_fields; }
    ConfigField *field(const QString &key) const;
    // Section ids in page order ("predictive_scheduling", …, "display").
    QStringList sections() const { return m_sections; }
    void showSection(const QString &section);
    ApiKeyPanel *apiKeyPanel() const { return m_apiKey; }

    // Writes what changed. When a value is invalid nothing is written, the
    // message names the key and the allowed range, and false is returned.
    bool apply();
    void restoreDefaults(const QString &section);
    QString message() const;

    void accept() override;

Q_SIGNALS:
    // After a successful apply(), with the keys written or reset.
    void applied(const QStringList &keys);

private:
    QWidget *createPage(const QString &section);
    void load();
    QStringList changedKeys() const;
    void updateState();
    void showMessage(const QString &text, bool error);

    std::unique_ptr<Settings> m_settings;
    QList<ConfigField *> m_fields;
    QHash<QString, QString> m_loaded; // key → the editor's text when last loaded or applied
    QStringList m_sections;
    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    ApiKeyPanel *m_apiKey = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rulecast
