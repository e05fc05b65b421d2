#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace rulecast {

class Database;

// An enabled scheduling rule as the database optimizer reads it.
struct StoredRule
{
    qint64 id = 0;
    QString name;
    QString cron;
    QString updatedAt;
    int priority = 100;                    // banana-bun's priority (default 100)
    qint64 estimatedDurationSeconds = -1;  // imported job definitions; -1 unknown
    bool keepTime = false;
    QString actionData;                    // first enabled rule action, for the task type
};

// A predicted task not yet validated (actual_execution_time IS NULL).
struct StoredPrediction
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString taskType;
    qint64 time = 0; // predicted_execution_time, epoch seconds
    double confidence = 0;
    QString resources; // resource_requirements JSON text
};

// One run of the database optimizer (a row of optimization_results).
struct OptimizationRecord
{
    qint64 id = 0;
    QString optimizationType;
    QJsonObject originalSchedule;
    QJsonObject optimizedSchedule;
    QJsonObject improvementMetrics;
    // [{rule_id, rule_name, old_cron, new_cron, ..., minute_rotation, hour_rotation}]
    QJsonArray changes;
    QString appliedAt; // empty: not applied
    QString undoneAt;  // empty: not undone
    QString createdAt;
    bool success = false;
    QString errorMessage;
    bool dryRun = false;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    QJsonObject appliedRows; // what apply changed, with the values before and after
    // Schema step 9; -1 / empty for runs stored before it.
    qint64 elapsedMs = -1;     // response time: request to stored row
    qint64 runsProcessed = -1; // runs the simulation placed (throughput = runsProcessed / elapsed)
    QVector<int> loadBefore;   // per-minute load from the horizon's first day, 00:00 UTC
    QVector<int> loadAfter;    // (stored as run-length pairs [[load, minutes], …])
};

struct ApplySummary
{
    qint64 rules = 0;
    qint64 taskSchedules = 0;
    qint64 predictions = 0;
    QString stamp; // applied_at / undone_at
};

// A time moved like its rule: hour rotated by dh, minute by dm, the date kept
// (moves never leave the day, docs/optimizer.md).
qint64 rotateWithinDay(qint64 epochSeconds, int dm, int dh);

// optimization_results and the rows an optimization rewrites
// (scheduling_rules, task_schedules, predictive_schedules). Uses the calling
// thread's connection; apply and undo are one transaction each.
class OptimizationStore
{
public:
    explicit OptimizationStore(const Database &db) : m_db(db) {}

    Result<QVector<StoredRule>> enabledRules() const;
    Result<QVector<StoredPrediction>> predictions(qint64 from, qint64 until) const;

    Result<qint64> insert(const OptimizationRecord &record, qint64 now) const;
    Result<OptimizationRecord> find(qint64 id) const;
    // Newest first.
    Result<QVector<OptimizationRecord>> list(int limit) const;

    // Rewrites the changed rules' cron_expression, their task_schedules rows
    // (cron and next_run_at) and their predicted tasks in the run's window,
    // and stamps applied_at. Refuses when a rule changed since the run.
    Result<ApplySummary> apply(qint64 id, qint64 now) const;
    // Puts back exactly what apply changed and stamps undone_at. Refuses when
    // the run was never applied, was undone already, or a rule was edited
    // after it was applied.
    Result<ApplySummary> undo(qint64 id, qint64 now) const;

private:
    const Database &m_db;
};

} // namespace rulecast
