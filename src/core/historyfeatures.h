#pragma once

#include "core/activityindex.h"

#include <QString>
#include <QtGlobal>

#include <functional>
#include <vector>

namespace rulecast {

// One day to describe and the first day whose history is NOT visible: the
// features of `day` only read days before `cutoffDay` (as-of semantics; a
// look-ahead of several days predicts later days from an earlier cutoff).
struct FeatureTarget
{
    qint64 day = 0;
    qint64 cutoffDay = 0;
};

// The history-derived evidence that a task type starts in a slot of a day,
// as a fixed-length vector of numbers in [0, 1]. Computed in one sweep per
// (type, slot) over the indexed days, so the cost is O(types * slots * days)
// whatever the number of targets.
class HistoryFeatures
{
public:
    enum Feature {
        KindShare,          // recency-weighted share of same-kind days (weekday/weekend) with a start in the slot
        KindShare28,        // plain share over the same-kind days of the last 28 days
        KindNeighbourShare, // recency-weighted share in the neighbouring slots, same-kind days
        RecentShare,        // share over all recent days, short half-life
        LastDay,            // a start in the slot on the last day with any activity
        LastDayNeighbour,   // a start in a neighbouring slot that day
        TypeActiveLastDay,  // the type ran at all that day
        SameWeekdayShare,   // share of the last four same weekdays
        TypeActiveWeek,     // share of the last 7 observed days the type ran at all
        DaysSinceActive,    // days since the type last ran, log-scaled to [0, 1]
        KindShareLog,       // KindShare on a log scale: tells 0 from 1/50 as clearly as 1/2 from 1
        TypeDayRate,        // recency-weighted share of observed days the type ran at all
        LastDayLoad,        // how many slots the type used on the last observed day, log-scaled
        SystemTrend,        // all types' busy slots over the last observed week vs the four before, r/(1+r)
        TypeTrend,          // the same for this type
        ObservationGap,     // calendar days since the last observed day, log-scaled (after outages, holidays)
        KindStreak,         // consecutive latest same-kind days with a start in the slot, log-scaled
        Count
    };
    static QString name(int feature);

    struct Options
    {
        double halfLifeDays = 14.0;      // KindShare / KindNeighbourShare
        double recentHalfLifeDays = 3.0; // RecentShare
        int shareWindowDays = 28;        // KindShare28
    };

    using Sink = std::function<void(int type, int target, int slot, const double *features)>;

    // Calls `sink` for every type in `types` (every indexed type when empty),
    // every target and every slot of the day. Targets' cutoffs must lie in
    // [firstDay, endDay] of the index.
    static void compute(const ActivityIndex &index, const std::vector<FeatureTarget> &targets,
                        const Options &options, const std::vector<int> &types, const Sink &sink);

    // Counts behind an explanation, for one (type, day, slot) as of `cutoffDay`.
    struct Evidence
    {
        int kindDays = 0;      // same-kind observed days among the last 28
        int kindHits = 0;      // of those, days with a start in the slot
        bool weekend = false;
        int weekdayDays = 0;   // observed same weekdays among the last four
        int weekdayHits = 0;
        bool lastDayHit = false;
        qint64 lastDay = -1;   // the last observed day, -1 if none
    };
    static Evidence evidence(const ActivityIndex &index, int type, qint64 day, int slot, qint64 cutoffDay,
                             int windowDays = 28);
};

} // namespace rulecast
