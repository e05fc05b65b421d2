#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>

namespace rulecast {

// How long work tells the outside world how far it got, and learns that it
// should stop. Plain callbacks so the core needs no QObject; the app layer
// forwards them to a progress dialog or to stderr.
struct Progress
{
    std::function<void(qint64 done, qint64 total)> onProgress;
    std::function<void(const QString &stage)> onStage;
    const std::atomic_bool *cancelFlag = nullptr;

    void report(qint64 done, qint64 total) const
    {
        if (onProgress)
            onProgress(done, total);
    }
    void stage(const QString &name) const
    {
        if (onStage)
            onStage(name);
    }
    bool canceled() const { return cancelFlag && cancelFlag->load(std::memory_order_relaxed); }
};

} // namespace rulecast
