#include "app/demopipeline.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace rulecast;
using namespace rulecast::test;

namespace {

constexpr qint64 End = 1803877200; // 2027-03-01 05:00 UTC: the end's day has begun

// Tables the pipeline must fill, with the rows that prove each step ran.
const char *const kFilled[][2] = {
    {"tasks", "1"},
    {"activity_patterns", "is_active = 1"},
    {"user_behavior_profiles", "1"},
    {"scheduling_rules", "is_enabled = 1"},
    {"rule_actions", "1"},
    {"predictive_schedules", "prediction_accuracy = 1"},           // validated hits
    {"predictive_schedules", "prediction_accuracy = 0"},           // validated misses
    {"predictive_schedules", "predicted_execution_time >= '2027-03-01 05:00:00'"}, // the next 24 h
    {"optimization_results", "dry_run = 1 AND optimization_type = 'load_balancing'"},
};

// Columns that hold a measured duration or the wall clock of the migration:
// they differ from run to run.
bool isTiming(const QString &table, const QString &column)
{
    return (table == QLatin1String("optimization_results") && column.endsWith(QLatin1String("_ms")))
           || (table == QLatin1String("rulecast_schema_version") && column == QLatin1String("applied_at"));
}

// Every row of every table, in rowid order, as text.
QStringList dump(const QString &path)
{
    QStringList out;
    Result<Database> db = Database::open(path);
    if (!db)
        return {db.error()};
    {
        QSqlQuery tables(db->connection());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
            while (q.next()) {
                QStringList fields;
                const QSqlRecord record = q.record();
                for (int i = 0; i < record.count(); ++i)
                    if (!isTiming(table, record.fieldName(i)))
                        fields << record.fieldName(i) + u'=' + (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                out << table + u':' + fields.join(u'|');
            }
        }
    }
    db->closeThreadConnection();
    return out;
}

qint64 count(const QString &path, const QString &table, const QString &where)
{
    Result<Database> db = Database::open(path);
    if (!db)
        return -1;
    qint64 n = -1;
    {
        QSqlQuery q(db->connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where)) && q.next())
            n = q.value(0).toLongLong();
    }
    db->closeThreadConnection();
    return n;
}

DemoPipelineRequest request(const QString &path, quint64 seed = 5)
{
    DemoPipelineRequest r;
    r.demo.databasePath = path;
    r.demo.days = 35;
    r.demo.seed = seed;
    r.demo.endTime = End;
    r.now = End + 60;
    return r;
}

} // namespace

class TestDemoPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsEveryTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        QStringList stages;
        qint64 last = -1;
        bool monotonic = true;
        Progress progress;
        progress.onStage = [&](const QString &s) { stages << s; };
        progress.onProgress = [&](qint64 done, qint64 total) {
            monotonic = monotonic && done >= last && done <= total;
            last = done;
        };
        const Result<DemoPipelineSummary> s = runDemoPipeline(request(path), progress);
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY(monotonic);
        QCOMPARE(last, 1000);
        for (const auto &f : kFilled)
            QVERIFY2(count(path, QString::fromLatin1(f[0]), QString::fromLatin1(f[1])) > 0,
                     qPrintable(QStringLiteral("no row in %1 where %2").arg(QString::fromLatin1(f[0]), QString::fromLatin1(f[1]))));
        // The summary tells the truth about the rows.
        // Nothing pre-scheduled: the tasks are exactly the generated history.
        QCOMPARE(count(path, QStringLiteral("tasks"), QStringLiteral("1")), s->history.tasksCreated);
        QCOMPARE(count(path, QStringLiteral("activity_patterns"), QStringLiteral("is_active = 1")), qint64(s->patternsFound));
        QCOMPARE(count(path, QStringLiteral("scheduling_rules"), QStringLiteral("1")), qint64(s->rulesCreated));
        QCOMPARE(count(path, QStringLiteral("predictive_schedules"), QStringLiteral("prediction_accuracy IS NOT NULL")),
                 s->predictionsValidated);
        QCOMPARE(count(path, QStringLiteral("predictive_schedules"), QStringLiteral("prediction_accuracy = 1")),
                 s->predictionsCameTrue);
        QVERIFY(s->predictionsValidated > 20);
        QVERIFY(s->predictionsNext24h > 0);
        QCOMPARE(count(path, QStringLiteral("optimization_results"), QStringLiteral("id = %1").arg(s->optimizationRunId)), 1);
        // Backfilled predictions start at the seven midnights before the end's day.
        QCOMPARE(count(path, QStringLiteral("predictive_schedules"),
                       QStringLiteral("predicted_execution_time < '2027-02-22 00:00:00'")), 0);
        QVERIFY(count(path, QStringLiteral("predictive_schedules"),
                      QStringLiteral("predicted_execution_time < '2027-02-23 00:00:00'")) > 0);
        QVERIFY(stages.contains(QStringLiteral("Predicting as of 2027-02-22T00:00:00Z")));
        QVERIFY(stages.contains(QStringLiteral("Predicting as of 2027-02-28T00:00:00Z")));
        QVERIFY(!stages.contains(QStringLiteral("Predicting as of 2027-03-01T00:00:00Z")));
    }

    void isDeterministicForASeed()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.db"));
        const QString b = dir.filePath(QStringLiteral("b.db"));
        const QString c = dir.filePath(QStringLiteral("c.db"));
        QVERIFY(runDemoPipeline(request(a)));
        QVERIFY(runDemoPipeline(request(b)));
        QVERIFY(runDemoPipeline(request(c, 6)));
        const QStringList first = dump(a);
        QVERIFY2(first.size() > 500, qPrintable(QString::number(first.size())));
        QCOMPARE(dump(b), first);
        QVERIFY(dump(c) != first);
    }

    void cancelLeavesTheDatabaseAsItWas_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("prefilled");
        QTest::newRow("during the history") << QStringLiteral("Creating the demo history") << false;
        QTest::newRow("during the analysis") << QStringLiteral("Analyzing patterns") << true;
        QTest::newRow("during rule generation") << QStringLiteral("Generating rules") << false;
        QTest::newRow("during the backfill") << QStringLiteral("Predicting as of 2027-02-25T00:00:00Z") << true;
        QTest::newRow("during validation") << QStringLiteral("Validating past predictions") << true;
        QTest::newRow("during the optimization") << QStringLiteral("Optimizing the next 24 hours (balance load)") << true;
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        QFETCH(QString, stage);
        QFETCH(bool, prefilled);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        if (prefilled) {
            // A database with its own history and a finished demo on it.
            DemoPipelineRequest earlier = request(path, 11);
            earlier.demo.days = 20;
            earlier.backfillDays = 2;
            QVERIFY(runDemoPipeline(earlier));
        } else {
            QVERIFY(Database::open(path));
        }
        const QStringList before = dump(path);
        std::atomic_bool cancel{false};
        Progress progress;
        progress.cancelFlag = &cancel;
        progress.onStage = [&](const QString &s) {
            if (s == stage)
                cancel = true;
        };
        const Result<DemoPipelineSummary> s = runDemoPipeline(request(path), progress);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(QLatin1String("demo canceled")), qPrintable(s.error()));
        QVERIFY2(s.error().endsWith(QLatin1String("the database is unchanged")), qPrintable(s.error()));
        QCOMPARE(dump(path), before);
    }

    void aFailedStepLeavesTheDatabaseAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.db"));
        QVERIFY(Database::open(path));
        const QStringList before = dump(path);
        DemoPipelineRequest r = request(path);
        r.config.predictive.predictionValidationWindowHours = -1; // validate refuses a negative window
        const Result<DemoPipelineSummary> s = runDemoPipeline(r);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(QLatin1String("validate-predictions: ")), qPrintable(s.error()));
        QCOMPARE(dump(path), before);
    }

    void refusesABadBackfill()
    {
        QTemporaryDir dir;
        DemoPipelineRequest r = request(dir.filePath(QStringLiteral("b.db")));
        r.backfillDays = 31;
        const Result<DemoPipelineSummary> s = runDemoPipeline(r);
        QVERIFY(!s);
        QVERIFY(s.error().contains(QLatin1String("0-30")));
    }
};

QTEST_GUILESS_MAIN(TestDemoPipeline)
#include "tst_demopipeline.moc"
