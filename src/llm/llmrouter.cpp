#include "llmrouter.h"
#include "llmtext.h"

#include <QPointer>
#include <QTimer>

namespace rulecast::llm {
namespace {

// One routed call: walks the models in order, or asks them all at once.
template <typename T>
class RoutedCall : public Operation
{
public:
    using Ask = std::function<CallHandle(LanguageModel *, Callback<T>)>;

    RoutedCall(LlmRouter *router, QList<LanguageModel *> models, bool parallel, Ask ask, Callback<T> done)
        : Operation(router), m_router(router), m_models(std::move(models)), m_parallel(parallel),
          m_ask(std::move(ask)), m_done(std::move(done)), m_errors(m_models.size()), m_kinds(m_models.size())
    {
    }

    void run()
    {
        if (m_parallel) {
            for (int i = 0; i < m_models.size(); ++i)
                askModel(i);
            if (m_pending == 0)
                failAll();
        } else {
            askNext();
        }
    }

    void cancel() override
    {
        if (m_finished)
            return;
        cancelInner();
        finish(LlmResult<T>::failure(FailureKind::Cancelled, llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "the request to the language model was cancelled"))));
    }

private:
    void askNext()
    {
        while (m_next < m_models.size()) {
            const int i = m_next++;
            if (askModel(i))
                return;
        }
        failAll();
    }

    // Starts model i unless it is known to be unreachable; true if started.
    bool askModel(int i)
    {
        LanguageModel *model = m_models.at(i);
        if (const auto reason = m_router->skipReason(model->provider())) {
            m_errors[i] = *reason;
            m_kinds[i] = FailureKind::Unreachable;
            return false;
        }
        ++m_pending;
        QPointer<RoutedCall> self(this);
        m_inner.append(m_ask(model, [self, i](LlmResult<T> result) {
            if (self)
                self->onAnswer(i, std::move(result));
        }));
        return true;
    }

    void onAnswer(int i, LlmResult<T> result)
    {
        --m_pending;
        if (m_finished)
            return;
        const Provider provider = m_models.at(i)->provider();
        if (result) {
            cancelInner();
            finish(std::move(result));
            return;
        }
        m_router->noteFailure(provider, result.failureKind(), result.error());
        m_errors[i] = result.error();
        m_kinds[i] = result.failureKind();
        if (m_parallel) {
            if (m_pending == 0)
                failAll();
        } else {
            askNext();
        }
    }

    void failAll()
    {
        QStringList errors;
        FailureKind kind = FailureKind::NotConfigured;
        for (int i = 0; i < m_models.size(); ++i) {
            if (m_errors.at(i).isEmpty())
                continue;
            errors.append(m_errors.at(i));
            kind = m_kinds.at(i);
        }
        if (errors.size() == 1)
            finish(LlmResult<T>::failure(kind, errors.first()));
        else
            finish(LlmResult<T>::failure(kind, llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "no language model answered: %1")).arg(errors.join(QStringLiteral("; ")))));
    }

    void cancelInner()
    {
        for (const CallHandle &h : std::as_const(m_inner))
            h.cancel();
    }

    void finish(LlmResult<T> result)
    {
        m_finished = true;
        deleteLater();
        m_done(std::move(result));
    }

    LlmRouter *m_router;
    QList<LanguageModel *> m_models;
    bool m_parallel;
    Ask m_ask;
    Callback<T> m_done;
    QStringList m_errors;
    QList<FailureKind> m_kinds;
    QList<CallHandle> m_inner;
    int m_next = 0;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace

LlmRouter::LlmRouter(QList<LanguageModel *> models, bool parallel, QString unavailable, QObject *parent)
    : QObject(parent), m_models(std::move(models)), m_parallel(parallel && m_models.size() > 1),
      m_unavailable(std::move(unavailable))
{
}

QList<Provider> LlmRouter::providers() const
{
    QList<Provider> list;
    for (const LanguageModel *m : m_models)
        list.append(m->provider());
    return list;
}

std::optional<QString> LlmRouter::skipReason(Provider provider) const
{
    const auto it = m_unreachable.constFind(int(provider));
    if (it == m_unreachable.constEnd())
        return std::nullopt;
    return QStringLiteral("%1 is skipped: it failed earlier in this run (%2)").arg(providerName(provider), *it);
}

void LlmRouter::noteFailure(Provider provider, FailureKind kind, const QString &error)
{
    if (kind == FailureKind::Unreachable || kind == FailureKind::Timeout)
        m_unreachable.insert(int(provider), error);
}

void LlmRouter::noteEmbeddingProvider(Provider provider)
{
    if (!m_embeddingProvider)
        m_embeddingProvider = provider;
}

template <typename T>
CallHandle LlmRouter::route(QList<LanguageModel *> models, std::function<CallHandle(LanguageModel *, Callback<T>)> ask,
                            Callback<T> done)
{
    if (models.isEmpty()) {
        const QString why = m_unavailable.isEmpty() ? llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "no language model is configured")) : m_unavailable;
        QTimer::singleShot(0, this, [done = std::move(done), why]() {
            done(LlmResult<T>::failure(FailureKind::NotConfigured, why));
        });
        return {};
    }
    auto *call = new RoutedCall<T>(this, std::move(models), m_parallel, std::move(ask), std::move(done));
    const CallHandle handle = call->handle();
    call->run();
    return handle;
}

CallHandle LlmRouter::chat(const QList<ChatMessage> &messages, Callback<ChatReply> done)
{
    return route<ChatReply>(
        m_models, [messages](LanguageModel *m, Callback<ChatReply> cb) { return m->chat(messages, std::move(cb)); },
        std::move(done));
}

CallHandle LlmRouter::embed(const QStringList &texts, Callback<Embeddings> done)
{
    QList<LanguageModel *> models = m_models;
    if (m_embeddingProvider)
        models.removeIf([this](LanguageModel *m) { return m->provider() != *m_embeddingProvider; });
    QPointer<LlmRouter> self(this);
    return route<Embeddings>(
        models, [texts](LanguageModel *m, Callback<Embeddings> cb) { return m->embed(texts, std::move(cb)); },
        [self, done = std::move(done)](LlmResult<Embeddings> result) {
            if (self && result)
                self->noteEmbeddingProvider(result->provider);
            done(std::move(result));
        });
}

} // namespace rulecast::llm
