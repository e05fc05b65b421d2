#include "llm/llmrouter.h"
#include "llm/llmsetup.h"
#include "llm/ollamaclient.h"
#include "llm/openaiclient.h"
#include "llmtesthelpers.h"
#include "testsupport/fakellmserver.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace rulecast;
using namespace rulecast::llm;
using rulecast::test::Capture;
using rulecast::test::FakeLlmServer;

namespace {
const QString key = QStringLiteral("sk-router-test");

QList<ChatMessage> question() { return {ChatMessage::user(QStringLiteral("Summarise the schedule."))}; }
} // namespace

class TestLlmRouter : public QObject
{
    Q_OBJECT
private:
    // One server per provider, so each can misbehave on its own.
    std::unique_ptr<FakeLlmServer> m_ollamaServer;
    std::unique_ptr<FakeLlmServer> m_openAiServer;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OllamaClient> m_ollama;
    std::unique_ptr<OpenAiClient> m_openAi;

    void makeClients(int timeoutMs, const QString &apiKey)
    {
        m_ollama = std::make_unique<OllamaClient>(
            test::providerConfig(Provider::Ollama, m_ollamaServer->ollamaUrl(), timeoutMs), m_network.get());
        m_openAi = std::make_unique<OpenAiClient>(
            test::providerConfig(Provider::OpenAi, m_openAiServer->openAiBaseUrl(), timeoutMs, apiKey), m_network.get());
    }

    // The router that LlmSetup's route describes, over the two clients.
    std::unique_ptr<LlmRouter> router(const QString &strategy, ModelChoice choice = ModelChoice::Auto,
                                      const QString &apiKey = key, int timeoutMs = 3000)
    {
        makeClients(timeoutMs, apiKey);
        LlmSetup setup;
        setup.config.fallbackStrategy = strategy;
        setup.choice = choice;
        setup.apiKey = apiKey;
        const LlmSetup::Route route = setup.route();
        QList<LanguageModel *> models;
        for (Provider p : route.order)
            models.append(p == Provider::Ollama ? static_cast<LanguageModel *>(m_ollama.get()) : m_openAi.get());
        return std::make_unique<LlmRouter>(models, route.parallel, route.unavailable);
    }

    static LlmResult<ChatReply> ask(LlmRouter &r)
    {
        auto got = Capture<ChatReply>::make();
        r.chat(question(), got->callback());
        if (!got->wait(10000))
            return LlmResult<ChatReply>::failure(FailureKind::None, QStringLiteral("test: no answer"));
        return *got->result;
    }

private Q_SLOTS:
    void init()
    {
        m_ollamaServer = std::make_unique<FakeLlmServer>();
        m_openAiServer = std::make_unique<FakeLlmServer>();
        m_openAiServer->setChatText(QStringLiteral("Answer from OpenAI."));
        m_ollamaServer->setChatText(QStringLiteral("Answer from Ollama."));
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_ollama.reset();
        m_openAi.reset();
        m_network.reset();
        m_ollamaServer.reset();
        m_openAiServer.reset();
    }

    void routeFollowsChoiceStrategyAndKey_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<bool>("hasKey");
        QTest::addColumn<QString>("order");
        QTest::addColumn<bool>("parallel");
        QTest::newRow("auto ollama_first") << "auto" << "ollama_first" << true << "ollama,openai" << false;
        QTest::newRow("auto openai_first") << "auto" << "openai_first" << true << "openai,ollama" << false;
        QTest::newRow("auto parallel") << "auto" << "parallel" << true << "ollama,openai" << true;
        QTest::newRow("auto without key") << "auto" << "openai_first" << false << "ollama" << false;
        QTest::newRow("auto parallel without key") << "auto" << "parallel" << false << "ollama" << false;
        QTest::newRow("ollama only") << "ollama" << "openai_first" << true << "ollama" << false;
        QTest::newRow("openai only") << "openai" << "ollama_first" << true << "openai" << false;
        QTest::newRow("openai without key") << "openai" << "ollama_first" << false << "openai" << false;
        QTest::newRow("none") << "none" << "parallel" << true << "" << false;
    }
    void routeFollowsChoiceStrategyAndKey()
    {
        QFETCH(QString, choice);
        QFETCH(QString, strategy);
        QFETCH(bool, hasKey);
        QFETCH(QString, order);
        QFETCH(bool, parallel);
        LlmSetup setup;
        setup.choice = *parseModelChoice(choice);
        setup.config.fallbackStrategy = strategy;
        setup.apiKey = hasKey ? key : QString();
        const LlmSetup::Route route = setup.route();
        QStringList ids;
        for (Provider p : route.order)
            ids.append(providerId(p));
        QCOMPARE(ids.join(u','), order);
        QCOMPARE(route.parallel, parallel);
        QCOMPARE(route.unavailable.isEmpty(), !order.isEmpty());
    }

    void setupUsesTheConfiguration()
    {
        LlmSetup setup;
        QCOMPARE(setup.ollama().baseUrl, QStringLiteral("http://localhost:11434"));
        QCOMPARE(setup.ollama().chatModel, QStringLiteral("qwen3:8b"));
        QCOMPARE(setup.openAi().baseUrl, QStringLiteral("https://api.openai.com/v1"));
        QCOMPARE(setup.effectiveTimeoutMs(), 20000);
        setup.config.timeoutSeconds = 3;
        QCOMPARE(setup.openAi().timeoutMs, 3000);
        setup.timeoutMs = 250;
        QCOMPARE(setup.ollama().timeoutMs, 250);
        QVERIFY(setup.ollama().apiKey.isEmpty());
        QVERIFY(!parseModelChoice(QStringLiteral("gpt")));
    }

    void ollamaFirstAsksOllamaOnly()
    {
        auto r = router(QStringLiteral("ollama_first"));
        const auto reply = ask(*r);
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QCOMPARE(reply->provider, Provider::Ollama);
        QCOMPARE(reply->text, QStringLiteral("Answer from Ollama."));
        QCOMPARE(m_ollamaServer->requestCount(), 1);
        QCOMPARE(m_openAiServer->requestCount(), 0);
    }

    void openAiFirstAsksOpenAiOnly()
    {
        auto r = router(QStringLiteral("openai_first"));
        const auto reply = ask(*r);
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QCOMPARE(reply->provider, Provider::OpenAi);
        QCOMPARE(m_ollamaServer->requestCount(), 0);
        QCOMPARE(m_openAiServer->requestCount(), 1);
        // Only the OpenAI request carries the key.
        QCOMPARE(m_openAiServer->requests().first().header("authorization"), "Bearer " + key.toUtf8());
    }

    void garbageFallsBackToTheNextAndIsTriedAgainLater()
    {
        m_ollamaServer->setMode(FakeLlmServer::Mode::WrongShape);
        auto r = router(QStringLiteral("ollama_first"));
        auto reply = ask(*r);
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QCOMPARE(reply->provider, Provider::OpenAi);
        // A bad answer is not "unreachable": the next call asks Ollama again.
        m_ollamaServer->setMode(FakeLlmServer::Mode::Good);
        reply = ask(*r);
        QCOMPARE(reply->provider, Provider::Ollama);
        QCOMPARE(m_ollamaServer->requestCount(), 2);
    }

    void hangingFirstTimesOutFallsBackAndIsSkippedAfterwards()
    {
        m_ollamaServer->setMode(FakeLlmServer::Mode::Hang);
        auto r = router(QStringLiteral("ollama_first"), ModelChoice::Auto, key, 800);
        QElapsedTimer clock;
        clock.start();
        auto reply = ask(*r);
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QCOMPARE(reply->provider, Provider::OpenAi);
        QVERIFY(clock.elapsed() >= 790 && clock.elapsed() < 800 + 1500);
        QVERIFY(r->skipReason(Provider::Ollama).has_value());

        clock.restart();
        reply = ask(*r);
        QCOMPARE(reply->provider, Provider::OpenAi);
        // No second wait for Ollama: well under its timeout.
        QVERIFY2(clock.elapsed() < 700, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_ollamaServer->requestCount(), 1);
    }

    void everyProviderFailingGivesOneErrorNamingEach()
    {
        m_ollamaServer->setMode(FakeLlmServer::Mode::InvalidJson);
        m_openAiServer->setMode(FakeLlmServer::Mode::ServerError);
        auto r = router(QStringLiteral("openai_first"));
        const auto reply = ask(*r);
        QVERIFY(!reply.ok());
        const QString e = reply.error();
        QVERIFY2(e.startsWith(QLatin1String("no language model answered: OpenAI /chat/completions")), qPrintable(e));
        QVERIFY(e.contains(QLatin1String("HTTP 500")));
        QVERIFY(e.contains(QLatin1String("Ollama /api/chat")));
        QVERIFY(e.contains(QLatin1String("not valid JSON")));
        QCOMPARE(reply.failureKind(), FailureKind::BadReply); // the last one asked
    }

    void explicitChoiceNeverFallsBack()
    {
        m_ollamaServer->setMode(FakeLlmServer::Mode::ServerError);
        auto r = router(QStringLiteral("ollama_first"), ModelChoice::Ollama);
        const auto reply = ask(*r);
        QCOMPARE(reply.failureKind(), FailureKind::Http);
        QCOMPARE(m_openAiServer->requestCount(), 0);
    }

    void openAiWithoutKeySaysHowToConfigureIt()
    {
        auto r = router(QStringLiteral("ollama_first"), ModelChoice::OpenAi, QString());
        const auto reply = ask(*r);
        QCOMPARE(reply.failureKind(), FailureKind::NotConfigured);
        QVERIFY(reply.error().contains(QLatin1String("OPENAI_API_KEY")));
        QCOMPARE(m_openAiServer->requestCount(), 0);
    }

    void autoWithoutKeyUsesOllamaAlone()
    {
        m_ollamaServer->setMode(FakeLlmServer::Mode::ServerError);
        auto r = router(QStringLiteral("openai_first"), ModelChoice::Auto, QString());
        QCOMPARE(r->providers(), QList<Provider>{Provider::Ollama});
        const auto reply = ask(*r);
        QCOMPARE(reply.failureKind(), FailureKind::Http);
        QVERIFY(!reply.error().startsWith(QLatin1String("no language model answered")));
        QCOMPARE(m_openAiServer->requestCount(), 0);
    }

    void noneAsksNobody()
    {
        auto r = router(QStringLiteral("parallel"), ModelChoice::None);
        const auto reply = ask(*r);
        QCOMPARE(reply.failureKind(), FailureKind::NotConfigured);
        QCOMPARE(reply.error(), QStringLiteral("no language model in use (--use-model none)"));
        QCOMPARE(m_ollamaServer->requestCount() + m_openAiServer->requestCount(), 0);
    }

    void parallelTakesTheFirstAnswerAndCancelsTheOther()
    {
        m_ollamaServer->setMode(FakeLlmServer::Mode::Hang);
        auto r = router(QStringLiteral("parallel"), ModelChoice::Auto, key, 5000);
        QVERIFY(r->isParallel());
        QElapsedTimer clock;
        clock.start();
        const auto reply = ask(*r);
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QCOMPARE(reply->provider, Provider::OpenAi);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed()))); // not the 5 s timeout
        QTRY_COMPARE(m_ollamaServer->requestCount(), 1); // both were asked at once
        // The cancelled Ollama call did not mark Ollama unreachable.
        QVERIFY(!r->skipReason(Provider::Ollama).has_value());
    }

    void parallelWithBothFailingReportsBoth()
    {
        m_ollamaServer->setMode(FakeLlmServer::Mode::WrongShape);
        m_openAiServer->setMode(FakeLlmServer::Mode::InvalidJson);
        auto r = router(QStringLiteral("parallel"));
        const auto reply = ask(*r);
        QVERIFY(!reply.ok());
        QVERIFY2(reply.error().contains(QLatin1String("Ollama /api/chat")) && reply.error().contains(QLatin1String("OpenAI")),
                 qPrintable(reply.error()));
    }

    void parallelSurvivesOneGarbageAnswer()
    {
        m_openAiServer->setMode(FakeLlmServer::Mode::InvalidJson);
        auto r = router(QStringLiteral("parallel"));
        const auto reply = ask(*r);
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QCOMPARE(reply->provider, Provider::Ollama);
    }

    void embeddingsStickToTheFirstProviderThatAnswered()
    {
        auto r = router(QStringLiteral("ollama_first"));
        auto first = Capture<Embeddings>::make();
        r->embed({QStringLiteral("a")}, first->callback());
        QVERIFY(first->wait());
        QCOMPARE(first->result->value().provider, Provider::Ollama);
        // Ollama now fails; OpenAI vectors would not be comparable, so no fallback.
        m_ollamaServer->setMode(FakeLlmServer::Mode::InvalidJson);
        auto second = Capture<Embeddings>::make();
        r->embed({QStringLiteral("b")}, second->callback());
        QVERIFY(second->wait());
        QCOMPARE(second->result->failureKind(), FailureKind::BadReply);
        QCOMPARE(m_openAiServer->requestCount(), 0);
        // Chat still falls back.
        QCOMPARE(ask(*r)->provider, Provider::OpenAi);
    }

    void cancelARoutedCall()
    {
        m_ollamaServer->setMode(FakeLlmServer::Mode::Hang);
        m_openAiServer->setMode(FakeLlmServer::Mode::Hang);
        auto r = router(QStringLiteral("parallel"), ModelChoice::Auto, key, 10000);
        auto got = Capture<ChatReply>::make();
        const CallHandle handle = r->chat(question(), got->callback());
        QTRY_COMPARE(m_ollamaServer->requestCount() + m_openAiServer->requestCount(), 2);
        handle.cancel();
        QVERIFY(got->wait(2000));
        QCOMPARE(got->result->failureKind(), FailureKind::Cancelled);
        got->settle(200);
        QCOMPARE(got->calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestLlmRouter)
#include "tst_llmrouter.moc"
