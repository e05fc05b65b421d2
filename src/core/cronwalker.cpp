#include "cronwalker.h"

#include "core/cronexpression.h"
#include "core/timeformat.h"

namespace rulecast {

namespace {

// cron-parser's own loop limit. Every search it completes takes fewer steps
// (ours are step for step the same); beyond it, it has given up ("loop limit
// exceeded" — a wall time its date library cannot reach, mostly around Lord
// Howe's half-hour changes) and the plain day-by-day search takes over.
constexpr int ReferenceStepLimit = 10000;
// The plain search looks this many days ahead: Feb 29 can be 8 years away.
constexpr int SearchDays = 366 * 9;

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
      m_cursor{WallClock(m_zone, start)},
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
    // last second of the previous one, found the reference's way: step back
    // into the previous unit, then take the end of the unit it is in (from
    // March 31, back a month is February 28, and February ends on its last
    // day whatever the clamping).
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

void CronWalker::apply(Cursor &c, bool add, Unit unit)
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

// Forward month and day steps each land on a local midnight. Where that
// midnight has exactly one instant (no offset change within two days of it),
// the landing does not depend on the steps before it and no DST bookkeeping
// is set, so a run of steps collapses into one jump with the same result.
bool CronWalker::jumpTo(Cursor &c, int year, int month, int day)
{
    const qint64 target = timeformat::daysFromCivil(year, month, day) * 86400;
    const qint64 estimate = target - c.clock.offset();
    if (!m_zone->isSteady(estimate - 2 * 86400, estimate + 2 * 86400))
        return false;
    c.clock.setLocal(target);
    c.dstStart = c.dstLanding = -1;
    return true;
}

bool CronWalker::jumpToMonth(Cursor &c)
{
    const int month = nextAbove(m_months, c.clock.month());
    if (month > 0 && month <= 12)
        return jumpTo(c, c.clock.year(), month, 1);
    return jumpTo(c, c.clock.year() + 1, __builtin_ctzll(m_months), 1);
}

bool CronWalker::jumpToDay(Cursor &c)
{
    const WallClock &k = c.clock;
    const int length = timeformat::daysInMonth(k.year(), k.month());
    int weekday = k.weekday();
    for (int day = k.day() + 1; day <= length; ++day) {
        weekday = (weekday + 1) % 7;
        const bool dom = has(m_daysOfMonth, day), dow = has(m_daysOfWeek, weekday);
        const bool match = m_domRestricted && m_dowRestricted ? dom || dow
                           : m_domRestricted                  ? dom
                           : m_dowRestricted                  ? dow
                                                              : true;
        if (match)
            return jumpTo(c, k.year(), k.month(), day);
    }
    return k.month() == 12 ? jumpTo(c, k.year() + 1, 1, 1) : jumpTo(c, k.year(), k.month() + 1, 1);
}

std::optional<qint64> CronWalker::find(bool reverse)
{
    Cursor c = m_cursor;
    const qint64 start = c.clock.utc();
    const bool add = !reverse;
    for (int step = 1; step < ReferenceStepLimit; ++step) {
        const WallClock &k = c.clock;
        if (!has(m_months, k.month())) {
            if (!add || !jumpToMonth(c))
                apply(c, add, Unit::Month);
            continue;
        }
        if (!matchesDay(k)) {
            if (!add || !jumpToDay(c))
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
    const std::optional<qint64> t = plainSearch(start, reverse);
    if (t)
        m_cursor = Cursor{WallClock(m_zone, *t)};
    return t;
}

// Day by day over the wall calendar, each matching wall time mapped to its
// instant by the documented policy: a time in a gap moves forward by the gap;
// a repeated time fires at its first occurrence, or at both when the
// schedule runs every hour. Used only where the step-by-step search gives up.
std::optional<qint64> CronWalker::plainSearch(qint64 start, bool reverse)
{
    int hint = -1;
    auto offsetAt = [&](qint64 utc) { return m_zone->offsetAt(utc, hint); };
    const qint64 startDay = WallClock(m_zone, start).localDays();
    const bool everyHour = m_hourCount == 24;
    for (int i = -1; i <= SearchDays; ++i) {
        const qint64 day = reverse ? startDay + 1 - i : startDay - 1 + i;
        WallClock noon(m_zone, day * 86400 + 43200 - offsetAt(day * 86400 + 43200));
        if (!has(m_months, noon.month()) || !matchesDay(noon))
            continue;
        std::optional<qint64> best;
        for (int h = 0; h < 24; ++h) {
            if (!has(m_hours, h))
                continue;
            for (int m = 0; m < 60; ++m) {
                if (!has(m_minutes, m))
                    continue;
                const qint64 local = day * 86400 + h * 3600 + m * 60;
                const int early = offsetAt(local - 50400), late = offsetAt(local + 50400);
                qint64 instants[2];
                int count = 0;
                for (int o : {std::max(early, late), std::min(early, late)}) {
                    const qint64 t = local - o;
                    if (offsetAt(t) == o && (count == 0 || instants[0] != t))
                        instants[count++] = t;
                }
                if (count == 0)
                    instants[count++] = local - std::min(early, late); // in a gap
                if (count == 2 && !everyHour)
                    count = 1; // fixed hours: the first occurrence only
                for (int k = 0; k < count; ++k) {
                    const qint64 t = instants[k];
                    if (reverse ? t < start && (!best || t > *best) : t > start && (!best || t < *best))
                        best = t;
                }
            }
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

} // namespace rulecast
