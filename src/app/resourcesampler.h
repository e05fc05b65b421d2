#pragma once

#include "core/procstats.h"
#include "core/progress.h"
#include "core/resourcesample.h"
#include "core/result.h"

#include <QString>

#include <functional>

namespace rulecast {

// Rulecast's own resource sampler: system-wide CPU, memory, disk I/O and
// network measured from /proc every `intervalSeconds` and stored in
// resource_samples, where pattern analysis finds the recurring load peaks
// (docs/patterns.md, "Resource samples").
struct SampleRequest
{
    QString databasePath;
    int intervalSeconds = 60; // 1–3600
    int count = 1;            // samples to take; 0 = until canceled
    QString procRoot = QStringLiteral("/proc"); // another root for tests and containers
    QString host;             // empty: this machine's host name
    // Called with each stored sample (e.g. to print it).
    std::function<void(const ResourceSample &)> onSample;
};

struct SampleSummary
{
    int stored = 0;
    bool canceled = false;
};

// Reads stat, meminfo, diskstats and net/dev under `procRoot`. Missing
// diskstats or net/dev (some containers) leave those figures unmeasured;
// missing stat or meminfo is an error naming the file.
Result<ProcSnapshot> readProcSnapshot(const QString &procRoot);

// Takes the samples, storing each as soon as it is measured (so a sampler
// stopped after an hour keeps the hour). Cancel stops between samples.
Result<SampleSummary> runSampler(const SampleRequest &request, const Progress &progress = {});

} // namespace rulecast
