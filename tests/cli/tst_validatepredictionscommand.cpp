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
const qint64 kT = 20494 * kDay; // 2026-02-10 00:00 UTC

// 40 days of "nightly" at 02:31 and "etl" at 09:05; on the predicted day
// nightly runs and etl does not.
QList<TaskRecord> history()
{
    QList<TaskRecord> tasks;
    for (int d = 40; d >= 1; --d) {
        tasks.append(makeTask(QStringLiteral("nightly"), kT - d * kDay + 2 * 3600 + 1860, 300));
        tasks.append(makeTask(QStringLiteral("etl"), kT - d * kDay + 9 * 3600 + 300, 600));
    }
    tasks.append(makeTask(QStringLiteral("nightly"), kT + 2 * 3600 + 1860, 480));
    return tasks;
}

} // namespace

class TestValidatePredictionsCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
private Q_SLOTS:
    void initTestCase()
    {
        // Default settings (a 24-hour validation window), whatever the user's file says.
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("validate.conf")).toUtf8());
    }

    void predictThenValidateJson()
    {
        TempDatabase temp;
        QVERIFY(insertTasks(temp.db(), history()).ok());
        const CliRun predict = runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("--output-format"),
                                       QStringLiteral("json"), QStringLiteral("predict"), QStringLiteral("--as-of"),
                                       QStringLiteral("2026-02-10")});
        QVERIFY2(predict.exitCode == 0, predict.err.constData());
        const qint64 stored = QJsonDocument::fromJson(predict.out).object().value(QStringLiteral("summary")).toObject()
                                  .value(QStringLiteral("stored")).toInt();
        QVERIFY(stored >= 2);

        const QStringList args{QStringLiteral("--db"), temp.path(), QStringLiteral("--output-format"),
                               QStringLiteral("json"), QStringLiteral("validate-predictions"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-02-12")};
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        for (const char *key : {"validated", "hits", "accuracy_rate", "false_positive_rate", "duration_error_minutes",
                                "brier", "calibration", "predictions"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("validated")).toInt(), stored);
        const double accuracy = o.value(QStringLiteral("accuracy_rate")).toDouble();
        QVERIFY(accuracy > 0 && accuracy < 1);
        QCOMPARE(accuracy + o.value(QStringLiteral("false_positive_rate")).toDouble(), 1.0);
        // nightly: estimated 5 minutes, ran 8.
        QCOMPARE(o.value(QStringLiteral("duration_error_minutes")).toDouble(), 3.0);
        QVERIFY(o.value(QStringLiteral("brier")).toDouble() > 0);
        qint64 binned = 0;
        for (const auto &v : o.value(QStringLiteral("calibration")).toArray())
            binned += v.toObject().value(QStringLiteral("count")).toInt();
        QCOMPARE(binned, stored);
        {
            QSqlQuery q(temp.db().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT actual_execution_time, prediction_accuracy FROM predictive_schedules "
                                          "WHERE predicted_task_type = 'nightly' AND predicted_execution_time = "
                                          "'2026-02-10 02:30:00'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("2026-02-10 02:31:00"));
            QCOMPARE(q.value(1).toDouble(), 1.0);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM predictive_schedules WHERE prediction_accuracy IS NULL")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }

        // A rerun validates nothing twice and says so on stderr.
        const CliRun again = runCli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("validated")).toInt(), 0);
        QVERIFY(again.err.contains("nothing to validate"));
    }

    void tableAndDetailedOutput()
    {
        TempDatabase temp;
        QVERIFY(insertTasks(temp.db(), history()).ok());
        QCOMPARE(runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("predict"), QStringLiteral("--as-of"),
                         QStringLiteral("2026-02-10")})
                     .exitCode,
                 0);
        // Not due yet as of 2026-02-10 12:00 (the slots end within the 24-hour window).
        CliRun run = runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("validate-predictions"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-02-10T12:00:00Z")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Validated 0 predictions"), run.out.constData());
        run = runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("--output-format"), QStringLiteral("detailed"),
                      QStringLiteral("validate-predictions"), QStringLiteral("--as-of"), QStringLiteral("2026-02-12"),
                      QStringLiteral("--tolerance-minutes"), QStringLiteral("0")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("tolerance 0 min"), run.out.constData());
        QVERIFY(run.out.contains("Calibration"));
        QVERIFY(run.out.contains("nightly  ran 2026-02-10T02:31:00Z, took 8.0 min (estimated 5.0)"));
        QVERIFY(run.out.contains("etl  did not run"));
    }

    void usageErrors()
    {
        TempDatabase temp;
        for (const QStringList &bad : {QStringList{QStringLiteral("--tolerance-minutes"), QStringLiteral("-1")},
                                       QStringList{QStringLiteral("--as-of"), QStringLiteral("soon")}}) {
            const CliRun run =
                runCli(QStringList{QStringLiteral("--db"), temp.path(), QStringLiteral("validate-predictions")} + bad);
            QVERIFY2(run.exitCode == 2, qPrintable(bad.join(QLatin1Char(' '))));
            QVERIFY(run.err.contains(bad.first().toUtf8()));
        }
    }
};

QTEST_GUILESS_MAIN(TestValidatePredictionsCommand)
#include "tst_validatepredictionscommand.moc"
