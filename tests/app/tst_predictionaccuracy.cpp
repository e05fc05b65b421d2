#include "app/predictionaccuracy.h"
#include "core/timeformat.h"

#include "testsupport/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

void addPrediction(const Database &db, const QString &type, qint64 at, double confidence, const QVariant &accuracy)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO predictive_schedules (predicted_task_type, predicted_execution_time, "
                             "confidence_score, prediction_accuracy, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(type);
    q.addBindValue(timeformat::toSqlTime(at));
    q.addBindValue(confidence);
    q.addBindValue(accuracy);
    q.addBindValue(timeformat::toSqlTime(at));
    q.addBindValue(timeformat::toSqlTime(at));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

} // namespace

class TestPredictionAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overEveryValidatedRow()
    {
        TempDatabase tmp;
        const qint64 t = 1790000000;
        addPrediction(tmp.db(), QStringLiteral("backup"), t, 0.9, 1.0);
        addPrediction(tmp.db(), QStringLiteral("backup"), t + 3600, 0.8, 0.0);
        addPrediction(tmp.db(), QStringLiteral("sync"), t + 7200, 0.95, 1.0);
        addPrediction(tmp.db(), QStringLiteral("backup"), t + 86400, 0.7, 1.0);
        addPrediction(tmp.db(), QStringLiteral("sync"), t + 90000, 0.99, QVariant()); // not validated yet
        const Result<PredictionAccuracy> a = readPredictionAccuracy(tmp.db());
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(a->validated, 4);
        QCOMPARE(a->hits, 3);
        QCOMPARE(a->accuracyRate, 0.75);
        QCOMPARE(a->falsePositiveRate, 0.25);
        const double brier = (0.1 * 0.1 + 0.8 * 0.8 + 0.05 * 0.05 + 0.3 * 0.3) / 4;
        QVERIFY(qAbs(a->brier() - brier) < 1e-12);
        QCOMPARE(a->firstPredicted, t);
        QCOMPARE(a->lastPredicted, t + 86400);
        QCOMPARE(a->byType.size(), 2);
        QCOMPARE(a->byType[0].taskType, QStringLiteral("backup"));
        QCOMPARE(a->byType[0].validated, 3);
        QCOMPARE(a->byType[0].hits, 2);
        QVERIFY(qAbs(a->byType[0].meanConfidence - 0.8) < 1e-12);
        QCOMPARE(a->score.bins.size(), std::size_t(10));
        QCOMPARE(a->score.bins[7].count, 1); // 0.7
        QCOMPARE(a->score.bins[8].count, 1); // 0.8, a miss
        QCOMPARE(a->score.bins[8].observedRate, 0.0);
        QCOMPARE(a->score.bins[9].count, 2); // 0.9 and 0.95, both hits
        QCOMPARE(a->score.bins[9].observedRate, 1.0);
    }

    void nothingValidated()
    {
        TempDatabase tmp;
        const Result<PredictionAccuracy> a = readPredictionAccuracy(tmp.db());
        QVERIFY(a);
        QCOMPARE(a->validated, 0);
        QVERIFY(std::isnan(a->accuracyRate));
        QVERIFY(std::isnan(a->brier()));
        QVERIFY(a->byType.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPredictionAccuracy)
#include "tst_predictionaccuracy.moc"
