#include "jsoncall.h"
#include "llmtext.h"

#include "llmlog.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace rulecast::llm {
namespace {

// Failures that mean "the request may not have reached a working server":
// worth one more try. TLS and protocol errors are not: they would fail again.
bool isConnectionError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

QString connectionProblem(QNetworkReply::NetworkError error, const QString &detail)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "connection refused (is the server running?)"));
    case QNetworkReply::RemoteHostClosedError:
        return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "the server closed the connection before answering"));
    case QNetworkReply::HostNotFoundError:
        return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "host not found"));
    default:
        return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "network error: %1")).arg(detail);
    }
}

} // namespace

QString serverErrorText(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonValue error = doc.object().value(QLatin1String("error"));
        if (error.isString())
            return error.toString().left(300);
        if (error.isObject() && error.toObject().value(QLatin1String("message")).isString())
            return error.toObject().value(QLatin1String("message")).toString().left(300);
    }
    return QString::fromUtf8(body.left(300)).simplified();
}

CallHandle JsonCall::start(QNetworkAccessManager *network, JsonRequest request, Callback<QJsonDocument> done)
{
    auto *call = new JsonCall(network, std::move(request), std::move(done));
    const CallHandle handle = call->handle();
    call->m_elapsed.start();
    call->m_deadline->start(call->m_request.timeoutMs);
    call->sendAttempt();
    return handle;
}

JsonCall::JsonCall(QNetworkAccessManager *network, JsonRequest request, Callback<QJsonDocument> done)
    : Operation(network), m_network(network), m_request(std::move(request)), m_done(std::move(done)),
      m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(m_deadline, &QTimer::timeout, this, &JsonCall::onTimeout);
}

void JsonCall::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_network) { // its manager is gone; still never answer inside start()
        QTimer::singleShot(0, this, [this]() {
            finish(LlmResult<QJsonDocument>::failure(FailureKind::Cancelled, message(QStringLiteral("cancelled"))));
        });
        return;
    }
    ++m_attempt;
    qCDebug(lcLlm).noquote() << m_request.method << m_request.url.toDisplayString(QUrl::RemoveUserInfo)
                             << "attempt" << m_attempt;
    QNetworkRequest req(m_request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    if (m_request.method == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[name, value] : std::as_const(m_request.headers))
        req.setRawHeader(name, value);
    m_reply = m_request.method == "POST" ? m_network->post(req, m_request.body) : m_network->get(req);
    connect(m_reply, &QNetworkReply::finished, this, &JsonCall::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > maxReplyBytes) {
            dropReply();
            finish(LlmResult<QJsonDocument>::failure(
                FailureKind::BadReply,
                message(llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "the reply is larger than %1 MiB")).arg(maxReplyBytes / (1024 * 1024)))));
        }
    });
}

void JsonCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = reply->readAll();

    if (status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        failOrRetry(FailureKind::Unreachable, connectionProblem(error, reply->errorString()),
                    isConnectionError(error));
        return;
    }
    if (status >= 500) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString detail = serverErrorText(body);
        failOrRetry(FailureKind::Http,
                    QStringLiteral("HTTP %1 %2%3").arg(status).arg(reason,
                                                                   detail.isEmpty() ? QString() : u": " + detail),
                    true);
        return;
    }
    if (status < 200 || status >= 300) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString detail = serverErrorText(body);
        const QString hint = status == 401 || status == 403 ? QStringLiteral(" (is the API key right?)")
                             : status == 404               ? QStringLiteral(" (is the model installed, the URL right?)")
                                                           : QString();
        failOrRetry(FailureKind::Http,
                    QStringLiteral("HTTP %1 %2%3%4")
                        .arg(status)
                        .arg(reason, detail.isEmpty() ? QString() : u": " + detail, hint),
                    false);
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        finish(LlmResult<QJsonDocument>::failure(
            FailureKind::BadReply, message(llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "the reply is not valid JSON (%1 at byte %2)"))
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset))));
        return;
    }
    finish(doc);
}

void JsonCall::failOrRetry(FailureKind kind, const QString &problem, bool retryable)
{
    const qint64 remaining = m_request.timeoutMs - m_elapsed.elapsed();
    if (retryable && m_attempt == 1 && remaining > retryDelayMs) {
        m_firstFailure = problem;
        QTimer::singleShot(retryDelayMs, this, &JsonCall::sendAttempt);
        return;
    }
    const QString tries = m_attempt > 1 ? llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", " (tried twice)")) : QString();
    finish(LlmResult<QJsonDocument>::failure(kind, message(problem + tries)));
}

void JsonCall::onTimeout()
{
    if (m_finished)
        return;
    dropReply();
    QString problem = llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "no answer within %1 s")).arg(m_request.timeoutMs / 1000.0, 0, 'g', 3);
    if (!m_firstFailure.isEmpty())
        problem += llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", " (the first attempt failed: %1)")).arg(m_firstFailure);
    finish(LlmResult<QJsonDocument>::failure(FailureKind::Timeout, message(problem)));
}

void JsonCall::cancel()
{
    if (m_finished)
        return;
    dropReply();
    finish(LlmResult<QJsonDocument>::failure(FailureKind::Cancelled, message(QStringLiteral("cancelled"))));
}

void JsonCall::dropReply()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void JsonCall::finish(LlmResult<QJsonDocument> result)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcLlm).noquote() << m_request.method << m_request.url.toDisplayString(QUrl::RemoveUserInfo)
                             << (result ? QStringLiteral("ok") : result.error()) << "after" << m_elapsed.elapsed() << "ms";
    m_deadline->stop();
    deleteLater();
    if (m_done)
        m_done(std::move(result));
}

QString JsonCall::message(const QString &problem) const
{
    QString text = m_request.what + QStringLiteral(": ") + problem;
    if (!m_request.secret.isEmpty())
        text.replace(m_request.secret, QStringLiteral("***"));
    return text;
}

} // namespace rulecast::llm
