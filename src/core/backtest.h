#pragma once

#include "core/predictionscore.h"
#include "core/predictor.h"
#include "core/progress.h"
#include "core/result.h"
#include "core/taskrecord.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace rulecast {

struct BacktestOptions
{
    int slotMinutes = 60;
    int baselineWindowDays = 28; // the "share of the last N same-kind days" baseline
    PredictorOptions predictor;  // lookAheadHours and slotMinutes are set per day
};

struct BacktestModelScore
{
    QString name;
    QString description;
    PredictionScore score;
};

struct BacktestDay
{
    qint64 day = 0; // days since 1970-01-01 (UTC)
    qint64 cells = 0;
    qint64 positives = 0;
    std::vector<double> brier;  // per model, in the order of BacktestResult::models
    std::vector<double> bestF1; // per model, F1 over that day's cells alone
};

struct BacktestResult
{
    qint64 fromDay = 0;
    qint64 toDay = 0;
    int slotMinutes = 60;
    QStringList types; // the scored types: seen before the first scored day
    qint64 cells = 0;
    qint64 positives = 0;
    std::vector<BacktestModelScore> models; // Rulecast first, then the baselines
    std::vector<BacktestDay> days;
    std::vector<qint64> skippedDays; // days in range without any task (gaps in the record)
};

// Replays the predictor as of 00:00 UTC of each day in the range, one cell
// per (type, slot of that day), and scores it beside two baselines computed
// on the same cells: "same slot yesterday" (1 if the type started in that
// slot the calendar day before, else 0) and "share of the last 28 days of the
// same kind" (among the last 28 calendar days, the weekdays or weekend days
// like the predicted one, the share with a start in the slot). A cell is
// positive when a task of its type started in its slot. Days without any task
// at all are gaps in the record and are skipped (listed in skippedDays).
class Backtest
{
public:
    static constexpr const char *kRulecast = "rulecast";
    static constexpr const char *kYesterday = "same_slot_yesterday";
    static constexpr const char *kShare = "share_same_kind_28d";

    // Scores the days from the day of `from` through the day of `to`, both included.
    static Result<BacktestResult> run(const std::vector<TaskRecord> &tasks, qint64 from, qint64 to,
                                      const BacktestOptions &options, const Progress *progress = nullptr);

    // The last `count` days of `tasks` with at least one start: the protocol of
    // shared/data/README.md. Returns {firstDay, lastDay}, or {0, -1} when empty.
    static std::pair<qint64, qint64> lastObservedDays(const std::vector<TaskRecord> &tasks, int count);
};

} // namespace rulecast
