#pragma once

#include "core/wallclock.h"
#include "core/zoneoffsets.h"

#include <QTimeZone>

#include <memory>
#include <optional>

namespace rulecast {

class CronExpression;

// Walks the fire times of one expression on one zone's wall clock, from a
// start instant, forwards or backwards. It jumps field by field (month, day,
// hour, minute) and keeps a little state between fire times: when a DST
// change skipped hours, the hour it landed on stands in for the skipped ones
// (02:30 fires at 03:30 when 02:00 jumps to 03:00); when a fall-back repeats
// an hour, a schedule with fixed hours skips the repetition while one that
// runs every hour follows the wall clock through both. These are exactly the
// cron-parser (v5) / croniter semantics, checked against vectors generated
// from cron-parser (tests/data/cron).
class CronWalker
{
public:
    CronWalker(const CronExpression &expression, const QTimeZone &zone, qint64 start);

    // The next fire time after the previous answer (or after `start`).
    std::optional<qint64> next() { return find(false); }
    // The fire time before the previous answer (or before `start`).
    std::optional<qint64> previous() { return find(true); }

private:
    enum class Unit { Month, Day, Hour, Minute, Second };
    struct Cursor
    {
        WallClock clock;
        int dstStart = -1;   // first wall hour a DST change skipped, -1 none
        int dstLanding = -1; // the hour the clock landed on after the gap
        int dstEnd = -1;     // an hour that just repeated, -1 none
    };

    std::optional<qint64> find(bool reverse);
    bool matchesDay(const WallClock &c) const;
    bool matchHour(Cursor &c, bool reverse);
    void moveToNextMinute(Cursor &c, bool reverse);
    void apply(Cursor &c, bool add, Unit unit);
    static void move(WallClock &c, bool add, Unit unit);
    bool isTransitionDay(const WallClock &c);
    std::optional<qint64> plainSearch(qint64 start, bool reverse);
    bool jumpTo(Cursor &c, int year, int month, int day);
    bool jumpToMonth(Cursor &c);
    bool jumpToDay(Cursor &c);

    const ZoneOffsets *m_zone;
    Cursor m_cursor;
    quint64 m_minutes, m_hours, m_daysOfMonth, m_months, m_daysOfWeek;
    bool m_domRestricted, m_dowRestricted;
    int m_hourCount;
    int m_firstMinute, m_lastMinute;
    qint64 m_dstDayKey = std::numeric_limits<qint64>::min();
    bool m_dstDay = false;
};

} // namespace rulecast
