#pragma once

#include "core/cronexpression.h"
#include "core/result.h"

#include <QString>
#include <QVector>

#include <bitset>

namespace rulecast {

// The time-of-day shape of a cron rule (its minute and hour sets) with the
// day fields kept as written, so the optimizer can move a rule inside the day
// without changing how often it runs. A move is a rotation of the minute set
// by dm (mod 60) and of the hour set by dh (mod 24): each hour and each day
// keep exactly their number of runs, and the day-of-month, month and weekday
// fields are never touched. `*/5` rotated by 2 is `2-59/5`; `*/42` (fires at
// :00 and :42) rotated by 7 is `7,49` — still two runs an hour.
class CronShape
{
public:
    // From a parsed expression; the day fields keep their text (a @macro is
    // spelled out from its parsed fields: @daily is `0 0 * * *`).
    static Result<CronShape> fromExpression(const CronExpression &expression);

    const QString &originalText() const { return m_text; }
    const std::bitset<60> &minutes() const { return m_minutes; }
    const std::bitset<24> &hours() const { return m_hours; }
    const QVector<int> &minuteList() const { return m_minuteList; }
    const QVector<int> &hourList() const { return m_hourList; }

    // Smallest rotation that maps the set onto itself (a divisor of 60 / 24):
    // moves dm in [0, minutePeriod()) x dh in [0, hourPeriod()) are all the
    // distinct placements of the rule.
    int minutePeriod() const { return m_minutePeriod; }
    int hourPeriod() const { return m_hourPeriod; }
    // Repeat period of the fire pattern within the day, in minutes (divides 1440).
    int dayPatternPeriod() const { return m_dayPeriod; }
    int runsPerActiveDay() const { return int(m_minuteList.size() * m_hourList.size()); }
    int placementCount() const { return m_minutePeriod * m_hourPeriod; }

    // How far the move (dm, dh) displaces the rule's runs, in minutes: the
    // largest displacement of any run, measured the short way round the
    // pattern's repeat period (moving `*/5` by 3 is moving it 2 minutes earlier).
    int displacement(int dm, int dh) const;

    // The cron text after the move; the original text when nothing moves.
    // Fields that the move leaves unchanged keep their original spelling.
    QString shiftedText(int dm, int dh) const;

    // Minutes of the day (0..1439) at which the moved rule fires, ascending.
    QVector<int> fireMinutesOfDay(int dm, int dh) const;

    // The compact cron spelling of a set of values 0..max: `*`, `*/s`,
    // `a-max/s`, `a-b/s`, or a list of values and ranges.
    static QString formatField(const QVector<int> &values, int max);

private:
    QString m_text;
    QString m_minuteText;
    QString m_hourText;
    QString m_dayFields; // "dom month dow" as written
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    QVector<int> m_minuteList;
    QVector<int> m_hourList;
    int m_minutePeriod = 60;
    int m_hourPeriod = 24;
    int m_dayPeriod = 1440;
};

} // namespace rulecast
