#include "app/preschedule.h"
#include "core/timeformat.h"
#include "storage/database.h"

#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

const qint64 kT = 20494LL * 86400; // 2026-02-10 00:00 UTC

SlotPrediction prediction(const QString &type, qint64 at, double p, qint64 ruleId = 0)
{
    SlotPrediction s;
    s.taskType = type;
    s.slotStart = at;
    s.slotEnd = at + 1800;
    s.probability = p;
    s.ruleId = ruleId;
    s.explanation = QStringLiteral("weekday history: 20 of last 20 weekdays");
    return s;
}

void store(const Database &db, const SlotPrediction &p)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO predictive_schedules (rule_id, predicted_task_type, predicted_execution_time, "
                             "confidence_score) VALUES (?, ?, ?, ?)"));
    q.addBindValue(p.ruleId > 0 ? QVariant(p.ruleId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(p.taskType);
    q.addBindValue(timeformat::toSqlTime(p.slotStart));
    q.addBindValue(p.probability);
    QVERIFY(q.exec());
}

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestPreschedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneShotCronIsTheUtcMinute()
    {
        QCOMPARE(Prescheduler::oneShotCron(kT + 2 * 3600 + 1800), QStringLiteral("30 2 10 2 *"));
        QCOMPARE(Prescheduler::oneShotCron(*timeformat::parse(u"2026-11-28T23:05:00Z")), QStringLiteral("5 23 28 11 *"));
    }

    void schedulesConfidentStoredPredictionsOnce()
    {
        TempDatabase temp;
        QSqlDatabase conn = temp.db().connection();
        QVERIFY(QSqlQuery(conn).exec(QStringLiteral(
            "INSERT INTO scheduling_rules (id, rule_name, cron_expression, confidence_score) VALUES (4, 'b', '0 3 * * *', 1)")));
        const std::vector<SlotPrediction> list{
            prediction(QStringLiteral("backup"), kT + 3 * 3600, 0.95, 4),    // rule-backed
            prediction(QStringLiteral("etl"), kT + 9 * 3600, 0.92),          // history only
            prediction(QStringLiteral("report"), kT + 15 * 3600, 0.85),      // below 0.9
            prediction(QStringLiteral("unstored"), kT + 16 * 3600, 0.99)};   // no row: nothing to mark
        for (size_t i = 0; i < 3; ++i)
            store(temp.db(), list[i]);

        Result<std::vector<qint64>> created = Prescheduler::schedule(conn, list, kT - 60);
        QVERIFY2(created, qPrintable(created.error()));
        QCOMPARE(created->size(), size_t(2));
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT t.type, t.status, t.started_at, t.created_at, s.cron_expression, s.next_run_at, s.rule_id, "
            "s.is_predictive, s.prediction_confidence, s.timezone, s.enabled FROM task_schedules s "
            "JOIN tasks t ON t.id = s.template_task_id ORDER BY s.id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("backup"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("pending"));
        QVERIFY(q.value(2).isNull());
        QCOMPARE(q.value(3).toString(), QStringLiteral("2026-02-09 23:59:00"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("0 3 10 2 *"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("2026-02-10 03:00:00"));
        QCOMPARE(q.value(6).toInt(), 4);
        QCOMPARE(q.value(7).toInt(), 1);
        QCOMPARE(q.value(8).toDouble(), 0.95);
        QCOMPARE(q.value(9).toString(), QStringLiteral("UTC"));
        QCOMPARE(q.value(10).toInt(), 1);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("etl"));
        QVERIFY(q.value(6).isNull());
        QVERIFY(!q.next());
        q.finish();
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM predictive_schedules WHERE is_scheduled")), 2);
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM predictive_schedules WHERE is_scheduled "
                                                 "AND predicted_task_type = 'report'")),
                 0);

        // Again: everything confident is scheduled already.
        created = Prescheduler::schedule(conn, list, kT);
        QVERIFY(created);
        QVERIFY(created->empty());
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM tasks")), 2);
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM task_schedules")), 2);
    }

    void validatedPredictionsAreNotScheduled()
    {
        TempDatabase temp;
        const SlotPrediction p = prediction(QStringLiteral("etl"), kT + 9 * 3600, 0.97);
        store(temp.db(), p);
        QSqlDatabase conn = temp.db().connection();
        // Validated as a miss: prediction_accuracy 0, no actual time.
        QVERIFY(QSqlQuery(conn).exec(QStringLiteral("UPDATE predictive_schedules SET prediction_accuracy = 0")));
        Result<std::vector<qint64>> created = Prescheduler::schedule(conn, {p}, kT);
        QVERIFY(created);
        QVERIFY(created->empty());
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM tasks")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPreschedule)
#include "tst_preschedule.moc"
