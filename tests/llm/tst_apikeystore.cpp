#include "llm/apikeystore.h"
#include "llm/llmservice.h"
#include "testsupport/fakellmserver.h"

#include <QTest>

#include <optional>

using namespace rulecast;
using namespace rulecast::llm;
using rulecast::test::FakeLlmServer;

// The OpenAI key in the system keychain. The round trip runs against a real
// Secret Service: ctest's tst_apikeystore_keyring starts this program through
// tests/llm/with-private-keyring.sh in a private D-Bus session with a fresh
// gnome-keyring (RULECAST_TEST_KEYRING=1), never the user's keychain. Run
// alone (plain tst_apikeystore), only the tests that need no keychain run.
class TestApiKeyStore : public QObject
{
    Q_OBJECT
private:
    QObject m_context;

    static bool privateKeyring() { return qEnvironmentVariable("RULECAST_TEST_KEYRING") == QLatin1String("1"); }

    ApiKey readKey()
    {
        std::optional<ApiKey> got;
        ApiKeyStore::read(&m_context, [&got](ApiKey key) { got = std::move(key); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000); }();
        return got.value_or(ApiKey{});
    }

    Status storeKey(const QString &key)
    {
        std::optional<Status> got;
        ApiKeyStore::store(&m_context, key, [&got](Status s) { got = std::move(s); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000); }();
        return got.value_or(Status::failure(QStringLiteral("no answer")));
    }

    Status removeKey()
    {
        std::optional<Status> got;
        ApiKeyStore::remove(&m_context, [&got](Status s) { got = std::move(s); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000); }();
        return got.value_or(Status::failure(QStringLiteral("no answer")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Run alone, this program must never reach the user's keychain: a
        // bus address that cannot connect stands for a machine without one
        // (CI, a server). Set before the first D-Bus use of the process.
        if (!privateKeyring())
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/rulecast-no-bus");
    }
    void init() { qunsetenv("OPENAI_API_KEY"); }

    // Without a session bus there is no keychain to ask: Rulecast says so
    // itself instead of handing qtkeychain a call that fails (and, on
    // qtkeychain 0.13, can crash the next keychain job).
    void withoutASessionBusTheKeychainIsReportedMissing()
    {
        if (privateKeyring())
            QSKIP("this program was started with a private keyring");
        if (!ApiKeyStore::keychainBuiltIn())
            QSKIP("built without qtkeychain");
        qunsetenv("RULECAST_NO_KEYCHAIN");
        QVERIFY(ApiKeyStore::keychainEnabled());
        for (int round = 0; round < 3; ++round) { // repeated: the crash came with the next job
            const ApiKey key = readKey();
            QCOMPARE(key.source, KeySource::None);
            QVERIFY2(key.note.contains(QStringLiteral("no system keychain answered (no D-Bus session bus)")),
                     qPrintable(key.note));
            const Status stored = storeKey(QStringLiteral("sk-nowhere"));
            QVERIFY(!stored.ok());
            QVERIFY2(stored.error().contains(QStringLiteral("no system keychain answered")), qPrintable(stored.error()));
            QVERIFY(!removeKey().ok());
        }
    }

    void switchedOffTheKeychainIsNeverAsked()
    {
        const QByteArray before = qgetenv("RULECAST_NO_KEYCHAIN");
        qputenv("RULECAST_NO_KEYCHAIN", "1");
        QVERIFY(!ApiKeyStore::keychainEnabled());
        ApiKey key = readKey();
        QCOMPARE(key.source, KeySource::None);
        QVERIFY(key.key.isEmpty());
        QVERIFY2(key.note.contains(ApiKeyStore::keychainBuiltIn() ? QStringLiteral("RULECAST_NO_KEYCHAIN")
                                                                  : QStringLiteral("without keychain")),
                 qPrintable(key.note));
        qputenv("OPENAI_API_KEY", " sk-env ");
        key = readKey();
        QCOMPARE(key.source, KeySource::Environment);
        QCOMPARE(key.key, QStringLiteral("sk-env"));
        qunsetenv("OPENAI_API_KEY");
        if (before.isNull())
            qunsetenv("RULECAST_NO_KEYCHAIN");
        else
            qputenv("RULECAST_NO_KEYCHAIN", before);
    }

    void storeReadUseRemoveInARealKeychain()
    {
        if (!privateKeyring())
            QSKIP("needs the private keyring of ctest's tst_apikeystore_keyring (tests/llm/with-private-keyring.sh)");
        QVERIFY2(ApiKeyStore::keychainBuiltIn(), "the build found no qtkeychain (qtkeychain-qt6-dev)");
        QVERIFY(ApiKeyStore::keychainEnabled());

        QVERIFY2(removeKey().ok(), "removing a key that is not there succeeds");
        ApiKey key = readKey();
        QCOMPARE(key.source, KeySource::None);
        QVERIFY2(key.note.contains(QStringLiteral("holds no key")), qPrintable(key.note));

        const Status stored = storeKey(QStringLiteral("  sk-keychain-1  "));
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        key = readKey();
        QCOMPARE(key.source, KeySource::Keychain);
        QCOMPARE(key.key, QStringLiteral("sk-keychain-1")); // trimmed when stored

        // The environment wins over the keychain.
        qputenv("OPENAI_API_KEY", "sk-env");
        QCOMPARE(readKey().source, KeySource::Environment);
        qunsetenv("OPENAI_API_KEY");

        // The service sends the keychain's key to OpenAI.
        {
            FakeLlmServer server;
            server.setRequiredKey(QStringLiteral("sk-keychain-1"));
            LlmSetup setup;
            setup.config.ollamaUrl = server.ollamaUrl();
            setup.config.openAiBaseUrl = server.openAiBaseUrl();
            setup.choice = ModelChoice::OpenAi;
            setup.timeoutMs = 5000;
            LlmService service(setup, LlmService::KeyLookup::EnvironmentAndKeychain);
            const auto reply = service.chat({ChatMessage::user(QStringLiteral("Hello"))}).result();
            QVERIFY2(reply.ok(), qPrintable(reply.error()));
            QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer sk-keychain-1"));
            QCOMPARE(service.status().result().providers.at(1).keySource, KeySource::Keychain);
        }

        // Storing again replaces the key.
        QVERIFY(storeKey(QStringLiteral("sk-keychain-2")).ok());
        QCOMPARE(readKey().key, QStringLiteral("sk-keychain-2"));

        QVERIFY(removeKey().ok());
        key = readKey();
        QCOMPARE(key.source, KeySource::None);
        QVERIFY(key.key.isEmpty());
        QVERIFY(removeKey().ok());
    }
};

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
