#include "core/localizedtext.h"
#include "core/slotgrid.h"

#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
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

qint64 count(const QString &path, const QString &sql)
{
    auto db = Database::open(path);
    QSqlQuery q(db->connection());
    const qint64 n = q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    db->closeThreadConnection();
    return n;
}

void addNightlyRule(TempDatabase &temp)
{
    QSqlQuery q(temp.db().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO scheduling_rules (id, rule_name, cron_expression, confidence_score, is_enabled) "
                                  "VALUES (12, 'nightly', '30 2 * * *', 1.0, 1)")));
}

} // namespace

class TestPredictCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
private Q_SLOTS:
    void initTestCase()
    {
        // The user's settings must not decide whether these runs pre-schedule.
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("predict.conf")).toUtf8());
    }

    void scheduleMakesPendingWorkOnce()
    {
        TempDatabase temp;
        QVERIFY(insertTasks(temp.db(), history()).ok());
        addNightlyRule(temp);
        const qint64 tasksBefore = count(temp.path(), QStringLiteral("SELECT COUNT(*) FROM tasks"));
        const QStringList args{QStringLiteral("--db"), temp.path(), QStringLiteral("--output-format"),
                               QStringLiteral("json"), QStringLiteral("predict"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-02-10"), QStringLiteral("--schedule")};
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        qint64 confident = 0;
        for (const auto &v : o.value(QStringLiteral("predictions")).toArray())
            confident += v.toObject().value(QStringLiteral("confidence_score")).toDouble() >= 0.9 ? 1 : 0;
        QVERIFY(confident >= 1);
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("pre_scheduled")).toInt(), confident);
        QCOMPARE(count(temp.path(), QStringLiteral("SELECT COUNT(*) FROM tasks")), tasksBefore + confident);

        auto db = Database::open(temp.path());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT t.status, t.description, t.started_at, s.cron_expression, s.timezone, s.enabled, s.next_run_at, "
            "s.is_predictive, s.prediction_confidence, s.rule_id, p.is_scheduled FROM task_schedules s "
            "JOIN tasks t ON t.id = s.template_task_id JOIN predictive_schedules p "
            "ON p.predicted_task_type = t.type AND p.predicted_execution_time = s.next_run_at "
            "WHERE t.type = 'nightly'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("pending"));
        QVERIFY2(q.value(1).toString().contains(QLatin1String("Predicted by Rulecast")), qPrintable(q.value(1).toString()));
        QVERIFY(q.value(1).toString().contains(QLatin1String("rule #12")));
        QVERIFY(q.value(2).isNull());
        QCOMPARE(q.value(3).toString(), QStringLiteral("30 2 10 2 *"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("UTC"));
        QCOMPARE(q.value(5).toInt(), 1);
        QCOMPARE(q.value(6).toString(), QStringLiteral("2026-02-10 02:30:00"));
        QCOMPARE(q.value(7).toInt(), 1);
        QVERIFY(q.value(8).toDouble() >= 0.9);
        QCOMPARE(q.value(9).toInt(), 12);
        QCOMPARE(q.value(10).toInt(), 1);
        QVERIFY(!q.next());
        q.finish();
        db->closeThreadConnection();

        // A rerun schedules nothing again.
        const CliRun again = runCli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("summary")).toObject()
                     .value(QStringLiteral("pre_scheduled")).toInt(), 0);
        QCOMPARE(count(temp.path(), QStringLiteral("SELECT COUNT(*) FROM tasks")), tasksBefore + confident);
        QCOMPARE(count(temp.path(), QStringLiteral("SELECT COUNT(*) FROM task_schedules WHERE is_predictive")), confident);
    }

    // Automatic pre-scheduling predicts from the real clock, so this history
    // ends yesterday: "nightly" at 02:31 for 40 days, a rule at 02:30.
    void reservationSettingSchedulesWithoutFlag()
    {
        TempDatabase temp;
        const qint64 today = QDateTime::currentSecsSinceEpoch() / kDay;
        QList<TaskRecord> tasks;
        for (int d = 1; d <= 40; ++d)
            tasks.append(makeTask(QStringLiteral("nightly"), (today - d) * kDay + 2 * 3600 + 1860, 300));
        QVERIFY(insertTasks(temp.db(), tasks).ok());
        addNightlyRule(temp);
        const QStringList args{QStringLiteral("--db"), temp.path(), QStringLiteral("predict")};
        const QString key = QStringLiteral("predictive_scheduling.resource_reservation_enabled");
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("false")}).exitCode, 0);
        CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(count(temp.path(), QStringLiteral("SELECT COUNT(*) FROM task_schedules")), 0);
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("reset"), key}).exitCode, 0); // default: true
        // A replay (--as-of) never pre-schedules on its own.
        run = runCli(args + QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-02-10")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(count(temp.path(), QStringLiteral("SELECT COUNT(*) FROM task_schedules")), 0);
        run = runCli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("1 pre-scheduled as pending tasks"), run.out.constData());
        QCOMPARE(count(temp.path(), QStringLiteral("SELECT COUNT(*) FROM task_schedules WHERE is_predictive AND rule_id = 12")), 1);
        QCOMPARE(count(temp.path(), QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'pending'")), 1);
    }

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
        // Every listed prediction is stored, those without a rule too.
        QCOMPARE(stored, qint64(predictions.size()));
        QCOMPARE(predictiveRows(temp.path()), stored);
        {
            QSqlQuery q(temp.db().connection());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT rule_id, source, explanation FROM predictive_schedules WHERE predicted_task_type = 'etl' "
                "AND predicted_execution_time = '2026-02-10 09:00:00'")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).isNull());
            QVERIFY2(q.value(1).toString().contains(QLatin1String("history")), qPrintable(q.value(1).toString()));
            QVERIFY(!q.value(2).toString().isEmpty());
            // Every stored explanation is kept as a sentence too (schema step
            // 10), whose English is the explanation column word for word.
            QVERIFY(q.exec(QStringLiteral("SELECT explanation, explanation_text FROM predictive_schedules")));
            int sentences = 0;
            while (q.next()) {
                const std::optional<LocalizedText> text = LocalizedText::fromJsonText(q.value(1).toString());
                QVERIFY2(text, qPrintable(q.value(1).toString()));
                QCOMPARE(text->toEnglish(), q.value(0).toString());
                ++sentences;
            }
            QCOMPARE(sentences, int(stored));
            QVERIFY(q.exec(QStringLiteral(
                "SELECT rule_id, source FROM predictive_schedules WHERE predicted_task_type = 'nightly' "
                "AND predicted_execution_time = '2026-02-10 02:30:00'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 12);
            QVERIFY2(q.value(1).toString().contains(QLatin1String("rule")), qPrintable(q.value(1).toString()));
            // A validated row (here a miss: no actual time) is history: a rerun must not touch it.
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE predictive_schedules SET prediction_accuracy = 0, confidence_score = 0.123 "
                "WHERE predicted_task_type = 'nightly'")));
        }
        // A rerun refreshes the rows instead of adding new ones.
        const CliRun again = runCli(args);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(predictiveRows(temp.path()), stored);
        const qint64 refreshed = QJsonDocument::fromJson(again.out).object().value(QStringLiteral("summary"))
                                     .toObject().value(QStringLiteral("stored")).toInt();
        QCOMPARE(refreshed, stored - 1);
        QSqlQuery q(temp.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT confidence_score FROM predictive_schedules WHERE predicted_task_type = 'nightly'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 0.123);
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
