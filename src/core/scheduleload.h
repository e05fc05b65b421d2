#pragma once

#include "core/cronexpression.h"
#include "core/cronshift.h"
#include "core/result.h"
#include "core/scheduledjob.h"

#include <QVector>

namespace rulecast {

// Everything the minute simulation needs about one job, computed once from
// its cron rule: on which days of the horizon it fires (the day fields never
// change) and its time-of-day shape (which the optimizer rotates).
struct JobPattern
{
    CronShape shape;
    // Day indexes relative to the horizon start on which the job fires,
    // ascending; negative ones are the days before the start whose runs are
    // still going at the start.
    QVector<int> activeDays;
    bool everyDay = false; // fires on every day, including the carry-in days
    int duration = 1;
    int demand = 1;
    int runsInHorizon = 0; // runs starting inside the horizon (same for every placement)
    int priority = 0;
    int maxShift = -1;     // minutes, -1 = anywhere in its period
    bool movable = false;  // not pinned, has another placement, allowed to shift
    bool neverFires = false; // a valid rule whose days never exist (30 February): kept as is
};

// Parses a job's rule. A rule the engine refuses only because its days never
// exist (`0 0 30 2 *`) parses with `neverFires` set: a valid crontab line
// that never runs.
Result<CronExpression> parseJobRule(const QString &schedule, bool *neverFires);

// Builds the pattern of `job` over `horizon`; fails with a message naming the
// problem when the rule does not parse or has no time of day (@reboot).
Result<JobPattern> buildJobPattern(const ScheduledJob &job, const Horizon &horizon);

// How many days before the horizon start a run of `duration` minutes can
// still reach into it.
int carryInDays(int duration);

// The load of a schedule: demand units in use in every minute of the horizon.
class ScheduleLoad
{
public:
    explicit ScheduleLoad(int days = 28);

    // Adds (sign +1) or removes (-1) the runs of a job whose runs start at
    // `fireMinutes` (minutes of the day) on each of its active days.
    void addRuns(const JobPattern &pattern, const QVector<int> &fireMinutes, int sign);
    void addFixed(const FixedRun &run, int sign);

    int days() const { return m_days; }
    int minutes() const { return int(m_load.size()); }
    const QVector<int> &values() const { return m_load; }
    int at(int minute) const { return m_load.at(minute); }
    int peak() const;

private:
    int m_days;
    QVector<int> m_load;
};

// Calls `visit(begin, end)` for each run's clipped minute range [begin, end)
// inside [0, horizonMinutes). Shared by the load, the metrics and the search
// so they all agree on what a run occupies.
template <typename Visit>
void forEachRunRange(const JobPattern &pattern, const QVector<int> &fireMinutes, int horizonMinutes,
                     Visit &&visit)
{
    for (int day : pattern.activeDays) {
        const int base = day * 1440;
        for (int f : fireMinutes) {
            const int begin = std::max(0, base + f);
            const int end = std::min(horizonMinutes, base + f + pattern.duration);
            if (begin < end)
                visit(begin, end);
        }
    }
}

} // namespace rulecast
