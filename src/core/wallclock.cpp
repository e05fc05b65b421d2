#include "wallclock.h"

#include "core/timeformat.h"

#include <algorithm>

namespace rulecast {

namespace {

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

// Seconds since the local epoch of a wall time; month and day may overflow
// (month 13, day 0) and carry like a calendar does.
qint64 localSeconds(int year, int month, int day, int hour, int minute, int second)
{
    const qint64 m0 = qint64(month) - 1;
    const qint64 y = year + floorDiv(m0, 12);
    const int m = int(m0 - floorDiv(m0, 12) * 12) + 1;
    const qint64 days = timeformat::daysFromCivil(int(y), m, 1) + (day - 1);
    return days * 86400 + hour * 3600 + minute * 60 + second;
}

} // namespace

WallClock::WallClock(const ZoneOffsets *zone, qint64 utc) : m_zone(zone)
{
    setUtc(utc, offsetAt(utc));
}

void WallClock::setUtc(qint64 utc, int offset)
{
    m_utc = utc;
    m_offset = offset;
    const qint64 local = utc + offset;
    const qint64 days = floorDiv(local, 86400);
    const int secs = int(local - days * 86400);
    m_hour = secs / 3600;
    m_minute = secs / 60 % 60;
    m_second = secs % 60;
    // Most moves stay on the same day: skip the calendar arithmetic then.
    if (days != m_localDays || m_year == 0) {
        m_localDays = days;
        timeformat::civilFromDays(days, m_year, m_month, m_day);
        m_weekday = int((days % 7 + 11) % 7); // 1970-01-01 was a Thursday
    }
}

void WallClock::resolveLocal(qint64 local, int guess)
{
    qint64 utcGuess = local - guess;
    const int o2 = offsetAt(utcGuess);
    if (o2 == guess) {
        setUtc(utcGuess, guess);
        return;
    }
    utcGuess -= o2 - guess;
    const int o3 = offsetAt(utcGuess);
    if (o2 == o3) {
        setUtc(utcGuess, o2);
        return;
    }
    // A wall time inside a gap: keep the smaller offset's instant, which
    // reads as the wall time shifted forward by the gap.
    setUtc(local - std::min(o2, o3), std::max(o2, o3));
}

void WallClock::addSeconds(qint64 seconds)
{
    const qint64 utc = m_utc + seconds;
    setUtc(utc, offsetAt(utc));
}

void WallClock::addCalendar(int months, int days)
{
    const int m = m_month + months;
    const qint64 m0 = m - 1;
    const int year = int(m_year + floorDiv(m0, 12));
    const int month = int(m0 - floorDiv(m0, 12) * 12) + 1;
    const int day = std::min(m_day, timeformat::daysInMonth(year, month)) + days;
    resolveLocal(localSeconds(year, month, day, m_hour, m_minute, m_second), m_offset);
}

void WallClock::setTime(int hour, int minute, int second)
{
    resolveLocal(localSeconds(m_year, m_month, m_day, hour < 0 ? m_hour : hour, minute < 0 ? m_minute : minute,
                              second < 0 ? m_second : second),
                 m_offset);
}

void WallClock::setDay(int day)
{
    resolveLocal(localSeconds(m_year, m_month, day, m_hour, m_minute, m_second), m_offset);
}

void WallClock::startOfMonth()
{
    resolveLocal(localSeconds(m_year, m_month, 1, 0, 0, 0), m_offset);
}

} // namespace rulecast
