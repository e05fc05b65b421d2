#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace rulecast::test {

class FakeLlmServerCore;

// A small HTTP/1.1 server on 127.0.0.1 (random port) that speaks the parts of
// the Ollama API (/api/chat, /api/embed, /api/tags) and of the OpenAI API
// (/v1/chat/completions, /v1/embeddings, /v1/models) that Rulecast uses. It
// runs on its own thread, so it answers while the test thread blocks (e.g. in
// runCli waiting for a child process).
//
// It can answer well, answer garbage (invalid JSON or the wrong shape), fail
// with an HTTP status (for the next N requests, then behave), close the
// connection without answering, or hang; and it records every request so
// tests can check what was sent (headers included).
class FakeLlmServer
{
public:
    enum class Mode {
        Good,
        InvalidJson,     // 200 with a body that is not JSON
        WrongShape,      // 200 with JSON of the wrong shape for the endpoint
        ServerError,     // 500 on every request
        Hang,            // reads the request, never answers
        CloseAtOnce,     // closes the connection without answering
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QJsonObject json() const;
    };

    FakeLlmServer();
    ~FakeLlmServer();
    FakeLlmServer(const FakeLlmServer &) = delete;
    FakeLlmServer &operator=(const FakeLlmServer &) = delete;

    quint16 port() const { return m_port; }
    QString ollamaUrl() const;     // http://127.0.0.1:PORT
    QString openAiBaseUrl() const; // http://127.0.0.1:PORT/v1

    void setMode(Mode mode);
    // The next `count` requests get `status` (with a JSON error body), then `mode` applies.
    void failNext(int count, int status = 500);
    // Answer every request with exactly this status and body (overrides the mode).
    void setRawReply(int status, const QByteArray &body);
    void setChatText(const QString &text);
    void setModels(const QStringList &models);
    void setEmbeddingDimension(int dimension);
    // OpenAI paths answer 401 unless "Authorization: Bearer KEY" is sent.
    void setRequiredKey(const QString &key);

    QList<Request> requests() const;
    int requestCount() const;
    void clearRequests();

    // The deterministic vector the server gives `text` (so tests can compare).
    static QList<double> embeddingFor(const QString &text, int dimension);

    struct State
    {
        Mode mode = Mode::Good;
        int failCount = 0;
        int failStatus = 500;
        int rawStatus = 0;
        QByteArray rawBody;
        QString chatText = QStringLiteral("Spread the nightly backups over 01:00-03:00.");
        QStringList models{QStringLiteral("qwen3:8b"), QStringLiteral("nomic-embed-text:latest"),
                           QStringLiteral("gpt-4o-mini"), QStringLiteral("text-embedding-3-small")};
        int dimension = 8;
        QString requiredKey;
        QList<Request> requests;
    };

private:
    mutable QMutex m_mutex;
    State m_state;
    std::unique_ptr<QThread> m_thread;
    FakeLlmServerCore *m_core = nullptr;
    quint16 m_port = 0;
    friend class FakeLlmServerCore;
};

} // namespace rulecast::test
