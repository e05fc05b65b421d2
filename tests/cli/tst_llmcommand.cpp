#include "testsupport/fakellmserver.h"
#include "testsupport/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using rulecast::test::FakeLlmServer;
using rulecast::test::runCli;

namespace {
const QByteArray key = "sk-cli-test-9f8e7d6c5b4a";

QJsonObject statusJson(const QStringList &extra = {})
{
    const auto run = runCli(QStringList{QStringLiteral("llm"), QStringLiteral("status"), QStringLiteral("--output-format"),
                                        QStringLiteral("json")}
                            + extra);
    if (run.exitCode != 0)
        qWarning("llm status failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

QJsonObject provider(const QJsonObject &status, int index)
{
    return status.value(QLatin1String("providers")).toArray().at(index).toObject();
}
} // namespace

// `rulecast-cli llm status` end to end: the child process finds the fake
// server through OLLAMA_URL / OPENAI_BASE_URL / OPENAI_API_KEY.
class TestLlmCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeLlmServer> m_server;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeLlmServer>();
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("llm.conf")).toUtf8());
        QFile::remove(m_dir.filePath(QStringLiteral("llm.conf")));
        qputenv("RULECAST_NO_KEYCHAIN", "1");
        qputenv("OLLAMA_URL", m_server->ollamaUrl().toUtf8());
        qputenv("OPENAI_BASE_URL", m_server->openAiBaseUrl().toUtf8());
        qputenv("OPENAI_API_KEY", key);
    }
    void cleanup()
    {
        m_server.reset();
        qunsetenv("OLLAMA_URL");
        qunsetenv("OPENAI_BASE_URL");
        qunsetenv("OPENAI_API_KEY");
    }

    void bothProvidersReachable()
    {
        const auto run = runCli({QStringLiteral("llm"), QStringLiteral("status"), QStringLiteral("--output-format"),
                                 QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error{};
        const QJsonObject status = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(status.value(QLatin1String("use_model")).toString(), QStringLiteral("auto"));
        QCOMPARE(status.value(QLatin1String("route")).toArray(),
                 (QJsonArray{QStringLiteral("ollama"), QStringLiteral("openai")}));
        QVERIFY(status.value(QLatin1String("available")).toBool());
        const QJsonObject ollama = provider(status, 0);
        QCOMPARE(ollama.value(QLatin1String("provider")).toString(), QStringLiteral("ollama"));
        QCOMPARE(ollama.value(QLatin1String("url")).toString(), m_server->ollamaUrl());
        QVERIFY(ollama.value(QLatin1String("reachable")).toBool());
        QVERIFY(ollama.value(QLatin1String("chat_model_available")).toBool());
        QVERIFY(ollama.value(QLatin1String("models")).toArray().contains(QStringLiteral("qwen3:8b")));
        QVERIFY(ollama.value(QLatin1String("error")).isNull());
        const QJsonObject openAi = provider(status, 1);
        QVERIFY(openAi.value(QLatin1String("configured")).toBool());
        QVERIFY(openAi.value(QLatin1String("reachable")).toBool());
        QCOMPARE(openAi.value(QLatin1String("key_source")).toString(), QStringLiteral("environment"));
        // The key is sent to OpenAI only, and shown nowhere.
        QVERIFY(!run.out.contains(key) && !run.err.contains(key));
        for (const auto &r : m_server->requests()) {
            if (r.path.startsWith("/v1/"))
                QCOMPARE(r.header("authorization"), "Bearer " + key);
            else
                QVERIFY(r.header("authorization").isEmpty());
        }
        QVERIFY(!rulecast::test::fileBytes(m_dir.filePath(QStringLiteral("llm.conf"))).contains(key));
    }

    void tableNamesEachProvider()
    {
        const auto run = runCli({QStringLiteral("llm"), QStringLiteral("status"), QStringLiteral("--output-format"),
                                 QStringLiteral("detailed")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("ollama    yes         yes"), run.out.constData());
        QVERIFY(run.out.contains("openai    yes         yes"));
        QVERIFY(run.out.contains("--use-model auto: asks ollama, then openai"));
        QVERIFY(run.out.contains("key from: environment"));
        QVERIFY(!run.out.contains(key));
    }

    void withoutKeyOpenAiIsNotConfiguredAndNotAsked()
    {
        qunsetenv("OPENAI_API_KEY");
        const QJsonObject status = statusJson();
        QCOMPARE(status.value(QLatin1String("route")).toArray(), QJsonArray{QStringLiteral("ollama")});
        const QJsonObject openAi = provider(status, 1);
        QVERIFY(!openAi.value(QLatin1String("configured")).toBool());
        QCOMPARE(openAi.value(QLatin1String("key_source")).toString(), QStringLiteral("none"));
        QVERIFY(openAi.value(QLatin1String("error")).toString().contains(QLatin1String("OPENAI_API_KEY is not set")));
        for (const auto &r : m_server->requests())
            QVERIFY(!r.path.startsWith("/v1/"));
    }

    void garbageMeansNotReachableButTheCommandSucceeds()
    {
        m_server->setMode(FakeLlmServer::Mode::WrongShape);
        const QJsonObject status = statusJson();
        QVERIFY(!status.isEmpty());
        QVERIFY(!status.value(QLatin1String("available")).toBool());
        const QJsonObject ollama = provider(status, 0);
        QVERIFY(!ollama.value(QLatin1String("reachable")).toBool());
        QVERIFY2(ollama.value(QLatin1String("error")).toString().contains(QLatin1String("'models' should be an array")),
                 qPrintable(ollama.value(QLatin1String("error")).toString()));
    }

    void hangingServerIsReportedWithinTheTimeout()
    {
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.timeout_seconds"),
                         QStringLiteral("1")})
                     .exitCode,
                 0);
        m_server->setMode(FakeLlmServer::Mode::Hang);
        QElapsedTimer clock;
        clock.start();
        const QJsonObject status = statusJson();
        // Both providers are probed at once: one timeout, not two.
        QVERIFY2(clock.elapsed() < 1000 + 2500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(provider(status, 0).value(QLatin1String("error")).toString().contains(QLatin1String("no answer within 1 s")));
        QVERIFY(provider(status, 1).value(QLatin1String("error")).toString().contains(QLatin1String("no answer within 1 s")));
    }

    void refusedConnection()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        qputenv("OLLAMA_URL", QStringLiteral("http://127.0.0.1:%1").arg(port).toUtf8());
        const auto run = runCli({QStringLiteral("llm"), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("ollama    yes         no"), run.out.constData());
        QVERIFY(run.out.contains("connection refused"));
    }

    void useModelChoices()
    {
        QJsonObject status = statusJson({QStringLiteral("--use-model"), QStringLiteral("none")});
        QCOMPARE(status.value(QLatin1String("route")).toArray().size(), 0);
        QVERIFY(!status.value(QLatin1String("available")).toBool());
        status = statusJson({QStringLiteral("--use-model"), QStringLiteral("openai")});
        QCOMPARE(status.value(QLatin1String("route")).toArray(), QJsonArray{QStringLiteral("openai")});
        QVERIFY(status.value(QLatin1String("available")).toBool());
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.fallback_strategy"),
                         QStringLiteral("openai_first")})
                     .exitCode,
                 0);
        status = statusJson();
        QCOMPARE(status.value(QLatin1String("route")).toArray(),
                 (QJsonArray{QStringLiteral("openai"), QStringLiteral("ollama")}));
        QCOMPARE(status.value(QLatin1String("fallback_strategy")).toString(), QStringLiteral("openai_first"));
    }

    void usageErrors()
    {
        auto run = runCli({QStringLiteral("llm"), QStringLiteral("status"), QStringLiteral("--use-model"),
                           QStringLiteral("gpt")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--use-model: expected one of ollama|openai|auto|none, got 'gpt'"), run.err.constData());
        run = runCli({QStringLiteral("llm")});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("llm"), QStringLiteral("ask")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown action 'ask'"));
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLlmCommand)
#include "tst_llmcommand.moc"
