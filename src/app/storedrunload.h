#pragma once

#include "core/result.h"
#include "storage/database.h"
#include "storage/optimizationstore.h"

#include <QStringList>
#include <QVector>

#include <array>

namespace rulecast {

// The minute-by-minute load of a stored optimization run, before and after.
// optimization_results keeps the schedule (rules with their cron and run
// length, predicted tasks with their time) rather than the load curve, so the
// curve is simulated again from those snapshots exactly as the optimizer did:
// the same rule patterns over the same simulated days, predicted tasks that
// are not a rule's run as fixed work (docs/reports.md).
struct StoredRunLoad
{
    qint64 startEpoch = 0; // UTC epoch seconds of the first minute (simulated_from)
    int days = 0;
    int capacity = 1;
    qint64 windowStart = 0; // the look-ahead window inside the simulated days
    qint64 windowEnd = 0;
    QVector<int> before;    // demand units in use per minute, days * 1440 values
    QVector<int> after;
    QStringList warnings;   // rules or predictions that could not be placed

    bool isEmpty() const { return before.isEmpty(); }
};

// Reads predicted-task run lengths the snapshot lacks (runs stored before the
// snapshot carried them) from predictive_schedules through `db`.
Result<StoredRunLoad> replayStoredRunLoad(const Database &db, const OptimizationRecord &record);

// Per hour of the day (0-23, UTC), the highest and the mean load of a curve
// of whole days.
struct HourOfDayLoad
{
    std::array<int, 24> peak{};
    std::array<double, 24> mean{};
};
HourOfDayLoad loadByHourOfDay(const QVector<int> &minuteLoad);

} // namespace rulecast
