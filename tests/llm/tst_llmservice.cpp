#include "llm/llmservice.h"
#include "llmtesthelpers.h"
#include "testsupport/fakellmserver.h"

#include <QTest>
#include <QtConcurrent>

#include <thread>

using namespace rulecast;
using namespace rulecast::llm;
using rulecast::test::FakeLlmServer;

namespace {
const QString key = QStringLiteral("sk-service-test");
QList<ChatMessage> question() { return {ChatMessage::user(QStringLiteral("Explain the peak at 02:00."))}; }
} // namespace

// The service's thread answers while the caller blocks: none of these tests
// spins an event loop on the test thread.
class TestLlmService : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeLlmServer> m_server;

    LlmSetup setup(ModelChoice choice = ModelChoice::Auto, const QString &apiKey = key, int timeoutMs = 3000)
    {
        LlmSetup s;
        s.config.ollamaUrl = m_server->ollamaUrl();
        s.config.openAiBaseUrl = m_server->openAiBaseUrl();
        s.choice = choice;
        s.apiKey = apiKey;
        s.timeoutMs = timeoutMs;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeLlmServer>();
        qunsetenv("OPENAI_API_KEY");
        qputenv("RULECAST_NO_KEYCHAIN", "1");
    }
    void cleanup() { m_server.reset(); }

    void chatAndEmbedBlockOnlyTheCaller()
    {
        LlmService service(setup(), LlmService::KeyLookup::UseSetup);
        const LlmResult<ChatReply> reply = service.chat(question()).result();
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QCOMPARE(reply->provider, Provider::Ollama);
        const LlmResult<Embeddings> vectors = service.embed({QStringLiteral("a"), QStringLiteral("b")}).result();
        QVERIFY2(vectors.ok(), qPrintable(vectors.error()));
        QCOMPARE(vectors->vectors.size(), 2);
        QCOMPARE(vectors->dimension, 8);
    }

    void aUseCaseOnAPoolThreadWaitsOnTheFuture()
    {
        LlmService service(setup(), LlmService::KeyLookup::UseSetup);
        QFuture<QString> work = QtConcurrent::run([&service]() {
            const auto reply = service.chat(question()).result();
            return reply.ok() ? reply->text : reply.error();
        });
        QCOMPARE(work.result(), QStringLiteral("Spread the nightly backups over 01:00-03:00."));
    }

    void modelsOfferedMatchOllamaTags()
    {
        const QStringList tags{QStringLiteral("qwen3:8b"), QStringLiteral("nomic-embed-text:latest")};
        QVERIFY(modelOffered(Provider::Ollama, tags, QStringLiteral("qwen3:8b")));
        QVERIFY(modelOffered(Provider::Ollama, tags, QStringLiteral("nomic-embed-text")));
        QVERIFY(!modelOffered(Provider::Ollama, tags, QStringLiteral("qwen3")));
        QVERIFY(!modelOffered(Provider::OpenAi, {QStringLiteral("gpt-4o-mini:latest")}, QStringLiteral("gpt-4o-mini")));
        QVERIFY(!modelOffered(Provider::Ollama, tags, QString()));
    }

    void keychainCanBeSwitchedOff()
    {
        QVERIFY(!ApiKeyStore::keychainEnabled()); // RULECAST_NO_KEYCHAIN=1 in init()
        qputenv("RULECAST_NO_KEYCHAIN", "0");
        QCOMPARE(ApiKeyStore::keychainEnabled(), ApiKeyStore::keychainBuiltIn());
        qputenv("RULECAST_NO_KEYCHAIN", "1");
    }

    void manyCallersAtOnce()
    {
        LlmService service(setup(ModelChoice::OpenAi), LlmService::KeyLookup::UseSetup);
        QList<QFuture<LlmResult<ChatReply>>> futures;
        for (int i = 0; i < 8; ++i)
            futures.append(service.chat(question()));
        for (auto &f : futures) {
            const auto r = f.result();
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE(r->provider, Provider::OpenAi);
        }
        QCOMPARE(m_server->requestCount(), 8);
    }

    void timeoutThroughTheService()
    {
        m_server->setMode(FakeLlmServer::Mode::Hang);
        LlmService service(setup(ModelChoice::Ollama, key, 300), LlmService::KeyLookup::UseSetup);
        QElapsedTimer clock;
        clock.start();
        const auto reply = service.chat(question()).result();
        QCOMPARE(reply.failureKind(), FailureKind::Timeout);
        QVERIFY(clock.elapsed() < 300 + 1500);
    }

    void cancelAllFinishesPendingFutures()
    {
        m_server->setMode(FakeLlmServer::Mode::Hang);
        LlmService service(setup(), LlmService::KeyLookup::UseSetup);
        auto future = service.chat(question());
        QTRY_VERIFY(m_server->requestCount() >= 1);
        QVERIFY(!future.isFinished());
        service.cancelAll();
        const auto reply = future.result();
        QCOMPARE(reply.failureKind(), FailureKind::Cancelled);
    }

    void waitCancelsWhenTheFlagIsSet()
    {
        m_server->setMode(FakeLlmServer::Mode::Hang);
        LlmService service(setup(), LlmService::KeyLookup::UseSetup);
        std::atomic_bool cancel{false};
        std::thread user([&cancel]() {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            cancel = true;
        });
        QElapsedTimer clock;
        clock.start();
        const auto reply = service.wait(service.chat(question()), &cancel);
        user.join();
        QCOMPARE(reply.failureKind(), FailureKind::Cancelled);
        QVERIFY(clock.elapsed() < 2000);
    }

    void destroyingTheServiceFinishesEveryFuture()
    {
        m_server->setMode(FakeLlmServer::Mode::Hang);
        QFuture<LlmResult<ChatReply>> chat;
        QFuture<LlmStatus> status;
        {
            LlmService service(setup(), LlmService::KeyLookup::UseSetup);
            chat = service.chat(question());
            status = service.status();
        }
        QVERIFY(chat.isFinished());
        QCOMPARE(chat.result().failureKind(), FailureKind::Cancelled);
        QVERIFY(status.isFinished());
    }

    void statusListsBothProviders()
    {
        LlmService service(setup(ModelChoice::Auto), LlmService::KeyLookup::UseSetup);
        const LlmStatus s = service.status().result();
        QCOMPARE(s.route, (QList<Provider>{Provider::Ollama, Provider::OpenAi}));
        QCOMPARE(s.providers.size(), 2);
        const ProviderStatus &ollama = s.providers.at(0);
        QCOMPARE(ollama.provider, Provider::Ollama);
        QVERIFY(ollama.configured);
        QVERIFY2(ollama.reachable, qPrintable(ollama.error));
        QVERIFY(ollama.models.contains(QStringLiteral("qwen3:8b")));
        QVERIFY(ollama.chatModelOffered);
        QVERIFY(ollama.embeddingModelOffered); // "nomic-embed-text" is "nomic-embed-text:latest"
        QVERIFY(ollama.latencyMs >= 0);
        const ProviderStatus &openAi = s.providers.at(1);
        QVERIFY(openAi.configured);
        QVERIFY2(openAi.reachable, qPrintable(openAi.error));
        QCOMPARE(openAi.keySource, KeySource::Given);
        QVERIFY(openAi.chatModelOffered);
        bool sawKey = false;
        for (const auto &r : m_server->requests()) {
            if (r.path == "/v1/models") {
                QCOMPARE(r.header("authorization"), "Bearer " + key.toUtf8());
                sawKey = true;
            } else {
                QVERIFY(r.header("authorization").isEmpty());
            }
        }
        QVERIFY(sawKey);
    }

    void statusWithoutKeyAndWithoutOllama()
    {
        LlmSetup s = setup(ModelChoice::Auto, QString());
        s.config.ollamaUrl = QStringLiteral("http://127.0.0.1:%1").arg(test::closedPort());
        LlmService service(s, LlmService::KeyLookup::UseSetup);
        const LlmStatus status = service.status().result();
        QVERIFY(status.providers.at(0).configured);
        QVERIFY(!status.providers.at(0).reachable);
        QVERIFY2(status.providers.at(0).error.contains(QLatin1String("connection refused")),
                 qPrintable(status.providers.at(0).error));
        QVERIFY(!status.providers.at(1).configured);
        QVERIFY(!status.providers.at(1).reachable);
        QCOMPARE(status.route, QList<Provider>{Provider::Ollama});
        QCOMPARE(m_server->requestCount(), 0);
    }

    void keyFromTheEnvironment()
    {
        qputenv("OPENAI_API_KEY", "sk-from-env");
        LlmService service(setup(ModelChoice::OpenAi, QString()));
        const auto reply = service.chat(question()).result();
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QCOMPARE(m_server->requests().first().header("authorization"), QByteArray("Bearer sk-from-env"));
        QCOMPARE(service.status().result().providers.at(1).keySource, KeySource::Environment);
        qunsetenv("OPENAI_API_KEY");
    }

    void noKeyAnywhere()
    {
        LlmService service(setup(ModelChoice::OpenAi, QString()));
        const auto reply = service.chat(question()).result();
        QCOMPARE(reply.failureKind(), FailureKind::NotConfigured);
        const LlmStatus status = service.status().result();
        QCOMPARE(status.providers.at(1).keySource, KeySource::None);
        QVERIFY(status.providers.at(1).error.contains(QLatin1String("OPENAI_API_KEY is not set")));
        QCOMPARE(m_server->requestCount(), 1); // only Ollama's model list
    }
};

QTEST_GUILESS_MAIN(TestLlmService)
#include "tst_llmservice.moc"
