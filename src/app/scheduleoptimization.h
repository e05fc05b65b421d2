#pragma once

#include "core/joboptimizer.h"
#include "core/localizedtext.h"
#include "core/progress.h"
#include "core/result.h"
#include "storage/optimizationstore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rulecast {

// "Optimize the database's schedule" (`rulecast-cli optimize-resource-schedule`
// without --jobs-file, the Optimization view): predictions first, then the
// enabled rules plus the predicted tasks of the window simulated against the
// capacity, moved by the strategy, stored as a run in optimization_results and
// applied when asked (docs/optimizer.md).
struct ScheduleOptimizationRequest
{
    QString databasePath;
    OptimizerSettings settings;
    qint64 windowStart = 0; // the look-ahead window starts here (UTC epoch seconds)
    int lookAheadHours = 24;
    bool generatePredictions = true; // run the predict use case first, storing its rows
    double predictionMinConfidence = 0.7;
    int maxPredictionsPerHour = 10;
    bool dryRun = false;    // store the run marked as a dry run, never apply
    bool autoApply = false; // apply when efficiency_gain >= autoApplyGain
    double autoApplyGain = 0.05;
    qint64 now = 0; // wall clock for created_at / applied_at
};

// How a rule enters the simulation.
struct ScheduleRuleInfo
{
    StoredRule rule;
    QString taskType;
    int durationMinutes = 0;
    QString durationSource; // "rule" (imported estimate), "history" (median of its type), "default"
    int historyRuns = 0;    // runs of the type behind a "history" duration
    int optimizerPriority = 0;
    bool simulated = false; // false: its cron cannot be read (see warnings)
};

struct RuleChange
{
    qint64 ruleId = 0;
    QString ruleName;
    QString oldCron;
    QString newCron;
    QString oldDescription;
    QString newDescription;
    int shiftMinutes = 0;
    int minuteRotation = 0; // the move: minutes rotated by dm, hours by dh
    int hourRotation = 0;
    QString reason;           // English: CLI, reports, prompts
    LocalizedText reasonText; // the same, re-renderable; empty for runs stored before it was kept

    // The reason in the user's language; the English one when there is no
    // reasonText (a run stored by an older version).
    QString localizedReason() const;
    // A change as optimization_results.changes stores it ("reason_text": the
    // LocalizedText JSON beside the English "reason"); a missing or damaged
    // reason_text leaves reasonText empty.
    static RuleChange fromStoredJson(const QJsonObject &o);
};

// Why a rule moved, as stored with the run and shown in the change table:
// "moved 274 min to flatten the load: where its runs start the load averages
// 1.0 instead of 1.5 (its own run included)"; the loads are the means at the
// minutes its runs start, after and before.
LocalizedText optimizationChangeReason(OptimizationStrategy strategy, int shiftMinutes, double loadAfter,
                                       double loadBefore);

struct ScheduleOptimizationReport
{
    void setNotAppliedReason(const LocalizedText &reason)
    {
        notAppliedReasonText = reason;
        notAppliedReason = reason.toEnglish();
    }

    qint64 runId = 0; // 0: nothing was stored (an empty schedule)
    OptimizerSettings settings;
    Horizon horizon;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    int lookAheadHours = 24;
    QVector<ScheduleRuleInfo> rules;
    QVector<StoredPrediction> predictions;  // unvalidated predictions in the window
    QVector<bool> predictionFollowsRule;    // true: the run of a simulated rule, moves with it
    QVector<int> ruleOfJob;                 // optimizer job index -> rules index
    OptimizationOutcome outcome;
    QVector<RuleChange> changes;
    QJsonObject improvementMetrics;
    double efficiencyGain = 0;
    bool dryRun = false;
    bool applied = false;
    ApplySummary applySummary;
    QString notAppliedReason;           // English (CLI)
    LocalizedText notAppliedReasonText; // the same in the reader's language (the Optimization view)
    int predictionsGenerated = -1; // -1: the predict use case did not run
    QStringList warnings;
    qint64 elapsedMs = 0;

    bool isEmpty() const { return ruleOfJob.isEmpty() && predictions.isEmpty(); }
    // Where a prediction would run after the optimization (its time when its rule did not move).
    qint64 optimizedTime(int prediction) const;
    // {"optimization_result": {...}, "predictive_schedules": [...]} (CLI.md)
    QJsonObject toJson() const;
};

Result<ScheduleOptimizationReport> runScheduleOptimization(const ScheduleOptimizationRequest &request,
                                                           const Progress &progress = {});

// Apply a stored run (the view's Apply button) / undo an applied one.
Result<ApplySummary> applyOptimization(const QString &databasePath, qint64 runId, qint64 now);
Result<ApplySummary> undoOptimization(const QString &databasePath, qint64 runId, qint64 now);
Result<QVector<OptimizationRecord>> listOptimizations(const QString &databasePath, int limit);

// banana-bun's rule priority (default 100, higher = more important) as the
// optimizer's 0..10 bound on how far a rule may move: 100 and below move
// freely, each further 10 points halve the allowed shift (110: 720 min, 120:
// 360 min, ... 200 and above: 1 min). keep_time pins a rule.
int optimizerPriorityFor(int rulePriority);

} // namespace rulecast
