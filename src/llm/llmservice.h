#pragma once

#include "llmsetup.h"
#include "llmstatus.h"
#include "llmtypes.h"

#include <QFuture>
#include <QThread>

#include <atomic>
#include <memory>

namespace rulecast::llm {

class LlmWorker;

// The language models for code that is not on a thread with an event loop of
// its own — use cases on worker threads, the CLI. The HTTP clients and the
// router live on a thread the service owns, so
//   auto reply = service.chat(messages).result();
// blocks only the caller, never spins a nested event loop, and the answer
// arrives even though the caller's thread processes no events. The GUI does
// not block: it watches the future with a QFutureWatcher.
//
// Every future finishes with a value or an error (LlmResult), including after
// cancelAll() or when the service is destroyed (FailureKind::Cancelled).
class LlmService
{
public:
    enum class KeyLookup {
        UseSetup,      // only setup.apiKey (tests)
        EnvironmentAndKeychain, // setup.apiKey if set, else OPENAI_API_KEY, else the keychain
    };

    explicit LlmService(LlmSetup setup, KeyLookup keyLookup = KeyLookup::EnvironmentAndKeychain);
    ~LlmService();
    LlmService(const LlmService &) = delete;
    LlmService &operator=(const LlmService &) = delete;

    QFuture<LlmResult<ChatReply>> chat(const QList<ChatMessage> &messages);
    QFuture<LlmResult<Embeddings>> embed(const QStringList &texts);
    // Probes both providers (model lists), whatever --use-model says.
    QFuture<LlmStatus> status();

    // Finishes every pending call with a Cancelled error. Any thread.
    void cancelAll();

    // Blocks until `future` is finished; if `cancelFlag` becomes true first,
    // cancels everything pending and returns the (cancelled) result. Never
    // call it on the GUI thread.
    template <typename T>
    T wait(QFuture<T> future, const std::atomic_bool *cancelFlag = nullptr)
    {
        while (cancelFlag && !future.isFinished()) {
            if (cancelFlag->load()) {
                cancelAll();
                break;
            }
            QThread::msleep(20);
        }
        return future.result();
    }

    const LlmSetup &setup() const { return m_setup; }

private:
    LlmSetup m_setup;
    std::unique_ptr<QThread> m_thread;
    LlmWorker *m_worker = nullptr; // lives on m_thread
};

} // namespace rulecast::llm
