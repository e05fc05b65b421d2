#include "llmservice.h"
#include "llmtext.h"

#include "llmrouter.h"
#include "llmworker.h"

#include <QPromise>

namespace rulecast::llm {
namespace {

// A promise that is fulfilled once: by the call's answer or by an abort,
// whichever comes first. Touched only on the worker's thread.
template <typename T>
struct PromiseBox
{
    QPromise<T> promise;
    bool delivered = false;

    void deliver(T value)
    {
        if (delivered)
            return;
        delivered = true;
        promise.addResult(std::move(value));
        promise.finish();
    }
};

template <typename T>
std::shared_ptr<PromiseBox<T>> startedBox()
{
    auto box = std::make_shared<PromiseBox<T>>();
    box->promise.start();
    return box;
}

QString cancelledText() { return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "the request to the language model was cancelled")); }

} // namespace

LlmService::LlmService(LlmSetup setup, KeyLookup keyLookup)
    : m_setup(std::move(setup)), m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("rulecast-llm"));
    m_worker = new LlmWorker(m_setup, keyLookup == KeyLookup::EnvironmentAndKeychain);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    LlmWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker]() { worker->start(); }, Qt::QueuedConnection);
}

LlmService::~LlmService()
{
    LlmWorker *worker = m_worker;
    // Runs after everything posted before it; finishes every future.
    QMetaObject::invokeMethod(
        worker,
        [worker]() {
            worker->shutdown();
            worker->deleteLater(); // processed when the thread's loop ends
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QFuture<LlmResult<ChatReply>> LlmService::chat(const QList<ChatMessage> &messages)
{
    using R = LlmResult<ChatReply>;
    auto box = startedBox<R>();
    QFuture<R> future = box->promise.future();
    LlmWorker *w = m_worker;
    QMetaObject::invokeMethod(
        w,
        [w, box, messages]() {
            w->submit(
                [w, box, messages](std::function<void()> finished) {
                    return w->router()->chat(messages, [box, finished](R r) {
                        box->deliver(std::move(r));
                        finished();
                    });
                },
                [box]() { box->deliver(R::failure(FailureKind::Cancelled, cancelledText())); });
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<LlmResult<Embeddings>> LlmService::embed(const QStringList &texts)
{
    using R = LlmResult<Embeddings>;
    auto box = startedBox<R>();
    QFuture<R> future = box->promise.future();
    LlmWorker *w = m_worker;
    QMetaObject::invokeMethod(
        w,
        [w, box, texts]() {
            w->submit(
                [w, box, texts](std::function<void()> finished) {
                    return w->router()->embed(texts, [box, finished](R r) {
                        box->deliver(std::move(r));
                        finished();
                    });
                },
                [box]() { box->deliver(R::failure(FailureKind::Cancelled, cancelledText())); });
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<LlmStatus> LlmService::status()
{
    auto box = startedBox<LlmStatus>();
    QFuture<LlmStatus> future = box->promise.future();
    LlmWorker *w = m_worker;
    const ModelChoice choice = m_setup.choice;
    QMetaObject::invokeMethod(
        w,
        [w, box, choice]() {
            w->submit(
                [w, box](std::function<void()> finished) {
                    w->probe([box, finished](LlmStatus s) {
                        box->deliver(std::move(s));
                        finished();
                    });
                    return CallHandle();
                },
                [box, choice]() {
                    LlmStatus s;
                    s.choice = choice;
                    s.unavailable = cancelledText();
                    box->deliver(std::move(s));
                });
        },
        Qt::QueuedConnection);
    return future;
}

void LlmService::cancelAll()
{
    LlmWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w]() { w->cancelAll(); }, Qt::QueuedConnection);
}

} // namespace rulecast::llm
