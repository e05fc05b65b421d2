#include "httplanguagemodel.h"
#include "llmtext.h"

#include <QJsonArray>
#include <QSslSocket>

namespace rulecast::llm {

HttpLanguageModel::HttpLanguageModel(ProviderConfig config, QNetworkAccessManager *network, QObject *parent)
    : LanguageModel(parent), m_config(std::move(config)), m_network(network)
{
}

Result<QUrl> HttpLanguageModel::checkedBaseUrl(const ProviderConfig &config)
{
    const QString setting = config.provider == Provider::Ollama ? QStringLiteral("llm.ollama_url / OLLAMA_URL")
                                                                : QStringLiteral("llm.openai_base_url / OPENAI_BASE_URL");
    const QUrl url(config.baseUrl.trimmed(), QUrl::StrictMode);
    if (config.baseUrl.trimmed().isEmpty())
        return Result<QUrl>::failure(QStringLiteral("%1 is empty").arg(setting));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return Result<QUrl>::failure(QStringLiteral("%1: expected an http(s) URL such as %2, got '%3'")
                                         .arg(setting,
                                              config.provider == Provider::Ollama
                                                  ? QStringLiteral("http://localhost:11434")
                                                  : QStringLiteral("https://api.openai.com/v1"),
                                              config.baseUrl));
    if (url.scheme() == QLatin1String("https") && !QSslSocket::supportsSsl())
        return Result<QUrl>::failure(QStringLiteral("%1: %2 needs TLS, but Qt found no TLS backend (install "
                                                     "OpenSSL 3 / the Qt TLS plugins)")
                                         .arg(setting, config.baseUrl));
    return url;
}

JsonRequest HttpLanguageModel::makeRequest(const QByteArray &method, const QUrl &base, const QString &path,
                                           const QJsonObject &body) const
{
    JsonRequest request;
    request.method = method;
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    request.url = url;
    if (method == "POST")
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.headers = extraHeaders();
    request.what = providerName(m_config.provider) + u' ' + path + QStringLiteral(" at ")
                   + url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    request.secret = m_config.apiKey;
    request.timeoutMs = m_config.timeoutMs;
    return request;
}

QJsonArray HttpLanguageModel::messagesJson(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &m : messages)
        array.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleId(m.role)},
                                 {QStringLiteral("content"), m.content}});
    return array;
}

void HttpLanguageModel::checkEmbeddings(const QList<Embedding> &vectors, int expected, JsonShape &shape)
{
    if (shape.failed())
        return;
    if (vectors.size() != expected) {
        shape.fail(llmPhrase(QT_TRANSLATE_N_NOOP("LanguageModel", "expected %n embedding(s), one per text, got %1"),
                             int(expected))
                       .arg(vectors.size()));
        return;
    }
    for (qsizetype i = 1; i < vectors.size(); ++i)
        if (vectors.at(i).size() != vectors.first().size()) {
            shape.fail(llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "embeddings differ in dimension: %1 for the first text, %2 for text %3"))
                           .arg(vectors.first().size())
                           .arg(vectors.at(i).size())
                           .arg(i + 1));
            return;
        }
}

} // namespace rulecast::llm
