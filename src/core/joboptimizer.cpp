#include "joboptimizer.h"

#include "core/placementsearch.h"
#include "core/phrase.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace rulecast {
namespace {

constexpr qint64 kHeavy = qint64(1) << 24;   // outweighs any square-of-load change of one move
constexpr qint64 kCeiling = qint64(1) << 36; // outweighs any excess change of one move

// How a strategy drives the search (docs/optimizer.md, "Strategies").
struct SearchPlan
{
    bool greedyStart = false; // re-place every movable job from scratch first
    bool lowerPeak = false;   // chase a target peak that drops when met
    int stopLevel = 0;        // lowerPeak: stop once the peak is at or below this
    LoadCostModel model;
};

SearchPlan planFor(const OptimizerSettings &s)
{
    SearchPlan plan;
    switch (s.strategy) {
    case OptimizationStrategy::LoadBalancing:
        // Flatten: the peak first, then the sum of squares (spread).
        plan.greedyStart = true;
        plan.lowerPeak = true;
        plan.model.squareWeight = 1;
        break;
    case OptimizationStrategy::PeakMitigation:
        // Cut the peak with as little movement as possible; done once below
        // the threshold.
        plan.lowerPeak = true;
        plan.stopLevel = int(std::floor(s.peakMitigationThreshold * s.capacity));
        plan.model.shiftWeight = 1;
        break;
    case OptimizationStrategy::ResourceEfficiency:
        // Never over capacity if avoidable, then as little above the target
        // utilisation as possible, then fill valleys (squares).
        plan.greedyStart = true;
        plan.model.primaryLevel = s.capacity;
        plan.model.primaryWeight = kHeavy;
        plan.model.secondaryLevel = qint64(std::floor(s.resourceEfficiencyTarget * s.capacity));
        plan.model.secondaryWeight = qint64(1) << 12;
        plan.model.squareWeight = 1;
        break;
    case OptimizationStrategy::ConflictResolution:
        // Minutes where runs overlap first; where overlaps cannot all go, fewer
        // overlapping pairs (the square of the load counts them); each minute
        // a job moves costs 1 + its priority, so small moves win ties.
        plan.model.primaryLevel = 1;
        plan.model.primaryWeight = kHeavy;
        plan.model.squareWeight = 1;
        plan.model.shiftWeight = 1;
        break;
    }
    return plan;
}

// Fisher-Yates with our generator, so the order is the same on every platform.
void shuffle(QVector<int> &items, std::mt19937_64 &rng)
{
    for (qsizetype i = items.size() - 1; i > 0; --i)
        std::swap(items[i], items[qsizetype(rng() % quint64(i + 1))]);
}

} // namespace

JobOptimizer::JobOptimizer(const Horizon &horizon, const OptimizerSettings &settings)
    : m_horizon(horizon), m_settings(settings)
{
}

ScheduleMetrics JobOptimizer::measure(const QVector<JobPattern> &patterns, const QVector<QVector<int>> &fires,
                                      const QVector<FixedRun> &fixed, const Horizon &horizon,
                                      const MetricsSettings &settings, QVector<int> *loadOut)
{
    ScheduleLoad load(horizon.days);
    QVector<RunInterval> runs;
    for (int j = 0; j < patterns.size(); ++j) {
        const JobPattern &p = patterns.at(j);
        load.addRuns(p, fires.at(j), +1);
        for (int day : p.activeDays)
            for (int f : fires.at(j)) {
                const int start = day * 1440 + f;
                if (start + p.duration > 0 && start < load.minutes())
                    runs.append({start, p.duration, p.demand});
            }
    }
    for (const FixedRun &r : fixed) {
        load.addFixed(r, +1);
        if (r.startMinute + r.durationMinutes > 0 && r.startMinute < load.minutes())
            runs.append({r.startMinute, r.durationMinutes, r.demand});
    }
    if (loadOut)
        *loadOut = load.values();
    return measureSchedule(load.values(), runs, settings);
}

PeakLowerBound JobOptimizer::lowerBound(const QVector<JobPattern> &patterns, const QVector<FixedRun> &fixed,
                                        const Horizon &horizon)
{
    const int n = horizon.minutes();
    PeakLowerBound bound;
    ScheduleLoad forced(horizon.days);
    QVector<qint64> dayUnits(horizon.days, 0);
    QVector<int> dayLongest(horizon.days, 0);
    qint64 busy = 0;
    for (const JobPattern &p : patterns) {
        if (!p.movable)
            forced.addRuns(p, p.shape.fireMinutesOfDay(0, 0), +1);
        else if (!p.activeDays.isEmpty())
            bound.forcedBound = std::max(bound.forcedBound, p.demand);
        for (int day : p.activeDays) {
            // Days before the start may add nothing (their runs can move to end
            // before it); an every-day job's carry-in is exactly what its last
            // day loses, so its days count in full.
            if (day < 0)
                continue;
            qint64 least = p.duration;
            const qint64 latestEnd = qint64(day) * 1440 + 1439 + p.duration;
            if (!p.everyDay && latestEnd > n) // it may start at 23:59 and be cut at the end
                least = std::max<qint64>(0, std::min<qint64>(p.duration, n - (qint64(day) * 1440 + 1439)));
            const qint64 units = least * p.demand * p.shape.runsPerActiveDay();
            busy += units;
            dayUnits[day] += units;
            dayLongest[day] = std::max(dayLongest.at(day), p.duration);
        }
    }
    for (const FixedRun &r : fixed) {
        forced.addFixed(r, +1);
        const int b = std::max(0, r.startMinute);
        const int e = std::min(n, r.startMinute + r.durationMinutes);
        if (b < e) {
            busy += qint64(e - b) * r.demand;
            const int day = b / 1440;
            dayUnits[day] += qint64(e - b) * r.demand;
            dayLongest[day] = std::max(dayLongest.at(day), e - b);
        }
    }
    bound.busyBound = n > 0 ? int((busy + n - 1) / n) : 0;
    bound.forcedBound = std::max(bound.forcedBound, forced.peak());
    for (int d = 0; d < horizon.days; ++d) {
        const qint64 window = std::min<qint64>(n, qint64(d + 1) * 1440 + std::max(0, dayLongest.at(d) - 1)) - qint64(d) * 1440;
        if (window > 0)
            bound.dayBound = std::max(bound.dayBound, int((dayUnits.at(d) + window - 1) / window));
    }
    return bound;
}

Result<OptimizationOutcome> JobOptimizer::optimize(const QVector<ScheduledJob> &jobs,
                                                   const QVector<FixedRun> &fixed,
                                                   const Progress &progress) const
{
    if (!m_horizon.startDate.isValid() || m_horizon.days < 1)
        return Result<OptimizationOutcome>::failure(QStringLiteral("the horizon needs a start date and at least one day"));
    QElapsedTimer timer;
    timer.start();

    QVector<JobPattern> patterns;
    patterns.reserve(jobs.size());
    for (const ScheduledJob &job : jobs) {
        Result<JobPattern> p = buildJobPattern(job, m_horizon);
        if (!p)
            return Result<OptimizationOutcome>::failure(p.error());
        patterns.append(p.value());
    }

    OptimizationOutcome out;
    const MetricsSettings metricsSettings{m_settings.capacity, m_settings.peakMitigationThreshold,
                                          m_settings.resourceEfficiencyTarget};
    QVector<QVector<int>> originalFires;
    for (const JobPattern &p : std::as_const(patterns)) {
        originalFires.append(p.shape.fireMinutesOfDay(0, 0));
        out.runsPerJob.append(p.runsInHorizon);
    }
    out.before = measure(patterns, originalFires, fixed, m_horizon, metricsSettings, &out.loadBefore);
    out.lowerBound = lowerBound(patterns, fixed, m_horizon);

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Placing jobs")));
    PlacementSearch search(patterns, m_horizon.days, fixed);
    // Start from the schedule as it is: it is the result to beat, and what
    // the minimal-movement strategies improve on.
    QVector<int> movable;
    for (int j = 0; j < patterns.size(); ++j) {
        search.place(j, {});
        if (patterns.at(j).movable)
            movable.append(j);
    }
    const SearchPlan plan = planFor(m_settings);
    std::mt19937_64 rng(m_settings.seed);
    LoadCostModel model = plan.model;
    if (!plan.lowerPeak) {
        model.ceilingLevel = out.before.peak;
        model.ceilingWeight = kCeiling;
    }
    search.setCostModel(model);
    QVector<PlacementSearch::Placement> best(patterns.size());
    auto snapshot = [&] {
        for (int j = 0; j < patterns.size(); ++j)
            best[j] = search.placementOf(j);
    };
    int bestPeak = out.before.peak;
    qint64 bestObjective = search.objective();

    if (plan.greedyStart) {
        QVector<int> order = movable;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const JobPattern &pa = patterns.at(a);
            const JobPattern &pb = patterns.at(b);
            const qint64 wa = qint64(pa.runsInHorizon) * pa.duration * pa.demand;
            const qint64 wb = qint64(pb.runsInHorizon) * pb.duration * pb.demand;
            return wa != wb ? wa > wb : pa.duration > pb.duration;
        });
        for (int j : std::as_const(order))
            search.unplace(j);
        for (int j : std::as_const(order))
            search.place(j, search.bestPlacement(j, rng).first);
        if (plan.lowerPeak && search.peak() < bestPeak) {
            bestPeak = search.peak();
            snapshot();
        } else if (!plan.lowerPeak && search.objective() < bestObjective && search.peak() <= out.before.peak) {
            bestObjective = search.objective();
            snapshot();
        }
    }

    int target = bestPeak - 1;
    const int stopLevel = std::max(out.lowerBound.value(), plan.stopLevel);
    auto setTarget = [&] {
        model.primaryLevel = target;
        model.primaryWeight = kHeavy;
        search.setCostModel(model);
    };
    if (plan.lowerPeak)
        setTarget();

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Improving")));
    int stagnant = 0;
    // Long lists get fewer idle passes: about 4000 evaluations without
    // progress, at least 3 passes.
    const int stagnationLimit =
        std::max(3, std::min(m_settings.stagnationPasses, 4000 / std::max<int>(1, int(movable.size()))));
    bool done = movable.isEmpty() || (plan.lowerPeak && target < stopLevel);
    while (!done && out.passes < m_settings.maxPasses) {
        shuffle(movable, rng);
        if (plan.model.shiftWeight > 0) {
            // Where moving costs, the less important jobs get the first
            // chance to make room, so the important ones stay put.
            std::stable_sort(movable.begin(), movable.end(),
                             [&](int a, int b) { return patterns.at(a).priority < patterns.at(b).priority; });
        }
        for (int j : std::as_const(movable)) {
            // Moves that cannot lower the excess still reshape the valleys
            // others move into; a quarter of them keeps that going cheaply.
            if (plan.lowerPeak && !search.touchesAbove(j, target) && rng() % 4 != 0)
                continue;
            search.unplace(j);
            search.place(j, search.bestPlacement(j, rng).first);
            if (progress.canceled()) {
                out.canceled = true;
                break;
            }
            if (m_settings.timeBudgetMs > 0 && timer.elapsed() > m_settings.timeBudgetMs) {
                out.timeBudgetReached = true;
                break;
            }
        }
        ++out.passes;
        progress.report(out.passes, m_settings.maxPasses);
        if (plan.lowerPeak) {
            const int peak = search.peak();
            if (peak < bestPeak) {
                bestPeak = peak;
                snapshot();
                target = peak - 1;
                setTarget();
                stagnant = 0;
            } else {
                ++stagnant;
            }
            done = target < stopLevel;
        } else {
            const qint64 objective = search.objective();
            if (objective < bestObjective && search.peak() <= out.before.peak) {
                bestObjective = objective;
                snapshot();
                stagnant = 0;
            } else {
                ++stagnant;
            }
        }
        if (stagnant >= stagnationLimit || out.canceled || out.timeBudgetReached)
            done = true;
    }

    // Undo moves that buy nothing: back at its original time, a job that
    // neither raises the peak reached nor costs more under the strategy's
    // model stays where the user put it.
    for (int j : std::as_const(movable)) {
        search.unplace(j);
        search.place(j, best.at(j));
    }
    if (plan.lowerPeak) {
        model.primaryLevel = std::min(bestPeak, search.peak());
        search.setCostModel(model);
    }
    std::sort(movable.begin(), movable.end());
    for (int j : std::as_const(movable)) {
        const PlacementSearch::Placement at = search.placementOf(j);
        if (at.dm == 0 && at.dh == 0)
            continue;
        search.unplace(j);
        const bool back = search.placementCost(j, {}) <= search.placementCost(j, at);
        search.place(j, back ? PlacementSearch::Placement{} : at);
        if (back)
            best[j] = {};
    }
    out.evaluations = search.evaluations();

    QVector<QVector<int>> finalFires;
    for (int j = 0; j < patterns.size(); ++j) {
        const JobPattern &p = patterns.at(j);
        const PlacementSearch::Placement at = best.at(j);
        finalFires.append(p.shape.fireMinutesOfDay(at.dm, at.dh));
        const bool moved = at.dm != 0 || at.dh != 0;
        out.schedules.append(moved ? p.shape.shiftedText(at.dm, at.dh) : jobs.at(j).schedule);
        if (out.schedules.last() != jobs.at(j).schedule)
            out.changes.append({j, jobs.at(j).schedule, out.schedules.last(), p.shape.displacement(at.dm, at.dh)});
    }
    out.after = measure(patterns, finalFires, fixed, m_horizon, metricsSettings, &out.loadAfter);
    return out;
}

} // namespace rulecast
