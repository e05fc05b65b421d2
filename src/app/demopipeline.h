#pragma once

#include "app/demousecase.h"
#include "core/progress.h"
#include "core/result.h"
#include "core/rulecastconfig.h"

#include <QJsonObject>
#include <QString>

namespace rulecast {

// The full demo (File → Create Demo History, the first-start offer,
// `rulecast --demo`, `rulecast-cli demo --full`): the generated history, then
// every phase run on it as of the history's end, so that each view and the
// dashboard have real content (docs/demo.md):
//   1. the demo history (runDemo),
//   2. analyze-activity-patterns over the configured window,
//   3. generate-scheduling-rules from the patterns, auto-enabled,
//   4. predictions as of each of the last `backfillDays` midnights before the
//      end's day (24 h each), then validate-predictions as of the end, so
//      past predictions carry hits and misses,
//   5. a prediction for the next 24 h from the end,
//   6. one balance-load optimization of that window, stored as a dry run.
// Every step is the existing use case; this only orders them. Steps commit
// one by one, so the pipeline snapshots the database first
// (DatabaseSnapshot) and puts it back on Cancel or on any failure: either the
// whole demo lands or the database is as it was. Deterministic for a seed,
// an end time and a config (row stamps use `now`).
struct DemoPipelineRequest
{
    DemoRequest demo;  // database, days, seed, end time of the history
    // Thresholds, capacity and pre-scheduling as the user configured them
    // (Settings().config()); capacity 0 counts as 1.
    RulecastConfig config = RulecastConfig::defaults();
    int backfillDays = 7; // 0-30: days of past predictions to validate
    qint64 now = 0;       // wall clock for the rows' timestamps; 0: demo.endTime
};

struct DemoPipelineSummary
{
    DemoSummary history;
    int patternsFound = 0;
    int rulesCreated = 0;
    qint64 predictionsBackfilled = 0; // rows stored by the past days' predictions
    qint64 predictionsValidated = 0;
    qint64 predictionsCameTrue = 0;
    qint64 predictionsNext24h = 0;    // kept by the prediction from the end
    qint64 optimizationRunId = 0;     // 0: nothing to optimize
    double efficiencyGain = 0;
    QStringList warnings;
    qint64 elapsedMs = 0;

    // {"tasks_created", "first_start", "last_start", "patterns_found",
    //  "rules_created", "predictions_backfilled", "predictions_validated",
    //  "predictions_came_true", "predictions_next_24h", "optimization_run_id",
    //  "efficiency_gain", "warnings", "elapsed_ms"}
    QJsonObject toJson() const;
};

// Progress: one overall 0..1000 scale across the steps; stages name the step
// and its use case's own stages. Canceled or failed: the error says so and the
// database holds exactly what it held before.
Result<DemoPipelineSummary> runDemoPipeline(const DemoPipelineRequest &request, const Progress &progress = {});

} // namespace rulecast
