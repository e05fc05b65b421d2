#include "dashboardview.h"

#include "app/backgroundjob.h"
#include "gui/models/optimizationrunsmodel.h"
#include "gui/widgets/metrictile.h"

#include "gui/charts/sparkline.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1) + QStringLiteral(" %");
}

// A figure the run did not store shows as a dash, never as 0.
QString number(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("–");
}

QString date(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date().toString(Qt::ISODate);
}

QString formatValue(DashboardMetric metric, double v)
{
    switch (metricUnit(metric)) {
    case MetricUnit::Ratio: return percent(v);
    case MetricUnit::Minutes: return DashboardView::tr("%1 min").arg(number(v, 0));
    case MetricUnit::Milliseconds:
        return v >= 1000 ? DashboardView::tr("%1 s").arg(number(v / 1000.0, 2)) : DashboardView::tr("%1 ms").arg(number(v, 0));
    case MetricUnit::PerSecond: return DashboardView::tr("%1 runs/s").arg(number(v, 0));
    }
    return {};
}

// "Per day, 2026-11-20 – 2026-11-26: 88.0 % → 92.9 % (low 85.1 %, high 93.3 %)"
QString trendTooltip(DashboardMetric metric, const MetricFigure &f, bool perDay)
{
    if (f.trend.size() < 2)
        return {};
    double lo = f.trend.first().value, hi = lo;
    for (const MetricTrendPoint &p : f.trend) {
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
    }
    const QString span = perDay ? DashboardView::tr("Per day, %1 – %2").arg(date(f.trend.first().at), date(f.trend.last().at))
                                : DashboardView::tr("Last %n runs", nullptr, int(f.trend.size()));
    return DashboardView::tr("%1: %2 → %3 (low %4, high %5)")
        .arg(span, formatValue(metric, f.trend.first().value), formatValue(metric, f.trend.last().value),
             formatValue(metric, lo), formatValue(metric, hi));
}

QVector<double> trendValues(const MetricFigure &f)
{
    QVector<double> out;
    out.reserve(f.trend.size());
    for (const MetricTrendPoint &p : f.trend)
        out.append(p.value);
    return out;
}

// What the run's strategy is judged by, before → after (schedulemetrics.h, efficiencyGain).
QString gainMeaning(const LastOptimizationRun &r)
{
    if (r.strategy == QLatin1String("peak_mitigation"))
        return DashboardView::tr("peak %1 → %2 runs at once").arg(r.peakBefore).arg(r.peakAfter);
    if (r.strategy == QLatin1String("resource_efficiency"))
        return DashboardView::tr("load above the target %1 → %2 unit-minutes")
            .arg(number(r.overTargetBefore, 0), number(r.overTargetAfter, 0));
    if (r.strategy == QLatin1String("conflict_resolution"))
        return DashboardView::tr("overlapping run pairs %1 → %2")
            .arg(QLocale().toString(r.conflictsBefore), QLocale().toString(r.conflictsAfter));
    return DashboardView::tr("peak-to-average ratio %1 → %2 (balance load)")
        .arg(number(r.peakToAverageBefore, 1), number(r.peakToAverageAfter, 1));
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

} // namespace

DashboardView::DashboardView(QWidget *parent) : MainView(parent)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(10, 6, 10, 10);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    // Twenty columns: rows of four and of five tiles share the same grid.
    for (int c = 0; c < 20; ++c)
        grid->setColumnStretch(c, 1);

    m_predictionsHeading = heading(content);
    m_predictionsHeading->setObjectName(QStringLiteral("predictionsHeading"));
    connect(m_predictionsHeading, &QLabel::linkActivated, this, &MainView::viewRequested);
    grid->addWidget(m_predictionsHeading, 0, 0, 1, 20);
    const struct
    {
        DashboardMetric metric;
        const char *title;
        const char *tooltip;
    } predictionTiles[] = {
        {DashboardMetric::PredictionConfidence, QT_TR_NOOP("Prediction confidence"),
         QT_TR_NOOP("Mean confidence score of the validated predictions. Compare it with the accuracy rate: a "
                    "well-calibrated predictor's confidence matches how often it is right.")},
        {DashboardMetric::AccuracyRate, QT_TR_NOOP("Accuracy rate"),
         QT_TR_NOOP("Share of validated predictions whose task really ran in the predicted slot (±30 min).")},
        {DashboardMetric::FalsePositiveRate, QT_TR_NOOP("False-positive rate"),
         QT_TR_NOOP("Share of validated predictions whose task did not run: work that was expected but never came.")},
        {DashboardMetric::ResourceEstimationAccuracy, QT_TR_NOOP("Resource-estimation accuracy"),
         QT_TR_NOOP("How close the estimated duration, CPU and memory came to what the matched runs used: 1 minus the "
                    "mean relative error |estimate − actual| / max(estimate, actual).")},
    };
    int column = 0;
    for (const auto &t : predictionTiles) {
        grid->addWidget(addTile(t.metric, tr(t.title), tr(t.tooltip)), 1, column, 1, 5);
        column += 5;
    }

    m_optimizationHeading = heading(content);
    m_optimizationHeading->setObjectName(QStringLiteral("optimizationHeading"));
    grid->addWidget(m_optimizationHeading, 2, 0, 1, 20);
    const struct
    {
        DashboardMetric metric;
        const char *title;
        const char *tooltip;
    } optimizationTiles[] = {
        {DashboardMetric::UtilisationImprovement, QT_TR_NOOP("Utilisation improvement"),
         QT_TR_NOOP("Reduction of the per-minute load's standard deviation: how much more evenly the machine is used.")},
        {DashboardMetric::PeakLoadReduction, QT_TR_NOOP("Peak-load reduction"),
         QT_TR_NOOP("Reduction of the highest load in any minute of the window.")},
        {DashboardMetric::ConflictReduction, QT_TR_NOOP("Conflict reduction"),
         QT_TR_NOOP("Reduction of the pairs of runs that overlap in at least one minute.")},
        {DashboardMetric::EfficiencyGain, QT_TR_NOOP("Overall efficiency gain"),
         QT_TR_NOOP("The improvement the run's strategy is judged by (balance load: the peak-to-average ratio; peak "
                    "mitigation: the peak; resource efficiency: load above the target; conflict resolution: overlaps).")},
        {DashboardMetric::TimeSaved, QT_TR_NOOP("Time saved"),
         QT_TR_NOOP("Minutes runs would wait in the queue before they can start, before minus after the optimization, "
                    "over the window.")},
    };
    column = 0;
    for (const auto &t : optimizationTiles) {
        grid->addWidget(addTile(t.metric, tr(t.title), tr(t.tooltip)), 3, column, 1, 4);
        column += 4;
    }

    m_performanceHeading = heading(content);
    m_performanceHeading->setText(tr("<b>The optimizer itself</b>"));
    grid->addWidget(m_performanceHeading, 4, 0, 1, 8);
    grid->addWidget(addTile(DashboardMetric::ResponseTime, tr("Response time"),
                            tr("Time from asking for an optimization to the stored run: predictions read, "
                               "schedule simulated and searched, result written.")),
                    5, 0, 1, 4);
    grid->addWidget(addTile(DashboardMetric::Throughput, tr("Throughput"),
                            tr("Runs simulated per second of that time.")),
                    5, 4, 1, 4);

    m_learnedHeading = heading(content);
    m_learnedHeading->setText(tr("<b>What Rulecast has learned</b>"));
    grid->addWidget(m_learnedHeading, 4, 8, 1, 12);
    grid->addWidget(addContextTile(QStringLiteral("patterns"), tr("Active patterns"),
                                   tr("Recurring behaviours the last analysis found (Patterns view).")),
                    5, 8, 1, 4);
    grid->addWidget(addContextTile(QStringLiteral("rules"), tr("Enabled rules"),
                                   tr("Cron rules generated from patterns or imported, switched on (Rules view).")),
                    5, 12, 1, 4);
    grid->addWidget(addContextTile(QStringLiteral("predictions"), tr("Upcoming predictions"),
                                   tr("Predicted tasks from now on that have not happened yet (Predictions view).")),
                    5, 16, 1, 4);
    grid->setRowStretch(6, 1);

    // A small window scrolls instead of squeezing the tiles.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    showMetrics(DashboardMetrics{});
}

MetricTile *DashboardView::addTile(DashboardMetric metric, const QString &title, const QString &tooltip)
{
    auto *tile = new MetricTile(title, metricSourceView(metric), this);
    tile->setObjectName(QStringLiteral("tile_") + metricKey(metric));
    tile->setToolTip(tooltip);
    tile->setStatusTip(tr("Click to open the view behind this figure."));
    connect(tile, &MetricTile::activated, this, &MainView::viewRequested);
    m_tiles.insert(int(metric), tile);
    return tile;
}

MetricTile *DashboardView::addContextTile(const QString &viewId, const QString &title, const QString &tooltip)
{
    auto *tile = new MetricTile(title, viewId, this);
    tile->setObjectName(QStringLiteral("tile_") + viewId);
    tile->setToolTip(tooltip);
    tile->setStatusTip(tr("Click to open the view behind this figure."));
    connect(tile, &MetricTile::activated, this, &MainView::viewRequested);
    m_context.insert(viewId, tile);
    return tile;
}

void DashboardView::setDatabase(const std::optional<Database> &db)
{
    m_db = db;
    reload();
}

// Other views write runs, rules and validations without telling the others:
// the figures are re-read whenever the tab is shown (a few small queries).
void DashboardView::showEvent(QShowEvent *event)
{
    MainView::showEvent(event);
    if (m_db && !m_loading)
        reload();
}

void DashboardView::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_db) {
        m_metrics.reset();
        showMetrics(DashboardMetrics{});
        return;
    }
    DashboardRequest request;
    request.databasePath = m_db->path();
    request.now = QDateTime::currentSecsSinceEpoch();
    if (!m_loading) {
        m_loading = true;
        Q_EMIT busyChanged(true);
    }
    runInBackground<Result<DashboardMetrics>>(
        this, [request] { return computeDashboardMetrics(request); },
        [this, generation](Result<DashboardMetrics> result) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            m_loading = false;
            Q_EMIT busyChanged(false);
            if (!result) {
                Q_EMIT errorOccurred(result.error());
                return;
            }
            m_metrics = *result;
            showMetrics(*m_metrics);
        });
}

void DashboardView::showMetrics(const DashboardMetrics &m)
{
    showPredictionTiles(m);
    showOptimizationTiles(m);
    const QLocale locale;
    MetricTile *patterns = m_context.value(QStringLiteral("patterns"));
    if (m.counts.activePatterns > 0)
        patterns->setValue(locale.toString(m.counts.activePatterns), tr("recurring behaviours found in the history"));
    else
        patterns->setEmpty(tr("none yet — run Analyze… in the Patterns view"));
    MetricTile *rules = m_context.value(QStringLiteral("rules"));
    if (m.counts.enabledRules > 0)
        rules->setValue(locale.toString(m.counts.enabledRules), tr("cron rules switched on"));
    else
        rules->setEmpty(tr("none yet — generate rules from the patterns"));
    MetricTile *upcoming = m_context.value(QStringLiteral("predictions"));
    if (m.counts.upcomingPredictions > 0)
        upcoming->setValue(locale.toString(m.counts.upcomingPredictions),
                           tr("predicted tasks ahead; %1 awaiting validation in all")
                               .arg(locale.toString(m.counts.pendingPredictions)));
    else
        upcoming->setEmpty(tr("none ahead — run Predict"));
}

void DashboardView::showPredictionTiles(const DashboardMetrics &m)
{
    const QLocale locale;
    if (m.counts.tasks == 0 && !m.lastRun)
        m_predictionsHeading->setText(tr("<b>This database has no task history yet.</b> Rulecast learns from past task "
                                         "runs: <a href=\"history\">import a history or create a demo history</a>, "
                                         "and the figures below fill in."));
    else if (m.validated > 0)
        m_predictionsHeading->setText(tr("<b>How well predictions came true</b> — %n validated prediction(s) from "
                                         "%1 to %2 (UTC), trends per day",
                                         nullptr, int(m.validated))
                                          .arg(date(m.predictionsFrom), date(m.predictionsUntil)));
    else
        m_predictionsHeading->setText(tr("<b>How well predictions came true</b>"));
    const QString none = tr("No validated predictions yet — run Predict, then Validate.");
    const QString oneDay = tr("one day so far");
    for (DashboardMetric metric : {DashboardMetric::PredictionConfidence, DashboardMetric::AccuracyRate,
                                   DashboardMetric::FalsePositiveRate, DashboardMetric::ResourceEstimationAccuracy}) {
        MetricTile *tile = m_tiles.value(int(metric));
        const MetricFigure &f = m.figure(metric);
        tile->setTrend(trendValues(f), f.trend.size() == 1 ? oneDay : QString());
        tile->sparkline()->setToolTip(trendTooltip(metric, f, true));
        if (m.validated == 0) {
            tile->setEmpty(none);
            continue;
        }
        if (!f.hasValue()) {
            tile->setEmpty(tr("No prediction came true with a finished, measured run yet."));
            continue;
        }
        QString meaning;
        switch (metric) {
        case DashboardMetric::PredictionConfidence:
            meaning = tr("mean over %n validated prediction(s)", nullptr, int(m.validated));
            break;
        case DashboardMetric::AccuracyRate:
            meaning = tr("%1 of %2 predicted tasks ran in their slot").arg(locale.toString(m.hits), locale.toString(m.validated));
            break;
        case DashboardMetric::FalsePositiveRate:
            meaning = tr("%1 of %2 predicted tasks never came")
                          .arg(locale.toString(m.validated - m.hits), locale.toString(m.validated));
            break;
        default:
            meaning = std::isfinite(m.durationErrorMinutes)
                          ? tr("durations off by %1 min on average; %n estimate(s) compared", nullptr, int(f.basis))
                                .arg(number(m.durationErrorMinutes, 1))
                          : tr("%n estimate(s) compared with the runs", nullptr, int(f.basis));
        }
        tile->setValue(formatValue(metric, f.value), meaning);
    }
}

void DashboardView::showOptimizationTiles(const DashboardMetrics &m)
{
    const QLocale locale;
    const std::optional<LastOptimizationRun> &run = m.lastRun;
    if (run) {
        const QString state = run->applied ? tr("applied") : run->dryRun ? tr("dry run") : tr("not applied");
        const QString trend = m.optimizationRuns > 1
                                  ? tr("; trends over the last %n runs", nullptr, int(m.optimizationRuns))
                                  : QString();
        m_optimizationHeading->setText(tr("<b>What the last optimization achieved</b> — run #%1, %2, %3, %4 UTC%5")
                                           .arg(run->id)
                                           .arg(OptimizationRunsModel::strategyLabel(run->strategy), state,
                                                QDateTime::fromSecsSinceEpoch(run->createdAt, Qt::UTC)
                                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                trend));
    } else {
        m_optimizationHeading->setText(tr("<b>What the last optimization achieved</b>"));
    }
    const QString none = tr("No optimization run yet — run the optimizer in the Optimization view.");
    const QString oneRun = tr("one run so far");
    for (DashboardMetric metric :
         {DashboardMetric::UtilisationImprovement, DashboardMetric::PeakLoadReduction, DashboardMetric::ConflictReduction,
          DashboardMetric::EfficiencyGain, DashboardMetric::TimeSaved, DashboardMetric::ResponseTime,
          DashboardMetric::Throughput}) {
        MetricTile *tile = m_tiles.value(int(metric));
        const MetricFigure &f = m.figure(metric);
        tile->setTrend(trendValues(f), f.trend.size() == 1 ? oneRun : QString());
        tile->sparkline()->setToolTip(trendTooltip(metric, f, false));
        if (!run) {
            tile->setEmpty(none);
            continue;
        }
        if (!f.hasValue()) {
            tile->setEmpty(tr("Run #%1 was stored before Rulecast timed its runs — run the optimizer again.").arg(run->id));
            continue;
        }
        switch (metric) {
        case DashboardMetric::UtilisationImprovement:
            tile->setValue(percent(f.value), tr("load spread (std. dev.) %1 → %2 per minute")
                                                 .arg(number(run->loadStdDevBefore, 2), number(run->loadStdDevAfter, 2)));
            break;
        case DashboardMetric::PeakLoadReduction:
            tile->setValue(percent(f.value), tr("highest load %1 → %2 runs at once").arg(run->peakBefore).arg(run->peakAfter));
            break;
        case DashboardMetric::ConflictReduction:
            tile->setValue(percent(f.value), tr("overlapping run pairs %1 → %2")
                                                 .arg(locale.toString(run->conflictsBefore), locale.toString(run->conflictsAfter)));
            break;
        case DashboardMetric::EfficiencyGain:
            tile->setValue(percent(f.value), gainMeaning(*run));
            break;
        case DashboardMetric::TimeSaved:
            tile->setValue(formatValue(metric, f.value),
                           tr("queue waiting %1 → %2 min in the window")
                               .arg(number(run->waitBeforeMinutes, 0), number(run->waitAfterMinutes, 0)));
            break;
        case DashboardMetric::ResponseTime:
            tile->setValue(formatValue(metric, f.value),
                           tr("predictions read, schedule searched and stored"));
            break;
        default:
            tile->setValue(formatValue(metric, f.value),
                           tr("%1 simulated runs in %2 ms")
                               .arg(locale.toString(run->runsProcessed), locale.toString(run->elapsedMs)));
        }
    }
}

} // namespace rulecast
