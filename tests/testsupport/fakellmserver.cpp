#include "fakellmserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace rulecast::test {

// The half that lives on the server thread.
class FakeLlmServerCore : public QObject
{
public:
    explicit FakeLlmServerCore(FakeLlmServer *owner) : m_owner(owner) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("FakeLlmServer: cannot listen on 127.0.0.1");
        connect(m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        FakeLlmServer::Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        respond(socket, request);
    }

    void respond(QTcpSocket *socket, const FakeLlmServer::Request &request)
    {
        FakeLlmServer::State s;
        {
            QMutexLocker lock(&m_owner->m_mutex);
            m_owner->m_state.requests.append(request);
            s = m_owner->m_state;
            if (m_owner->m_state.failCount > 0)
                --m_owner->m_state.failCount;
        }
        if (s.failCount > 0) {
            send(socket, s.failStatus, R"({"error":"the fake server was told to fail"})");
            return;
        }
        if (s.rawStatus > 0) {
            send(socket, s.rawStatus, s.rawBody);
            return;
        }
        const bool openAi = request.path.startsWith("/v1/");
        if (openAi && !s.requiredKey.isEmpty() && request.header("authorization") != "Bearer " + s.requiredKey.toUtf8()) {
            send(socket, 401, R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})");
            return;
        }
        switch (s.mode) {
        case FakeLlmServer::Mode::Hang:
            return; // keep the connection open, say nothing
        case FakeLlmServer::Mode::CloseAtOnce:
            socket->abort();
            return;
        case FakeLlmServer::Mode::ServerError:
            send(socket, 500, R"({"error":"internal failure"})");
            return;
        case FakeLlmServer::Mode::InvalidJson:
            send(socket, 200, "{\"model\": \"qwen3:8b\", \"message\": {oops");
            return;
        case FakeLlmServer::Mode::WrongShape:
            send(socket, 200, wrongShape(request.path));
            return;
        case FakeLlmServer::Mode::Good:
            break;
        }
        const QByteArray body = goodReply(request, s);
        if (body.isEmpty())
            send(socket, 404, R"({"error":"no such endpoint"})");
        else
            send(socket, 200, body);
    }

    static QByteArray wrongShape(const QByteArray &path)
    {
        if (path == "/api/chat")
            return R"({"model":"qwen3:8b","message":{"role":"assistant","content":42},"done":true})";
        if (path == "/api/embed")
            return R"({"model":"nomic-embed-text","embeddings":[[0.1,0.2],[0.3]]})";
        if (path == "/api/tags")
            return R"({"models":"qwen3:8b"})";
        if (path == "/v1/chat/completions")
            return R"({"id":"x","object":"chat.completion","model":"gpt-4o-mini","choices":[]})";
        if (path == "/v1/embeddings")
            return R"({"object":"list","model":"text-embedding-3-small","data":[{"index":0,"embedding":"0.1,0.2"}]})";
        return R"([1,2,3])";
    }

    static QJsonArray vectorJson(const QString &text, int dimension)
    {
        QJsonArray v;
        for (double x : FakeLlmServer::embeddingFor(text, dimension))
            v.append(x);
        return v;
    }

    static QStringList inputs(const QJsonObject &body)
    {
        const QJsonValue input = body.value(QLatin1String("input"));
        if (input.isString())
            return {input.toString()};
        QStringList texts;
        for (const QJsonValue &t : input.toArray())
            texts.append(t.toString());
        return texts;
    }

    static QByteArray goodReply(const FakeLlmServer::Request &request, const FakeLlmServer::State &s)
    {
        const QJsonObject body = request.json();
        const QString model = body.value(QLatin1String("model")).toString();
        QJsonObject reply;
        if (request.method == "GET" && request.path == "/api/tags") {
            QJsonArray models;
            for (const QString &m : s.models)
                models.append(QJsonObject{{QStringLiteral("name"), m}, {QStringLiteral("model"), m},
                                          {QStringLiteral("size"), 1234}});
            reply.insert(QStringLiteral("models"), models);
        } else if (request.method == "POST" && request.path == "/api/chat") {
            reply = {{QStringLiteral("model"), model},
                     {QStringLiteral("created_at"), QStringLiteral("2026-11-27T10:00:00Z")},
                     {QStringLiteral("message"),
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), s.chatText}}},
                     {QStringLiteral("done"), true},
                     {QStringLiteral("done_reason"), QStringLiteral("stop")}};
        } else if (request.method == "POST" && request.path == "/api/embed") {
            QJsonArray vectors;
            for (const QString &t : inputs(body))
                vectors.append(vectorJson(t, s.dimension));
            reply = {{QStringLiteral("model"), model}, {QStringLiteral("embeddings"), vectors}};
        } else if (request.method == "GET" && request.path == "/v1/models") {
            QJsonArray data;
            for (const QString &m : s.models)
                data.append(QJsonObject{{QStringLiteral("id"), m}, {QStringLiteral("object"), QStringLiteral("model")}});
            reply = {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}};
        } else if (request.method == "POST" && request.path == "/v1/chat/completions") {
            const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                                      {QStringLiteral("content"), s.chatText}};
            reply = {{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                     {QStringLiteral("object"), QStringLiteral("chat.completion")},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("choices"),
                      QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                             {QStringLiteral("message"), message},
                                             {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}};
        } else if (request.method == "POST" && request.path == "/v1/embeddings") {
            // Listed last input first: clients must order by "index".
            const QStringList texts = inputs(body);
            QJsonArray data;
            for (qsizetype i = texts.size() - 1; i >= 0; --i)
                data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                        {QStringLiteral("index"), int(i)},
                                        {QStringLiteral("embedding"), vectorJson(texts.at(i), s.dimension)}});
            reply = {{QStringLiteral("object"), QStringLiteral("list")},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("data"), data}};
        } else {
            return {};
        }
        return QJsonDocument(reply).toJson(QJsonDocument::Compact);
    }

    static void send(QTcpSocket *socket, int status, const QByteArray &body)
    {
        const QByteArray reason = status == 200 ? "OK"
                                  : status == 401 ? "Unauthorized"
                                  : status == 404 ? "Not Found"
                                  : status == 500 ? "Internal Server Error"
                                  : status == 503 ? "Service Unavailable"
                                                  : "Error";
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        response += "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    FakeLlmServer *m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QJsonObject FakeLlmServer::Request::json() const { return QJsonDocument::fromJson(body).object(); }

FakeLlmServer::FakeLlmServer() : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("fake-llm-server"));
    m_core = new FakeLlmServerCore(this);
    m_core->moveToThread(m_thread.get());
    m_thread->start();
    FakeLlmServerCore *core = m_core;
    quint16 port = 0;
    QMetaObject::invokeMethod(core, [core, &port]() { port = core->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
}

FakeLlmServer::~FakeLlmServer()
{
    FakeLlmServerCore *core = m_core;
    QMetaObject::invokeMethod(core, [core]() { delete core; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString FakeLlmServer::ollamaUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
QString FakeLlmServer::openAiBaseUrl() const { return ollamaUrl() + QStringLiteral("/v1"); }

void FakeLlmServer::setMode(Mode mode)
{
    QMutexLocker lock(&m_mutex);
    m_state.mode = mode;
}

void FakeLlmServer::failNext(int count, int status)
{
    QMutexLocker lock(&m_mutex);
    m_state.failCount = count;
    m_state.failStatus = status;
}

void FakeLlmServer::setRawReply(int status, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    m_state.rawStatus = status;
    m_state.rawBody = body;
}

void FakeLlmServer::setChatText(const QString &text)
{
    QMutexLocker lock(&m_mutex);
    m_state.chatText = text;
}

void FakeLlmServer::setModels(const QStringList &models)
{
    QMutexLocker lock(&m_mutex);
    m_state.models = models;
}

void FakeLlmServer::setEmbeddingDimension(int dimension)
{
    QMutexLocker lock(&m_mutex);
    m_state.dimension = dimension;
}

void FakeLlmServer::setRequiredKey(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_state.requiredKey = key;
}

QList<FakeLlmServer::Request> FakeLlmServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_state.requests;
}

int FakeLlmServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_state.requests.size());
}

void FakeLlmServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_state.requests.clear();
}

QList<double> FakeLlmServer::embeddingFor(const QString &text, int dimension)
{
    // Stable across runs and processes (qHash is seeded per process).
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    QList<double> v;
    for (int i = 0; i < dimension; ++i)
        v.append((static_cast<unsigned char>(digest.at(i % digest.size())) + i) / 256.0 - 0.5);
    return v;
}

} // namespace rulecast::test
