#include "llm/ollamaclient.h"
#include "llmtesthelpers.h"
#include "testsupport/fakellmserver.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace rulecast;
using namespace rulecast::llm;
using rulecast::test::Capture;
using rulecast::test::FakeLlmServer;

class TestOllamaClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;

    std::unique_ptr<OllamaClient> client(int timeoutMs = 3000, const QString &url = {})
    {
        return std::make_unique<OllamaClient>(
            test::providerConfig(Provider::Ollama, url.isEmpty() ? m_server->ollamaUrl() : url, timeoutMs),
            m_network.get());
    }

    static QList<ChatMessage> question()
    {
        return {ChatMessage::system(QStringLiteral("You advise on schedules.")),
                ChatMessage::user(QStringLiteral("When should backups run?"))};
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeLlmServer>();
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_network.reset();
        m_server.reset();
    }

    void chatSendsTheConversationAndReadsTheAnswer()
    {
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QVERIFY2(got->result->ok(), qPrintable(got->result->error()));
        QCOMPARE(got->result->value().text, QStringLiteral("Spread the nightly backups over 01:00-03:00."));
        QCOMPARE(got->result->value().model, QStringLiteral("qwen3:8b"));
        QCOMPARE(got->result->value().provider, Provider::Ollama);

        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, QByteArray("POST"));
        QCOMPARE(requests.first().path, QByteArray("/api/chat"));
        const QJsonObject body = requests.first().json();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("qwen3:8b"));
        QCOMPARE(body.value(QLatin1String("stream")).toBool(true), false);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("When should backups run?"));
        // Ollama gets no credentials, ever.
        QVERIFY(requests.first().header("authorization").isEmpty());
        got->settle(100);
        QCOMPARE(got->calls, 1);
    }

    void thinkingBeforeTheAnswerIsDropped()
    {
        m_server->setChatText(QStringLiteral("<think>\nlet me see\n</think>\n\nRun them at 02:00."));
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QVERIFY(got->result->ok());
        QCOMPARE(got->result->value().text, QStringLiteral("Run them at 02:00."));
    }

    void embedReturnsOneVectorPerTextInOrder()
    {
        m_server->setEmbeddingDimension(5);
        auto c = client();
        auto got = Capture<Embeddings>::make();
        const QStringList texts{QStringLiteral("daily at 02:00"), QStringLiteral("weekly on monday"),
                                QStringLiteral("hourly")};
        c->embed(texts, got->callback());
        QVERIFY(got->wait());
        QVERIFY2(got->result->ok(), qPrintable(got->result->error()));
        const Embeddings &e = got->result->value();
        QCOMPARE(e.dimension, 5);
        QCOMPARE(e.vectors.size(), 3);
        QCOMPARE(e.model, QStringLiteral("nomic-embed-text"));
        for (int i = 0; i < 3; ++i) {
            const QList<double> expected = FakeLlmServer::embeddingFor(texts.at(i), 5);
            for (int d = 0; d < 5; ++d)
                QCOMPARE(e.vectors.at(i).at(d), float(expected.at(d)));
        }
        const auto request = m_server->requests().first();
        QCOMPARE(request.path, QByteArray("/api/embed"));
        QCOMPARE(request.json().value(QLatin1String("input")).toArray().size(), 3);
    }

    void embedOfNothingAsksNothing()
    {
        auto c = client();
        auto got = Capture<Embeddings>::make();
        c->embed({}, got->callback());
        QVERIFY(got->wait());
        QVERIFY(got->result->ok());
        QCOMPARE(got->result->value().vectors.size(), 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void tagsListTheInstalledModels()
    {
        m_server->setModels({QStringLiteral("qwen3:8b"), QStringLiteral("llama3.2:latest")});
        auto c = client();
        auto got = Capture<ModelList>::make();
        c->listModels(got->callback());
        QVERIFY(got->wait());
        QVERIFY(got->result->ok());
        QCOMPARE(got->result->value().models, (QStringList{QStringLiteral("qwen3:8b"), QStringLiteral("llama3.2:latest")}));
        QCOMPARE(m_server->requests().first().method, QByteArray("GET"));
        QCOMPARE(m_server->requests().first().path, QByteArray("/api/tags"));
    }

    void invalidJsonIsAClearErrorWithoutRetry()
    {
        m_server->setMode(FakeLlmServer::Mode::InvalidJson);
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QVERIFY(!got->result->ok());
        QCOMPARE(got->result->failureKind(), FailureKind::BadReply);
        QVERIFY2(got->result->error().contains(QLatin1String("not valid JSON")), qPrintable(got->result->error()));
        QVERIFY(got->result->error().contains(QLatin1String("/api/chat")));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void wrongShapeNamesWhatWasExpected_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chat") << 0 << QStringLiteral("'message.content' should be a string, got a number");
        QTest::newRow("embed") << 1 << QStringLiteral("embeddings differ in dimension");
        QTest::newRow("tags") << 2 << QStringLiteral("'models' should be an array, got a string");
    }
    void wrongShapeNamesWhatWasExpected()
    {
        QFETCH(int, endpoint);
        QFETCH(QString, expected);
        m_server->setMode(FakeLlmServer::Mode::WrongShape);
        auto c = client();
        QString error;
        FailureKind kind = FailureKind::None;
        if (endpoint == 0) {
            auto got = Capture<ChatReply>::make();
            c->chat(question(), got->callback());
            QVERIFY(got->wait());
            QVERIFY(!got->result->ok());
            error = got->result->error();
            kind = got->result->failureKind();
        } else if (endpoint == 1) {
            auto got = Capture<Embeddings>::make();
            c->embed({QStringLiteral("a"), QStringLiteral("b")}, got->callback());
            QVERIFY(got->wait());
            QVERIFY(!got->result->ok());
            error = got->result->error();
            kind = got->result->failureKind();
        } else {
            auto got = Capture<ModelList>::make();
            c->listModels(got->callback());
            QVERIFY(got->wait());
            QVERIFY(!got->result->ok());
            error = got->result->error();
            kind = got->result->failureKind();
        }
        QCOMPARE(kind, FailureKind::BadReply);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("not what the API promises")));
    }

    void strictParsingRejectsPartialReplies_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not done") << QByteArray(R"({"model":"m","message":{"content":"hi"},"done":false})")
                                  << QStringLiteral("'done' should be true");
        QTest::newRow("no done") << QByteArray(R"({"model":"m","message":{"content":"hi"}})")
                                 << QStringLiteral("'done' should be a boolean, got nothing (missing)");
        QTest::newRow("no message") << QByteArray(R"({"model":"m","done":true})")
                                    << QStringLiteral("'message' should be an object, got nothing (missing)");
        QTest::newRow("empty content") << QByteArray(R"({"model":"m","message":{"content":"  "},"done":true})")
                                       << QStringLiteral("'message.content' is empty");
        QTest::newRow("array") << QByteArray(R"([{"model":"m"}])")
                               << QStringLiteral("'(the reply)' should be an object, got an array");
        QTest::newRow("model number") << QByteArray(R"({"model":7,"message":{"content":"x"},"done":true})")
                                      << QStringLiteral("'model' should be a string, got a number");
    }
    void strictParsingRejectsPartialReplies()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        JsonShape shape;
        OllamaClient::parseChat(QJsonDocument::fromJson(json), shape);
        QVERIFY(shape.failed());
        QVERIFY2(shape.error().contains(expected), qPrintable(shape.error()));
    }

    void embeddingsMustBeFiniteNumbersOneperText()
    {
        JsonShape shape;
        OllamaClient::parseEmbed(QJsonDocument::fromJson(R"({"model":"m","embeddings":[[0.1,"x"]]})"), 1, shape);
        QVERIFY2(shape.error().contains(QLatin1String("'embeddings[0][1]' should be a finite number, got a string")),
                 qPrintable(shape.error()));
        JsonShape count;
        OllamaClient::parseEmbed(QJsonDocument::fromJson(R"({"model":"m","embeddings":[[0.1,0.2]]})"), 2, count);
        QVERIFY2(count.error().contains(QLatin1String("expected 2 embeddings, one per text, got 1")),
                 qPrintable(count.error()));
        JsonShape huge;
        OllamaClient::parseEmbed(QJsonDocument::fromJson(R"({"model":"m","embeddings":[[1e300]]})"), 1, huge);
        QVERIFY(huge.failed());
        JsonShape empty;
        OllamaClient::parseEmbed(QJsonDocument::fromJson(R"({"model":"m","embeddings":[[]]})"), 1, empty);
        QVERIFY2(empty.error().contains(QLatin1String("'embeddings[0]' should not be empty")), qPrintable(empty.error()));
    }

    void serverErrorOnceIsRetried()
    {
        m_server->failNext(1, 500);
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QVERIFY2(got->result->ok(), qPrintable(got->result->error()));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void serverErrorTwiceIsAnError()
    {
        m_server->failNext(2, 503);
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QVERIFY(!got->result->ok());
        QCOMPARE(got->result->failureKind(), FailureKind::Http);
        QVERIFY2(got->result->error().contains(QLatin1String("HTTP 503")), qPrintable(got->result->error()));
        QVERIFY(got->result->error().contains(QLatin1String("tried twice")));
        QVERIFY(got->result->error().contains(QLatin1String("the fake server was told to fail")));
        got->settle(400);
        QCOMPARE(m_server->requestCount(), 2); // exactly one retry
        QCOMPARE(got->calls, 1);
    }

    void clientErrorsAreNotRetried()
    {
        m_server->setRawReply(404, R"({"error":"model 'qwen3:8b' not found, try pulling it first"})");
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QCOMPARE(got->result->failureKind(), FailureKind::Http);
        QVERIFY2(got->result->error().contains(QLatin1String("HTTP 404")), qPrintable(got->result->error()));
        QVERIFY(got->result->error().contains(QLatin1String("try pulling it first")));
        got->settle(400);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void hangingServerTimesOut()
    {
        m_server->setMode(FakeLlmServer::Mode::Hang);
        auto c = client(400);
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait(5000));
        QCOMPARE(got->result->failureKind(), FailureKind::Timeout);
        QVERIFY2(got->result->error().contains(QLatin1String("no answer within 0.4 s")), qPrintable(got->result->error()));
        QVERIFY2(got->elapsedMs >= 390 && got->elapsedMs < 400 + 1500, qPrintable(QString::number(got->elapsedMs)));
        QCOMPARE(m_server->requestCount(), 1); // a timeout is not retried
    }

    void cancelFinishesAtOnceWithCancelled()
    {
        m_server->setMode(FakeLlmServer::Mode::Hang);
        auto c = client(10000);
        auto got = Capture<ChatReply>::make();
        const CallHandle handle = c->chat(question(), got->callback());
        QTRY_COMPARE(m_server->requestCount(), 1);
        handle.cancel();
        QVERIFY(!got->result); // never inside cancel()
        QVERIFY(got->wait(2000));
        QCOMPARE(got->result->failureKind(), FailureKind::Cancelled);
        QVERIFY(got->elapsedMs < 2000);
        got->settle(200);
        QCOMPARE(got->calls, 1);
        handle.cancel(); // after the end: nothing happens
        got->settle(50);
        QCOMPARE(got->calls, 1);
    }

    void connectionRefusedIsRetriedThenAnError()
    {
        auto c = client(3000, QStringLiteral("http://127.0.0.1:%1").arg(test::closedPort()));
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QCOMPARE(got->result->failureKind(), FailureKind::Unreachable);
        QVERIFY2(got->result->error().contains(QLatin1String("connection refused")), qPrintable(got->result->error()));
        QVERIFY(got->result->error().contains(QLatin1String("tried twice")));
        QVERIFY(got->elapsedMs >= JsonCall::retryDelayMs);
    }

    void connectionClosedIsRetried()
    {
        m_server->setMode(FakeLlmServer::Mode::CloseAtOnce);
        auto c = client();
        auto got = Capture<ModelList>::make();
        c->listModels(got->callback());
        QVERIFY(got->wait());
        QCOMPARE(got->result->failureKind(), FailureKind::Unreachable);
        QVERIFY2(got->result->error().contains(QLatin1String("closed the connection before answering (tried twice)")),
                 qPrintable(got->result->error()));
        // Our two attempts arrived; Qt's HTTP layer may resend a request once
        // more by itself when a server drops the connection before answering.
        QVERIFY2(m_server->requestCount() >= 2 && m_server->requestCount() <= 4,
                 qPrintable(QString::number(m_server->requestCount())));
    }

    void badUrlIsAConfigurationError()
    {
        auto c = client(3000, QStringLiteral("localhost:11434"));
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QCOMPARE(got->result->failureKind(), FailureKind::NotConfigured);
        QVERIFY2(got->result->error().contains(QLatin1String("OLLAMA_URL: expected an http(s) URL")),
                 qPrintable(got->result->error()));
    }

    void destroyingTheClientDropsPendingCallbacks()
    {
        m_server->setMode(FakeLlmServer::Mode::Hang);
        auto got = Capture<ChatReply>::make();
        {
            auto network = std::make_unique<QNetworkAccessManager>();
            OllamaClient c(test::providerConfig(Provider::Ollama, m_server->ollamaUrl(), 300), network.get());
            c.chat(question(), got->callback());
            QTRY_COMPARE(m_server->requestCount(), 1);
        }
        got->settle(600);
        QCOMPARE(got->calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestOllamaClient)
#include "tst_ollamaclient.moc"
