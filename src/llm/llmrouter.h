#pragma once

#include "languagemodel.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace rulecast::llm {

// Asks the models of a route (LlmSetup::route) so that callers don't care
// which provider answers:
// - in order: the first model that gives a usable answer wins; a failure of
//   any kind (unreachable, timeout, HTTP error, garbage) moves on to the next;
// - parallel: all at once; the first usable answer wins and the others are
//   cancelled.
// A model that was unreachable or timed out is skipped for the rest of the
// router's life, so a run with many calls waits for a dead server only once.
// Embeddings stick to the provider that answered first: vectors of two
// models cannot be compared.
// Lives on the thread of its models; callbacks run there.
class LlmRouter : public QObject
{
    Q_OBJECT
public:
    // The models are not owned and must outlive the router's calls.
    LlmRouter(QList<LanguageModel *> models, bool parallel, QString unavailable, QObject *parent = nullptr);

    CallHandle chat(const QList<ChatMessage> &messages, Callback<ChatReply> done);
    CallHandle embed(const QStringList &texts, Callback<Embeddings> done);

    QList<Provider> providers() const;
    bool isParallel() const { return m_parallel; }
    // Why a provider is skipped, if it is.
    std::optional<QString> skipReason(Provider provider) const;

    // Used by the calls.
    void noteFailure(Provider provider, FailureKind kind, const QString &error);
    void noteEmbeddingProvider(Provider provider);

private:
    template <typename T>
    CallHandle route(QList<LanguageModel *> models, std::function<CallHandle(LanguageModel *, Callback<T>)> ask,
                     Callback<T> done);

    QList<LanguageModel *> m_models;
    bool m_parallel = false;
    QString m_unavailable;
    QHash<int, QString> m_unreachable; // Provider → the failure that made it unreachable
    std::optional<Provider> m_embeddingProvider;
};

} // namespace rulecast::llm
