#pragma once

#include "../clicontext.h"

#include "core/optimizationstrategy.h"
#include "llm/llmtypes.h"

namespace rulecast::cli {

// optimize-resource-schedule without --jobs-file: the database's rules and
// predicted tasks (docs/optimizer.md, "Database mode").
struct DatabaseOptimizationOptions
{
    OptimizerSettings settings;
    qint64 windowStart = 0;
    int lookAheadHours = 24;
    bool dryRun = false;
    bool autoApply = false;
    llm::ModelChoice useModel = llm::ModelChoice::None;
};

int runDatabaseOptimization(CliContext &ctx, const DatabaseOptimizationOptions &options);

} // namespace rulecast::cli
