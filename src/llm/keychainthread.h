#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace rulecast::llm {

// Every keychain job runs on one thread of its own: qtkeychain queues its
// jobs in a process-wide singleton without locking, so jobs started from the
// GUI thread and from a language-model worker thread at once corrupt that
// queue (a crash on the next job; tests/llm/tst_apikeystore.cpp). Its own
// thread, rather than the main one, because the CLI blocks its main thread
// while a worker asks the keychain.
//
// `work` runs there with a context object living on that thread (parent
// for jobs and receiver of their signals). The thread stops when the
// QCoreApplication is destroyed.
void runOnKeychainThread(std::function<void(QObject *keychainContext)> work);

// Hands a result back to the caller: `done(value)` runs on `target`'s thread,
// unless `target` is gone by then.
template <typename T>
void deliverTo(const QPointer<QObject> &target, std::function<void(T)> done, T value)
{
    if (!target)
        return;
    QMetaObject::invokeMethod(
        target.data(), [done = std::move(done), value = std::move(value)]() { done(value); }, Qt::QueuedConnection);
}

} // namespace rulecast::llm
