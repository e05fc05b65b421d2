#pragma once

#include "gui/views/mainview.h"
#include "storage/historystats.h"
#include "storage/taskquery.h"

#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace rulecast {

class DailyVolumeChart;
class HeatmapWidget;
class HistoryFilterBar;
class TaskTableModel;

// The History tab: the filter bar, the task table (paged from SQL), the hour ×
// weekday heatmap of starts and the tasks-per-day chart, or an explanation
// with next steps when the database holds no tasks.
class HistoryView : public MainView
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("history"); }
    QString title() const override { return tr("History"); }
    void setDatabase(const std::optional<Database> &db) override;
    void reload() override;
    bool isBusy() const override;
    QWidget *mainChart() const override;

    void setTimeZone(const QTimeZone &zone);
    const QTimeZone &timeZone() const { return m_zone; }

    TaskTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    HistoryFilterBar *filterBar() const { return m_filterBar; }
    HeatmapWidget *heatmap() const { return m_heatmap; }
    DailyVolumeChart *dailyChart() const { return m_daily; }
    // Statistics of the current filter, as last computed.
    const HistoryStats &stats() const { return m_stats; }
    // Whole-database figures (tasks, types, span) for the status bar.
    const HistorySummary &overview() const { return m_overview; }
    bool isShowingEmptyState() const;
    // The context menu of a table row: filter to its type, status or host; copy it.
    QList<QAction *> taskActions(int row, QObject *parent);

Q_SIGNALS:
    void overviewChanged(const HistorySummary &summary);
    void demoRequested();
    void importRequested();

private:
    QWidget *createEmptyPage();
    QWidget *createContentPage();
    void applyFilter(const TaskFilter &filter);
    void refreshOverview();
    void refreshStats();
    void jobStarted();
    void jobFinished();
    void updateSummaryLabel();
    void showTaskMenu(const QPoint &pos);

    std::optional<Database> m_db;
    QTimeZone m_zone;
    TaskTableModel *m_model = nullptr;
    HistoryFilterBar *m_filterBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_noMatch = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_importButton = nullptr;
    HeatmapWidget *m_heatmap = nullptr;
    DailyVolumeChart *m_daily = nullptr;
    HistoryStats m_stats;
    HistorySummary m_overview;
    int m_pendingJobs = 0;
    // Each refresh bumps its generation; results of superseded queries are dropped.
    quint64 m_overviewGeneration = 0;
    quint64 m_statsGeneration = 0;
    quint64 m_shownStatsGeneration = 0;
    bool m_columnsSized = false;
};

} // namespace rulecast
