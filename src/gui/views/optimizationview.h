#pragma once

#include "app/scheduleoptimization.h"
#include "gui/views/mainview.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rulecast {

class LoadComparisonChart;
class MinuteHeatmap;
class OptimizationChangesModel;
class OptimizationRunsModel;

// The Optimization tab: choose a strategy and window, run the optimizer on a
// worker thread (progress, cancel), see the load before and after as minute x
// hour heatmaps and over time against the capacity, the proposed changes in
// words, apply or undo runs, and the history of runs (docs/optimizer.md).
class OptimizationView : public MainView
{
    Q_OBJECT

public:
    explicit OptimizationView(QWidget *parent = nullptr);
    ~OptimizationView() override;

    QString viewId() const override { return QStringLiteral("optimization"); }
    QString title() const override { return tr("Optimization"); }
    void setDatabase(const std::optional<Database> &db) override;
    void reload() override;
    bool isBusy() const override { return m_running; }
    QWidget *mainChart() const override;

    // Starts a run with the controls' values (what the Run button does).
    void run();
    // Apply / undo the run selected in the history (the buttons).
    void applySelected();
    void undoSelected();
    qint64 selectedRunId() const;
    const std::optional<ScheduleOptimizationReport> &report() const { return m_report; }
    QString cellJobsText() const;

Q_SIGNALS:
    void runFinished(bool ok);

private:
    void showReport();
    void showCellJobs(bool after, int hour, int minute);
    void showSelectedRunChanges();
    void showStoredLoad(const OptimizationRecord &r);
    void updateButtons();
    void selectRun(qint64 id);

    std::optional<Database> m_db;
    std::optional<ScheduleOptimizationReport> m_report;
    bool m_running = false;
    QComboBox *m_strategy = nullptr;
    QSpinBox *m_lookAhead = nullptr;
    QSpinBox *m_capacity = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_cellJobs = nullptr;
    MinuteHeatmap *m_before = nullptr;
    MinuteHeatmap *m_after = nullptr;
    LoadComparisonChart *m_chart = nullptr;
    OptimizationChangesModel *m_changes = nullptr;
    OptimizationRunsModel *m_runs = nullptr;
    QTableView *m_changesTable = nullptr;
    QTableView *m_runsTable = nullptr;
};

} // namespace rulecast
