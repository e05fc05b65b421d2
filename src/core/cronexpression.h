#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <bitset>
#include <optional>

namespace rulecast {

// A standard five-field cron expression (minute hour day-of-month month
// day-of-week) or one of the @macros, parsed once into bit sets and iterated
// field by field. Times are UTC epoch seconds; the zone says whose wall clock
// the fields describe. DST policy (docs/cron.md): like cron-parser and
// croniter, a wall time inside a skipped gap fires shifted forward by the gap,
// a schedule with fixed hours fires once in a repeated hour (first pass),
// one that runs every hour follows the wall clock through both passes.
class CronExpression
{
public:
    // Parses and validates. On failure the error lists every problem found,
    // one per line ("minute: 61 is out of range 0-59").
    static Result<CronExpression> parse(const QString &text);
    // Every problem with `text`, empty when it is valid.
    static QStringList validate(const QString &text);

    const QString &text() const { return m_text; }

    // First fire time strictly after `after`; nullopt if it never fires again.
    std::optional<qint64> next(qint64 after, const QTimeZone &zone) const;
    // Last fire time strictly before `before`.
    std::optional<qint64> previous(qint64 before, const QTimeZone &zone) const;
    QList<qint64> nextN(qint64 after, int count, const QTimeZone &zone) const;
    // All fire times t with from <= t < to.
    QList<qint64> between(qint64 from, qint64 to, const QTimeZone &zone) const;

    // The parsed fields, for code that reasons about a schedule's shape (the
    // optimizer moves minutes and hours while keeping the recurrence).
    const std::bitset<60> &minutes() const { return m_minutes; }
    const std::bitset<24> &hours() const { return m_hours; }
    const std::bitset<32> &daysOfMonth() const { return m_daysOfMonth; } // bit 1..31
    const std::bitset<13> &months() const { return m_months; }           // bit 1..12
    const std::bitset<7> &daysOfWeek() const { return m_daysOfWeek; }    // bit 0 = Sunday
    bool dayOfMonthRestricted() const { return m_domRestricted; }
    bool dayOfWeekRestricted() const { return m_dowRestricted; }

private:
    // Fills `out` from `text`; returns every problem found (empty = valid).
    static QStringList parseInto(const QString &text, CronExpression &out);

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth;
    std::bitset<13> m_months;
    std::bitset<7> m_daysOfWeek;
    bool m_domRestricted = false;
    bool m_dowRestricted = false;
};

} // namespace rulecast
