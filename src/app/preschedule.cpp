#include "app/preschedule.h"

#include "core/timeformat.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace rulecast {

namespace {

QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }

template <typename T> Result<T> sqlFailure(const QString &what, const QSqlQuery &q)
{
    return Result<T>::failure(QStringLiteral("pre-scheduling: %1: %2").arg(what, q.lastError().text()));
}

} // namespace

QString Prescheduler::oneShotCron(qint64 epoch)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc());
    return QStringLiteral("%1 %2 %3 %4 *")
        .arg(t.time().minute())
        .arg(t.time().hour())
        .arg(t.date().day())
        .arg(t.date().month());
}

Result<std::vector<qint64>> Prescheduler::schedule(QSqlDatabase &conn, const std::vector<SlotPrediction> &predictions,
                                                   qint64 now, double minConfidence)
{
    using R = Result<std::vector<qint64>>;
    QSqlQuery find(conn), task(conn), schedule(conn), mark(conn);
    find.prepare(QStringLiteral(
        "SELECT id FROM predictive_schedules WHERE predicted_task_type = ? AND predicted_execution_time = ? "
        "AND NOT COALESCE(is_scheduled, 0) AND actual_execution_time IS NULL AND prediction_accuracy IS NULL"));
    task.prepare(QStringLiteral(
        "INSERT INTO tasks (type, status, description, generator, created_at) VALUES (?, 'pending', ?, 'rulecast', ?)"));
    schedule.prepare(QStringLiteral(
        "INSERT INTO task_schedules (template_task_id, cron_expression, timezone, enabled, next_run_at, is_predictive, "
        "prediction_confidence, rule_id, created_at, updated_at) VALUES (?, ?, 'UTC', 1, ?, 1, ?, ?, ?, ?)"));
    mark.prepare(QStringLiteral("UPDATE predictive_schedules SET is_scheduled = 1, updated_at = ? WHERE id = ?"));
    const QString stamp = timeformat::toSqlTime(now);
    std::vector<qint64> created;
    for (const SlotPrediction &p : predictions) {
        if (p.probability < minConfidence)
            continue;
        const QString time = timeformat::toSqlTime(p.slotStart);
        find.addBindValue(p.taskType);
        find.addBindValue(time);
        if (!find.exec())
            return sqlFailure<std::vector<qint64>>(QStringLiteral("reading predictive_schedules"), find);
        if (!find.next())
            continue; // scheduled or validated already (or not stored)
        const qint64 predictionId = find.value(0).toLongLong();
        find.finish();

        task.addBindValue(p.taskType);
        task.addBindValue(QStringLiteral("Predicted by Rulecast for %1 UTC (confidence %2, prediction #%3): %4")
                              .arg(time, QString::number(p.probability, 'f', 2))
                              .arg(predictionId)
                              .arg(p.explanation));
        task.addBindValue(stamp);
        if (!task.exec())
            return sqlFailure<std::vector<qint64>>(QStringLiteral("writing tasks"), task);
        const qint64 taskId = task.lastInsertId().toLongLong();

        schedule.addBindValue(taskId);
        schedule.addBindValue(oneShotCron(p.slotStart));
        schedule.addBindValue(time);
        schedule.addBindValue(p.probability);
        schedule.addBindValue(idOrNull(p.ruleId));
        schedule.addBindValue(stamp);
        schedule.addBindValue(stamp);
        if (!schedule.exec())
            return sqlFailure<std::vector<qint64>>(QStringLiteral("writing task_schedules"), schedule);

        mark.addBindValue(stamp);
        mark.addBindValue(predictionId);
        if (!mark.exec())
            return sqlFailure<std::vector<qint64>>(QStringLiteral("updating predictive_schedules"), mark);
        created.push_back(taskId);
    }
    return R(std::move(created));
}

} // namespace rulecast
