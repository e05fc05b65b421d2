#pragma once

#include "report/reporttables.h"

namespace rulecast {

// The report's result sections (reportTables() puts them after the inputs):
// optimization, optimization_metrics, optimization_changes, load_by_hour,
// load_by_minute (CSV only) ...
QList<ReportTable> optimizationTables(const ReportData &data);
// ... and prediction_accuracy, accuracy_by_type, calibration.
QList<ReportTable> accuracyTables(const ReportData &data);

// Stored code words for people: the code in an English report (as it always
// read), a translated label otherwise. A strategy id ("load_balancing") ...
QString reportStrategy(const QString &name);
// ... and a level: a conflict's severity or a run's impact tier ("high",
// "medium", "low", "minimal", "none").
QString reportLevel(const QString &level);

} // namespace rulecast
