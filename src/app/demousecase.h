#pragma once

#include "core/progress.h"
#include "core/result.h"

#include <QString>

namespace rulecast {

// "Fill the database with a generated demo history" (the desktop app's first
// start and `rulecast-cli demo`). Deterministic for a seed and an end time.
struct DemoRequest
{
    QString databasePath;
    int days = 60;
    quint64 seed = 42;
    qint64 endTime = 0; // UTC epoch seconds; the history ends here (the caller passes "now")
};

struct DemoSummary
{
    qint64 tasksCreated = 0;
    qint64 firstStart = 0;
    qint64 lastStart = 0;
    qint64 elapsedMs = 0;
};

Result<DemoSummary> runDemo(const DemoRequest &request, const Progress &progress = {});

} // namespace rulecast
