// What the user does with the Predictions view's rows: selection (shared with
// the timeline), Schedule Selected, Validate, Explain and the context menu.
// The view's layout and loading: predictionsview.cpp.
#include "gui/views/predictionsview.h"

#include "app/predictionexplainer.h"
#include "app/settings.h"
#include "app/validatepredictionsusecase.h"
#include "gui/charts/predictiontimeline.h"
#include "gui/models/predictiontablemodel.h"
#include "gui/progressjob.h"
#include "gui/widgets/explainpredictiondialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace rulecast {

std::vector<qint64> PredictionsView::selectedIds() const
{
    std::vector<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids.push_back(i.data(PredictionTableModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void PredictionsView::selectPrediction(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

int PredictionsView::visibleCount() const
{
    return m_proxy->rowCount();
}

QString PredictionsView::summaryText() const
{
    return m_summary->text();
}

void PredictionsView::syncTimelineSelection()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    int row = -1;
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}))
        row = current.row();
    else if (!rows.isEmpty())
        row = rows.first().row();
    m_timeline->setSelectedRow(row);
}

void PredictionsView::scheduleSelected()
{
    const std::vector<qint64> ids = selectedIds();
    if (!m_db || ids.empty() || m_running)
        return;
    const Result<ScheduleSelectedResult> r = scheduleStoredPredictions(*m_db, ids, QDateTime::currentSecsSinceEpoch());
    if (!r) {
        Q_EMIT errorOccurred(r.error());
        return;
    }
    QString text = tr("Pending tasks created for banana-bun's scheduler: %1").arg(r->createdTaskIds.size());
    if (r->skipped > 0)
        text += tr("; skipped (already scheduled, validated or over): %1").arg(r->skipped);
    m_summary->setText(text + u'.');
    refreshRows();
    Q_EMIT scheduled(int(r->createdTaskIds.size()));
}

void PredictionsView::validate()
{
    if (!m_db || m_running)
        return;
    const RulecastConfig::PredictiveScheduling settings = Settings().config().predictive;
    ValidateRequest request;
    request.databasePath = m_db->path();
    request.now = QDateTime::currentSecsSinceEpoch();
    request.asOf = request.now;
    request.windowHours = settings.predictionValidationWindowHours;
    setRunning(true);
    runWithProgress<ValidateReport>(
        this, tr("Validating predictions…"),
        [request](const Progress &p) { return runValidatePredictions(request, p); },
        [this, windowHours = request.windowHours](Result<ValidateReport> result, bool canceled) {
            const bool ok = result.ok();
            if (!ok) {
                m_summary->setText(canceled ? tr("Validation canceled; nothing was written.") : result.error());
                if (!canceled)
                    Q_EMIT errorOccurred(result.error());
            } else if (result->validated.empty()) {
                m_summary->setText(tr("Nothing to validate: every stored prediction older than %1 h is "
                                      "validated already.")
                                       .arg(windowHours));
            } else {
                const ValidateReport &r = *result;
                const QLocale locale;
                QString text = tr("Validated predictions: %1, came true: %2 (%3%), Brier %4")
                                     .arg(r.validated.size())
                                     .arg(r.hits)
                                     .arg(locale.toString(r.accuracyRate * 100, 'f', 0))
                                     .arg(locale.toString(r.score.brier, 'f', 3));
                if (r.durationSamples > 0)
                    text += tr(", duration estimates off by %1 min on average")
                                .arg(locale.toString(r.durationErrorMinutes, 'f', 1));
                m_summary->setText(text + u'.');
            }
            if (ok) {
                reloadCalibration();
                refreshRows();
            }
            setRunning(false);
            Q_EMIT validateFinished(ok);
        });
}

void PredictionsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(tr("Explain This Prediction…"), this, &PredictionsView::explainSelected);
    menu.addSeparator();
    QAction *schedule = menu.addAction(tr("Schedule Selected"), this, &PredictionsView::scheduleSelected);
    schedule->setEnabled(m_scheduleButton->isEnabled());
    const QString type = index.data(PredictionTableModel::TaskTypeRole).toString();
    menu.addAction(tr("Show Only Type “%1”").arg(type), this, [this, type] {
        m_typeFilter->setCurrentIndex(std::max(0, m_typeFilter->findData(type)));
    });
    menu.addAction(tr("Copy Row"), this, [this, index] {
        QStringList cells;
        for (int c = 0; c < PredictionTableModel::ColumnCount; ++c)
            cells << m_proxy->index(index.row(), c).data().toString();
        QApplication::clipboard()->setText(cells.join(u'\t'));
    });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

int PredictionsView::currentSourceRow() const
{
    // The current row when it is selected, else the first selected one.
    const QItemSelectionModel *selection = m_table->selectionModel();
    QModelIndex index = selection->currentIndex();
    if (!index.isValid() || !selection->isRowSelected(index.row(), {})) {
        const QModelIndexList rows = selection->selectedRows();
        index = rows.isEmpty() ? QModelIndex() : rows.first();
    }
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

ExplainPredictionDialog *PredictionsView::explainSelected()
{
    const int row = currentSourceRow();
    if (row < 0)
        return nullptr;
    auto *dialog = new ExplainPredictionDialog(explanationInputOf(m_model->prediction(row)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace rulecast
