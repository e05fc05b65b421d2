#pragma once

#include "core/zoneoffsets.h"

#include <QtGlobal>

namespace rulecast {

// A moment seen on one zone's wall clock, moved the way calendar libraries
// move dates: hours, minutes and seconds are added as elapsed time; days and
// months are added on the calendar and the resulting wall time is mapped back
// to an instant. How that mapping resolves gaps and repeats decides every DST
// fire time, so it follows the widely used convention exactly (it is what
// cron-parser's date library does):
//   - the current offset is tried first, so a repeated wall time stays on the
//     side of the transition the clock is already on;
//   - a wall time inside a gap moves forward by the gap (02:30 -> 03:30).
// Seconds resolution; the cron engine never needs less.
class WallClock
{
public:
    WallClock(const ZoneOffsets *zone, qint64 utc);

    qint64 utc() const { return m_utc; }
    int offset() const { return m_offset; }
    int year() const { return m_year; }
    int month() const { return m_month; } // 1..12
    int day() const { return m_day; }     // 1..31
    int hour() const { return m_hour; }
    int minute() const { return m_minute; }
    int second() const { return m_second; }
    int weekday() const { return m_weekday; } // 0 = Sunday
    qint64 localDays() const { return m_localDays; }

    // Elapsed-time moves.
    void addSeconds(qint64 seconds);
    // Calendar moves: months first (day clamped to the month), then days;
    // the time of day is kept, then remapped to an instant.
    void addCalendar(int months, int days);
    // Replaces fields of the wall time (-1 keeps a field) and remaps.
    void setTime(int hour, int minute, int second);
    void setDay(int day);
    void startOfDay() { setTime(0, 0, 0); }
    void startOfHour() { setTime(-1, 0, 0); }
    void startOfMinute() { setTime(-1, -1, 0); }
    void startOfMonth();
    // Moves to a wall time given as seconds since the local epoch.
    void setLocal(qint64 localSeconds) { resolveLocal(localSeconds, m_offset); }

private:
    void setUtc(qint64 utc, int offset);
    // Maps a wall time (seconds since the local epoch) to an instant, trying
    // `guess` as the offset first.
    void resolveLocal(qint64 local, int guess);
    int offsetAt(qint64 utc) { return m_zone->offsetAt(utc, m_hint); }

    const ZoneOffsets *m_zone;
    int m_hint = -1;
    qint64 m_utc = 0;
    int m_offset = 0;
    qint64 m_localDays = 0;
    int m_year = 0, m_month = 1, m_day = 1, m_hour = 0, m_minute = 0, m_second = 0, m_weekday = 4;
};

} // namespace rulecast
