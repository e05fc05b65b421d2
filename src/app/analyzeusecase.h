#pragma once

#include "core/detectiontypes.h"
#include "core/patterndetector.h"
#include "core/progress.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace rulecast {

// "Analyze activity patterns" (phase 1) as the GUI and the CLI run it: opens
// its own connection (so it may run on a worker thread), reads the window's
// tasks in bulk, detects, and stores the patterns and the user profile in one
// transaction — or changes nothing.
struct AnalyzeRequest
{
    QString databasePath;
    qint64 asOf = 0;  // only tasks that started before this are used
    int days = 30;    // analysis_window_days
    DetectionOptions options;
    qint64 now = 0;   // wall clock for updated_at; defaults to asOf
};

struct AnalyzeResult
{
    PatternAnalysis analysis;       // what was detected (patterns carry their stored ids)
    QList<bool> created;            // per pattern: new row or merged into an earlier one
    QList<qint64> deactivatedIds;
    QStringList warnings;
    qint64 readMs = 0;
    qint64 detectMs = 0;
    qint64 storeMs = 0;
    bool canceled = false;          // nothing was stored

    // analysis_summary of the CLI's JSON (CLI.md).
    QJsonObject summaryJson() const;
};

Result<AnalyzeResult> runAnalysis(const AnalyzeRequest &request, const Progress &progress = {});

} // namespace rulecast
