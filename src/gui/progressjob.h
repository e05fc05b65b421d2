#pragma once

#include "app/backgroundjob.h"
#include "core/progress.h"
#include "core/result.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTimer;
class QWidget;
QT_END_NAMESPACE

namespace rulecast {

// What a worker reports, read by the GUI thread on a timer. Workers may report
// every row; polling the latest figures ten times a second keeps the event
// queue from flooding while the window stays responsive.
struct ProgressState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
    QMutex stageLock;
    QString stage;

    Progress progress();
};

// A window-modal QProgressDialog whose Cancel sets the worker's cancel flag.
class ProgressDialogDriver : public QObject
{
    Q_OBJECT

public:
    ProgressDialogDriver(QWidget *parent, const QString &label, std::shared_ptr<ProgressState> state);
    ~ProgressDialogDriver() override;
    void finish();
    QProgressDialog *dialog() const { return m_dialog; }

private:
    void poll();

    std::shared_ptr<ProgressState> m_state;
    QPointer<QProgressDialog> m_dialog;
    QTimer *m_timer = nullptr;
    QString m_label;
};

// Runs `work` on the thread pool with a progress dialog; `done` gets the
// result on the GUI thread (canceled work reports its own "canceled" error).
template <typename T>
void runWithProgress(QWidget *parent, const QString &label, std::function<Result<T>(const Progress &)> work,
                     std::function<void(Result<T>, bool canceled)> done)
{
    auto state = std::make_shared<ProgressState>();
    auto *driver = new ProgressDialogDriver(parent, label, state);
    runInBackground<Result<T>>(
        driver, [state, work = std::move(work)] { return work(state->progress()); },
        [driver, state, done = std::move(done)](Result<T> result) {
            driver->finish();
            driver->deleteLater();
            done(std::move(result), state->cancel.load());
        });
}

} // namespace rulecast
