#pragma once

#include "core/result.h"
#include "report/reportdata.h"
#include "report/reporttables.h"

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace rulecast {

// The report as an A4 PDF: a summary page first (figures and what is
// missing), then one section per table with its heading, tables that break
// across pages repeating their header, and the load and calibration charts
// drawn as vector graphics by reportcharts (no images). Needs a
// QGuiApplication (fonts); may run on a worker thread. Returns the number of
// pages written to `device`.
Result<int> writePdfReport(const ReportData &data, const QList<ReportTable> &tables, QIODevice *device);

} // namespace rulecast
