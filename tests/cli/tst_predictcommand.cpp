#include "core/slotgrid.h"

#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

constexpr qint64 kDay = 86400;
const qint64 kStartDay = 20454; // 2026-01-01

// 40 days: "nightly" at 02:31 (a rule fires at 02:30), "etl" at 09:05 with
// resources, "adhoc" once every five days at 15:00.
QList<TaskRecord> history()
{
    QList<TaskRecord> tasks;
    for (int d = 0; d < 40; ++d) {
        const qint64 day = kStartDay + d;
        tasks.append(makeTask(QStringLiteral("nightly"), day * kDay + 2 * 3600 + 1860, 300));
        TaskRecord etl = makeTask(QStringLiteral("etl"), day * kDay + 9 * 3600 + 300, 600 + 60 * (d % 5));
        etl.cpuPercent = 40;
        etl.memoryMb = 512;
        tasks.append(etl);
        if (d % 5 == 0)
            tasks.append(makeTask(QStringLiteral("adhoc"), day * kDay + 15 * 3600, 60));
    }
    return tasks;
}

qint64 predictiveRows(const QString &path)
{
    auto db = Database::open(path);
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM predictive_schedules"));
    q.next();
    const qint64 n = q.value(0).toLongLong();
    db->closeThreadConnection();
    return n;
}

} // namespace

class TestPredictCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonPredictionsStoredOnce()
    {
        TempDatabase temp;
        QVERIFY(insertTasks(temp.db(), history()).ok());
        {
            QSqlQuery q(temp.db().connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO scheduling_rules (id, rule_name, cron_expression, confidence_score, is_enabled) "
                "VALUES (12, 'nightly', '30 2 * * *', 1.0, 1)")));
        }
        const QStringList args{QStringLiteral("--db"), temp.path(), QStringLiteral("--output-format"),
                               QStringLiteral("json"), QStringLiteral("predict"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-02-10"), QStringLiteral("--min-confidence"), QStringLiteral("0.5")};
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        const QJsonArray predictions = o.value(QStringLiteral("predictions")).toArray();
        QVERIFY(!predictions.isEmpty());
        bool nightly = false, etl = false;
        for (const auto &v : predictions) {
            const QJsonObject p = v.toObject();
            for (const char *key : {"task_type", "predicted_execution_time", "confidence_score",
                                    "resource_requirements", "explanation"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
            QVERIFY(p.value(QStringLiteral("confidence_score")).toDouble() >= 0.5);
            const QJsonObject r = p.value(QStringLiteral("resource_requirements")).toObject();
            for (const char *key : {"estimated_duration_minutes", "cpu_requirement", "memory_requirement"})
                QVERIFY2(r.contains(QLatin1String(key)), key);
            const QString type = p.value(QStringLiteral("task_type")).toString();
            if (type == QLatin1String("nightly")
                && p.value(QStringLiteral("predicted_execution_time")).toString() == QLatin1String("2026-02-10T02:30:00Z")) {
                nightly = true;
                QCOMPARE(p.value(QStringLiteral("rule_id")).toInt(), 12);
                QVERIFY(p.value(QStringLiteral("explanation")).toString().contains(QLatin1String("rule #12 fires 02:30")));
                QVERIFY(p.value(QStringLiteral("confidence_score")).toDouble() > 0.9);
            }
            if (type == QLatin1String("etl")) {
                etl = true;
                QVERIFY(!p.contains(QStringLiteral("rule_id")));
                QCOMPARE(r.value(QStringLiteral("cpu_requirement")).toDouble(), 40.0);
                QCOMPARE(r.value(QStringLiteral("memory_requirement")).toDouble(), 512.0);
                QCOMPARE(r.value(QStringLiteral("estimated_duration_minutes")).toDouble(), 12.0);
                QVERIFY(!r.value(QStringLiteral("estimated")).toArray().contains(QStringLiteral("cpu")));
                QVERIFY(r.value(QStringLiteral("estimated")).toArray().contains(QStringLiteral("disk")));
            }
        }
        QVERIFY(nightly);
        QVERIFY(etl);
        QCOMPARE(o.value(QStringLiteral("load_forecast")).toArray().size(), 24);
        const qint64 stored = o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("stored")).toInt();
        QVERIFY(stored >= 1);
        QCOMPARE(predictiveRows(temp.path()), stored);
        // A rerun refreshes the rows instead of adding new ones.
        const CliRun again = runCli(args);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(predictiveRows(temp.path()), stored);
    }

    void tableOutputAndAsOf()
    {
        TempDatabase temp;
        QVERIFY(insertTasks(temp.db(), history()).ok());
        // As of a time inside the history: only what came before counts.
        const CliRun run = runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("predict"), QStringLiteral("--as-of"),
                                   QStringLiteral("2026-01-20T12:00:00Z"), QStringLiteral("--look-ahead-hours"),
                                   QStringLiteral("48"), QStringLiteral("--slot-minutes"), QStringLiteral("60")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("from 2026-01-20T12:00:00Z to 2026-01-22T12:00:00Z"));
        QVERIFY(run.out.contains("etl"));
    }

    void usageErrors()
    {
        TempDatabase temp;
        for (const QStringList &bad : {QStringList{QStringLiteral("--look-ahead-hours"), QStringLiteral("169")},
                                       QStringList{QStringLiteral("--slot-minutes"), QStringLiteral("7")},
                                       QStringList{QStringLiteral("--min-confidence"), QStringLiteral("1.5")},
                                       QStringList{QStringLiteral("--as-of"), QStringLiteral("soon")}}) {
            const CliRun run = runCli(QStringList{QStringLiteral("--db"), temp.path(), QStringLiteral("predict")} + bad);
            QVERIFY2(run.exitCode == 2, qPrintable(bad.join(QLatin1Char(' '))));
            QVERIFY(run.err.contains(bad.first().toUtf8()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPredictCommand)
#include "tst_predictcommand.moc"
