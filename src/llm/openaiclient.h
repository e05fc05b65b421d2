#pragma once

#include "httplanguagemodel.h"

namespace rulecast::llm {

// The OpenAI API (and servers that speak it): POST {base}/chat/completions,
// POST {base}/embeddings, GET {base}/models, where base is e.g.
// https://api.openai.com/v1. Every request carries "Authorization: Bearer
// <key>"; the key is kept in memory only and scrubbed from every error text.
class OpenAiClient : public HttpLanguageModel
{
    Q_OBJECT
public:
    OpenAiClient(ProviderConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);

    CallHandle chat(const QList<ChatMessage> &messages, Callback<ChatReply> done) override;
    CallHandle embed(const QStringList &texts, Callback<Embeddings> done) override;
    CallHandle listModels(Callback<ModelList> done) override;

    static ChatReply parseChat(const QJsonDocument &doc, JsonShape &shape);
    static Embeddings parseEmbeddings(const QJsonDocument &doc, int expected, JsonShape &shape);
    static ModelList parseModels(const QJsonDocument &doc, JsonShape &shape);

protected:
    QList<QPair<QByteArray, QByteArray>> extraHeaders() const override;

private:
    template <typename T>
    bool refuseWithoutKey(Callback<T> &done);
};

} // namespace rulecast::llm
