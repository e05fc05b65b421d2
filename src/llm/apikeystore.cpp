#include "apikeystore.h"
#include "llmtext.h"

#include "keychainthread.h"
#include "secretserviceprobe.h"

#include <QTimer>

#ifdef RULECAST_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace rulecast::llm {

const char *const ApiKeyStore::keychainService = "rulecast";
const char *const ApiKeyStore::keychainEntry = "openai_api_key";

QString keySourceId(KeySource source)
{
    switch (source) {
    case KeySource::Environment:
        return QStringLiteral("environment");
    case KeySource::Keychain:
        return QStringLiteral("keychain");
    case KeySource::Given:
        return QStringLiteral("given");
    case KeySource::None:
        break;
    }
    return QStringLiteral("none");
}

bool ApiKeyStore::keychainBuiltIn()
{
#ifdef RULECAST_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

bool ApiKeyStore::keychainEnabled()
{
    const QString off = qEnvironmentVariable("RULECAST_NO_KEYCHAIN");
    return keychainBuiltIn() && (off.isEmpty() || off == QLatin1String("0"));
}

#ifdef RULECAST_HAVE_KEYCHAIN
namespace {

QString noKeyNote()
{
    return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "OPENAI_API_KEY is not set and the keychain holds no key"));
}

QString noKeychainNote(const QString &detail)
{
    return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "OPENAI_API_KEY is not set and no system keychain answered (%1)"))
        .arg(detail);
}

QString noKeychainError(const QString &detail)
{
    return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "no system keychain answered (%1)")).arg(detail);
}

void writeToKeychain(QObject *keychain, const QString &value, std::function<void(Status)> done);

// On the keychain thread (keychainthread.h); `done` runs there too.
void readFromKeychain(QObject *keychain, std::function<void(ApiKey)> done)
{
    // Only an entry the Secret Service knows is read: qtkeychain 0.13 crashes
    // looking up a missing one (secretserviceprobe.h).
    probeSecretService(keychain, QString::fromLatin1(ApiKeyStore::keychainService),
                       QString::fromLatin1(ApiKeyStore::keychainEntry),
                       [keychain, done = std::move(done)](SecretProbe probe, const QString &detail) {
        if (probe == SecretProbe::Absent || probe == SecretProbe::Unavailable) {
            ApiKey key;
            key.note = probe == SecretProbe::Absent ? noKeyNote() : noKeychainNote(detail);
            done(key);
            return;
        }
        auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(ApiKeyStore::keychainService), keychain);
        job->setKey(QString::fromLatin1(ApiKeyStore::keychainEntry));
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, keychain, [done](QKeychain::Job *j) {
            ApiKey key;
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
            if (j->error() == QKeychain::NoError && !readJob->textData().trimmed().isEmpty()) {
                key.key = readJob->textData().trimmed();
                key.source = KeySource::Keychain;
            } else if (j->error() == QKeychain::EntryNotFound || j->error() == QKeychain::NoError) {
                key.note = noKeyNote();
            } else {
                key.note = llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "OPENAI_API_KEY is not set and no system keychain answered (%1)"))
                               .arg(j->errorString());
            }
            done(key);
        });
        job->start();
    });
}

void storeInKeychain(QObject *keychain, const QString &value, std::function<void(Status)> done)
{
    probeSecretService(keychain, QString::fromLatin1(ApiKeyStore::keychainService),
                       QString::fromLatin1(ApiKeyStore::keychainEntry),
                       [keychain, value, done = std::move(done)](SecretProbe probe, const QString &detail) {
        if (probe == SecretProbe::Unavailable)
            done(Status::failure(noKeychainError(detail)));
        else
            writeToKeychain(keychain, value, done);
    });
}

void writeToKeychain(QObject *keychain, const QString &value, std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(ApiKeyStore::keychainService), keychain);
    job->setKey(QString::fromLatin1(ApiKeyStore::keychainEntry));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, keychain, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError
                 ? Status::success()
                 : Status::failure(llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "cannot store the key in the system keychain (%1)")).arg(j->errorString())));
    });
    job->start();
}

void removeFromKeychain(QObject *keychain, std::function<void(Status)> done)
{
    // Nothing to delete is success, without asking qtkeychain about a
    // missing entry (secretserviceprobe.h).
    probeSecretService(keychain, QString::fromLatin1(ApiKeyStore::keychainService),
                       QString::fromLatin1(ApiKeyStore::keychainEntry),
                       [keychain, done = std::move(done)](SecretProbe probe, const QString &detail) {
        if (probe == SecretProbe::Absent) {
            done(Status::success());
            return;
        }
        if (probe == SecretProbe::Unavailable) {
            done(Status::failure(noKeychainError(detail)));
            return;
        }
        auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(ApiKeyStore::keychainService), keychain);
        job->setKey(QString::fromLatin1(ApiKeyStore::keychainEntry));
        job->setAutoDelete(true);
        QObject::connect(job, &QKeychain::Job::finished, keychain, [done](QKeychain::Job *j) {
            done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound
                     ? Status::success()
                     : Status::failure(llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "cannot remove the key from the system keychain (%1)"))
                                           .arg(j->errorString())));
        });
        job->start();
    });
}

} // namespace
#endif

void ApiKeyStore::read(QObject *context, std::function<void(ApiKey)> done)
{
    const QString env = qEnvironmentVariable("OPENAI_API_KEY").trimmed();
    if (!env.isEmpty() || !keychainEnabled()) {
        ApiKey key;
        key.key = env;
        key.source = env.isEmpty() ? KeySource::None : KeySource::Environment;
        if (env.isEmpty())
            key.note = keychainBuiltIn() ? llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "OPENAI_API_KEY is not set; the keychain is switched off (RULECAST_NO_KEYCHAIN)"))
                                         : llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "OPENAI_API_KEY is not set (built without keychain support)"));
        QTimer::singleShot(0, context, [done = std::move(done), key]() { done(key); });
        return;
    }
#ifdef RULECAST_HAVE_KEYCHAIN
    const QPointer<QObject> target(context);
    runOnKeychainThread([target, done = std::move(done)](QObject *keychain) {
        readFromKeychain(keychain, [target, done](ApiKey key) { deliverTo(target, done, std::move(key)); });
    });
#endif
}

void ApiKeyStore::store(QObject *context, const QString &key, std::function<void(Status)> done)
{
#ifdef RULECAST_HAVE_KEYCHAIN
    const QPointer<QObject> target(context);
    runOnKeychainThread([target, value = key.trimmed(), done = std::move(done)](QObject *keychain) {
        storeInKeychain(keychain, value, [target, done](Status s) { deliverTo(target, done, std::move(s)); });
    });
#else
    Q_UNUSED(key)
    QTimer::singleShot(0, context, [done = std::move(done)]() {
        done(Status::failure(llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "this build has no keychain support; set OPENAI_API_KEY instead"))));
    });
#endif
}

void ApiKeyStore::remove(QObject *context, std::function<void(Status)> done)
{
#ifdef RULECAST_HAVE_KEYCHAIN
    const QPointer<QObject> target(context);
    runOnKeychainThread([target, done = std::move(done)](QObject *keychain) {
        removeFromKeychain(keychain, [target, done](Status s) { deliverTo(target, done, std::move(s)); });
    });
#else
    QTimer::singleShot(0, context, [done = std::move(done)]() { done(Status::success()); });
#endif
}

} // namespace rulecast::llm
