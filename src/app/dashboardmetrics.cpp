#include "app/dashboardmetrics.h"

#include "core/timeformat.h"
#include "storage/database.h"
#include "storage/optimizationstore.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace rulecast {

namespace {

constexpr qint64 kDay = 86400;

qint64 dayStart(qint64 t) { return t - ((t % kDay) + kDay) % kDay; }

// |estimated - actual| relative to the larger of the two: 0 exact, 1 one of
// them zero. Bounded, so a 2-second run estimated at 1 minute does not swamp
// the mean as a plain percentage error would. NaN when either is unknown.
double relativeError(double estimated, double actual)
{
    if (!std::isfinite(estimated) || !std::isfinite(actual) || estimated < 0 || actual < 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double scale = std::max(estimated, actual);
    return scale > 0 ? std::abs(estimated - actual) / scale : 0.0;
}

// Sums of one group of validated predictions (the whole window or one day).
struct PredictionSums
{
    qint64 n = 0;
    qint64 hits = 0;
    double confidence = 0;
    qint64 errorPairs = 0;
    double relativeErrors = 0;
    qint64 durationPairs = 0;
    double durationErrorMinutes = 0;

    void add(const ValidatedPredictionFacts &f)
    {
        ++n;
        hits += f.hit ? 1 : 0;
        confidence += f.confidence;
        if (!f.hit)
            return;
        for (const auto &[est, act] : {std::pair{f.estimatedDurationMinutes, f.actualDurationMinutes},
                                       std::pair{f.estimatedCpuPercent, f.actualCpuPercent},
                                       std::pair{f.estimatedMemoryMb, f.actualMemoryMb}}) {
            const double e = relativeError(est, act);
            if (std::isfinite(e)) {
                relativeErrors += e;
                ++errorPairs;
            }
        }
        if (std::isfinite(f.estimatedDurationMinutes) && std::isfinite(f.actualDurationMinutes)) {
            durationErrorMinutes += std::abs(f.estimatedDurationMinutes - f.actualDurationMinutes);
            ++durationPairs;
        }
    }
    double value(DashboardMetric m) const
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        switch (m) {
        case DashboardMetric::PredictionConfidence: return n ? confidence / double(n) : nan;
        case DashboardMetric::AccuracyRate: return n ? double(hits) / double(n) : nan;
        case DashboardMetric::FalsePositiveRate: return n ? double(n - hits) / double(n) : nan;
        case DashboardMetric::ResourceEstimationAccuracy: return errorPairs ? 1.0 - relativeErrors / double(errorPairs) : nan;
        default: return nan;
        }
    }
    qint64 basis(DashboardMetric m) const { return m == DashboardMetric::ResourceEstimationAccuracy ? errorPairs : n; }
};

constexpr DashboardMetric kPredictionMetrics[] = {DashboardMetric::PredictionConfidence, DashboardMetric::AccuracyRate,
                                                  DashboardMetric::FalsePositiveRate,
                                                  DashboardMetric::ResourceEstimationAccuracy};

void foldPredictions(const QVector<ValidatedPredictionFacts> &facts, DashboardMetrics &out)
{
    PredictionSums all;
    QMap<qint64, PredictionSums> days;
    for (const ValidatedPredictionFacts &f : facts) {
        all.add(f);
        days[dayStart(f.predictedAt)].add(f);
    }
    out.validated = all.n;
    out.hits = all.hits;
    if (all.durationPairs)
        out.durationErrorMinutes = all.durationErrorMinutes / double(all.durationPairs);
    if (!facts.isEmpty()) {
        out.predictionsFrom = dayStart(facts.first().predictedAt);
        out.predictionsUntil = facts.last().predictedAt;
    }
    for (DashboardMetric m : kPredictionMetrics) {
        MetricFigure &figure = out.figures[size_t(m)];
        figure.value = all.value(m);
        figure.basis = all.basis(m);
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            const double v = it.value().value(m);
            if (std::isfinite(v))
                figure.trend.append({it.key(), v});
        }
    }
}

// One run's figure for a metric; NaN when the run does not record it.
double runValue(const OptimizationRecord &r, DashboardMetric m)
{
    const QJsonObject &im = r.improvementMetrics;
    const auto number = [&im](const char *key) {
        const QJsonValue v = im.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
    };
    switch (m) {
    case DashboardMetric::UtilisationImprovement: return number("utilization_improvement");
    case DashboardMetric::PeakLoadReduction: return number("peak_reduction");
    case DashboardMetric::ConflictReduction: return number("conflict_reduction");
    case DashboardMetric::EfficiencyGain: return number("efficiency_gain");
    case DashboardMetric::TimeSaved: return number("waiting_time_saved_minutes");
    case DashboardMetric::ResponseTime: return r.elapsedMs >= 0 ? double(r.elapsedMs) : std::numeric_limits<double>::quiet_NaN();
    case DashboardMetric::Throughput:
        // A run faster than a millisecond counts as one: no division by zero.
        return r.elapsedMs >= 0 && r.runsProcessed >= 0 ? double(r.runsProcessed) * 1000.0 / double(std::max<qint64>(r.elapsedMs, 1))
                                                        : std::numeric_limits<double>::quiet_NaN();
    default: return std::numeric_limits<double>::quiet_NaN();
    }
}

constexpr DashboardMetric kRunMetrics[] = {DashboardMetric::UtilisationImprovement, DashboardMetric::PeakLoadReduction,
                                           DashboardMetric::ConflictReduction,      DashboardMetric::EfficiencyGain,
                                           DashboardMetric::TimeSaved,              DashboardMetric::ResponseTime,
                                           DashboardMetric::Throughput};

void foldRuns(QVector<OptimizationRecord> runs, DashboardMetrics &out)
{
    // list() is newest first; the trends read oldest first.
    runs.erase(std::remove_if(runs.begin(), runs.end(), [](const OptimizationRecord &r) { return !r.success; }), runs.end());
    std::reverse(runs.begin(), runs.end());
    out.optimizationRuns = runs.size();
    if (runs.isEmpty())
        return;
    for (DashboardMetric m : kRunMetrics) {
        MetricFigure &figure = out.figures[size_t(m)];
        for (const OptimizationRecord &r : runs) {
            const double v = runValue(r, m);
            if (std::isfinite(v))
                figure.trend.append({timeformat::parse(r.createdAt).value_or(0), v});
        }
        // The tile shows the last run's figure, or nothing if that run lacks it.
        figure.value = runValue(runs.last(), m);
        figure.basis = figure.trend.size();
    }
    const OptimizationRecord &last = runs.last();
    const QJsonObject before = last.improvementMetrics.value(QLatin1String("before")).toObject();
    const QJsonObject after = last.improvementMetrics.value(QLatin1String("after")).toObject();
    LastOptimizationRun run;
    run.id = last.id;
    run.strategy = last.optimizationType;
    run.createdAt = timeformat::parse(last.createdAt).value_or(0);
    run.dryRun = last.dryRun;
    run.applied = !last.appliedAt.isEmpty() && last.undoneAt.isEmpty();
    run.peakBefore = before.value(QLatin1String("peak")).toInt();
    run.peakAfter = after.value(QLatin1String("peak")).toInt();
    run.conflictsBefore = before.value(QLatin1String("conflicts")).toInteger();
    run.conflictsAfter = after.value(QLatin1String("conflicts")).toInteger();
    // A figure the stored run lacks stays NaN ("–" in the view, null in
    // JSON) instead of reading as 0.
    run.loadStdDevBefore = before.value(QLatin1String("load_std_dev")).toDouble(qQNaN());
    run.loadStdDevAfter = after.value(QLatin1String("load_std_dev")).toDouble(qQNaN());
    run.peakToAverageBefore = before.value(QLatin1String("peak_to_average")).toDouble(qQNaN());
    run.peakToAverageAfter = after.value(QLatin1String("peak_to_average")).toDouble(qQNaN());
    run.overTargetBefore = before.value(QLatin1String("over_target_unit_minutes")).toDouble(qQNaN());
    run.overTargetAfter = after.value(QLatin1String("over_target_unit_minutes")).toDouble(qQNaN());
    run.waitBeforeMinutes = before.value(QLatin1String("total_wait_minutes")).toDouble(qQNaN());
    run.waitAfterMinutes = after.value(QLatin1String("total_wait_minutes")).toDouble(qQNaN());
    run.runsProcessed = last.runsProcessed;
    run.elapsedMs = last.elapsedMs;
    out.lastRun = run;
}

QJsonValue finite(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

QString unitName(MetricUnit u)
{
    switch (u) {
    case MetricUnit::Ratio: return QStringLiteral("ratio");
    case MetricUnit::Minutes: return QStringLiteral("minutes");
    case MetricUnit::Milliseconds: return QStringLiteral("milliseconds");
    case MetricUnit::PerSecond: return QStringLiteral("per_second");
    }
    return {};
}

} // namespace

QString metricKey(DashboardMetric m)
{
    switch (m) {
    case DashboardMetric::PredictionConfidence: return QStringLiteral("prediction_confidence");
    case DashboardMetric::AccuracyRate: return QStringLiteral("accuracy_rate");
    case DashboardMetric::FalsePositiveRate: return QStringLiteral("false_positive_rate");
    case DashboardMetric::ResourceEstimationAccuracy: return QStringLiteral("resource_estimation_accuracy");
    case DashboardMetric::UtilisationImprovement: return QStringLiteral("utilization_improvement");
    case DashboardMetric::PeakLoadReduction: return QStringLiteral("peak_load_reduction");
    case DashboardMetric::ConflictReduction: return QStringLiteral("conflict_reduction");
    case DashboardMetric::EfficiencyGain: return QStringLiteral("efficiency_gain");
    case DashboardMetric::TimeSaved: return QStringLiteral("time_saved_minutes");
    case DashboardMetric::ResponseTime: return QStringLiteral("response_time_ms");
    case DashboardMetric::Throughput: return QStringLiteral("throughput_per_second");
    }
    return {};
}

MetricUnit metricUnit(DashboardMetric m)
{
    switch (m) {
    case DashboardMetric::TimeSaved: return MetricUnit::Minutes;
    case DashboardMetric::ResponseTime: return MetricUnit::Milliseconds;
    case DashboardMetric::Throughput: return MetricUnit::PerSecond;
    default: return MetricUnit::Ratio;
    }
}

bool metricHigherIsBetter(DashboardMetric m)
{
    return m != DashboardMetric::FalsePositiveRate && m != DashboardMetric::ResponseTime;
}

QString metricSourceView(DashboardMetric m)
{
    return int(m) <= int(DashboardMetric::ResourceEstimationAccuracy) ? QStringLiteral("predictions")
                                                                       : QStringLiteral("optimization");
}

QJsonObject DashboardMetrics::toJson() const
{
    QJsonObject metrics;
    for (int i = 0; i < kDashboardMetricCount; ++i) {
        const auto m = DashboardMetric(i);
        const MetricFigure &f = figure(m);
        QJsonArray trend;
        for (const MetricTrendPoint &p : f.trend)
            trend.append(QJsonObject{{QStringLiteral("at"), timeformat::toIsoUtc(p.at)}, {QStringLiteral("value"), p.value}});
        metrics.insert(metricKey(m), QJsonObject{{QStringLiteral("value"), finite(f.value)},
                                                 {QStringLiteral("basis"), f.basis},
                                                 {QStringLiteral("unit"), unitName(metricUnit(m))},
                                                 {QStringLiteral("view"), metricSourceView(m)},
                                                 {QStringLiteral("trend"), trend}});
    }
    QJsonValue last;
    if (lastRun) {
        const LastOptimizationRun &r = *lastRun;
        last = QJsonObject{{QStringLiteral("id"), r.id},
                           {QStringLiteral("optimization_type"), r.strategy},
                           {QStringLiteral("created_at"), timeformat::toIsoUtc(r.createdAt)},
                           {QStringLiteral("dry_run"), r.dryRun},
                           {QStringLiteral("applied"), r.applied},
                           {QStringLiteral("peak_before"), r.peakBefore},
                           {QStringLiteral("peak_after"), r.peakAfter},
                           {QStringLiteral("conflicts_before"), r.conflictsBefore},
                           {QStringLiteral("conflicts_after"), r.conflictsAfter},
                           {QStringLiteral("wait_before_minutes"), finite(r.waitBeforeMinutes)},
                           {QStringLiteral("wait_after_minutes"), finite(r.waitAfterMinutes)},
                           {QStringLiteral("runs_processed"), r.runsProcessed >= 0 ? QJsonValue(r.runsProcessed) : QJsonValue()},
                           {QStringLiteral("elapsed_ms"), r.elapsedMs >= 0 ? QJsonValue(r.elapsedMs) : QJsonValue()}};
    }
    return {{QStringLiteral("predictions"),
             QJsonObject{{QStringLiteral("from"), predictionsFrom ? QJsonValue(timeformat::toIsoUtc(predictionsFrom)) : QJsonValue()},
                         {QStringLiteral("until"), predictionsUntil ? QJsonValue(timeformat::toIsoUtc(predictionsUntil)) : QJsonValue()},
                         {QStringLiteral("validated"), validated},
                         {QStringLiteral("hits"), hits},
                         {QStringLiteral("duration_error_minutes"), finite(durationErrorMinutes)}}},
            {QStringLiteral("last_optimization"), last},
            {QStringLiteral("optimization_runs"), optimizationRuns},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("tasks"), counts.tasks},
                         {QStringLiteral("active_patterns"), counts.activePatterns},
                         {QStringLiteral("enabled_rules"), counts.enabledRules},
                         {QStringLiteral("pending_predictions"), counts.pendingPredictions},
                         {QStringLiteral("upcoming_predictions"), counts.upcomingPredictions}}},
            {QStringLiteral("metrics"), metrics}};
}

Result<DashboardMetrics> computeDashboardMetrics(const DashboardRequest &request)
{
    using R = Result<DashboardMetrics>;
    if (request.predictionDays < 1 || request.trendRuns < 1)
        return R::failure(QStringLiteral("the dashboard needs at least one day of predictions and one run, got %1 and %2")
                              .arg(request.predictionDays)
                              .arg(request.trendRuns));
    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return R::failure(db.error());
    const ThreadConnectionCloser closer(db.value());

    DashboardMetrics out;
    const DashboardQueries queries(db.value());
    Result<DashboardCounts> counts = queries.counts(request.now);
    if (!counts)
        return R::failure(counts.error());
    out.counts = *counts;
    if (counts->latestValidated > 0) {
        // Whole days: the oldest day of the trend is not cut in half.
        const qint64 from = dayStart(counts->latestValidated) - qint64(request.predictionDays - 1) * kDay;
        Result<QVector<ValidatedPredictionFacts>> facts = queries.validatedPredictions(from);
        if (!facts)
            return R::failure(facts.error());
        foldPredictions(*facts, out);
    }
    Result<QVector<OptimizationRecord>> runs = OptimizationStore(db.value()).list(request.trendRuns);
    if (!runs)
        return R::failure(runs.error());
    foldRuns(std::move(runs).value(), out);
    return out;
}

} // namespace rulecast
