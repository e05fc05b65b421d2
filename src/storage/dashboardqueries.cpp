#include "dashboardqueries.h"

#include "core/timeformat.h"
#include "database.h"
#include "core/phrase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rulecast {

namespace {

double numberOrNaN(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

double jsonNumberOrNaN(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

Result<QVector<ValidatedPredictionFacts>> DashboardQueries::validatedPredictions(qint64 from) const
{
    using R = Result<QVector<ValidatedPredictionFacts>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The matched run: validation stored its start as actual_execution_time
    // (UTC text); tasks keep the same instant as started_epoch. Among runs of
    // the type starting in the same second the lowest id is taken, as
    // validation takes the earliest run first.
    q.prepare(QStringLiteral(
        "SELECT p.id, p.predicted_execution_time, p.confidence_score, p.prediction_accuracy, p.resource_requirements, "
        "       t.started_epoch, t.finished_epoch, t.cpu_percent, t.memory_mb "
        "FROM predictive_schedules p "
        "LEFT JOIN tasks t ON t.id = (SELECT MIN(m.id) FROM tasks m WHERE m.type = p.predicted_task_type "
        "     AND p.prediction_accuracy > 0 AND m.started_epoch = CAST(strftime('%s', p.actual_execution_time) AS INTEGER)) "
        "WHERE p.prediction_accuracy IS NOT NULL AND p.predicted_execution_time >= ? "
        "ORDER BY p.predicted_execution_time, p.id"));
    q.addBindValue(timeformat::toSqlTime(from));
    if (!q.exec())
        return R::failure(phrase("DashboardQueries", QT_TRANSLATE_NOOP("DashboardQueries", "reading validated predictions: %1")).arg(q.lastError().text()));
    QVector<ValidatedPredictionFacts> out;
    while (q.next()) {
        ValidatedPredictionFacts f;
        f.id = q.value(0).toLongLong();
        const QString at = q.value(1).toString();
        const std::optional<qint64> time = timeformat::parse(at);
        if (!time)
            return R::failure(QStringLiteral("predictive_schedules row %1, field predicted_execution_time: '%2' is not a "
                                             "time (expected 'YYYY-MM-DD HH:MM:SS' UTC)")
                                  .arg(f.id)
                                  .arg(at));
        f.predictedAt = *time;
        f.confidence = q.value(2).toDouble();
        f.hit = q.value(3).toDouble() > 0;
        const QJsonObject estimate = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        f.estimatedDurationMinutes = jsonNumberOrNaN(estimate, QLatin1String("estimated_duration_minutes"));
        f.estimatedCpuPercent = jsonNumberOrNaN(estimate, QLatin1String("cpu_requirement"));
        f.estimatedMemoryMb = jsonNumberOrNaN(estimate, QLatin1String("memory_requirement"));
        if (f.hit && !q.value(5).isNull()) {
            if (!q.value(6).isNull())
                f.actualDurationMinutes = double(q.value(6).toLongLong() - q.value(5).toLongLong()) / 60.0;
            f.actualCpuPercent = numberOrNaN(q.value(7));
            f.actualMemoryMb = numberOrNaN(q.value(8));
        }
        out.append(f);
    }
    return out;
}

Result<DashboardCounts> DashboardQueries::counts(qint64 now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM tasks), (SELECT COUNT(*) FROM activity_patterns WHERE is_active), "
        "       (SELECT COUNT(*) FROM scheduling_rules WHERE is_enabled), "
        "       (SELECT COUNT(*) FROM predictive_schedules WHERE prediction_accuracy IS NULL "
        "            AND actual_execution_time IS NULL), "
        "       (SELECT COUNT(*) FROM predictive_schedules WHERE prediction_accuracy IS NULL "
        "            AND actual_execution_time IS NULL AND predicted_execution_time >= ?), "
        "       (SELECT MAX(predicted_execution_time) FROM predictive_schedules WHERE prediction_accuracy IS NOT NULL)"));
    q.addBindValue(timeformat::toSqlTime(now));
    if (!q.exec() || !q.next())
        return Result<DashboardCounts>::failure(phrase("DashboardQueries", QT_TRANSLATE_NOOP("DashboardQueries", "counting patterns, rules and predictions: %1"))
                                                    .arg(q.lastError().text()));
    DashboardCounts c;
    c.tasks = q.value(0).toLongLong();
    c.activePatterns = q.value(1).toLongLong();
    c.enabledRules = q.value(2).toLongLong();
    c.pendingPredictions = q.value(3).toLongLong();
    c.upcomingPredictions = q.value(4).toLongLong();
    c.latestValidated = q.value(5).isNull() ? 0 : timeformat::parse(q.value(5).toString()).value_or(0);
    return c;
}

} // namespace rulecast
