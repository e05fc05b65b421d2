#pragma once

#include <QGroupBox>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace rulecast {

// The OpenAI key on the settings dialog's Language Models page. The key is
// never written to the settings file: the panel says where it comes from
// (OPENAI_API_KEY or the system keychain, as llm::ApiKeyStore reads it) and,
// when Rulecast was built with qtkeychain, stores or removes it there.
class ApiKeyPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ApiKeyPanel(QWidget *parent = nullptr);

    QString sourceText() const;
    // Asks ApiKeyStore again (after storing or removing); sourceChanged() follows.
    void refresh();

Q_SIGNALS:
    void sourceChanged();

private:
    void store();
    void remove();
    void setBusy(bool busy);

    QLabel *m_source = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_store = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace rulecast
