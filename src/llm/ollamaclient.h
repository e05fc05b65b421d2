#pragma once

#include "httplanguagemodel.h"

namespace rulecast::llm {

// Ollama's REST API: POST /api/chat (stream false), POST /api/embed, GET /api/tags.
class OllamaClient : public HttpLanguageModel
{
    Q_OBJECT
public:
    OllamaClient(ProviderConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);

    CallHandle chat(const QList<ChatMessage> &messages, Callback<ChatReply> done) override;
    CallHandle embed(const QStringList &texts, Callback<Embeddings> done) override;
    CallHandle listModels(Callback<ModelList> done) override;

    // The strict readers of each reply, public so tests can feed them documents.
    static ChatReply parseChat(const QJsonDocument &doc, JsonShape &shape);
    static Embeddings parseEmbed(const QJsonDocument &doc, int expected, JsonShape &shape);
    static ModelList parseTags(const QJsonDocument &doc, JsonShape &shape);
};

} // namespace rulecast::llm
