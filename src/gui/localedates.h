#pragma once

#include <QLocale>
#include <QString>

namespace rulecast {

// Short date patterns for axis labels and compact cells, in the order and
// punctuation of a locale: German writes "28. Nov.", American English
// "Nov 28", British English "28 Nov". Qt offers only whole dates
// (QLocale::ShortFormat "28.11.26"), so these are taken from the locale's
// long format ("dddd, d. MMMM yyyy") by dropping the weekday and the year.
// Use them with QLocale::toString or as a QDateTimeAxis format (the chart
// renders it in the default locale).

// Day and abbreviated month: "d. MMM", "MMM d", "d MMM".
QString dayMonthFormat(const QLocale &locale = QLocale());
// Abbreviated month and year: "MMM yyyy".
QString monthYearFormat(const QLocale &locale = QLocale());
// Abbreviated weekday and day of the month: "ddd d." (German), "ddd d".
QString weekdayDayFormat(const QLocale &locale = QLocale());
// Weekday, day, month and time: "ddd d. MMM HH:mm" ("Fr. 27. Nov. 18:30"),
// "ddd MMM d HH:mm" ("Fri Nov 27 18:30").
QString weekdayDateTimeFormat(const QLocale &locale = QLocale());

} // namespace rulecast
