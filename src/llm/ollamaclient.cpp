#include "ollamaclient.h"

#include <QRegularExpression>

namespace rulecast::llm {

OllamaClient::OllamaClient(ProviderConfig config, QNetworkAccessManager *network, QObject *parent)
    : HttpLanguageModel([&config] {
          config.provider = Provider::Ollama;
          return std::move(config);
      }(),
                        network, parent)
{
}

CallHandle OllamaClient::chat(const QList<ChatMessage> &messages, Callback<ChatReply> done)
{
    const QJsonObject body{{QStringLiteral("model"), chatModel()},
                           {QStringLiteral("messages"), messagesJson(messages)},
                           {QStringLiteral("stream"), false}};
    return send<ChatReply>("POST", QStringLiteral("/api/chat"), body, &OllamaClient::parseChat, std::move(done));
}

CallHandle OllamaClient::embed(const QStringList &texts, Callback<Embeddings> done)
{
    if (texts.isEmpty()) {
        Embeddings none;
        none.provider = Provider::Ollama;
        none.model = embeddingModel();
        deliverLater<Embeddings>(std::move(done), std::move(none));
        return {};
    }
    const QJsonObject body{{QStringLiteral("model"), embeddingModel()},
                           {QStringLiteral("input"), QJsonArray::fromStringList(texts)}};
    const int expected = int(texts.size());
    return send<Embeddings>(
        "POST", QStringLiteral("/api/embed"), body,
        [expected](const QJsonDocument &doc, JsonShape &shape) { return parseEmbed(doc, expected, shape); },
        std::move(done));
}

CallHandle OllamaClient::listModels(Callback<ModelList> done)
{
    return send<ModelList>("GET", QStringLiteral("/api/tags"), {}, &OllamaClient::parseTags, std::move(done));
}

ChatReply OllamaClient::parseChat(const QJsonDocument &doc, JsonShape &shape)
{
    const QJsonObject root = shape.rootObject(doc);
    ChatReply reply;
    reply.provider = Provider::Ollama;
    reply.model = shape.string(root.value(QLatin1String("model")), QStringLiteral("model"));
    const QJsonObject message = shape.object(root.value(QLatin1String("message")), QStringLiteral("message"));
    QString text = shape.string(message.value(QLatin1String("content")), QStringLiteral("message.content"));
    // A non-streaming reply is complete; "done": false would mean a cut-off stream.
    if (!shape.boolean(root.value(QLatin1String("done")), QStringLiteral("done")) && !shape.failed())
        shape.fail(QStringLiteral("'done' should be true for a complete (non-streaming) reply, got false"));
    // Reasoning models (qwen3, deepseek-r1) on older servers put their thinking
    // in front of the answer; the answer is what follows it.
    static const QRegularExpression thinking(QStringLiteral("^\\s*<think>.*?</think>\\s*"),
                                             QRegularExpression::DotMatchesEverythingOption);
    text.remove(thinking);
    if (!shape.failed() && text.trimmed().isEmpty())
        shape.fail(QStringLiteral("'message.content' is empty"));
    reply.text = text.trimmed();
    return reply;
}

Embeddings OllamaClient::parseEmbed(const QJsonDocument &doc, int expected, JsonShape &shape)
{
    const QJsonObject root = shape.rootObject(doc);
    Embeddings result;
    result.provider = Provider::Ollama;
    result.model = shape.string(root.value(QLatin1String("model")), QStringLiteral("model"));
    const QJsonArray list = shape.array(root.value(QLatin1String("embeddings")), QStringLiteral("embeddings"));
    for (qsizetype i = 0; i < list.size() && !shape.failed(); ++i)
        result.vectors.append(shape.vector(list.at(i), QStringLiteral("embeddings[%1]").arg(i)));
    checkEmbeddings(result.vectors, expected, shape);
    result.dimension = result.vectors.isEmpty() ? 0 : int(result.vectors.first().size());
    return result;
}

ModelList OllamaClient::parseTags(const QJsonDocument &doc, JsonShape &shape)
{
    const QJsonObject root = shape.rootObject(doc);
    ModelList list;
    list.provider = Provider::Ollama;
    const QJsonArray models = shape.array(root.value(QLatin1String("models")), QStringLiteral("models"));
    for (qsizetype i = 0; i < models.size() && !shape.failed(); ++i) {
        const QJsonObject m = shape.object(models.at(i), QStringLiteral("models[%1]").arg(i));
        list.models.append(shape.string(m.value(QLatin1String("name")), QStringLiteral("models[%1].name").arg(i)));
    }
    return list;
}

} // namespace rulecast::llm
