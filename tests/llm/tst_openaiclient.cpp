#include "llm/openaiclient.h"
#include "llmtesthelpers.h"
#include "testsupport/fakellmserver.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>

using namespace rulecast;
using namespace rulecast::llm;
using rulecast::test::Capture;
using rulecast::test::FakeLlmServer;

namespace {
const QString key = QStringLiteral("sk-test-0123456789abcdef");

QStringList logged;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &text)
{
    logged.append(QString::fromLatin1(context.category) + u' ' + text);
}
} // namespace

class TestOpenAiClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;

    std::unique_ptr<OpenAiClient> client(int timeoutMs = 3000, const QString &url = {}, const QString &apiKey = key)
    {
        return std::make_unique<OpenAiClient>(
            test::providerConfig(Provider::OpenAi, url.isEmpty() ? m_server->openAiBaseUrl() : url, timeoutMs, apiKey),
            m_network.get());
    }

    static QList<ChatMessage> question() { return {ChatMessage::user(QStringLiteral("When should backups run?"))}; }

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

    void chatSendsTheKeyAsBearerAndReadsTheAnswer()
    {
        m_server->setRequiredKey(key);
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QVERIFY2(got->result->ok(), qPrintable(got->result->error()));
        QCOMPARE(got->result->value().text, QStringLiteral("Spread the nightly backups over 01:00-03:00."));
        QCOMPARE(got->result->value().model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(got->result->value().provider, Provider::OpenAi);
        const auto request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.header("authorization"), "Bearer " + key.toUtf8());
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.json().value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
        // The key travels in the header only.
        QVERIFY(!request.body.contains(key.toUtf8()));
        QVERIFY(!request.path.contains(key.toUtf8()));
    }

    void trailingSlashInTheBaseUrlIsFine()
    {
        auto c = client(3000, m_server->openAiBaseUrl() + QStringLiteral("/"));
        auto got = Capture<ModelList>::make();
        c->listModels(got->callback());
        QVERIFY(got->wait());
        QVERIFY2(got->result->ok(), qPrintable(got->result->error()));
        QCOMPARE(m_server->requests().first().path, QByteArray("/v1/models"));
        QVERIFY(got->result->value().models.contains(QStringLiteral("gpt-4o-mini")));
    }

    void embeddingsAreOrderedByTheirIndex()
    {
        m_server->setEmbeddingDimension(4);
        auto c = client();
        auto got = Capture<Embeddings>::make();
        const QStringList texts{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")};
        c->embed(texts, got->callback());
        QVERIFY(got->wait());
        QVERIFY2(got->result->ok(), qPrintable(got->result->error()));
        const Embeddings &e = got->result->value();
        QCOMPARE(e.dimension, 4);
        QCOMPARE(e.model, QStringLiteral("text-embedding-3-small"));
        // The server lists them last first; the client restores input order.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(e.vectors.at(i).first(), float(FakeLlmServer::embeddingFor(texts.at(i), 4).first()));
        const QJsonObject body = m_server->requests().first().json();
        QCOMPARE(body.value(QLatin1String("encoding_format")).toString(), QStringLiteral("float"));
        QCOMPARE(m_server->requests().first().path, QByteArray("/v1/embeddings"));
    }

    void withoutAKeyNothingIsSent()
    {
        auto c = client(3000, {}, QString());
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QCOMPARE(got->result->failureKind(), FailureKind::NotConfigured);
        QVERIFY(got->result->error().contains(QLatin1String("OPENAI_API_KEY")));
        got->settle(100);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void wrongKeyIsAnHttpErrorWithoutRetryAndWithoutTheKey()
    {
        // A server that quotes the key back must not get it into our messages.
        m_server->setRawReply(401, R"({"error":{"message":"Incorrect API key provided: sk-test-0123456789abcdef"}})");
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QCOMPARE(got->result->failureKind(), FailureKind::Http);
        const QString error = got->result->error();
        QVERIFY2(error.contains(QLatin1String("HTTP 401")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("is the API key right?")));
        QVERIFY2(!error.contains(key), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("***")));
        got->settle(400);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void garbageIsABadReply()
    {
        m_server->setMode(FakeLlmServer::Mode::InvalidJson);
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QCOMPARE(got->result->failureKind(), FailureKind::BadReply);
        QVERIFY2(got->result->error().contains(QLatin1String("OpenAI /chat/completions at http://127.0.0.1:")),
                 qPrintable(got->result->error()));
        QVERIFY(got->result->error().contains(QLatin1String("not valid JSON")));
    }

    void wrongShapeNamesWhatWasExpected()
    {
        m_server->setMode(FakeLlmServer::Mode::WrongShape);
        auto c = client();
        auto chat = Capture<ChatReply>::make();
        c->chat(question(), chat->callback());
        QVERIFY(chat->wait());
        QCOMPARE(chat->result->failureKind(), FailureKind::BadReply);
        QVERIFY2(chat->result->error().contains(QLatin1String("'choices' should not be empty")),
                 qPrintable(chat->result->error()));

        auto embed = Capture<Embeddings>::make();
        c->embed({QStringLiteral("one")}, embed->callback());
        QVERIFY(embed->wait());
        QVERIFY2(embed->result->error().contains(QLatin1String("'data[0].embedding' should be an array, got a string")),
                 qPrintable(embed->result->error()));

        auto two = Capture<Embeddings>::make();
        c->embed({QStringLiteral("one"), QStringLiteral("two")}, two->callback());
        QVERIFY(two->wait());
        QVERIFY2(two->result->error().contains(QLatin1String("expected 2 embedding(s) in 'data', one per text, got 1")),
                 qPrintable(two->result->error()));
    }

    void strictParsing_data()
    {
        QTest::addColumn<int>("kind"); // 0 chat, 1 embeddings of 2 texts
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refusal") << 0
                                 << QByteArray(R"({"model":"m","choices":[{"message":{"content":null,"refusal":"I cannot"}}]})")
                                 << QStringLiteral("the model refused: I cannot");
        QTest::newRow("null content") << 0 << QByteArray(R"({"model":"m","choices":[{"message":{"content":null}}]})")
                                      << QStringLiteral("'choices[0].message.content' should be a string, got null");
        QTest::newRow("choice not object") << 0 << QByteArray(R"({"model":"m","choices":["hi"]})")
                                           << QStringLiteral("'choices[0]' should be an object, got a string");
        QTest::newRow("duplicate index")
            << 1 << QByteArray(R"({"model":"m","data":[{"index":0,"embedding":[1]},{"index":0,"embedding":[2]}]})")
            << QStringLiteral("'data[1].index' should be a distinct input position from 0 to 1, got 0");
        QTest::newRow("index out of range")
            << 1 << QByteArray(R"({"model":"m","data":[{"index":0,"embedding":[1]},{"index":5,"embedding":[2]}]})")
            << QStringLiteral("got 5");
        QTest::newRow("fractional index")
            << 1 << QByteArray(R"({"model":"m","data":[{"index":0.5,"embedding":[1]},{"index":1,"embedding":[2]}]})")
            << QStringLiteral("'data[0].index' should be an integer");
        QTest::newRow("dimensions differ")
            << 1 << QByteArray(R"({"model":"m","data":[{"index":0,"embedding":[1]},{"index":1,"embedding":[2,3]}]})")
            << QStringLiteral("embeddings differ in dimension");
    }
    void strictParsing()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        JsonShape shape;
        if (kind == 0)
            OpenAiClient::parseChat(QJsonDocument::fromJson(json), shape);
        else
            OpenAiClient::parseEmbeddings(QJsonDocument::fromJson(json), 2, shape);
        QVERIFY(shape.failed());
        QVERIFY2(shape.error().contains(expected), qPrintable(shape.error()));
    }

    void serverErrorOnceIsRetried()
    {
        m_server->failNext(1, 500);
        auto c = client();
        auto got = Capture<Embeddings>::make();
        c->embed({QStringLiteral("x")}, got->callback());
        QVERIFY(got->wait());
        QVERIFY2(got->result->ok(), qPrintable(got->result->error()));
        QCOMPARE(m_server->requestCount(), 2);
        // The retry carries the key too.
        QCOMPARE(m_server->requests().at(1).header("authorization"), "Bearer " + key.toUtf8());
    }

    void serverErrorTwiceIsAnError()
    {
        m_server->setMode(FakeLlmServer::Mode::ServerError);
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait());
        QCOMPARE(got->result->failureKind(), FailureKind::Http);
        QVERIFY2(got->result->error().contains(QLatin1String("HTTP 500 Internal Server Error: internal failure (tried twice)")),
                 qPrintable(got->result->error()));
        got->settle(400);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void hangingServerTimesOut()
    {
        m_server->setMode(FakeLlmServer::Mode::Hang);
        auto c = client(500);
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait(5000));
        QCOMPARE(got->result->failureKind(), FailureKind::Timeout);
        QVERIFY2(got->elapsedMs >= 490 && got->elapsedMs < 500 + 1500, qPrintable(QString::number(got->elapsedMs)));
    }

    void timeoutCoversTheRetry()
    {
        // First attempt fails, the retry hangs: the whole call still ends at the deadline.
        m_server->failNext(1, 502);
        m_server->setMode(FakeLlmServer::Mode::Hang);
        auto c = client(600);
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        QVERIFY(got->wait(5000));
        QCOMPARE(got->result->failureKind(), FailureKind::Timeout);
        QVERIFY2(got->result->error().contains(QLatin1String("the first attempt failed: HTTP 502")),
                 qPrintable(got->result->error()));
        QVERIFY(got->elapsedMs < 600 + 1500);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void cancel()
    {
        m_server->setMode(FakeLlmServer::Mode::Hang);
        auto c = client(10000);
        auto got = Capture<Embeddings>::make();
        const CallHandle handle = c->embed({QStringLiteral("x")}, got->callback());
        QTRY_COMPARE(m_server->requestCount(), 1);
        handle.cancel();
        QVERIFY(got->wait(2000));
        QCOMPARE(got->result->failureKind(), FailureKind::Cancelled);
        got->settle(100);
        QCOMPARE(got->calls, 1);
    }

    void theLogNamesRequestsButNeverTheKey()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("rulecast.llm.debug=true"));
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        m_server->setRawReply(401, R"({"error":{"message":"Incorrect API key provided: sk-test-0123456789abcdef"}})");
        auto c = client();
        auto got = Capture<ChatReply>::make();
        c->chat(question(), got->callback());
        const bool answered = got->wait();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QStringLiteral("rulecast.llm.debug=false"));
        QVERIFY(answered);
        QVERIFY2(logged.size() >= 2, qPrintable(logged.join(u'\n')));
        QVERIFY(logged.first().contains(QLatin1String("rulecast.llm POST http://127.0.0.1:")));
        QVERIFY(logged.last().contains(QLatin1String("HTTP 401")));
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(key), qPrintable(line));
    }

    void httpsReachesTheNetworkLayer()
    {
        // The TLS backend loads: an https URL fails as unreachable, not as unsupported.
        auto c = client(3000, QStringLiteral("https://127.0.0.1:%1/v1").arg(test::closedPort()));
        auto got = Capture<ModelList>::make();
        c->listModels(got->callback());
        QVERIFY(got->wait());
        QCOMPARE(got->result->failureKind(), FailureKind::Unreachable);
    }

    void connectionRefusedIsRetriedThenAnError()
    {
        auto c = client(3000, QStringLiteral("http://127.0.0.1:%1/v1").arg(test::closedPort()));
        auto got = Capture<ModelList>::make();
        c->listModels(got->callback());
        QVERIFY(got->wait());
        QCOMPARE(got->result->failureKind(), FailureKind::Unreachable);
        QVERIFY2(got->result->error().contains(QLatin1String("connection refused (is the server running?) (tried twice)")),
                 qPrintable(got->result->error()));
        QVERIFY(!got->result->error().contains(key));
    }
};

QTEST_GUILESS_MAIN(TestOpenAiClient)
#include "tst_openaiclient.moc"
