#include "app/validatepredictionsusecase.h"

#include "core/timeformat.h"
#include "core/phrase.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace rulecast {

namespace {

QJsonValue number(double v, int decimals = 4)
{
    if (!std::isfinite(v))
        return QJsonValue(QJsonValue::Null);
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

template <typename T> Result<T> sqlFailure(const QString &what, const QSqlQuery &q)
{
    return Result<T>::failure(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

struct DueRow
{
    ValidatedPrediction p;
    qint64 slotSeconds = 0;
};

} // namespace

QJsonObject ValidateReport::toJson() const
{
    QJsonArray bins;
    for (const CalibrationBin &b : score.bins)
        bins.append(QJsonObject{{QStringLiteral("bin_from"), number(b.lower, 2)},
                                {QStringLiteral("bin_to"), number(b.upper, 2)},
                                {QStringLiteral("count"), b.count},
                                {QStringLiteral("mean_confidence"), number(b.count > 0 ? b.meanPredicted : qQNaN())},
                                {QStringLiteral("observed_rate"), number(b.count > 0 ? b.observedRate : qQNaN())}});
    QJsonArray list;
    for (const ValidatedPrediction &v : validated) {
        QJsonObject o{{QStringLiteral("id"), v.id},
                      {QStringLiteral("task_type"), v.taskType},
                      {QStringLiteral("predicted_execution_time"), timeformat::toIsoUtc(v.predictedAt)},
                      {QStringLiteral("confidence_score"), number(v.confidence)},
                      {QStringLiteral("prediction_accuracy"), v.hit ? 1 : 0},
                      {QStringLiteral("estimated_duration_minutes"), number(v.estimatedDurationMinutes, 2)},
                      {QStringLiteral("actual_duration_minutes"), number(v.actualDurationMinutes, 2)}};
        o.insert(QStringLiteral("actual_execution_time"),
                 v.hit ? QJsonValue(timeformat::toIsoUtc(v.actualStart)) : QJsonValue(QJsonValue::Null));
        list.append(o);
    }
    const qint64 n = qint64(validated.size());
    return {{QStringLiteral("as_of"), timeformat::toIsoUtc(asOf)},
            {QStringLiteral("due_before"), timeformat::toIsoUtc(dueBefore)},
            {QStringLiteral("tolerance_minutes"), toleranceMinutes},
            {QStringLiteral("validated"), n},
            {QStringLiteral("hits"), hits},
            {QStringLiteral("misses"), n - hits},
            {QStringLiteral("accuracy_rate"), number(accuracyRate)},
            {QStringLiteral("false_positive_rate"), number(falsePositiveRate)},
            {QStringLiteral("duration_error_minutes"), number(durationErrorMinutes, 2)},
            {QStringLiteral("duration_samples"), durationSamples},
            {QStringLiteral("brier"), number(n > 0 ? score.brier : qQNaN())},
            {QStringLiteral("calibration"), bins},
            {QStringLiteral("predictions"), list}};
}

Result<ValidateReport> runValidatePredictions(const ValidateRequest &request, const Progress &progress)
{
    using R = Result<ValidateReport>;
    if (request.windowHours < 0 || request.toleranceMinutes < 0)
        return R::failure(phrase("ValidatePredictions", QT_TRANSLATE_NOOP("ValidatePredictions", "the validation window and tolerance must not be negative")));
    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return R::failure(db.error());
    const ThreadConnectionCloser closer(db.value());

    ValidateReport report;
    report.asOf = request.asOf;
    report.toleranceMinutes = request.toleranceMinutes;
    report.dueBefore = request.asOf - qint64(request.windowHours) * 3600;
    const qint64 tolerance = qint64(request.toleranceMinutes) * 60;

    QSqlDatabase conn = db->connection();
    Transaction transaction(conn);
    if (!transaction.isActive())
        return R::failure(transaction.error());

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading due predictions")));
    QSqlQuery q(conn);
    q.prepare(QStringLiteral(
        "SELECT id, predicted_task_type, predicted_execution_time, confidence_score, resource_requirements, "
        "COALESCE(slot_minutes, 0) FROM predictive_schedules "
        "WHERE prediction_accuracy IS NULL AND actual_execution_time IS NULL AND predicted_execution_time <= ? "
        "ORDER BY predicted_execution_time, id"));
    q.addBindValue(timeformat::toSqlTime(report.dueBefore));
    if (!q.exec())
        return sqlFailure<ValidateReport>(QStringLiteral("reading predictive_schedules"), q);
    std::vector<DueRow> due;
    while (q.next()) {
        DueRow row;
        row.p.id = q.value(0).toLongLong();
        row.p.taskType = q.value(1).toString();
        const QString text = q.value(2).toString();
        const std::optional<qint64> at = timeformat::parse(text);
        if (!at)
            return R::failure(QStringLiteral("predictive_schedules row %1, field predicted_execution_time: '%2' is "
                                             "not a time (expected 'YYYY-MM-DD HH:MM:SS' UTC)")
                                  .arg(row.p.id)
                                  .arg(text));
        row.p.predictedAt = *at;
        row.p.confidence = q.value(3).toDouble();
        const QJsonObject resources = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        if (resources.contains(QLatin1String("estimated_duration_minutes")))
            row.p.estimatedDurationMinutes = resources.value(QLatin1String("estimated_duration_minutes")).toDouble();
        // Rows without a slot length (written before schema step 8) match
        // within the tolerance around their time only.
        row.slotSeconds = q.value(5).toLongLong() * 60;
        due.push_back(std::move(row));
    }
    q.finish();

    progress.stage(phrase("Progress", QT_TRANSLATE_N_NOOP("Progress", "Matching %n prediction(s) with the runs"), int(due.size())));
    QSqlQuery runs(conn), write(conn);
    runs.prepare(QStringLiteral(
        "SELECT id, started_epoch, finished_epoch FROM tasks WHERE type = ? AND started_epoch >= ? "
        "AND started_epoch < ? AND started_epoch < ? ORDER BY started_epoch, id"));
    write.prepare(QStringLiteral(
        "UPDATE predictive_schedules SET actual_execution_time = ?, prediction_accuracy = ?, updated_at = ? WHERE id = ?"));
    const QString stamp = timeformat::toSqlTime(request.now > 0 ? request.now : request.asOf);
    QSet<qint64> usedRuns;
    std::vector<double> probabilities;
    std::vector<char> outcomes;
    double durationErrorSum = 0;
    for (DueRow &row : due) {
        if (progress.canceled())
            return R::failure(phrase("ValidatePredictions", QT_TRANSLATE_NOOP("ValidatePredictions", "cancelled; nothing was written")));
        ValidatedPrediction &p = row.p;
        runs.addBindValue(p.taskType);
        runs.addBindValue(p.predictedAt - tolerance);
        runs.addBindValue(p.predictedAt + row.slotSeconds + tolerance);
        runs.addBindValue(request.asOf);
        if (!runs.exec())
            return sqlFailure<ValidateReport>(QStringLiteral("reading tasks"), runs);
        while (runs.next()) {
            const qint64 id = runs.value(0).toLongLong();
            if (usedRuns.contains(id))
                continue;
            usedRuns.insert(id);
            p.hit = true;
            p.actualStart = runs.value(1).toLongLong();
            if (!runs.value(2).isNull())
                p.actualDurationMinutes = double(runs.value(2).toLongLong() - p.actualStart) / 60.0;
            break;
        }
        runs.finish();
        write.addBindValue(p.hit ? QVariant(timeformat::toSqlTime(p.actualStart)) : QVariant(QMetaType(QMetaType::QString)));
        write.addBindValue(p.hit ? 1.0 : 0.0);
        write.addBindValue(stamp);
        write.addBindValue(p.id);
        if (!write.exec())
            return sqlFailure<ValidateReport>(QStringLiteral("updating predictive_schedules"), write);
        report.hits += p.hit ? 1 : 0;
        if (p.hit && std::isfinite(p.estimatedDurationMinutes) && std::isfinite(p.actualDurationMinutes)) {
            durationErrorSum += std::abs(p.estimatedDurationMinutes - p.actualDurationMinutes);
            ++report.durationSamples;
        }
        probabilities.push_back(p.confidence);
        outcomes.push_back(p.hit ? 1 : 0);
        report.validated.push_back(p);
    }
    if (const Status s = transaction.commit(); !s)
        return R::failure(s.error());

    const qint64 n = qint64(report.validated.size());
    if (n > 0) {
        report.accuracyRate = double(report.hits) / double(n);
        report.falsePositiveRate = double(n - report.hits) / double(n);
    }
    if (report.durationSamples > 0)
        report.durationErrorMinutes = durationErrorSum / double(report.durationSamples);
    report.score = PredictionScore::compute(probabilities, outcomes, 10);
    return report;
}

} // namespace rulecast
