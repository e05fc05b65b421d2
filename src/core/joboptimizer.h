#pragma once

#include "core/optimizationstrategy.h"
#include "core/progress.h"
#include "core/result.h"
#include "core/scheduledjob.h"
#include "core/scheduleload.h"
#include "core/schedulemetrics.h"

#include <QStringList>
#include <QVector>

namespace rulecast {

// One rule the optimizer moved.
struct JobChange
{
    int job = -1; // index into the jobs given
    QString oldSchedule;
    QString newSchedule;
    int shiftMinutes = 0; // how far its runs moved (CronShape::displacement)
};

struct OptimizationOutcome
{
    QVector<QString> schedules; // per job, the schedule after optimization
    QVector<JobChange> changes; // only the jobs that moved, in job order
    QVector<int> runsPerJob;    // runs inside the horizon, the same before and after
    ScheduleMetrics before;
    ScheduleMetrics after;
    // Demand units in use per minute of the horizon, before and after (for
    // heatmaps and load charts).
    QVector<int> loadBefore;
    QVector<int> loadAfter;
    PeakLowerBound lowerBound;
    int passes = 0;
    qint64 evaluations = 0;
    bool timeBudgetReached = false;
    bool canceled = false; // stopped early; the result is the best found so far
};

// Moves recurring jobs inside their days to meet a strategy's goal: a greedy
// start (largest work first, each at its cheapest placement) where the
// strategy flattens, then one-job-at-a-time moves — remove a job, price all
// its placements against the load without it, put it at the cheapest — with
// a target peak that drops whenever it is met. Pinned jobs never move,
// priorities bound how far a job moves, every job keeps its runs. Same input
// and seed, same result.
class JobOptimizer
{
public:
    JobOptimizer(const Horizon &horizon, const OptimizerSettings &settings);

    Result<OptimizationOutcome> optimize(const QVector<ScheduledJob> &jobs, const QVector<FixedRun> &fixed = {},
                                         const Progress &progress = {}) const;

    // Measures a schedule by simulation (used for before and after).
    static ScheduleMetrics measure(const QVector<JobPattern> &patterns, const QVector<QVector<int>> &fires,
                                   const QVector<FixedRun> &fixed, const Horizon &horizon,
                                   const MetricsSettings &settings, QVector<int> *loadOut = nullptr);
    static PeakLowerBound lowerBound(const QVector<JobPattern> &patterns, const QVector<FixedRun> &fixed,
                                     const Horizon &horizon);

private:
    Horizon m_horizon;
    OptimizerSettings m_settings;
};

} // namespace rulecast
