#pragma once

#include "llmtypes.h"
#include "operation.h"

#include <QObject>

namespace rulecast::llm {

// What callers see of a model provider: chat and embeddings, whoever answers.
// Every call is asynchronous: it returns at once, and `done` runs exactly once
// on the model's thread (the thread of its QNetworkAccessManager) with the
// value or an error — also when cancelled through the returned handle. If the
// model object is destroyed first, pending callbacks are dropped.
class LanguageModel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual Provider provider() const = 0;
    virtual QString chatModel() const = 0;
    virtual QString embeddingModel() const = 0;
    virtual QString baseUrl() const = 0;

    virtual CallHandle chat(const QList<ChatMessage> &messages, Callback<ChatReply> done) = 0;
    // One vector per text, in the order of `texts`.
    virtual CallHandle embed(const QStringList &texts, Callback<Embeddings> done) = 0;
    // The models the server offers; also the cheap "is it there?" probe.
    virtual CallHandle listModels(Callback<ModelList> done) = 0;
};

} // namespace rulecast::llm
