#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace rulecast {

// The time formats Rulecast reads and writes. Everything inside is UTC epoch
// seconds; text appears only at the edges.
namespace timeformat {

// 'YYYY-MM-DD HH:MM:SS' in UTC: how banana-bun stores times, so SQLite's
// julianday() and strftime() work on our rows too.
QString toSqlTime(qint64 epochSeconds);

// The same 19 characters written into `out` (no terminator), for bulk writers
// that bind text straight to SQLite without a QString per value.
constexpr int SqlTimeLength = 19;
void writeSqlTime(qint64 epochSeconds, char *out);

// ISO-8601 with an explicit offset, always 'Z': '2027-01-04T09:30:00Z'.
QString toIsoUtc(qint64 epochSeconds);

// ISO-8601 as the wall clock of a zone reads it, with that zone's offset:
// '2027-03-28T03:30:00+02:00'; a zero offset is written 'Z'.
QString toIsoWithOffset(qint64 epochSeconds, int offsetSeconds);

// Accepts ISO-8601 ('T' or ' ' between date and time, optional seconds,
// optional fraction, optional 'Z' or ±HH[:MM] offset; none means UTC) and a
// bare date 'YYYY-MM-DD' (midnight UTC). Hand-written rather than
// QDateTime::fromString because bulk imports parse millions of these.
std::optional<qint64> parse(QStringView text);
// The same rules over UTF-8 / Latin-1 bytes (CSV and JSON imports).
std::optional<qint64> parseUtf8(const char *data, qsizetype length);

// Days since 1970-01-01 for a civil date (proleptic Gregorian), and back.
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int &year, int &month, int &day);
bool isLeapYear(int year);
int daysInMonth(int year, int month); // month 1..12

} // namespace timeformat
} // namespace rulecast
