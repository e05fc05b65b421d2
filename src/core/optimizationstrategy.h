#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>
#include <optional>

namespace rulecast {

enum class OptimizationStrategy { LoadBalancing, PeakMitigation, ResourceEfficiency, ConflictResolution };

// "load_balancing", "peak_mitigation", "resource_efficiency", "conflict_resolution"
// (the optimization_type stored and printed, as in banana-bun).
QString strategyName(OptimizationStrategy strategy);
std::optional<OptimizationStrategy> strategyFromName(const QString &name);

// What the optimizer is told besides the jobs.
struct OptimizerSettings
{
    OptimizationStrategy strategy = OptimizationStrategy::LoadBalancing;
    int capacity = 1; // demand units that can run at once (concurrent slots)
    double loadBalancingThreshold = 0.8;
    double peakMitigationThreshold = 0.9;
    double resourceEfficiencyTarget = 0.75;
    quint64 seed = 1;
    // The search stops at the lower bound, after `stagnationPasses` passes
    // without improvement (fewer for long lists: about 4000 evaluations, at
    // least 3 passes), or after `maxPasses` passes — all deterministic for a
    // seed. `timeBudgetMs` (0 = none) is a safety cap; hitting it is reported.
    int maxPasses = 300;
    int stagnationPasses = 12;
    int timeBudgetMs = 0;
};

// Per-minute cost of a load level, as the search sees it: heavily weighted
// excess over a primary level, a lighter weight over a secondary level, and
// optionally the square of the load (flatness). Cost is additive over minutes
// so one job's move is priced from the load without it.
struct LoadCostModel
{
    static constexpr qint64 kNone = std::numeric_limits<int>::max();

    qint64 primaryLevel = kNone;
    qint64 primaryWeight = 0;
    qint64 secondaryLevel = kNone;
    qint64 secondaryWeight = 0;
    qint64 ceilingLevel = kNone; // the peak before: never worse
    qint64 ceilingWeight = 0;
    qint64 squareWeight = 0;
    qint64 shiftWeight = 0; // per minute a job moves, times (1 + priority)

    // cost(load + units) - cost(load)
    qint64 marginal(qint64 load, qint64 units) const
    {
        qint64 c = 0;
        if (primaryWeight)
            c += primaryWeight * (excess(load + units, primaryLevel) - excess(load, primaryLevel));
        if (secondaryWeight)
            c += secondaryWeight * (excess(load + units, secondaryLevel) - excess(load, secondaryLevel));
        if (ceilingWeight)
            c += ceilingWeight * (excess(load + units, ceilingLevel) - excess(load, ceilingLevel));
        if (squareWeight)
            c += squareWeight * ((load + units) * (load + units) - load * load);
        return c;
    }
    static qint64 excess(qint64 load, qint64 level) { return load > level ? load - level : 0; }
};

} // namespace rulecast
