#pragma once

#include "core/activitypattern.h"
#include "core/result.h"
#include "core/taskrecord.h"
#include "storage/database.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace rulecast::test {

// A synthetic task history with known behaviour planted in it, for the
// pattern detector's tests: daily (one of them across midnight), weekly on
// Mon/Wed/Fri, monthly on the 15th, hourly, every 15 minutes in office hours,
// and "transform follows extract" — each with jitter and skipped occurrences —
// buried in many noise types that run at random times.
struct PlantedSpec
{
    quint64 seed = 1;
    qint64 start = 1798761600; // 2027-01-01T00:00:00Z
    int days = 30;
    int jitterMinutes = 4;     // runs start up to this many minutes off their time
    double skipRate = 0.1;     // share of occurrences that do not happen
    int noiseTypes = 15;       // types with runs at uniformly random times
    double maxNoisePerDay = 40.0;
    bool monthly = true;       // plant the monthly pattern (needs 3+ months to be seen)
};

struct PlantedPattern
{
    PatternKind kind;
    QStringList taskTypes;
    double minuteOfDay = -1;  // calendar patterns: the planted minute of the day
    int periodMinutes = 0;    // interval patterns
    QList<int> days;          // weekdays or days of month
    double delayMinutes = 0;  // correlation
};

struct PlantedHistory
{
    std::vector<TaskRecord> tasks; // sorted by start, ids from 1
    QList<PlantedPattern> planted;
    QStringList noiseTypes;
    qint64 end = 0; // first second after the history
};

PlantedHistory plantHistory(const PlantedSpec &spec);

// Writes the history into the database (taskrows.h's insertTasks): ids follow
// the order of `tasks` in an empty table.
Status insertPlanted(const Database &db, const PlantedHistory &history);

} // namespace rulecast::test
