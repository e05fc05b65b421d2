#pragma once

#include "core/optimizationstrategy.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace rulecast {

// One run in the simulated horizon (start may be negative for a run that
// began before the horizon and is still going).
struct RunInterval
{
    int start = 0;
    int duration = 0;
    int demand = 1;
};

// A schedule measured by simulation (docs/optimizer.md defines each figure).
struct ScheduleMetrics
{
    int peak = 0;                 // highest load in any minute (demand units)
    double averageLoad = 0;       // mean load over the horizon
    double peakToAverage = 0;     // peak / average (0 when idle)
    double meanUtilisation = 0;   // average / capacity
    double loadStdDev = 0;        // standard deviation of the per-minute load
    qint64 conflicts = 0;         // pairs of runs that overlap in at least one minute
    int conflictMinutes = 0;      // minutes in which two or more runs overlap
    int minutesAboveThreshold = 0; // load > peak_mitigation_threshold x capacity
    int minutesOverCapacity = 0;  // load > capacity
    qint64 overTargetUnitMinutes = 0; // sum of load above resource_efficiency_target x capacity
    int idleMinutes = 0;          // minutes with no load
    qint64 runs = 0;              // runs starting inside the horizon
    qint64 busyUnitMinutes = 0;   // sum of the load
    double totalWaitMinutes = 0;  // FIFO queue with `capacity`: start delays summed
    qint64 delayedRuns = 0;       // runs that had to wait
};

struct MetricsSettings
{
    int capacity = 1;
    double peakMitigationThreshold = 0.9;
    double resourceEfficiencyTarget = 0.75;
};

// Measures a load curve and the runs that produced it. `runs` is reordered.
ScheduleMetrics measureSchedule(const QVector<int> &load, QVector<RunInterval> &runs,
                                const MetricsSettings &settings);

// The start delays of `runs` (sorted by start) in a FIFO queue that lets
// `capacity` demand units run at once; a run bigger than the capacity waits
// for an empty machine and runs alone. Returns {total wait, delayed runs}.
std::pair<double, qint64> simulateQueue(const QVector<RunInterval> &runsByStart, int capacity);

// The best peak any placement could reach and why.
struct PeakLowerBound
{
    int busyBound = 0;   // ceil(least possible busy unit-minutes / horizon minutes)
    int forcedBound = 0; // peak of what cannot move (pinned jobs, fixed runs), or one job's own overlap
    int dayBound = 0;    // a day's runs cannot leave that day (plus their carry)
    int value() const { return std::max(busyBound, std::max(forcedBound, dayBound)); }
};

// The share of improvement a strategy is judged by, from before and after:
// load_balancing the peak-to-average ratio, peak_mitigation the peak,
// resource_efficiency the load above the target, conflict_resolution the
// overlapping pairs. 0 when there was nothing to improve.
double efficiencyGain(OptimizationStrategy strategy, const ScheduleMetrics &before, const ScheduleMetrics &after);

// "high" (>= 25%), "medium" (>= 10%), "low" (>= 5%, the auto-apply level),
// "minimal" (> 0) or "none".
QString impactTier(double gain);

// The improvement_metrics object of optimize-resource-schedule.
QJsonObject improvementMetricsJson(OptimizationStrategy strategy, const ScheduleMetrics &before,
                                   const ScheduleMetrics &after, const PeakLowerBound &bound);
QJsonObject metricsJson(const ScheduleMetrics &metrics);

} // namespace rulecast
