#include "app/storedpredictions.h"

#include "app/predictionexplainer.h"
#include "app/preschedule.h"
#include "core/localizedtext.h"
#include "core/timeformat.h"
#include "core/phrase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

const QLatin1String kColumns("id, predicted_task_type, predicted_execution_time, COALESCE(slot_minutes, 0), "
                             "confidence_score, COALESCE(rule_id, 0), COALESCE(pattern_id, 0), COALESCE(source, ''), "
                             "COALESCE(explanation, ''), COALESCE(resource_requirements, ''), COALESCE(is_scheduled, 0), "
                             "prediction_accuracy, actual_execution_time, COALESCE(explanation_text, '')");

template <typename T> Result<T> sqlFailure(const QString &what, const QSqlQuery &q)
{
    return Result<T>::failure(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

double numberOr(const QJsonObject &o, QLatin1String key, double fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toDouble() : fallback;
}

// The inverse of what predict writes into resource_requirements; rows from
// other writers (banana-bun's own) may lack figures, which stay NaN.
ResourceEstimate resourcesFromJson(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const double nan = qQNaN();
    ResourceEstimate r;
    r.durationMinutes = numberOr(o, QLatin1String("estimated_duration_minutes"), nan);
    r.durationP90Minutes = numberOr(o, QLatin1String("duration_p90_minutes"), nan);
    r.cpuPercent = numberOr(o, QLatin1String("cpu_requirement"), nan);
    r.memoryMb = numberOr(o, QLatin1String("memory_requirement"), nan);
    r.diskMb = numberOr(o, QLatin1String("disk_requirement"), nan);
    r.networkMbps = numberOr(o, QLatin1String("network_requirement"), nan);
    r.samples = o.value(QLatin1String("based_on_runs")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("estimated")).toArray())
        r.estimated << v.toString();
    return r;
}

Result<PredictionRecord> rowFrom(const QSqlQuery &q)
{
    PredictionRecord p;
    p.id = q.value(0).toLongLong();
    p.taskType = q.value(1).toString();
    const QString time = q.value(2).toString();
    const std::optional<qint64> at = timeformat::parse(time);
    if (!at)
        return Result<PredictionRecord>::failure(
            phrase("StoredPredictions",
                   QT_TRANSLATE_NOOP("StoredPredictions", "predictive_schedules row %1, field predicted_execution_time: "
                                                          "'%2' is not a time (expected 'YYYY-MM-DD HH:MM:SS' UTC)"))
                .arg(p.id)
                .arg(time));
    p.slotStart = *at;
    const qint64 minutes = q.value(3).toLongLong();
    p.slotEnd = p.slotStart + (minutes > 0 ? minutes : PredictionRecord::kDefaultSlotMinutes) * 60;
    p.confidence = q.value(4).toDouble();
    p.ruleId = q.value(5).toLongLong();
    p.patternId = q.value(6).toLongLong();
    p.source = q.value(7).toString();
    p.explanation = q.value(8).toString();
    p.resources = resourcesFromJson(q.value(9).toString());
    p.scheduled = q.value(10).toLongLong() != 0;
    if (!q.value(11).isNull())
        p.cameTrue = q.value(11).toDouble() > 0.5;
    if (!q.value(12).isNull())
        p.actualStart = timeformat::parse(q.value(12).toString()).value_or(0);
    p.explanationText = q.value(13).toString();
    return p;
}

Result<std::vector<PredictionRecord>> readRows(QSqlQuery &q)
{
    using R = Result<std::vector<PredictionRecord>>;
    if (!q.exec())
        return sqlFailure<std::vector<PredictionRecord>>(phrase("StoredPredictions", QT_TRANSLATE_NOOP("StoredPredictions", "reading predictive_schedules")), q);
    std::vector<PredictionRecord> rows;
    while (q.next()) {
        Result<PredictionRecord> row = rowFrom(q);
        if (!row)
            return R::failure(row.error());
        rows.push_back(std::move(row).value());
    }
    return R(std::move(rows));
}

} // namespace

QString localizedExplanation(const PredictionRecord &p)
{
    if (p.explanationText.isEmpty())
        return p.explanation;
    const std::optional<LocalizedText> text = LocalizedText::fromJsonText(p.explanationText);
    return text ? text->toString() : p.explanation;
}

PredictionExplanationInput explanationInputOf(const PredictionRecord &p)
{
    PredictionExplanationInput in;
    in.taskType = p.taskType;
    in.predictedTime = p.slotStart;
    in.slotMinutes = int((p.slotEnd - p.slotStart) / 60);
    in.confidence = p.confidence;
    in.explanation = p.explanation;
    in.explanationText = p.explanationText;
    if (p.ruleId > 0)
        in.ruleId = p.ruleId;
    if (p.patternId > 0)
        in.patternId = p.patternId;
    const ResourceEstimate &r = p.resources;
    auto figure = [&in](double v) {
        if (std::isfinite(v))
            return v;
        in.resourcesEstimated = true;
        return 0.0;
    };
    in.estimatedDurationMinutes = figure(r.durationMinutes);
    in.cpuPercent = figure(r.cpuPercent);
    in.memoryMb = figure(r.memoryMb);
    in.resourcesEstimated = in.resourcesEstimated || !r.estimated.isEmpty();
    return in;
}

Result<std::vector<PredictionRecord>> readStoredPredictions(const Database &db, qint64 from, qint64 until)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM predictive_schedules WHERE predicted_execution_time >= ? "
                             "AND predicted_execution_time < ? ORDER BY predicted_execution_time, predicted_task_type, id")
                  .arg(kColumns));
    q.addBindValue(timeformat::toSqlTime(from));
    q.addBindValue(timeformat::toSqlTime(until));
    return readRows(q);
}

Result<PredictionWindow> readLatestPredictions(const Database &db, qint64 now, int hours)
{
    using R = Result<PredictionWindow>;
    PredictionWindow window;
    QSqlQuery q(db.connection());
    // A slot that started up to a day ago may still be running: look back a
    // day in SQL and keep the rows whose slot has not ended.
    constexpr qint64 kLongestSlot = 86400;
    q.prepare(QStringLiteral("SELECT %1 FROM predictive_schedules WHERE predicted_execution_time >= ? "
                             "ORDER BY predicted_execution_time, predicted_task_type, id")
                  .arg(kColumns));
    q.addBindValue(timeformat::toSqlTime(now - kLongestSlot));
    Result<std::vector<PredictionRecord>> upcoming = readRows(q);
    if (!upcoming)
        return R::failure(upcoming.error());
    std::vector<PredictionRecord> candidates = std::move(upcoming).value();
    for (PredictionRecord &p : candidates)
        if (p.slotEnd > now)
            window.rows.push_back(std::move(p));
    window.upcoming = !window.rows.empty();
    if (window.rows.empty()) {
        QSqlQuery last(db.connection());
        if (!last.exec(QStringLiteral("SELECT MAX(predicted_execution_time) FROM predictive_schedules")))
            return sqlFailure<PredictionWindow>(phrase("StoredPredictions", QT_TRANSLATE_NOOP("StoredPredictions", "reading predictive_schedules")), last);
        if (!last.next() || last.value(0).isNull())
            return window;
        const std::optional<qint64> newest = timeformat::parse(last.value(0).toString());
        if (!newest)
            return R::failure(phrase("StoredPredictions",
                                     QT_TRANSLATE_NOOP("StoredPredictions",
                                                       "predictive_schedules, field predicted_execution_time: '%1' is "
                                                       "not a time (expected 'YYYY-MM-DD HH:MM:SS' UTC)"))
                                  .arg(last.value(0).toString()));
        Result<std::vector<PredictionRecord>> rows =
            readStoredPredictions(db, *newest - qint64(hours) * 3600 + 1, *newest + 1);
        if (!rows)
            return R::failure(rows.error());
        window.rows = std::move(rows).value();
    }
    if (!window.rows.empty()) {
        window.from = window.rows.front().slotStart;
        window.until = window.rows.front().slotEnd;
        for (const PredictionRecord &p : window.rows) {
            window.from = std::min(window.from, p.slotStart);
            window.until = std::max(window.until, p.slotEnd);
        }
    }
    return window;
}

Result<StoredCalibration> readStoredCalibration(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT confidence_score, prediction_accuracy FROM predictive_schedules "
                               "WHERE prediction_accuracy IS NOT NULL")))
        return sqlFailure<StoredCalibration>(phrase("StoredPredictions", QT_TRANSLATE_NOOP("StoredPredictions", "reading predictive_schedules")), q);
    std::vector<double> probabilities;
    std::vector<char> outcomes;
    StoredCalibration c;
    while (q.next()) {
        const bool hit = q.value(1).toDouble() > 0.5;
        probabilities.push_back(std::clamp(q.value(0).toDouble(), 0.0, 1.0));
        outcomes.push_back(hit ? 1 : 0);
        c.hits += hit ? 1 : 0;
    }
    c.validated = qint64(probabilities.size());
    // Same scoring and bins as validate-predictions' calibration table.
    c.score = PredictionScore::compute(probabilities, outcomes, 10);
    return c;
}

Result<ScheduleSelectedResult> scheduleStoredPredictions(const Database &db, const std::vector<qint64> &predictionIds,
                                                         qint64 now)
{
    using R = Result<ScheduleSelectedResult>;
    QSqlDatabase conn = db.connection();
    Transaction transaction(conn);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("SELECT %1 FROM predictive_schedules WHERE id = ?").arg(kColumns));
    ScheduleSelectedResult result;
    std::vector<SlotPrediction> list;
    for (qint64 id : predictionIds) {
        q.addBindValue(id);
        Result<std::vector<PredictionRecord>> rows = readRows(q);
        if (!rows)
            return R::failure(rows.error());
        // Gone, or a slot already over: pending work for the past would run late, not on time.
        if (rows->empty() || rows->front().slotEnd <= now) {
            ++result.skipped;
            continue;
        }
        const PredictionRecord &row = rows->front();
        SlotPrediction p;
        p.taskType = row.taskType;
        p.slotStart = row.slotStart;
        p.slotEnd = row.slotEnd;
        p.probability = row.confidence;
        p.ruleId = row.ruleId;
        p.patternId = row.patternId;
        p.explanation = row.explanation;
        list.push_back(std::move(p));
    }
    Result<std::vector<qint64>> created = Prescheduler::schedule(conn, list, now, 0.0);
    if (!created)
        return R::failure(created.error());
    if (const Status s = transaction.commit(); !s)
        return R::failure(s.error());
    result.createdTaskIds = std::move(created).value();
    result.skipped += qint64(list.size()) - qint64(result.createdTaskIds.size());
    return result;
}

} // namespace rulecast
