#pragma once

#include "app/storedrunload.h"
#include "core/predictionscore.h"
#include "report/chartcanvas.h"

#include <QRectF>

#include <vector>

namespace rulecast {

// The report's charts, drawn on any ChartCanvas inside `area`. Colours are
// fixed for paper: a white page, dark text, the "before" series grey-blue,
// "after" orange, capacity dashed red. Each chart draws its own title,
// legend, axes and labels, and says so when it has nothing to show.
namespace reportcharts {

// Runs going at once over the simulated days, before and after, with the
// capacity and the look-ahead window shaded. Each point is the highest load
// in its bucket of minutes (buckets chosen so about 500 remain) so short
// peaks stay visible.
void drawLoadOverTime(ChartCanvas &canvas, const QRectF &area, const StoredRunLoad &load);

// The highest load in each hour of the day (UTC), before and after, as
// paired bars.
void drawLoadByHour(ChartCanvas &canvas, const QRectF &area, const StoredRunLoad &load);

// Reliability diagram: per confidence bin the share that came true (bar)
// against the diagonal of perfect calibration, with the bin's mean
// confidence as a dot and its prediction count above it.
void drawCalibration(ChartCanvas &canvas, const QRectF &area, const std::vector<CalibrationBin> &bins);

// Minutes per bucket drawLoadOverTime uses for a curve of `minutes` values.
int bucketMinutes(int minutes);

} // namespace reportcharts
} // namespace rulecast
