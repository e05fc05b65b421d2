#pragma once

#include "core/predictor.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace rulecast {

// Pre-scheduling: predictions confident enough become real pending work in
// banana-bun's own tables, so its scheduler runs them without knowing about
// Rulecast (docs/prediction.md, "Pre-scheduling").
struct Prescheduler
{
    static constexpr double kMinConfidence = 0.9;

    // A one-shot cron expression for the minute of `epoch` in UTC:
    // "30 2 28 11 *" (banana-bun's cron has no year field; next_run_at and
    // the row's single template task pin the year).
    static QString oneShotCron(qint64 epoch);

    // For each prediction with probability >= minConfidence whose row in
    // predictive_schedules (same type and time) is not scheduled or validated
    // yet: inserts a pending `tasks` row, a `task_schedules` row
    // (is_predictive = 1) and sets is_scheduled = 1. Runs inside the caller's
    // transaction on `conn`; returns the ids of the tasks created. A rerun
    // finds the rows scheduled and creates nothing.
    // `minConfidence` is lowered only for predictions a user picked by hand
    // ("Schedule selected" in the Predictions view).
    static Result<std::vector<qint64>> schedule(QSqlDatabase &conn, const std::vector<SlotPrediction> &predictions,
                                                qint64 now, double minConfidence = kMinConfidence);
};

} // namespace rulecast
