#pragma once

#include "apikeystore.h"
#include "llmsetup.h"
#include "llmstatus.h"
#include "operation.h"

#include <QHash>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace rulecast::llm {

class LanguageModel;
class LlmRouter;

// LlmService's half on the network thread: owns the network access manager,
// both clients and the router. Calls that arrive before the API key is read
// wait in a queue. Every pending call has an abort action, so cancelAll and
// shutdown can finish its future at once.
class LlmWorker : public QObject
{
    Q_OBJECT
public:
    LlmWorker(LlmSetup setup, bool lookUpKey);

    // All of these run on the worker's thread.
    void start();
    // `begin` starts the call and returns its handle; the call's callback
    // calls the `finished` it was given. `abort` finishes the caller's future
    // with a Cancelled error if it is still pending.
    using Begin = std::function<CallHandle(std::function<void()> finished)>;
    void submit(Begin begin, std::function<void()> abort);
    // Reads both providers' model lists.
    void probe(std::function<void(LlmStatus)> done);
    void cancelAll();
    void shutdown();

    LlmRouter *router() const { return m_router; }
    LanguageModel *model(Provider provider) const;
    const LlmSetup &setup() const { return m_setup; }
    KeySource keySource() const { return m_key.source; }
    const QString &keyNote() const { return m_key.note; }

private:
    void becomeReady(ApiKey key);

    struct Pending
    {
        CallHandle handle;
        std::function<void()> abort;
    };

    LlmSetup m_setup;
    bool m_lookUpKey;
    bool m_ready = false;
    ApiKey m_key;
    QNetworkAccessManager *m_network = nullptr;
    LanguageModel *m_ollama = nullptr;
    LanguageModel *m_openAi = nullptr;
    LlmRouter *m_router = nullptr;
    QList<std::function<void()>> m_waiting; // submitted before the key was read
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 0;
};

} // namespace rulecast::llm
