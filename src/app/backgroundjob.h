#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <functional>

namespace rulecast {

// Runs `work` on the global thread pool and hands its result to `done` on the
// thread of `context` (KeePassXC's habit). The watcher is a child of `context`,
// so if the context dies first, `done` is never called; there is no nested
// event loop anywhere.
template <typename T>
void runInBackground(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done = std::move(done)]() {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace rulecast
