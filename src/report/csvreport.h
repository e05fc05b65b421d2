#pragma once

#include "report/reporttables.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rulecast {

// The report as CSV (RFC 4180: CRLF line ends, fields with a comma, quote,
// CR or LF quoted, quotes doubled; UTF-8). Every table becomes a section:
//   section,<id>
//   <column keys>
//   <rows>
//   <an empty line>
// Numbers use a dot and no thousands separator; times are ISO-8601 UTC;
// shares are fractions (0.8730), not percentages; no value is an empty field.
// The tables' texts (labels, rule schedules, statuses) are in the language
// they were built in: writeReport() builds them inside an English scope, so
// the CSV reads the same from the CLI and from a German desktop session.
QByteArray csvReport(const QList<ReportTable> &tables);

// One CSV record (without the line end), quoting as above.
QString csvRecord(const QStringList &fields);

} // namespace rulecast
