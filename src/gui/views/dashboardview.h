#pragma once

#include "app/dashboardmetrics.h"
#include "gui/views/mainview.h"

#include <QHash>

class QLabel;

namespace rulecast {

class MetricTile;

// The Dashboard tab (the first one): the seed's success metrics at a glance,
// each a tile with its value, what it means and its trend over past days or
// runs; clicking a tile opens the view behind it. The figures come from
// computeDashboardMetrics (app/dashboardmetrics.h), read on a worker thread.
class DashboardView : public MainView
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    void setDatabase(const std::optional<Database> &db) override;
    void reload() override;
    bool isBusy() const override { return m_loading; }

    MetricTile *tile(DashboardMetric metric) const { return m_tiles.value(int(metric)); }
    // The context tiles: "patterns", "rules", "predictions" (upcoming).
    MetricTile *contextTile(const QString &viewId) const { return m_context.value(viewId); }
    const std::optional<DashboardMetrics> &metrics() const { return m_metrics; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMetrics(const DashboardMetrics &m);
    void showPredictionTiles(const DashboardMetrics &m);
    void showOptimizationTiles(const DashboardMetrics &m);
    MetricTile *addTile(DashboardMetric metric, const QString &title, const QString &tooltip);
    MetricTile *addContextTile(const QString &viewId, const QString &title, const QString &tooltip);

    std::optional<Database> m_db;
    std::optional<DashboardMetrics> m_metrics;
    bool m_loading = false;
    quint64 m_generation = 0;
    QHash<int, MetricTile *> m_tiles;
    QHash<QString, MetricTile *> m_context;
    QLabel *m_predictionsHeading = nullptr;
    QLabel *m_optimizationHeading = nullptr;
    QLabel *m_performanceHeading = nullptr;
    QLabel *m_learnedHeading = nullptr;
};

} // namespace rulecast
