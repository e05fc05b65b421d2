#pragma once

#include "core/joblist.h"
#include "core/joboptimizer.h"
#include "core/progress.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rulecast {

// Optimizing a job list file without any database: read a crontab or JSON
// job list, move its jobs, and write the same format back (docs/optimizer.md).
struct JobsFileRequest
{
    QString inputPath;
    QString outputPath; // empty: nothing is written
    std::optional<JobListFormat> format;
    std::optional<bool> userColumn;
    Horizon horizon;
    OptimizerSettings settings;
    // Write only when efficiency_gain reaches this share (auto-apply: 0.05); 0 = always.
    double minimumGainToWrite = 0;
};

struct JobsFileResult
{
    JobList list;
    OptimizationOutcome outcome;
    QVector<int> entryOfJob; // optimizer job index -> list entry index
    QVector<QString> schedules; // per list entry, after optimization
    bool written = false;
    QString notWrittenReason; // when an output was asked for but not written
    qint64 elapsedMs = 0;

    // {"id": null, "optimization_type", "improvement_metrics", "changes", "jobs_file", "horizon", "search"}
    QJsonObject toJson(const OptimizerSettings &settings, const Horizon &horizon, const QString &outputPath) const;
};

// Reads, optimizes and — when asked — writes atomically (a failure leaves the
// output file as it was). Errors name the file and line.
Result<JobsFileResult> optimizeJobsFile(const JobsFileRequest &request, const Progress &progress = {});

} // namespace rulecast
