#pragma once

#include "llmtypes.h"
#include "operation.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <QNetworkAccessManager>
class QNetworkReply;
class QTimer;

namespace rulecast::llm {

struct JsonRequest
{
    QByteArray method = "GET"; // GET or POST
    QUrl url;
    QByteArray body;           // JSON, for POST
    QList<QPair<QByteArray, QByteArray>> headers;
    QString what;              // "Ollama /api/chat at http://…", the start of every error
    QString secret;            // scrubbed from every error text (the API key)
    int timeoutMs = 20000;     // for the whole call, retry included
};

// One HTTP exchange that must yield a JSON document. The policy every model
// call shares lives here: a deadline for the whole call, exactly one retry on
// a 5xx status or a connection error (never on 4xx, bad JSON or a timeout),
// redirects only within the same origin (the Authorization header never
// travels to another host), a size limit, and error sentences that name the
// endpoint and never contain the secret.
class JsonCall : public Operation
{
    Q_OBJECT
public:
    static CallHandle start(QNetworkAccessManager *network, JsonRequest request,
                            Callback<QJsonDocument> done);

    void cancel() override;

    static constexpr int retryDelayMs = 200;
    static constexpr qint64 maxReplyBytes = 64 * 1024 * 1024;

private:
    JsonCall(QNetworkAccessManager *network, JsonRequest request, Callback<QJsonDocument> done);
    void sendAttempt();
    void onFinished();
    void onTimeout();
    // Retries once if the kind of failure allows it and time remains, else finishes.
    void failOrRetry(FailureKind kind, const QString &problem, bool retryable);
    void finish(LlmResult<QJsonDocument> result);
    void dropReply();
    QString message(const QString &problem) const;

    QPointer<QNetworkAccessManager> m_network;
    JsonRequest m_request;
    Callback<QJsonDocument> m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    bool m_finished = false;
    QString m_firstFailure; // what went wrong before the retry, for the timeout message
};

// The server's own explanation in an error body: {"error": "..."} (Ollama) or
// {"error": {"message": "..."}} (OpenAI), else the start of the body as text.
QString serverErrorText(const QByteArray &body);

} // namespace rulecast::llm
