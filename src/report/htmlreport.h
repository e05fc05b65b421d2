#pragma once

#include "report/reportdata.h"
#include "report/reporttables.h"

#include <QByteArray>

namespace rulecast {

// The report as one self-contained HTML file (UTF-8): inline CSS, the charts
// as inline SVG drawn by the same chart painter as the PDF, every text from
// the database escaped. No scripts, no external resources.
QByteArray htmlReport(const ReportData &data, const QList<ReportTable> &tables);

} // namespace rulecast
