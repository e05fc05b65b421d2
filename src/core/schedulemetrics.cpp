#include "schedulemetrics.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>

namespace rulecast {
namespace {

double round4(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

double relativeReduction(double before, double after)
{
    return before > 0 ? (before - after) / before : 0.0;
}

} // namespace

std::pair<double, qint64> simulateQueue(const QVector<RunInterval> &runsByStart, int capacity)
{
    using End = std::pair<qint64, int>; // (end minute, demand)
    std::priority_queue<End, std::vector<End>, std::greater<End>> running;
    qint64 used = 0;
    qint64 clock = std::numeric_limits<qint64>::min(); // FIFO: nobody starts before an earlier arrival
    double totalWait = 0;
    qint64 delayed = 0;
    const qint64 cap = std::max(1, capacity);
    for (const RunInterval &run : runsByStart) {
        qint64 t = std::max<qint64>(run.start, clock);
        auto release = [&](qint64 until) {
            while (!running.empty() && running.top().first <= until) {
                used -= running.top().second;
                running.pop();
            }
        };
        release(t);
        const qint64 need = std::min<qint64>(run.demand, cap);
        while (used + need > cap && !running.empty()) {
            t = std::max(t, running.top().first);
            release(t);
        }
        if (run.demand > cap) { // runs alone
            while (!running.empty()) {
                t = std::max(t, running.top().first);
                release(t);
            }
        }
        if (t > run.start) {
            totalWait += double(t - run.start);
            ++delayed;
        }
        clock = t;
        if (run.duration > 0 && run.demand > 0) {
            running.push({t + run.duration, int(need)});
            used += need;
        }
    }
    return {totalWait, delayed};
}

ScheduleMetrics measureSchedule(const QVector<int> &load, QVector<RunInterval> &runs,
                                const MetricsSettings &settings)
{
    ScheduleMetrics m;
    const int n = int(load.size());
    const double threshold = settings.peakMitigationThreshold * settings.capacity;
    const double target = settings.resourceEfficiencyTarget * settings.capacity;
    double sum = 0, sumSquares = 0;
    double overTarget = 0;
    for (int v : load) {
        m.peak = std::max(m.peak, v);
        sum += v;
        sumSquares += double(v) * v;
        if (v > threshold)
            ++m.minutesAboveThreshold;
        if (v > settings.capacity)
            ++m.minutesOverCapacity;
        if (v > target)
            overTarget += v - target;
        if (v == 0)
            ++m.idleMinutes;
    }
    m.overTargetUnitMinutes = qint64(std::llround(overTarget));
    m.busyUnitMinutes = qint64(sum);
    if (n > 0) {
        m.averageLoad = sum / n;
        m.loadStdDev = std::sqrt(std::max(0.0, sumSquares / n - m.averageLoad * m.averageLoad));
    }
    m.peakToAverage = m.averageLoad > 0 ? m.peak / m.averageLoad : 0;
    m.meanUtilisation = settings.capacity > 0 ? m.averageLoad / settings.capacity : 0;

    std::sort(runs.begin(), runs.end(), [](const RunInterval &a, const RunInterval &b) {
        return a.start != b.start ? a.start < b.start : a.duration < b.duration;
    });
    // Overlapping pairs: each run overlaps the runs still going when it starts.
    std::priority_queue<int, std::vector<int>, std::greater<int>> ends;
    QVector<int> concurrent(n + 1, 0); // run count per minute (demand-free), as a difference array
    for (const RunInterval &run : std::as_const(runs)) {
        if (run.start >= 0)
            ++m.runs;
        if (run.duration <= 0)
            continue;
        while (!ends.empty() && ends.top() <= run.start)
            ends.pop();
        m.conflicts += qint64(ends.size());
        ends.push(run.start + run.duration);
        const int b = std::clamp(run.start, 0, n);
        const int e = std::clamp(run.start + run.duration, 0, n);
        concurrent[b] += 1;
        concurrent[e] -= 1;
    }
    int running = 0;
    for (int i = 0; i < n; ++i) {
        running += concurrent.at(i);
        if (running >= 2)
            ++m.conflictMinutes;
    }
    const auto [wait, delayed] = simulateQueue(runs, settings.capacity);
    m.totalWaitMinutes = wait;
    m.delayedRuns = delayed;
    return m;
}

double efficiencyGain(OptimizationStrategy strategy, const ScheduleMetrics &before, const ScheduleMetrics &after)
{
    switch (strategy) {
    case OptimizationStrategy::LoadBalancing:
        return relativeReduction(before.peakToAverage, after.peakToAverage);
    case OptimizationStrategy::PeakMitigation:
        return relativeReduction(before.peak, after.peak);
    case OptimizationStrategy::ResourceEfficiency:
        return relativeReduction(double(before.overTargetUnitMinutes), double(after.overTargetUnitMinutes));
    case OptimizationStrategy::ConflictResolution:
        return relativeReduction(double(before.conflicts), double(after.conflicts));
    }
    return 0;
}

QString impactTier(double gain)
{
    if (gain >= 0.25)
        return QStringLiteral("high");
    if (gain >= 0.10)
        return QStringLiteral("medium");
    if (gain >= 0.05)
        return QStringLiteral("low");
    if (gain > 0)
        return QStringLiteral("minimal");
    return QStringLiteral("none");
}

QJsonObject metricsJson(const ScheduleMetrics &m)
{
    return {
        {QStringLiteral("peak"), m.peak},
        {QStringLiteral("average_load"), round4(m.averageLoad)},
        {QStringLiteral("peak_to_average"), round4(m.peakToAverage)},
        {QStringLiteral("mean_utilization"), round4(m.meanUtilisation)},
        {QStringLiteral("load_std_dev"), round4(m.loadStdDev)},
        {QStringLiteral("conflicts"), double(m.conflicts)},
        {QStringLiteral("conflict_minutes"), m.conflictMinutes},
        {QStringLiteral("minutes_above_threshold"), m.minutesAboveThreshold},
        {QStringLiteral("minutes_over_capacity"), m.minutesOverCapacity},
        {QStringLiteral("over_target_unit_minutes"), double(m.overTargetUnitMinutes)},
        {QStringLiteral("idle_minutes"), m.idleMinutes},
        {QStringLiteral("runs"), double(m.runs)},
        {QStringLiteral("busy_unit_minutes"), double(m.busyUnitMinutes)},
        {QStringLiteral("total_wait_minutes"), m.totalWaitMinutes},
        {QStringLiteral("delayed_runs"), double(m.delayedRuns)},
    };
}

QJsonObject improvementMetricsJson(OptimizationStrategy strategy, const ScheduleMetrics &before,
                                   const ScheduleMetrics &after, const PeakLowerBound &bound)
{
    const double gain = efficiencyGain(strategy, before, after);
    return {
        {QStringLiteral("before"), metricsJson(before)},
        {QStringLiteral("after"), metricsJson(after)},
        {QStringLiteral("peak_reduction"), round4(relativeReduction(before.peak, after.peak))},
        {QStringLiteral("utilization_improvement"),
         round4(relativeReduction(before.loadStdDev, after.loadStdDev))},
        {QStringLiteral("conflict_reduction"),
         round4(relativeReduction(double(before.conflicts), double(after.conflicts)))},
        {QStringLiteral("waiting_time_saved_minutes"), before.totalWaitMinutes - after.totalWaitMinutes},
        {QStringLiteral("efficiency_gain"), round4(gain)},
        {QStringLiteral("impact"), impactTier(gain)},
        {QStringLiteral("lower_bound"), bound.value()},
        {QStringLiteral("lower_bound_busy"), bound.busyBound},
        {QStringLiteral("lower_bound_forced"), bound.forcedBound},
        {QStringLiteral("lower_bound_day"), bound.dayBound},
        {QStringLiteral("gap_to_lower_bound"), after.peak - bound.value()},
    };
}

} // namespace rulecast
