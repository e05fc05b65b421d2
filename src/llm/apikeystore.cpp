#include "apikeystore.h"

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

void ApiKeyStore::read(QObject *context, std::function<void(ApiKey)> done)
{
    const QString env = qEnvironmentVariable("OPENAI_API_KEY").trimmed();
    if (!env.isEmpty() || !keychainEnabled()) {
        ApiKey key;
        key.key = env;
        key.source = env.isEmpty() ? KeySource::None : KeySource::Environment;
        if (env.isEmpty())
            key.note = keychainBuiltIn() ? QStringLiteral("OPENAI_API_KEY is not set; the keychain is switched off "
                                                          "(RULECAST_NO_KEYCHAIN)")
                                         : QStringLiteral("OPENAI_API_KEY is not set (built without keychain support)");
        QTimer::singleShot(0, context, [done = std::move(done), key]() { done(key); });
        return;
    }
#ifdef RULECAST_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(keychainService), context);
    job->setKey(QString::fromLatin1(keychainEntry));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        ApiKey key;
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError && !readJob->textData().trimmed().isEmpty()) {
            key.key = readJob->textData().trimmed();
            key.source = KeySource::Keychain;
        } else if (j->error() == QKeychain::EntryNotFound || j->error() == QKeychain::NoError) {
            key.note = QStringLiteral("OPENAI_API_KEY is not set and the keychain holds no key");
        } else {
            key.note = QStringLiteral("OPENAI_API_KEY is not set and no system keychain answered (%1)")
                           .arg(j->errorString());
        }
        done(key);
    });
    job->start();
#endif
}

void ApiKeyStore::store(QObject *context, const QString &key, std::function<void(Status)> done)
{
#ifdef RULECAST_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(keychainService), context);
    job->setKey(QString::fromLatin1(keychainEntry));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setTextData(key.trimmed());
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError
                 ? Status::success()
                 : Status::failure(QStringLiteral("cannot store the key in the system keychain (%1)").arg(j->errorString())));
    });
    job->start();
#else
    Q_UNUSED(key)
    QTimer::singleShot(0, context, [done = std::move(done)]() {
        done(Status::failure(QStringLiteral("this build has no keychain support; set OPENAI_API_KEY instead")));
    });
#endif
}

void ApiKeyStore::remove(QObject *context, std::function<void(Status)> done)
{
#ifdef RULECAST_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(keychainService), context);
    job->setKey(QString::fromLatin1(keychainEntry));
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound
                 ? Status::success()
                 : Status::failure(QStringLiteral("cannot remove the key from the system keychain (%1)").arg(j->errorString())));
    });
    job->start();
#else
    QTimer::singleShot(0, context, [done = std::move(done)]() { done(Status::success()); });
#endif
}

} // namespace rulecast::llm
