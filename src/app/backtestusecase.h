#pragma once

#include "core/backtest.h"
#include "core/progress.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace rulecast {

// "Replay predict as of each day between two times and score it beside the
// naive baselines" (`rulecast-cli backtest`, the app's backtest view).
struct BacktestRequest
{
    QString databasePath;
    qint64 from = 0; // the day of `from` ...
    qint64 to = 0;   // ... through the day of `to`, both included
    int slotMinutes = 60;
};

struct BacktestReport
{
    BacktestResult result;
    qint64 tasksRead = 0;
    qint64 readMs = 0;
    qint64 replayMs = 0;

    // {"from", "to", "slot_minutes", "cells", "positives", "types",
    //  "models": [{"name", "description", "best_f1", "best_threshold", "brier",
    //  "calibration_error", "calibration_error_all_cells", "precision_at_0_7",
    //  "predictions_at_0_7", "log_loss", "calibration": [...]}],
    //  "days": [{"date", "cells", "positives", "brier": {model: x}, "best_f1": {...}}],
    //  "skipped_days": [...]}
    QJsonObject toJson() const;
};

Result<BacktestReport> runBacktest(const BacktestRequest &request, const Progress &progress = {});

} // namespace rulecast
