#pragma once

#include "report/reporttables.h"

namespace rulecast {

// The report's result sections (reportTables() puts them after the inputs):
// optimization, optimization_metrics, optimization_changes, load_by_hour,
// load_by_minute (CSV only) ...
QList<ReportTable> optimizationTables(const ReportData &data);
// ... and prediction_accuracy, accuracy_by_type, calibration.
QList<ReportTable> accuracyTables(const ReportData &data);

} // namespace rulecast
