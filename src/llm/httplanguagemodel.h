#pragma once

#include "jsoncall.h"
#include "jsonshape.h"
#include "languagemodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <QNetworkAccessManager>

namespace rulecast::llm {

// What OllamaClient and OpenAiClient share: the configuration, the URL check,
// and turning "send this JSON, parse the reply strictly" into one call.
class HttpLanguageModel : public LanguageModel
{
    Q_OBJECT
public:
    // `network` must live on this object's thread and outlive it.
    HttpLanguageModel(ProviderConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);

    Provider provider() const override { return m_config.provider; }
    QString chatModel() const override { return m_config.chatModel; }
    QString embeddingModel() const override { return m_config.embeddingModel; }
    QString baseUrl() const override { return m_config.baseUrl; }
    const ProviderConfig &config() const { return m_config; }

    // The base URL as a QUrl, or why it cannot be used.
    static Result<QUrl> checkedBaseUrl(const ProviderConfig &config);

protected:
    // A parser turns a JSON document into a value, reporting a mismatch through JsonShape.
    template <typename T>
    using Parser = std::function<T(const QJsonDocument &, JsonShape &)>;

    template <typename T>
    CallHandle send(const QByteArray &method, const QString &path, const QJsonObject &body, Parser<T> parse,
                    Callback<T> done)
    {
        const Result<QUrl> base = checkedBaseUrl(m_config);
        if (!base) {
            deliverLater(std::move(done), LlmResult<T>::failure(FailureKind::NotConfigured, base.error()));
            return {};
        }
        JsonRequest request = makeRequest(method, base.value(), path, body);
        const QString what = request.what;
        const QString secret = request.secret;
        return JsonCall::start(
            m_network, std::move(request),
            [parse = std::move(parse), done = std::move(done), what, secret](LlmResult<QJsonDocument> reply) {
                if (!reply) {
                    done(LlmResult<T>::failure(reply.failureKind(), reply.error()));
                    return;
                }
                JsonShape shape;
                T value = parse(reply.value(), shape);
                if (shape.failed()) {
                    QString text = what + QStringLiteral(": the reply is not what the API promises: ") + shape.error();
                    if (!secret.isEmpty())
                        text.replace(secret, QStringLiteral("***"));
                    done(LlmResult<T>::failure(FailureKind::BadReply, text));
                    return;
                }
                done(std::move(value));
            });
    }

    // Answers without a request (nothing to ask, or a configuration error),
    // still asynchronously so that no callback runs inside the call.
    template <typename T>
    void deliverLater(Callback<T> done, LlmResult<T> result)
    {
        QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)]() mutable {
            done(std::move(result));
        });
    }

    // Headers for every request (OpenAI: Authorization).
    virtual QList<QPair<QByteArray, QByteArray>> extraHeaders() const { return {}; }

    static QJsonArray messagesJson(const QList<ChatMessage> &messages);
    // Checks an embeddings answer against the texts asked for.
    static void checkEmbeddings(const QList<Embedding> &vectors, int expected, JsonShape &shape);

private:
    JsonRequest makeRequest(const QByteArray &method, const QUrl &base, const QString &path,
                            const QJsonObject &body) const;

    ProviderConfig m_config;
    QPointer<QNetworkAccessManager> m_network;
};

} // namespace rulecast::llm
