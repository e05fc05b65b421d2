#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <algorithm>

namespace rulecast {

// One recurring job as the optimizer sees it: a cron rule, how long a run
// takes and what it needs. Job lists, crontabs and stored scheduling rules
// all become these.
struct ScheduledJob
{
    QString name;
    QString schedule;        // cron text (five fields or a @macro), UTC
    int durationMinutes = 1; // minutes a run occupies: ceil(estimation seconds / 60)
    int demand = 1;          // units of capacity a run holds (1 = one concurrent slot)
    // 0 may move anywhere in its period; priority p >= 1 may move at most
    // maxShiftForPriority(p) minutes (docs/optimizer.md).
    int priority = 0;
    bool pinned = false; // keepTime: never moves
};

// Work that cannot move but loads the machine, e.g. predicted one-off tasks.
struct FixedRun
{
    int startMinute = 0; // minutes since the horizon start
    int durationMinutes = 1;
    int demand = 1;
};

// The simulated window: whole UTC days from `startDate`, minute resolution.
// Runs fired before the start that are still going count (steady state);
// runs still going at the end are cut there.
struct Horizon
{
    QDate startDate;
    int days = 28;
    int minutes() const { return days * 1440; }
};

// How far a job of the given priority may move, in minutes; -1 = anywhere.
inline int maxShiftForPriority(int priority)
{
    if (priority <= 0)
        return -1;
    if (priority >= 11)
        return 0;
    return std::max(1, 1440 >> priority); // 1: 720 min, 2: 360, ... 10: 1
}

// Minutes a run of `seconds` occupies.
inline int durationMinutesFor(qint64 seconds)
{
    return seconds <= 0 ? 0 : int((seconds + 59) / 60);
}

} // namespace rulecast
