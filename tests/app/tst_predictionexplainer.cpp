#include "app/predictionexplainer.h"
#include "app/predictusecase.h"
#include "testsupport/fakellmserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

PredictionExplanationInput sampleInput()
{
    PredictionExplanationInput in;
    in.taskType = QStringLiteral("backup");
    in.predictedTime = 1795833000; // 2026-11-28T02:30:00Z
    in.slotMinutes = 30;
    in.confidence = 0.93;
    in.explanation = QStringLiteral("ran in this slot on 27 of the last 28 days; rule #4 'backup daily at 02:30' fires "
                                    "at 02:30 (hit rate 0.96)");
    in.ruleId = 4;
    in.patternId = 7;
    in.estimatedDurationMinutes = 42;
    in.cpuPercent = 85;
    in.memoryMb = 2048;
    return in;
}

llm::LlmSetup setupFor(const FakeLlmServer &server, llm::ModelChoice choice, int timeoutMs = 1500)
{
    llm::LlmSetup setup;
    setup.config.ollamaUrl = server.ollamaUrl();
    setup.config.openAiBaseUrl = server.openAiBaseUrl();
    setup.choice = choice;
    setup.apiKey = QStringLiteral("sk-test-explain");
    setup.timeoutMs = timeoutMs;
    return setup;
}

} // namespace

class TestPredictionExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("RULECAST_NO_KEYCHAIN", "1"); }

    void inputFromAPrediction()
    {
        PredictedTask task;
        task.prediction.taskType = QStringLiteral("report");
        task.prediction.slotStart = 1000;
        task.prediction.probability = 0.8;
        task.prediction.ruleId = 3;
        task.prediction.explanation = QStringLiteral("a; b ;; c");
        task.resources.durationMinutes = 12;
        task.resources.estimated = QStringList{QStringLiteral("cpu")};
        const PredictionExplanationInput in = PredictionExplanationInput::fromPrediction(task, 15);
        QCOMPARE(in.taskType, QStringLiteral("report"));
        QCOMPARE(in.slotMinutes, 15);
        QCOMPARE(in.ruleId, std::optional<qint64>(3));
        QVERIFY(!in.patternId);
        QVERIFY(in.resourcesEstimated);
        QCOMPARE(in.estimatedDurationMinutes, 12.0);
        QCOMPARE(in.sources(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void promptHoldsTheFacts()
    {
        const QList<llm::ChatMessage> messages = predictionExplanationPrompt(sampleInput());
        QCOMPARE(messages.size(), 2);
        const QString facts = messages.at(1).content;
        QVERIFY(facts.contains(QStringLiteral("'backup'")));
        QVERIFY(facts.contains(QStringLiteral("2026-11-28T02:30:00Z")));
        QVERIFY(facts.contains(QStringLiteral("2026-11-28T03:00:00Z")));
        QVERIFY(facts.contains(QStringLiteral("93%")));
        QVERIFY(facts.contains(QStringLiteral("- ran in this slot on 27 of the last 28 days\n")));
        QVERIFY(facts.contains(QStringLiteral("rule behind it: #4")));
        QVERIFY(facts.contains(QStringLiteral("pattern behind it: #7")));
        QVERIFY(facts.contains(QStringLiteral("about 42 min, 85% CPU, 2048 MB")));
    }

    void availability()
    {
        FakeLlmServer server;
        QVERIFY(PredictionExplainer(setupFor(server, llm::ModelChoice::Ollama)).unavailableReason().isEmpty());
        QVERIFY(PredictionExplainer(setupFor(server, llm::ModelChoice::Auto)).unavailableReason().isEmpty());
        QVERIFY(PredictionExplainer(setupFor(server, llm::ModelChoice::None)).unavailableReason().contains(
            QStringLiteral("no language model in use")));
        llm::LlmSetup noKey = setupFor(server, llm::ModelChoice::OpenAi);
        noKey.apiKey.clear();
        const QByteArray saved = qgetenv("OPENAI_API_KEY");
        qunsetenv("OPENAI_API_KEY");
        QVERIFY(PredictionExplainer(noKey).unavailableReason().contains(QStringLiteral("OpenAI is not configured")));
        if (!saved.isEmpty())
            qputenv("OPENAI_API_KEY", saved);
    }

    void goodAnswer_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("provider");
        QTest::newRow("ollama") << int(llm::ModelChoice::Ollama) << QStringLiteral("ollama");
        QTest::newRow("openai") << int(llm::ModelChoice::OpenAi) << QStringLiteral("openai");
    }
    void goodAnswer()
    {
        QFETCH(int, choice);
        QFETCH(QString, provider);
        FakeLlmServer server;
        server.setChatText(QStringLiteral("Backups ran at this time almost every night.\x1b[2J Expect it at 02:30."));
        PredictionExplainer explainer(setupFor(server, llm::ModelChoice(choice)));
        QSignalSpy spy(&explainer, &PredictionExplainer::finished);
        explainer.explain(sampleInput());
        QVERIFY(explainer.isBusy());
        QCOMPARE(spy.count(), 0); // never inside the call
        QVERIFY(spy.wait(5000));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!explainer.isBusy());
        const auto r = spy.first().first().value<PredictionExplanation>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.provider, provider);
        QCOMPARE(r.text, QStringLiteral("Backups ran at this time almost every night.[2J Expect it at 02:30."));
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(QString::fromUtf8(server.requests().first().body).contains(QStringLiteral("backup daily at 02:30")));
    }

    void failures_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("choice");
        QTest::newRow("garbage") << int(FakeLlmServer::Mode::InvalidJson) << int(llm::ModelChoice::Ollama);
        QTest::newRow("wrong shape") << int(FakeLlmServer::Mode::WrongShape) << int(llm::ModelChoice::OpenAi);
        QTest::newRow("500") << int(FakeLlmServer::Mode::ServerError) << int(llm::ModelChoice::Ollama);
        QTest::newRow("hang") << int(FakeLlmServer::Mode::Hang) << int(llm::ModelChoice::OpenAi);
        QTest::newRow("closed") << int(FakeLlmServer::Mode::CloseAtOnce) << int(llm::ModelChoice::Ollama);
    }
    void failures()
    {
        QFETCH(int, mode);
        QFETCH(int, choice);
        FakeLlmServer server;
        server.setMode(FakeLlmServer::Mode(mode));
        PredictionExplainer explainer(setupFor(server, llm::ModelChoice(choice), 1000));
        QSignalSpy spy(&explainer, &PredictionExplainer::finished);
        QElapsedTimer timer;
        timer.start();
        explainer.explain(sampleInput());
        QVERIFY(spy.wait(5000));
        QVERIFY2(timer.elapsed() < 1000 + 1500, qPrintable(QString::number(timer.elapsed())));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        const auto r = spy.first().first().value<PredictionExplanation>();
        QVERIFY(!r.ok());
        QVERIFY(!r.cancelled);
        QVERIFY(r.text.isEmpty());
        QVERIFY(!explainer.isBusy());
    }

    void cancelEndsAtOnce()
    {
        FakeLlmServer server;
        server.setMode(FakeLlmServer::Mode::Hang);
        PredictionExplainer explainer(setupFor(server, llm::ModelChoice::Ollama, 5000));
        QSignalSpy spy(&explainer, &PredictionExplainer::finished);
        explainer.explain(sampleInput());
        QTRY_COMPARE(server.requestCount(), 1);
        explainer.cancel();
        QCOMPARE(spy.count(), 1);
        const auto r = spy.first().first().value<PredictionExplanation>();
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QVERIFY(!explainer.isBusy());
        QTest::qWait(300);
        QCOMPARE(spy.count(), 1); // the aborted call's answer is dropped
        explainer.cancel();       // nothing running: nothing happens
        QCOMPARE(spy.count(), 1);
    }

    void aNewRequestReplacesTheRunningOne()
    {
        FakeLlmServer server;
        server.setMode(FakeLlmServer::Mode::Hang);
        PredictionExplainer explainer(setupFor(server, llm::ModelChoice::Ollama, 5000));
        QSignalSpy spy(&explainer, &PredictionExplainer::finished);
        explainer.explain(sampleInput());
        QTRY_COMPARE(server.requestCount(), 1);
        server.setMode(FakeLlmServer::Mode::Good);
        server.setChatText(QStringLiteral("The second answer."));
        explainer.explain(sampleInput());
        QVERIFY(spy.wait(5000));
        QTest::qWait(300);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<PredictionExplanation>().text, QStringLiteral("The second answer."));
    }

    void noModelInUseFailsAtOnce()
    {
        FakeLlmServer server;
        PredictionExplainer explainer(setupFor(server, llm::ModelChoice::None));
        QSignalSpy spy(&explainer, &PredictionExplainer::finished);
        explainer.explain(sampleInput());
        QVERIFY(spy.wait(2000));
        QVERIFY(spy.first().first().value<PredictionExplanation>().error.contains(QStringLiteral("no language model")));
        QCOMPARE(server.requestCount(), 0);
    }

    void destroyedWhileAsking()
    {
        FakeLlmServer server;
        server.setMode(FakeLlmServer::Mode::Hang);
        auto explainer = std::make_unique<PredictionExplainer>(setupFor(server, llm::ModelChoice::Ollama, 5000));
        explainer->explain(sampleInput());
        QTRY_COMPARE(server.requestCount(), 1);
        QElapsedTimer timer;
        timer.start();
        explainer.reset();
        QVERIFY(timer.elapsed() < 1000);
        QTest::qWait(100);
    }
};

QTEST_GUILESS_MAIN(TestPredictionExplainer)
#include "tst_predictionexplainer.moc"
