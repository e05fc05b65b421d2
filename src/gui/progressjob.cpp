#include "progressjob.h"

#include <QMutexLocker>
#include <QProgressDialog>
#include <QTimer>

namespace rulecast {

Progress ProgressState::progress()
{
    Progress p;
    p.cancelFlag = &cancel;
    p.onProgress = [this](qint64 d, qint64 t) {
        done.store(d, std::memory_order_relaxed);
        total.store(t, std::memory_order_relaxed);
    };
    p.onStage = [this](const QString &name) {
        QMutexLocker lock(&stageLock);
        stage = name;
    };
    return p;
}

ProgressDialogDriver::ProgressDialogDriver(QWidget *parent, const QString &label, std::shared_ptr<ProgressState> state)
    : QObject(parent), m_state(std::move(state)), m_label(label)
{
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_state->cancel.store(true);
        if (m_dialog) {
            m_dialog->setLabelText(tr("Canceling…"));
            m_dialog->show();
        }
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ProgressDialogDriver::poll);
    m_timer->start();
}

ProgressDialogDriver::~ProgressDialogDriver()
{
    finish();
}

void ProgressDialogDriver::poll()
{
    if (!m_dialog || m_state->cancel.load())
        return;
    const qint64 total = m_state->total.load(std::memory_order_relaxed);
    const qint64 done = m_state->done.load(std::memory_order_relaxed);
    // QProgressDialog counts in int: scale large totals (a byte count of a big file) down.
    const qint64 scale = total > (qint64(1) << 30) ? total / (1 << 20) : 1;
    m_dialog->setMaximum(int(total / scale));
    if (total > 0)
        m_dialog->setValue(int(std::min(done, total) / scale));
    QString stage;
    {
        QMutexLocker lock(&m_state->stageLock);
        stage = m_state->stage;
    }
    m_dialog->setLabelText(stage.isEmpty() ? m_label : m_label + QStringLiteral("\n") + stage);
}

void ProgressDialogDriver::finish()
{
    if (m_timer)
        m_timer->stop();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
}

} // namespace rulecast
