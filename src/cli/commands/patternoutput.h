#pragma once

#include "../clicontext.h"
#include "core/activitypattern.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace rulecast::cli {

// How analyze-activity-patterns and view-detected-patterns print patterns:
// the JSON of CLI.md, a readable table, and the detailed form.
QJsonObject patternJson(const ActivityPattern &p);
QJsonArray patternsJson(const QList<ActivityPattern> &patterns);
void printPatternTable(CliContext &ctx, const QList<ActivityPattern> &patterns);
void printPatternDetails(CliContext &ctx, const QList<ActivityPattern> &patterns);
// A table cell: cut with an ellipsis or padded to `width`.
QString cell(QString text, int width);

} // namespace rulecast::cli
