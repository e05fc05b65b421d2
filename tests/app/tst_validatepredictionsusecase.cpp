#include "app/predictusecase.h"
#include "app/validatepredictionsusecase.h"
#include "core/timeformat.h"

#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <cmath>

using namespace rulecast;
using namespace rulecast::test;

namespace {

constexpr qint64 kDay = 86400;
const qint64 kT = 20494 * kDay; // 2026-02-10 00:00 UTC

void addPrediction(const Database &db, const QString &type, qint64 at, double confidence, int slotMinutes,
                   double durationMinutes)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO predictive_schedules (predicted_task_type, predicted_execution_time, "
                             "confidence_score, resource_requirements, slot_minutes) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(type);
    q.addBindValue(timeformat::toSqlTime(at));
    q.addBindValue(confidence);
    q.addBindValue(QStringLiteral("{\"estimated_duration_minutes\": %1}").arg(durationMinutes));
    q.addBindValue(slotMinutes);
    QVERIFY(q.exec());
}

QStringList rows(const Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT predicted_task_type, predicted_execution_time, COALESCE(actual_execution_time, '-'), "
                          "COALESCE(prediction_accuracy, -1) FROM predictive_schedules ORDER BY id"));
    while (q.next())
        out << QStringLiteral("%1 %2 %3 %4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                  q.value(3).toString());
    return out;
}

} // namespace

class TestValidatePredictionsUseCase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesWithinSlotAndTolerance()
    {
        TempDatabase temp;
        // backup: predicted 02:00 (30-min slot), ran 02:50 (20 min after the slot), 12 min long.
        // etl: predicted 09:00, two predictions of the same run 09:10: only one may claim it.
        // report: predicted 15:00, nothing ran. late: predicted the next day, not due yet.
        addPrediction(temp.db(), QStringLiteral("backup"), kT + 2 * 3600, 0.9, 30, 10);
        addPrediction(temp.db(), QStringLiteral("etl"), kT + 9 * 3600, 0.8, 30, 5);
        addPrediction(temp.db(), QStringLiteral("etl"), kT + 9 * 3600 + 1800, 0.75, 30, 5);
        addPrediction(temp.db(), QStringLiteral("report"), kT + 15 * 3600, 0.7, 30, 5);
        addPrediction(temp.db(), QStringLiteral("late"), kT + 2 * kDay, 0.95, 30, 5);
        QVERIFY(insertTasks(temp.db(), {makeTask(QStringLiteral("backup"), kT + 2 * 3600 + 3000, 720),
                                        makeTask(QStringLiteral("etl"), kT + 9 * 3600 + 600, 300),
                                        makeTask(QStringLiteral("report"), kT + 17 * 3600, 60)})
                    .ok());

        ValidateRequest request;
        request.databasePath = temp.path();
        request.asOf = kT + 2 * kDay;
        request.windowHours = 24;
        request.toleranceMinutes = 10; // backup's run is 20 min late: a miss
        Result<ValidateReport> r = runValidatePredictions(request);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(qint64(r->validated.size()), 4);
        QCOMPARE(r->hits, 1); // only the first etl; "late" is not due
        QCOMPARE(rows(temp.db()),
                 QStringList({QStringLiteral("backup 2026-02-10 02:00:00 - 0"),
                              QStringLiteral("etl 2026-02-10 09:00:00 2026-02-10 09:10:00 1"),
                              QStringLiteral("etl 2026-02-10 09:30:00 - 0"),
                              QStringLiteral("report 2026-02-10 15:00:00 - 0"),
                              QStringLiteral("late 2026-02-12 00:00:00 - -1")}));

        // A rerun validates nothing twice.
        Result<ValidateReport> again = runValidatePredictions(request);
        QVERIFY(again);
        QCOMPARE(qint64(again->validated.size()), 0);
        QVERIFY(std::isnan(again->accuracyRate));
    }

    void reportsRatesDurationsAndCalibration()
    {
        TempDatabase temp;
        addPrediction(temp.db(), QStringLiteral("backup"), kT + 2 * 3600, 0.9, 30, 10);
        addPrediction(temp.db(), QStringLiteral("etl"), kT + 9 * 3600, 0.8, 30, 5);
        addPrediction(temp.db(), QStringLiteral("report"), kT + 15 * 3600, 0.7, 30, 5);
        QVERIFY(insertTasks(temp.db(), {makeTask(QStringLiteral("backup"), kT + 2 * 3600 + 3000, 720),
                                        makeTask(QStringLiteral("etl"), kT + 9 * 3600 + 600, 480)})
                    .ok());
        ValidateRequest request;
        request.databasePath = temp.path();
        request.asOf = kT + 2 * kDay;
        request.windowHours = 24;
        request.toleranceMinutes = 30;
        Result<ValidateReport> r = runValidatePredictions(request);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->hits, 2);
        QCOMPARE(r->accuracyRate, 2.0 / 3.0);
        QCOMPARE(r->falsePositiveRate, 1.0 / 3.0);
        // |10 - 12| and |5 - 8|.
        QCOMPARE(r->durationSamples, 2);
        QCOMPARE(r->durationErrorMinutes, 2.5);
        // (0.1² + 0.2² + 0.7²) / 3
        QVERIFY(std::abs(r->score.brier - (0.01 + 0.04 + 0.49) / 3.0) < 1e-9);
        const QJsonObject json = r->toJson();
        QCOMPARE(json.value(QStringLiteral("validated")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("brier")).toDouble(), 0.18);
        qint64 binned = 0;
        for (const auto &v : json.value(QStringLiteral("calibration")).toArray()) {
            const QJsonObject b = v.toObject();
            for (const char *key : {"bin_from", "bin_to", "count", "mean_confidence", "observed_rate"})
                QVERIFY2(b.contains(QLatin1String(key)), key);
            binned += b.value(QStringLiteral("count")).toInt();
            if (b.value(QStringLiteral("bin_from")).toDouble() == 0.7) {
                QCOMPARE(b.value(QStringLiteral("count")).toInt(), 1);
                QCOMPARE(b.value(QStringLiteral("observed_rate")).toDouble(), 0.0);
            }
        }
        QCOMPARE(binned, 3);
    }

    // Predict as of T on a generated history, then validate as of T+48h.
    void predictThenValidate()
    {
        TempDatabase temp;
        QList<TaskRecord> tasks;
        for (int d = 40; d >= 1; --d) {
            tasks.append(makeTask(QStringLiteral("nightly"), kT - d * kDay + 2 * 3600 + 1860, 300));
            tasks.append(makeTask(QStringLiteral("etl"), kT - d * kDay + 9 * 3600 + 300, 600));
        }
        // The predicted day: nightly runs (8 minutes), etl does not.
        tasks.append(makeTask(QStringLiteral("nightly"), kT + 2 * 3600 + 1860, 480));
        QVERIFY(insertTasks(temp.db(), tasks).ok());
        PredictRequest predict;
        predict.databasePath = temp.path();
        predict.asOf = kT;
        Result<PredictReport> predicted = runPredict(predict);
        QVERIFY2(predicted, qPrintable(predicted.error()));
        QVERIFY(predicted->stored >= 2);

        ValidateRequest request;
        request.databasePath = temp.path();
        request.asOf = kT + 2 * kDay;
        Result<ValidateReport> r = runValidatePredictions(request);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(qint64(r->validated.size()), predicted->stored);
        bool nightly = false, etl = false;
        for (const ValidatedPrediction &v : r->validated) {
            if (v.taskType == QLatin1String("nightly") && v.predictedAt == kT + 2 * 3600 + 1800) {
                nightly = true;
                QVERIFY(v.hit);
                QCOMPARE(v.actualStart, kT + 2 * 3600 + 1860);
                QCOMPARE(v.actualDurationMinutes, 8.0);
                QCOMPARE(v.estimatedDurationMinutes, 5.0);
            }
            if (v.taskType == QLatin1String("etl")) {
                etl = true;
                QVERIFY(!v.hit);
            }
        }
        QVERIFY(nightly);
        QVERIFY(etl);
        QVERIFY(r->accuracyRate > 0 && r->accuracyRate < 1);
        QCOMPARE(r->accuracyRate + r->falsePositiveRate, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestValidatePredictionsUseCase)
#include "tst_validatepredictionsusecase.moc"
