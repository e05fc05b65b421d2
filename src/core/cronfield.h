#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace rulecast {

// One of the five fields of a cron expression.
enum class CronField { Minute, Hour, DayOfMonth, Month, DayOfWeek };

// The result of reading one field: the matching values as a bit mask
// (day-of-week 7 folded onto 0 = Sunday) or what is wrong with it.
struct CronFieldValues
{
    quint64 mask = 0;
    // Written as a bare `*` (or `?`): the field places no restriction, which
    // matters for the day-of-month / day-of-week OR rule.
    bool unrestricted = false;
    QStringList errors;
    // Values listed more than once, each with its message. Kept apart from
    // `errors` because for the day of month the reference library forgives
    // a repeat of a day the only month listed does not have ("31" twice with
    // month 11); the caller decides.
    QList<QPair<int, QString>> repeats;
};

// Reads one field. Accepts what the cron-parser library accepts for standard
// expressions: numbers, `*`, ranges a-b, steps on `*`, ranges and single
// values (a/n = a-max/n), lists, month and weekday names in any case; a value
// listed twice is an error, as there. Every error names the field and token.
CronFieldValues parseCronField(CronField field, QStringView text);

QString cronFieldName(CronField field); // "minute", "day-of-week", ...
int cronFieldMin(CronField field);
int cronFieldMax(CronField field); // day-of-week: 7 (also Sunday)

} // namespace rulecast
