#include "apikeypanel.h"

#include "llm/apikeystore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rulecast {

using llm::ApiKey;
using llm::ApiKeyStore;
using llm::KeySource;

ApiKeyPanel::ApiKeyPanel(QWidget *parent) : QGroupBox(tr("OpenAI API key"), parent)
{
    setObjectName(QStringLiteral("apiKeyPanel"));
    auto *layout = new QVBoxLayout(this);
    m_source = new QLabel(tr("Looking for the key…"), this);
    m_source->setObjectName(QStringLiteral("apiKeySource"));
    m_source->setWordWrap(true);
    layout->addWidget(m_source);

    auto *never = new QLabel(tr("The key is never written to the settings file."), this);
    never->setWordWrap(true);
    never->setEnabled(false); // the palette's dimmed text: a side note
    layout->addWidget(never);

    if (ApiKeyStore::keychainEnabled()) {
        auto *row = new QHBoxLayout;
        m_key = new QLineEdit(this);
        m_key->setObjectName(QStringLiteral("apiKeyEdit"));
        m_key->setEchoMode(QLineEdit::Password);
        m_key->setPlaceholderText(tr("Paste a key to store it in the keychain"));
        m_key->setToolTip(tr("The key is sent to the system keychain only; OPENAI_API_KEY still takes precedence."));
        m_store = new QPushButton(tr("Store in Keychain"), this);
        m_store->setObjectName(QStringLiteral("apiKeyStore"));
        m_store->setToolTip(tr("Store the key in the system keychain (service \"rulecast\")"));
        m_store->setEnabled(false);
        m_remove = new QPushButton(tr("Remove from Keychain"), this);
        m_remove->setObjectName(QStringLiteral("apiKeyRemove"));
        m_remove->setToolTip(tr("Delete the key Rulecast stored in the system keychain"));
        row->addWidget(m_key, 1);
        row->addWidget(m_store);
        row->addWidget(m_remove);
        layout->addLayout(row);
        connect(m_key, &QLineEdit::textChanged, this,
                [this](const QString &text) { m_store->setEnabled(!text.trimmed().isEmpty()); });
        connect(m_store, &QPushButton::clicked, this, &ApiKeyPanel::store);
        connect(m_remove, &QPushButton::clicked, this, &ApiKeyPanel::remove);
    } else {
        auto *why = new QLabel(ApiKeyStore::keychainBuiltIn()
                                   ? tr("The system keychain is switched off (RULECAST_NO_KEYCHAIN); "
                                        "set the environment variable OPENAI_API_KEY to use OpenAI.")
                                   : tr("This build has no keychain support; set the environment variable "
                                        "OPENAI_API_KEY to use OpenAI."),
                               this);
        why->setObjectName(QStringLiteral("apiKeyNoKeychain"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("apiKeyMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    refresh();
}

QString ApiKeyPanel::sourceText() const { return m_source->text(); }

void ApiKeyPanel::refresh()
{
    ApiKeyStore::read(this, [this](const ApiKey &key) {
        switch (key.source) {
        case KeySource::Environment:
            m_source->setText(tr("In use: the key from the environment variable OPENAI_API_KEY."));
            break;
        case KeySource::Keychain:
            m_source->setText(tr("In use: the key stored in the system keychain."));
            break;
        case KeySource::Given:
        case KeySource::None:
            m_source->setText(tr("No key: OpenAI is not used. Set OPENAI_API_KEY or store a key in the keychain."));
            break;
        }
        if (m_remove)
            m_remove->setEnabled(key.source == KeySource::Keychain);
        Q_EMIT sourceChanged();
    });
}

void ApiKeyPanel::setBusy(bool busy)
{
    m_key->setEnabled(!busy);
    m_store->setEnabled(!busy && !m_key->text().trimmed().isEmpty());
    m_remove->setEnabled(!busy);
}

void ApiKeyPanel::store()
{
    setBusy(true);
    ApiKeyStore::store(this, m_key->text(), [this](const Status &s) {
        setBusy(false);
        m_message->setText(s ? tr("The key is stored in the system keychain.")
                             : tr("Cannot store the key: %1").arg(s.error()));
        m_message->show();
        if (s)
            m_key->clear();
        refresh();
    });
}

void ApiKeyPanel::remove()
{
    setBusy(true);
    ApiKeyStore::remove(this, [this](const Status &s) {
        setBusy(false);
        m_message->setText(s ? tr("The key was removed from the system keychain.")
                             : tr("Cannot remove the key: %1").arg(s.error()));
        m_message->show();
        refresh();
    });
}

} // namespace rulecast
