#include "optimizationstore.h"

#include "core/cronexpression.h"
#include "core/timeformat.h"
#include "database.h"
#include "core/phrase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace rulecast {

namespace {

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString compact(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }
QJsonObject object(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }
QJsonArray array(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).array(); }
// NULL stays NULL through a snapshot (a JSON null), so undo writes back exactly what was there.
QJsonValue nullable(const QVariant &v) { return v.isNull() ? QJsonValue() : QJsonValue(v.toString()); }
QVariant sqlValue(const QJsonValue &v) { return v.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v.toString()); }

// A load curve as JSON run-length pairs [[load, minutes], …]: a day's curve
// is mostly idle minutes, and banana-bun's `SELECT * FROM optimization_results`
// (the seed guide's debug query) should stay readable. NULL when there is none.
QVariant loadText(const QVector<int> &load)
{
    if (load.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    QJsonArray runs;
    for (qsizetype i = 0; i < load.size();) {
        qsizetype j = i;
        while (j < load.size() && load.at(j) == load.at(i))
            ++j;
        runs.append(QJsonArray{load.at(i), qint64(j - i)});
        i = j;
    }
    return compact(runs);
}

QVector<int> loadFrom(const QVariant &v)
{
    QVector<int> out;
    if (v.isNull())
        return out;
    for (const QJsonValue &pair : array(v)) {
        const QJsonArray run = pair.toArray();
        const int value = run.at(0).toInt();
        // A hand-edited row cannot make this allocate without bound: at most a year of minutes.
        const qint64 minutes = std::clamp<qint64>(run.at(1).toInteger(), 0, 366 * 1440 - out.size());
        out.insert(out.size(), minutes, value);
    }
    return out;
}
QVariant countOrNull(qint64 v) { return v >= 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong)); }

const char *const kRecordColumns =
    "id, optimization_type, original_schedule, optimized_schedule, improvement_metrics, applied_at, success, "
    "error_message, created_at, changes, dry_run, undone_at, window_start, window_end, applied_rows, elapsed_ms, "
    "runs_processed, load_before, load_after";

OptimizationRecord readRecord(const QSqlQuery &q)
{
    OptimizationRecord r;
    r.id = q.value(0).toLongLong();
    r.optimizationType = q.value(1).toString();
    r.originalSchedule = object(q.value(2));
    r.optimizedSchedule = object(q.value(3));
    r.improvementMetrics = object(q.value(4));
    r.appliedAt = q.value(5).toString();
    r.success = q.value(6).toBool();
    r.errorMessage = q.value(7).toString();
    r.createdAt = q.value(8).toString();
    r.changes = array(q.value(9));
    r.dryRun = q.value(10).toBool();
    r.undoneAt = q.value(11).toString();
    r.windowStart = timeformat::parse(q.value(12).toString()).value_or(0);
    r.windowEnd = timeformat::parse(q.value(13).toString()).value_or(0);
    r.appliedRows = object(q.value(14));
    r.elapsedMs = q.value(15).isNull() ? -1 : q.value(15).toLongLong();
    r.runsProcessed = q.value(16).isNull() ? -1 : q.value(16).toLongLong();
    r.loadBefore = loadFrom(q.value(17));
    r.loadAfter = loadFrom(q.value(18));
    return r;
}

template <typename T>
Result<T> sqlFailure(const QString &what, const QSqlQuery &q)
{
    return Result<T>::failure(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

} // namespace

qint64 rotateWithinDay(qint64 epochSeconds, int dm, int dh)
{
    const qint64 day = epochSeconds - ((epochSeconds % 86400) + 86400) % 86400;
    const qint64 secondOfDay = epochSeconds - day;
    const int hour = int(secondOfDay / 3600);
    const int minute = int(secondOfDay / 60) % 60;
    const int second = int(secondOfDay % 60);
    return day + qint64((hour + dh) % 24) * 3600 + qint64((minute + dm) % 60) * 60 + second;
}

Result<QVector<StoredRule>> OptimizationStore::enabledRules() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT r.id, r.rule_name, r.cron_expression, r.updated_at, r.priority, r.estimated_duration_seconds, "
            "r.keep_time, (SELECT a.action_data FROM rule_actions a WHERE a.rule_id = r.id AND a.is_enabled "
            "ORDER BY a.order_index LIMIT 1) FROM scheduling_rules r WHERE r.is_enabled ORDER BY r.id")))
        return sqlFailure<QVector<StoredRule>>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "reading scheduling_rules")), q);
    QVector<StoredRule> rules;
    while (q.next()) {
        StoredRule r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.cron = q.value(2).toString();
        r.updatedAt = q.value(3).toString();
        r.priority = q.value(4).isNull() ? 100 : q.value(4).toInt();
        r.estimatedDurationSeconds = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        r.keepTime = q.value(6).toBool();
        r.actionData = q.value(7).toString();
        rules.append(r);
    }
    return rules;
}

Result<QVector<StoredPrediction>> OptimizationStore::predictions(qint64 from, qint64 until) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, rule_id, predicted_task_type, predicted_execution_time, confidence_score, resource_requirements "
        "FROM predictive_schedules WHERE actual_execution_time IS NULL AND predicted_execution_time >= ? "
        "AND predicted_execution_time < ? ORDER BY predicted_execution_time, id"));
    q.addBindValue(timeformat::toSqlTime(from));
    q.addBindValue(timeformat::toSqlTime(until));
    if (!q.exec())
        return sqlFailure<QVector<StoredPrediction>>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "reading predictive_schedules")), q);
    QVector<StoredPrediction> out;
    while (q.next()) {
        StoredPrediction p;
        p.id = q.value(0).toLongLong();
        p.ruleId = q.value(1).toLongLong();
        p.taskType = q.value(2).toString();
        const std::optional<qint64> t = timeformat::parse(q.value(3).toString());
        if (!t)
            continue; // a row another program wrote with an unreadable time cannot be placed
        p.time = *t;
        p.confidence = q.value(4).toDouble();
        p.resources = q.value(5).toString();
        out.append(p);
    }
    return out;
}

Result<qint64> OptimizationStore::insert(const OptimizationRecord &r, qint64 now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO optimization_results (optimization_type, original_schedule, optimized_schedule, "
        "improvement_metrics, success, error_message, created_at, changes, dry_run, window_start, window_end, "
        "elapsed_ms, runs_processed, load_before, load_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.optimizationType);
    q.addBindValue(compact(r.originalSchedule));
    q.addBindValue(compact(r.optimizedSchedule));
    q.addBindValue(compact(r.improvementMetrics));
    q.addBindValue(r.success ? 1 : 0);
    q.addBindValue(r.errorMessage.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.errorMessage));
    q.addBindValue(timeformat::toSqlTime(now));
    q.addBindValue(compact(r.changes));
    q.addBindValue(r.dryRun ? 1 : 0);
    q.addBindValue(timeformat::toSqlTime(r.windowStart));
    q.addBindValue(timeformat::toSqlTime(r.windowEnd));
    q.addBindValue(countOrNull(r.elapsedMs));
    q.addBindValue(countOrNull(r.runsProcessed));
    q.addBindValue(loadText(r.loadBefore));
    q.addBindValue(loadText(r.loadAfter));
    if (!q.exec())
        return sqlFailure<qint64>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "writing optimization_results")), q);
    return q.lastInsertId().toLongLong();
}

Result<OptimizationRecord> OptimizationStore::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM optimization_results WHERE id = ?").arg(QLatin1String(kRecordColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure<OptimizationRecord>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "reading optimization_results")), q);
    if (!q.next())
        return Result<OptimizationRecord>::failure(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "no optimization run #%1")).arg(id));
    return readRecord(q);
}

Result<QVector<OptimizationRecord>> OptimizationStore::list(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM optimization_results ORDER BY created_at DESC, id DESC LIMIT ?")
                  .arg(QLatin1String(kRecordColumns)));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlFailure<QVector<OptimizationRecord>>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "reading optimization_results")), q);
    QVector<OptimizationRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Result<ApplySummary> OptimizationStore::apply(qint64 id, qint64 now) const
{
    using R = Result<ApplySummary>;
    Result<OptimizationRecord> found = find(id);
    if (!found)
        return R::failure(found.error());
    const OptimizationRecord &run = *found;
    if (!run.undoneAt.isEmpty())
        return R::failure(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "optimization run #%1 was applied and undone (%2); run the optimizer again"))
                              .arg(id).arg(run.undoneAt));
    if (!run.appliedAt.isEmpty())
        return R::failure(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "optimization run #%1 is already applied (%2)")).arg(id).arg(run.appliedAt));
    if (run.changes.isEmpty())
        return R::failure(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "optimization run #%1 changes nothing; there is nothing to apply")).arg(id));

    QSqlDatabase conn = m_db.connection();
    Transaction transaction(conn);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    ApplySummary summary;
    summary.stamp = timeformat::toSqlTime(now);
    QJsonArray rules, schedules, predictions;
    QSqlQuery rule(conn), update(conn), rows(conn), updateRow(conn);
    for (const QJsonValue &v : run.changes) {
        const QJsonObject c = v.toObject();
        const qint64 ruleId = c.value(QLatin1String("rule_id")).toInteger();
        const QString ruleName = c.value(QLatin1String("rule_name")).toString();
        const QString oldCron = c.value(QLatin1String("old_cron")).toString();
        const QString newCron = c.value(QLatin1String("new_cron")).toString();
        const int dm = c.value(QLatin1String("minute_rotation")).toInt();
        const int dh = c.value(QLatin1String("hour_rotation")).toInt();
        rule.prepare(QStringLiteral("SELECT cron_expression, updated_at FROM scheduling_rules WHERE id = ?"));
        rule.addBindValue(ruleId);
        if (!rule.exec())
            return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "reading scheduling_rules")), rule);
        if (!rule.next())
            return R::failure(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "rule #%1 '%2' no longer exists; run the optimizer again (nothing was changed)"))
                                  .arg(ruleId).arg(ruleName));
        if (rule.value(0).toString() != oldCron)
            return R::failure(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "rule #%1 '%2' changed since optimization run #%3 (its cron is now "
                                                   "'%4', the run saw '%5'); run the optimizer again (nothing "
                                                   "was changed)"))
                                  .arg(ruleId).arg(ruleName).arg(id).arg(rule.value(0).toString(), oldCron));
        rules.append(QJsonObject{{QStringLiteral("id"), ruleId},
                                 {QStringLiteral("rule_name"), ruleName},
                                 {QStringLiteral("old_cron"), oldCron},
                                 {QStringLiteral("old_updated_at"), nullable(rule.value(1))},
                                 {QStringLiteral("new_cron"), newCron},
                                 {QStringLiteral("new_updated_at"), summary.stamp}});
        update.prepare(QStringLiteral("UPDATE scheduling_rules SET cron_expression = ?, updated_at = ? WHERE id = ?"));
        update.addBindValue(newCron);
        update.addBindValue(summary.stamp);
        update.addBindValue(ruleId);
        if (!update.exec())
            return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "updating scheduling_rules")), update);
        ++summary.rules;

        // The rule's task_schedules rows follow its cron; next_run_at is the
        // new rule's next fire after now.
        const Result<CronExpression> cron = CronExpression::parse(newCron);
        const std::optional<qint64> next = cron ? cron->next(now, QTimeZone::utc()) : std::nullopt;
        rows.prepare(QStringLiteral("SELECT id, cron_expression, next_run_at, updated_at FROM task_schedules WHERE rule_id = ?"));
        rows.addBindValue(ruleId);
        if (!rows.exec())
            return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "reading task_schedules")), rows);
        while (rows.next()) {
            const QJsonValue newNext = next ? QJsonValue(timeformat::toSqlTime(*next)) : QJsonValue();
            schedules.append(QJsonObject{{QStringLiteral("id"), rows.value(0).toLongLong()},
                                         {QStringLiteral("old_cron"), nullable(rows.value(1))},
                                         {QStringLiteral("old_next_run_at"), nullable(rows.value(2))},
                                         {QStringLiteral("old_updated_at"), nullable(rows.value(3))},
                                         {QStringLiteral("new_cron"), newCron},
                                         {QStringLiteral("new_next_run_at"), newNext}});
            updateRow.prepare(QStringLiteral(
                "UPDATE task_schedules SET cron_expression = ?, next_run_at = ?, updated_at = ? WHERE id = ?"));
            updateRow.addBindValue(newCron);
            updateRow.addBindValue(sqlValue(newNext));
            updateRow.addBindValue(summary.stamp);
            updateRow.addBindValue(rows.value(0));
            if (!updateRow.exec())
                return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "updating task_schedules")), updateRow);
            ++summary.taskSchedules;
        }

        // Predicted tasks of the rule inside the run's window move with it.
        rows.prepare(QStringLiteral(
            "SELECT id, predicted_execution_time, updated_at FROM predictive_schedules WHERE rule_id = ? "
            "AND actual_execution_time IS NULL AND predicted_execution_time >= ? AND predicted_execution_time < ?"));
        rows.addBindValue(ruleId);
        rows.addBindValue(timeformat::toSqlTime(run.windowStart));
        rows.addBindValue(timeformat::toSqlTime(run.windowEnd));
        if (!rows.exec())
            return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "reading predictive_schedules")), rows);
        while (rows.next()) {
            const std::optional<qint64> t = timeformat::parse(rows.value(1).toString());
            if (!t)
                continue;
            const QString moved = timeformat::toSqlTime(rotateWithinDay(*t, dm, dh));
            predictions.append(QJsonObject{{QStringLiteral("id"), rows.value(0).toLongLong()},
                                           {QStringLiteral("old_time"), rows.value(1).toString()},
                                           {QStringLiteral("old_updated_at"), nullable(rows.value(2))},
                                           {QStringLiteral("new_time"), moved}});
            updateRow.prepare(QStringLiteral(
                "UPDATE predictive_schedules SET predicted_execution_time = ?, updated_at = ? WHERE id = ?"));
            updateRow.addBindValue(moved);
            updateRow.addBindValue(summary.stamp);
            updateRow.addBindValue(rows.value(0));
            if (!updateRow.exec())
                return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "updating predictive_schedules")), updateRow);
            ++summary.predictions;
        }
    }
    QSqlQuery mark(conn);
    mark.prepare(QStringLiteral("UPDATE optimization_results SET applied_at = ?, applied_rows = ? WHERE id = ?"));
    mark.addBindValue(summary.stamp);
    mark.addBindValue(compact(QJsonObject{{QStringLiteral("rules"), rules},
                                          {QStringLiteral("task_schedules"), schedules},
                                          {QStringLiteral("predictive_schedules"), predictions}}));
    mark.addBindValue(id);
    if (!mark.exec())
        return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "updating optimization_results")), mark);
    if (const Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return summary;
}

Result<ApplySummary> OptimizationStore::undo(qint64 id, qint64 now) const
{
    using R = Result<ApplySummary>;
    Result<OptimizationRecord> found = find(id);
    if (!found)
        return R::failure(found.error());
    const OptimizationRecord &run = *found;
    if (run.appliedAt.isEmpty())
        return R::failure(run.dryRun ? phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "optimization run #%1 was a dry run and was "
                                                                                   "never applied; there is nothing to undo")).arg(id)
                                     : phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "optimization run #%1 was never applied; there is nothing to undo")).arg(id));
    if (!run.undoneAt.isEmpty())
        return R::failure(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "optimization run #%1 was already undone (%2)")).arg(id).arg(run.undoneAt));

    QSqlDatabase conn = m_db.connection();
    Transaction transaction(conn);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    ApplySummary summary;
    summary.stamp = timeformat::toSqlTime(now);
    QSqlQuery q(conn);
    const QJsonArray rules = run.appliedRows.value(QLatin1String("rules")).toArray();
    // Check every rule first: one edited rule refuses the whole undo.
    for (const QJsonValue &v : rules) {
        const QJsonObject r = v.toObject();
        const qint64 ruleId = r.value(QLatin1String("id")).toInteger();
        const QString name = r.value(QLatin1String("rule_name")).toString();
        q.prepare(QStringLiteral("SELECT cron_expression, updated_at FROM scheduling_rules WHERE id = ?"));
        q.addBindValue(ruleId);
        if (!q.exec())
            return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "reading scheduling_rules")), q);
        if (!q.next())
            return R::failure(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "cannot undo optimization run #%1: rule #%2 "
                                                   "'%3' was deleted since it was applied; nothing was changed")).arg(id).arg(ruleId).arg(name));
        const QString cron = q.value(0).toString();
        if (cron != r.value(QLatin1String("new_cron")).toString()
            || q.value(1).toString() != r.value(QLatin1String("new_updated_at")).toString())
            return R::failure(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "cannot undo optimization run #%1: rule #%2 "
                                                   "'%3' was edited since it was applied (cron now '%4', applied "
                                                   "'%5', updated_at %6); nothing was changed"))
                                  .arg(id).arg(ruleId).arg(name, cron, r.value(QLatin1String("new_cron")).toString(),
                                       q.value(1).toString()));
    }
    for (const QJsonValue &v : rules) {
        const QJsonObject r = v.toObject();
        q.prepare(QStringLiteral("UPDATE scheduling_rules SET cron_expression = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(r.value(QLatin1String("old_cron")).toString());
        q.addBindValue(sqlValue(r.value(QLatin1String("old_updated_at"))));
        q.addBindValue(r.value(QLatin1String("id")).toInteger());
        if (!q.exec())
            return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "restoring scheduling_rules")), q);
        ++summary.rules;
    }
    // Rows deleted since are gone for good; the ones still there get their values back.
    for (const QJsonValue &v : run.appliedRows.value(QLatin1String("task_schedules")).toArray()) {
        const QJsonObject r = v.toObject();
        q.prepare(QStringLiteral("UPDATE task_schedules SET cron_expression = ?, next_run_at = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(sqlValue(r.value(QLatin1String("old_cron"))));
        q.addBindValue(sqlValue(r.value(QLatin1String("old_next_run_at"))));
        q.addBindValue(sqlValue(r.value(QLatin1String("old_updated_at"))));
        q.addBindValue(r.value(QLatin1String("id")).toInteger());
        if (!q.exec())
            return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "restoring task_schedules")), q);
        summary.taskSchedules += q.numRowsAffected();
    }
    for (const QJsonValue &v : run.appliedRows.value(QLatin1String("predictive_schedules")).toArray()) {
        const QJsonObject r = v.toObject();
        q.prepare(QStringLiteral("UPDATE predictive_schedules SET predicted_execution_time = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(r.value(QLatin1String("old_time")).toString());
        q.addBindValue(sqlValue(r.value(QLatin1String("old_updated_at"))));
        q.addBindValue(r.value(QLatin1String("id")).toInteger());
        if (!q.exec())
            return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "restoring predictive_schedules")), q);
        summary.predictions += q.numRowsAffected();
    }
    q.prepare(QStringLiteral("UPDATE optimization_results SET undone_at = ? WHERE id = ?"));
    q.addBindValue(summary.stamp);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure<ApplySummary>(phrase("OptimizationStore", QT_TRANSLATE_NOOP("OptimizationStore", "updating optimization_results")), q);
    if (const Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return summary;
}

} // namespace rulecast
