#pragma once

#include "core/predictor.h"
#include "core/taskrecord.h"

#include <QtGlobal>

#include <vector>

namespace rulecast {

// The expected load of one hour: how many tasks start in it and what they
// demand. `tasks` is the median of the predicted count (the forecast that
// minimises absolute error — start counts are skewed: most hours are quiet,
// a few burst), `expectedTasks` the mean, `tasksP90` the 90th percentile.
// `cpu` and `memoryMb` are the expected summed demand (cpu_percent, memory_mb
// columns) of the tasks starting in the hour.
struct HourLoad
{
    qint64 start = 0;
    double tasks = 0;
    double expectedTasks = 0;
    double tasksP90 = 0;
    double cpu = 0;
    double memoryMb = 0;
};

// Turns per-(type, slot) start probabilities into a distribution of the
// number of starts per hour: each type contributes, with its probability,
// a count drawn from its own recent tasks-per-busy-slot histogram; the
// contributions are convolved exactly while the total stays small and
// approximated by a normal distribution beyond (many independent types).
class LoadForecast
{
public:
    struct Options
    {
        int historyDays = 28; // window for the per-type count and demand statistics
    };

    static std::vector<HourLoad> compute(const PredictionSet &predictions, const std::vector<TaskRecord> &history,
                                         const Options &options);
    static std::vector<HourLoad> compute(const PredictionSet &predictions, const std::vector<TaskRecord> &history)
    {
        return compute(predictions, history, Options());
    }

    // The baselines the forecast is judged against (docs/prediction.md).
    // Hourly start counts for `hours` hours from `start`, from history before `start`:
    static std::vector<double> sameHourYesterday(const std::vector<TaskRecord> &history, qint64 start, int hours);
    // Additive Holt-Winters with a weekly season of 168 hours (alpha 0.2,
    // beta 0, gamma 0.1) run over the hourly counts before `start`.
    static std::vector<double> holtWintersWeekly(const std::vector<TaskRecord> &history, qint64 start, int hours);
};

} // namespace rulecast
