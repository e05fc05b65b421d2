#include "openaiclient.h"
#include "llmtext.h"

#include <QSet>

namespace rulecast::llm {

OpenAiClient::OpenAiClient(ProviderConfig config, QNetworkAccessManager *network, QObject *parent)
    : HttpLanguageModel([&config] {
          config.provider = Provider::OpenAi;
          return std::move(config);
      }(),
                        network, parent)
{
}

QList<QPair<QByteArray, QByteArray>> OpenAiClient::extraHeaders() const
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + config().apiKey.toUtf8()}};
}

template <typename T>
bool OpenAiClient::refuseWithoutKey(Callback<T> &done)
{
    if (!config().apiKey.isEmpty())
        return false;
    deliverLater<T>(std::move(done),
                    LlmResult<T>::failure(FailureKind::NotConfigured,
                                          QStringLiteral("OpenAI is not configured: set OPENAI_API_KEY or store "
                                                         "the key in the system keychain")));
    return true;
}

CallHandle OpenAiClient::chat(const QList<ChatMessage> &messages, Callback<ChatReply> done)
{
    if (refuseWithoutKey(done))
        return {};
    const QJsonObject body{{QStringLiteral("model"), chatModel()}, {QStringLiteral("messages"), messagesJson(messages)}};
    return send<ChatReply>("POST", QStringLiteral("/chat/completions"), body, &OpenAiClient::parseChat,
                           std::move(done));
}

CallHandle OpenAiClient::embed(const QStringList &texts, Callback<Embeddings> done)
{
    if (refuseWithoutKey(done))
        return {};
    if (texts.isEmpty()) {
        Embeddings none;
        none.provider = Provider::OpenAi;
        none.model = embeddingModel();
        deliverLater<Embeddings>(std::move(done), std::move(none));
        return {};
    }
    const QJsonObject body{{QStringLiteral("model"), embeddingModel()},
                           {QStringLiteral("input"), QJsonArray::fromStringList(texts)},
                           {QStringLiteral("encoding_format"), QStringLiteral("float")}};
    const int expected = int(texts.size());
    return send<Embeddings>(
        "POST", QStringLiteral("/embeddings"), body,
        [expected](const QJsonDocument &doc, JsonShape &shape) { return parseEmbeddings(doc, expected, shape); },
        std::move(done));
}

CallHandle OpenAiClient::listModels(Callback<ModelList> done)
{
    if (refuseWithoutKey(done))
        return {};
    return send<ModelList>("GET", QStringLiteral("/models"), {}, &OpenAiClient::parseModels, std::move(done));
}

ChatReply OpenAiClient::parseChat(const QJsonDocument &doc, JsonShape &shape)
{
    const QJsonObject root = shape.rootObject(doc);
    ChatReply reply;
    reply.provider = Provider::OpenAi;
    reply.model = shape.string(root.value(QLatin1String("model")), QStringLiteral("model"));
    const QJsonArray choices = shape.nonEmptyArray(root.value(QLatin1String("choices")), QStringLiteral("choices"));
    const QJsonObject choice = shape.object(choices.at(0), QStringLiteral("choices[0]"));
    const QJsonObject message = shape.object(choice.value(QLatin1String("message")), QStringLiteral("choices[0].message"));
    if (!shape.failed() && message.value(QLatin1String("content")).isNull()
        && message.value(QLatin1String("refusal")).isString()) {
        shape.fail(llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "the model refused: %1"))
                       .arg(message.value(QLatin1String("refusal")).toString().left(300)));
    }
    reply.text = shape.string(message.value(QLatin1String("content")), QStringLiteral("choices[0].message.content"))
                     .trimmed();
    if (!shape.failed() && reply.text.isEmpty())
        shape.fail(QStringLiteral("'choices[0].message.content' is empty"));
    return reply;
}

Embeddings OpenAiClient::parseEmbeddings(const QJsonDocument &doc, int expected, JsonShape &shape)
{
    const QJsonObject root = shape.rootObject(doc);
    Embeddings result;
    result.provider = Provider::OpenAi;
    result.model = shape.string(root.value(QLatin1String("model")), QStringLiteral("model"));
    const QJsonArray data = shape.array(root.value(QLatin1String("data")), QStringLiteral("data"));
    if (!shape.failed() && data.size() != expected) {
        shape.fail(QStringLiteral("expected %1 embedding(s) in 'data', one per text, got %2").arg(expected).arg(data.size()));
        return result;
    }
    // Each item says which input it belongs to; they must cover 0..n-1 once each.
    QList<Embedding> ordered(data.size());
    QSet<int> seen;
    for (qsizetype i = 0; i < data.size() && !shape.failed(); ++i) {
        const QString path = QStringLiteral("data[%1]").arg(i);
        const QJsonObject item = shape.object(data.at(i), path);
        const int index = shape.integer(item.value(QLatin1String("index")), path + QStringLiteral(".index"));
        Embedding v = shape.vector(item.value(QLatin1String("embedding")), path + QStringLiteral(".embedding"));
        if (shape.failed())
            break;
        if (index < 0 || index >= data.size() || seen.contains(index)) {
            shape.fail(QStringLiteral("'%1.index' should be a distinct input position from 0 to %2, got %3")
                           .arg(path)
                           .arg(data.size() - 1)
                           .arg(index));
            break;
        }
        seen.insert(index);
        ordered[index] = std::move(v);
    }
    if (!shape.failed())
        result.vectors = std::move(ordered);
    checkEmbeddings(result.vectors, expected, shape);
    result.dimension = result.vectors.isEmpty() ? 0 : int(result.vectors.first().size());
    return result;
}

ModelList OpenAiClient::parseModels(const QJsonDocument &doc, JsonShape &shape)
{
    const QJsonObject root = shape.rootObject(doc);
    ModelList list;
    list.provider = Provider::OpenAi;
    const QJsonArray data = shape.array(root.value(QLatin1String("data")), QStringLiteral("data"));
    for (qsizetype i = 0; i < data.size() && !shape.failed(); ++i) {
        const QJsonObject m = shape.object(data.at(i), QStringLiteral("data[%1]").arg(i));
        list.models.append(shape.string(m.value(QLatin1String("id")), QStringLiteral("data[%1].id").arg(i)));
    }
    return list;
}

} // namespace rulecast::llm
