#pragma once

#include "core/result.h"
#include "storage/dashboardqueries.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace rulecast {

// The seed's success metrics ("Success Metrics" of the phase 3 guide), as
// the Dashboard view and the report generator show them. Every figure is read
// from the database (nothing is measured here), so two callers on the same
// database get the same numbers. docs/gui.md ("Dashboard") defines each one.
enum class DashboardMetric {
    // From validated predictions (validate-predictions).
    PredictionConfidence,       // mean confidence_score of the validated predictions
    AccuracyRate,               // share that came true
    FalsePositiveRate,          // share that did not
    ResourceEstimationAccuracy, // 1 - mean relative error of duration, CPU and memory estimates of hits
    // From optimization runs (improvement_metrics of optimization_results).
    UtilisationImprovement,     // reduction of the per-minute load's standard deviation
    PeakLoadReduction,          // reduction of the highest load in any minute
    ConflictReduction,          // reduction of overlapping run pairs
    EfficiencyGain,             // the run's strategy-specific gain
    TimeSaved,                  // queue waiting minutes saved in the window
    // The optimizer itself (elapsed_ms, runs_processed of optimization_results).
    ResponseTime,               // milliseconds from request to stored run
    Throughput,                 // simulated runs per second of that time
};
constexpr int kDashboardMetricCount = 11;

enum class MetricUnit {
    Ratio,        // 0..1, shown as a percentage
    Minutes,
    Milliseconds,
    PerSecond,
};

struct MetricTrendPoint
{
    qint64 at = 0;     // UTC day start (prediction figures) or the run's created_at
    double value = 0;
};

struct MetricFigure
{
    double value = std::numeric_limits<double>::quiet_NaN(); // NaN: nothing to compute it from
    qint64 basis = 0;                // predictions (or estimate pairs) or runs the value rests on
    QVector<MetricTrendPoint> trend; // oldest first: one point per day of predictions, or per run
    bool hasValue() const { return std::isfinite(value); }
};

// The last optimization run, for the tiles' one-line meanings.
struct LastOptimizationRun
{
    qint64 id = 0;
    QString strategy;  // optimization_type, e.g. "load_balancing"
    qint64 createdAt = 0;
    bool dryRun = false;
    bool applied = false;
    int peakBefore = 0;
    int peakAfter = 0;
    qint64 conflictsBefore = 0;
    qint64 conflictsAfter = 0;
    double loadStdDevBefore = 0;
    double loadStdDevAfter = 0;
    double peakToAverageBefore = 0;
    double peakToAverageAfter = 0;
    double overTargetBefore = 0; // unit-minutes above resource_efficiency_target x capacity
    double overTargetAfter = 0;
    double waitBeforeMinutes = 0;
    double waitAfterMinutes = 0;
    qint64 runsProcessed = -1; // -1: a run stored before schema step 9
    qint64 elapsedMs = -1;
};

struct DashboardMetrics
{
    std::array<MetricFigure, kDashboardMetricCount> figures;
    const MetricFigure &figure(DashboardMetric m) const { return figures[size_t(m)]; }

    // The validated predictions the prediction figures rest on.
    qint64 predictionsFrom = 0;  // day start of the first one counted; 0: none
    qint64 predictionsUntil = 0; // predicted time of the newest validated one
    qint64 validated = 0;
    qint64 hits = 0;
    double durationErrorMinutes = std::numeric_limits<double>::quiet_NaN(); // mean |estimated - actual| of hits
    qint64 optimizationRuns = 0; // runs the optimization trends cover
    std::optional<LastOptimizationRun> lastRun;
    DashboardCounts counts;

    // {"predictions": {"from", "until", "validated", "hits", "duration_error_minutes"},
    //  "last_optimization": {...} | null, "counts": {...},
    //  "metrics": {"<key>": {"value" (null when unknown), "basis", "unit", "view",
    //              "trend": [{"at", "value"}]}}}
    QJsonObject toJson() const;
};

struct DashboardRequest
{
    QString databasePath;
    qint64 now = 0;          // "upcoming" predictions are at or after this
    // Prediction figures cover the validated predictions of this many days,
    // counted back from the newest one (not from now: a replayed 1993 trace
    // has its own "recent").
    int predictionDays = 30;
    int trendRuns = 20;      // optimization runs in the trends, newest last
};

// Reads the figures (read-only, its own connection: may run on a worker thread).
Result<DashboardMetrics> computeDashboardMetrics(const DashboardRequest &request);

// "prediction_confidence", "accuracy_rate", "false_positive_rate",
// "resource_estimation_accuracy", "utilization_improvement", "peak_load_reduction",
// "conflict_reduction", "efficiency_gain", "time_saved_minutes",
// "response_time_ms", "throughput_per_second".
QString metricKey(DashboardMetric m);
MetricUnit metricUnit(DashboardMetric m);
// Whether a rising figure is good news (false for the false-positive rate and the response time).
bool metricHigherIsBetter(DashboardMetric m);
// The main view that shows what is behind the figure: "predictions" or "optimization".
QString metricSourceView(DashboardMetric m);

} // namespace rulecast
