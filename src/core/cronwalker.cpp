#include "cronwalker.h"

#include "core/cronexpression.h"

namespace rulecast {

namespace {

// Far more than any valid standard expression needs between two fire times
// (Feb 29 across a skipped leap year takes a few hundred steps); it only
// stops a search that cannot succeed.
constexpr int StepLimit = 200000;

bool has(quint64 mask, int value) { return (mask >> value) & 1U; }

// Nearest set bit strictly above / below `value`, -1 if none.
int nextAbove(quint64 mask, int value)
{
    const quint64 above = value >= 63 ? 0 : mask & ~((quint64(2) << value) - 1);
    return above ? __builtin_ctzll(above) : -1;
}

int nextBelow(quint64 mask, int value)
{
    const quint64 below = value <= 0 ? 0 : mask & ((quint64(1) << value) - 1);
    return below ? 63 - __builtin_clzll(below) : -1;
}

} // namespace

CronWalker::CronWalker(const CronExpression &expression, const QTimeZone &zone, qint64 start)
    : m_zone(ZoneOffsets::forZone(zone)),
      m_cursor{WallClock(m_zone.get(), start)},
      m_minutes(expression.minutes().to_ullong()),
      m_hours(expression.hours().to_ullong()),
      m_daysOfMonth(expression.daysOfMonth().to_ullong()),
      m_months(expression.months().to_ullong()),
      m_daysOfWeek(expression.daysOfWeek().to_ullong()),
      m_domRestricted(expression.dayOfMonthRestricted()),
      m_dowRestricted(expression.dayOfWeekRestricted()),
      m_hourCount(int(expression.hours().count())),
      m_firstMinute(m_minutes ? __builtin_ctzll(m_minutes) : 0),
      m_lastMinute(m_minutes ? 63 - __builtin_clzll(m_minutes) : 0)
{
}

bool CronWalker::matchesDay(const WallClock &c) const
{
    if (m_domRestricted && m_dowRestricted)
        return has(m_daysOfMonth, c.day()) || has(m_daysOfWeek, c.weekday());
    if (m_domRestricted)
        return has(m_daysOfMonth, c.day());
    if (m_dowRestricted)
        return has(m_daysOfWeek, c.weekday());
    return true;
}

void CronWalker::move(WallClock &c, bool add, Unit unit)
{
    // Forward moves land on the start of the next unit; backward moves on the
    // last second of the previous one.
    switch (unit) {
    case Unit::Month:
        c.addCalendar(add ? 1 : -1, 0);
        if (!add)
            c.addCalendar(1, 0);
        c.startOfMonth();
        break;
    case Unit::Day:
        c.addCalendar(0, add ? 1 : -1);
        if (!add)
            c.addCalendar(0, 1);
        c.startOfDay();
        break;
    case Unit::Hour:
        if (add)
            c.addSeconds(3600);
        c.startOfHour();
        break;
    case Unit::Minute:
        if (add)
            c.addSeconds(60);
        c.startOfMinute();
        break;
    case Unit::Second:
        c.addSeconds(add ? 1 : -1);
        return;
    }
    if (!add)
        c.addSeconds(-1);
}

void CronWalker::apply(Cursor &c, bool add, Unit unit) const
{
    const bool everyHour = m_hourCount == 24;
    if (unit == Unit::Month || unit == Unit::Day) {
        move(c.clock, add, unit);
        // Skipped hours belong to the day that was left; but when the new day
        // itself starts after a gap (midnight skipped), its first hour stands
        // in for the skipped midnight.
        c.dstStart = c.dstLanding = -1;
        if (add && !everyHour && c.clock.hour() > 0) {
            c.dstStart = 0;
            c.dstLanding = c.clock.hour();
        }
        return;
    }
    const int previousHour = c.clock.hour();
    const int previousOffset = c.clock.offset();
    move(c.clock, add, unit);
    const int hour = c.clock.hour();
    const int advance = (hour - previousHour + 24) % 24;
    if (add && c.clock.offset() > previousOffset && advance >= 2) {
        // The clock jumped over at least one whole wall hour.
        if (!everyHour) {
            c.dstStart = (previousHour + 1) % 24;
            c.dstLanding = hour;
        }
    } else if (advance == 0 && c.clock.minute() == 0 && c.clock.second() == 0) {
        // Same wall hour again at :00:00 — the fall-back repeat began.
        if (!everyHour)
            c.dstEnd = hour;
    }
}

bool CronWalker::isTransitionDay(const WallClock &c)
{
    if (m_zone->isFixed())
        return false;
    if (c.localDays() == m_dstDayKey)
        return m_dstDay;
    WallClock first = c;
    first.startOfDay();
    WallClock last = c;
    last.addCalendar(0, 1);
    last.startOfDay();
    last.addSeconds(-1);
    m_dstDayKey = c.localDays();
    m_dstDay = first.offset() != last.offset();
    return m_dstDay;
}

bool CronWalker::matchHour(Cursor &c, bool reverse)
{
    const int hour = c.clock.hour();
    if (c.dstStart >= 0 && c.dstLanding == hour) {
        for (int skipped = c.dstStart; skipped != hour; skipped = (skipped + 1) % 24) {
            if (has(m_hours, skipped))
                return true;
        }
    }
    if (c.dstEnd == hour && !reverse) {
        // Fixed hours fire in the first pass of a repeated hour only.
        c.dstEnd = -1;
        apply(c, true, Unit::Hour);
        return false;
    }
    if (has(m_hours, hour))
        return true;
    c.dstStart = c.dstLanding = -1;
    const int target = reverse ? nextBelow(m_hours, hour) : nextAbove(m_hours, hour);
    if (target < 0) {
        apply(c, !reverse, Unit::Day);
        return false;
    }
    if (isTransitionDay(c.clock)) {
        // Setting the hour directly could land inside a gap or a repeat; step
        // so the DST bookkeeping above sees every change.
        const int steps = reverse ? hour - target : target - hour;
        for (int i = 0; i < steps; ++i) {
            apply(c, !reverse, Unit::Hour);
            if (!reverse && c.clock.hour() >= target)
                break;
            if (reverse && c.clock.hour() <= target)
                break;
        }
    } else if (c.clock.hour() != target) {
        c.clock.setTime(target, -1, -1);
    }
    const int minute = reverse ? m_lastMinute : m_firstMinute;
    if (c.clock.minute() != minute)
        c.clock.setTime(-1, minute, -1);
    if (c.clock.second() != 0)
        c.clock.setTime(-1, -1, 0);
    return false;
}

void CronWalker::moveToNextMinute(Cursor &c, bool reverse)
{
    const int minute = c.clock.minute();
    const int target = reverse ? nextBelow(m_minutes, minute) : nextAbove(m_minutes, minute);
    if (target >= 0) {
        c.clock.setTime(-1, target, -1);
        if (c.clock.second() != 0)
            c.clock.setTime(-1, -1, 0);
        return;
    }
    apply(c, !reverse, Unit::Hour);
    const int first = reverse ? m_lastMinute : m_firstMinute;
    if (c.clock.minute() != first)
        c.clock.setTime(-1, first, -1);
    if (c.clock.second() != 0)
        c.clock.setTime(-1, -1, 0);
}

std::optional<qint64> CronWalker::find(bool reverse)
{
    Cursor c = m_cursor;
    const qint64 start = c.clock.utc();
    const bool add = !reverse;
    for (int step = 0; step < StepLimit; ++step) {
        const WallClock &k = c.clock;
        if (!has(m_months, k.month())) {
            apply(c, add, Unit::Month);
            continue;
        }
        if (!matchesDay(k)) {
            apply(c, add, Unit::Day);
            continue;
        }
        if (!matchHour(c, reverse))
            continue;
        if (!has(m_minutes, c.clock.minute())) {
            moveToNextMinute(c, reverse);
            continue;
        }
        if (c.clock.second() != 0) {
            // Only second 0 fires: forward, go to the next minute.
            if (reverse) {
                c.clock.setTime(-1, -1, 0);
            } else {
                apply(c, true, Unit::Minute);
                if (c.clock.second() != 0)
                    c.clock.setTime(-1, -1, 0);
            }
            continue;
        }
        if (c.clock.utc() == start) {
            apply(c, add, Unit::Second);
            continue;
        }
        m_cursor = c;
        return c.clock.utc();
    }
    return std::nullopt;
}

} // namespace rulecast
