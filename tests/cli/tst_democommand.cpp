#include "testsupport/testsupport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

class TestDemoCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsTheDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("--output-format"), QStringLiteral("json"),
                                   QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("14"),
                                   QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        const int created = summary.value(QStringLiteral("tasks_created")).toInt();
        QVERIFY(created > 14 * 10);
        QCOMPARE(summary.value(QStringLiteral("days")).toInt(), 14);
        QCOMPARE(summary.value(QStringLiteral("seed")).toString(), QStringLiteral("7"));
        const qint64 last = QDateTime::fromString(summary.value(QStringLiteral("last_start")).toString(), Qt::ISODate).toSecsSinceEpoch();
        QVERIFY(last <= QDateTime::currentSecsSinceEpoch() && last > before - 86400); // ends now

        Result<Database> opened = Database::open(db);
        QVERIFY(opened);
        {
            QSqlQuery q(opened->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT type), count(host), min(started_epoch) FROM tasks")) && q.next());
            QCOMPARE(q.value(0).toInt(), created);
            QVERIFY(q.value(1).toInt() >= 10);
            QCOMPARE(q.value(2).toInt(), created);
            QVERIFY(q.value(3).toLongLong() >= before - 14 * 86400);
            // banana-bun style text times, parseable by SQLite.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tasks WHERE strftime('%s', started_at) + 0 = started_epoch")) && q.next());
            QCOMPARE(q.value(0).toInt(), created);
        }
        opened->closeThreadConnection();
    }

    void tableOutputAndDefaults()
    {
        QTemporaryDir dir;
        const CliRun run = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("demo.db")), QStringLiteral("demo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Generated "), run.out.constData());
        QVERIFY(run.out.contains("over 60 days"));
        QVERIFY(run.out.contains("seed 42"));
    }

    void runsEveryPhaseByDefaultAndTheSeedGuideStillWorks()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("full.db"));
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("--output-format"), QStringLiteral("json"),
                                   QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("30")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QVERIFY(summary.value(QStringLiteral("tasks_created")).toInt() > 300);
        QVERIFY(summary.value(QStringLiteral("patterns_found")).toInt() > 0);
        QVERIFY(summary.value(QStringLiteral("rules_created")).toInt() > 0);
        QVERIFY(summary.value(QStringLiteral("predictions_validated")).toInt() > 0);
        QVERIFY(summary.value(QStringLiteral("optimization_run_id")).toInt() > 0);
        // The seed guide's own steps run again on the analysed database.
        const QList<QStringList> guide = {
            {QStringLiteral("migrate")},
            {QStringLiteral("analyze-activity-patterns"), QStringLiteral("--days"), QStringLiteral("30")},
            {QStringLiteral("generate-scheduling-rules"), QStringLiteral("--from-patterns")},
            {QStringLiteral("optimize-resource-schedule"), QStringLiteral("--balance-load"), QStringLiteral("--look-ahead-hours"),
             QStringLiteral("24")},
            {QStringLiteral("optimize-resource-schedule"), QStringLiteral("--balance-load"), QStringLiteral("--auto-apply")},
            {QStringLiteral("search-similar-patterns"), QStringLiteral("--pattern-type"), QStringLiteral("daily_recurring")},
        };
        for (const QStringList &args : guide) {
            const CliRun step = runCli(QStringList({QStringLiteral("--db"), db}) + args);
            QVERIFY2(step.exitCode == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(step.err)));
        }
        // --history-only stays plain: no patterns, rules or predictions.
        const QString plain = dir.filePath(QStringLiteral("plain.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), plain, QStringLiteral("demo"), QStringLiteral("--history-only"),
                         QStringLiteral("--days"), QStringLiteral("7")})
                     .exitCode,
                 0);
        Result<Database> opened = Database::open(plain);
        QVERIFY(opened);
        {
            QSqlQuery q(opened->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM activity_patterns) + (SELECT count(*) FROM "
                                          "scheduling_rules) + (SELECT count(*) FROM predictive_schedules)")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        opened->closeThreadConnection();
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("days 0") << QStringList({QStringLiteral("--days"), QStringLiteral("0")})
                                << QStringLiteral("--days: expected a whole number from 1 to 3650, got '0'");
        QTest::newRow("days text") << QStringList({QStringLiteral("--days"), QStringLiteral("many")})
                                   << QStringLiteral("--days: expected a whole number from 1 to 3650, got 'many'");
        QTest::newRow("seed negative") << QStringList({QStringLiteral("--seed"), QStringLiteral("-1")})
                                       << QStringLiteral("--seed: expected a whole number from 0 to");
        QTest::newRow("extra argument") << QStringList({QStringLiteral("now")}) << QStringLiteral("demo takes no arguments, got 'now'");
        QTest::newRow("full and history-only") << QStringList({QStringLiteral("--full"), QStringLiteral("--history-only")})
                                               << QStringLiteral("--full and --history-only exclude each other");
    }
    void rejectsBadOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        const CliRun run = runCli(QStringList({QStringLiteral("--db"), db, QStringLiteral("demo")}) + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(!QFile::exists(db));
    }

    void sameSeedSameHistoryShape()
    {
        QTemporaryDir dir;
        QList<QByteArray> counts;
        for (const char *name : {"a.db", "b.db"}) {
            const CliRun run = runCli({QStringLiteral("--db"), dir.filePath(QString::fromLatin1(name)), QStringLiteral("--output-format"),
                                       QStringLiteral("json"), QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("5")});
            QCOMPARE(run.exitCode, 0);
            counts << QByteArray::number(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("tasks_created")).toInt());
        }
        // Both runs end at "now" (seconds apart), so the count may differ by a
        // task at the edge only.
        QVERIFY(qAbs(counts.at(0).toInt() - counts.at(1).toInt()) <= 2);
    }

    void help()
    {
        const CliRun run = runCli({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--days"));
        QVERIFY(run.out.contains("Examples:"));
    }
};

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "tst_democommand.moc"
