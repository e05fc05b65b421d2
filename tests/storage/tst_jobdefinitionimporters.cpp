// crontab and jobs-json: job definitions become scheduling rules.
#include "importtesting.h"

#include "storage/rulewriter.h"
#include "testsupport/faketranslator.h"

#include <QCoreApplication>

using namespace rulecast;
using namespace rulecast::test;

namespace {
QStringList ruleRows(Database &db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT rule_name, cron_expression, is_auto_generated, confidence_score, is_enabled, "
                          "estimated_duration_seconds, keep_time, description FROM scheduling_rules ORDER BY id"));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < 8; ++i)
            values << (q.value(i).isNull() ? QString() : q.value(i).toString());
        rows << values.join(u'|');
    }
    return rows;
}
} // namespace

class TestJobDefinitionImporters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void crontab()
    {
        TempDatabase tdb;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importCrontab, dataFile(QStringLiteral("import/crontab.txt")));
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->rules, 5);
        QCOMPARE(counts->tasks, 0);
        QCOMPARE(counts->skipped, 4); // comment, MAILTO, SHELL, @reboot
        QCOMPARE(ruleRows(tdb.db()),
                 QStringList({
                     QStringLiteral("backup|13 2 * * *|0|1|1||0|/usr/local/bin/backup --full"),
                     QStringLiteral("weekly-report|30 9 * * 1,3,5|0|1|1||0|/usr/local/bin/weekly-report --mail"),
                     QStringLiteral("cleanup.sh|0 4 15 * *|0|1|1||0|cd /srv && ./cleanup.sh"),
                     QStringLiteral("sync-photos|@hourly|0|1|1||0|/usr/local/bin/sync-photos"),
                     QStringLiteral("backup (line 9)|*/10 * * * *|0|1|1||0|/usr/local/bin/backup --incremental"),
                 }));
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT source FROM scheduling_rules")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("crontab:") + dataFile(QStringLiteral("import/crontab.txt")));
    }

    void crontabBadSchedule()
    {
        const QString bad = dataFile(QStringLiteral("import/crontab-bad.txt"));
        verifyRejected(&importCrontab, bad,
                       bad + QStringLiteral(":2: expected five schedule fields and a command (minute hour "
                                            "day-of-month month day-of-week command), or NAME=value"));
    }

    // The importer reads crontabs with core's parser (the one --jobs-file
    // uses): the user column and `# rulecast:` comments come along.
    void crontabUserColumnAndComments()
    {
        TempDatabase tdb;
        const Result<ImportCounts> counts =
            importInto(tdb.db(), &importCrontab, dataFile(QStringLiteral("import/system-crontab.txt")));
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->rules, 2);
        QCOMPARE(counts->skipped, 4); // two comments, SHELL, one more comment
        QCOMPARE(ruleRows(tdb.db()),
                 QStringList({QStringLiteral("run-parts|17 * * * *|0|1|1|600|1|cd / && run-parts --report /etc/cron.hourly"),
                              QStringLiteral("nightly-backup|25 2 * * *|0|1|1|3600|0|/usr/local/bin/backup --full")}));
    }

    void jobsJson()
    {
        TempDatabase tdb;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importJobsJson, dataFile(QStringLiteral("import/jobs.json")));
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->rules, 3);
        QCOMPARE(ruleRows(tdb.db()),
                 QStringList({QStringLiteral("job_a|*/5 * * * *|0|1|1|29|0|first"),
                              QStringLiteral("job_b|0 1 * * *|0|1|1|6365|1|second"),
                              QStringLiteral("job_c|@daily|0|1|1|13|0|")}));
    }

    void jobsJsonBadSchedule()
    {
        const QString bad = dataFile(QStringLiteral("import/jobs-bad.json"));
        verifyRejected(&importJobsJson, bad,
                       bad + QStringLiteral(":3: field 'schedule': expected a cron schedule: expected 5 fields (minute "
                                            "hour day-of-month month day-of-week), got 4, got '0 1 * *'"));
    }

    void realCronIronerLists()
    {
        const QString list = sharedDataFile(QStringLiteral("cron-jobs/jobs-1.json"));
        if (list.isEmpty())
            QSKIP("../shared/data/cron-jobs/jobs-1.json is not present (set RULECAST_SHARED_DATA)");
        TempDatabase tdb;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importJobsJson, list);
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->rules, 330);
        QCOMPARE(countRows(tdb.db(), QStringLiteral("scheduling_rules")), 330);
    }

    void cronProblems_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("valid");
        QTest::newRow("five fields") << QStringLiteral("*/5 1-3 * jan mon") << true;
        QTest::newRow("macro") << QStringLiteral("@weekly") << true;
        QTest::newRow("unknown macro") << QStringLiteral("@sometimes") << false;
        QTest::newRow("six fields") << QStringLiteral("0 0 * * * *") << false;
        QTest::newRow("bad characters") << QStringLiteral("0 0 * * $") << false;
        QTest::newRow("out of range") << QStringLiteral("61 0 * * *") << false;
        QTest::newRow("never fires, still a job") << QStringLiteral("0 0 31 2 *") << true;
    }
    void cronProblems()
    {
        QFETCH(QString, expression);
        QFETCH(bool, valid);
        QCOMPARE(cronProblem(expression).isEmpty(), valid);
    }
    // In German the import's message is German; a schedule that can never
    // fire is still told apart from a wrong one (by its English wording).
    void inTheUsersLanguage()
    {
        FakeTranslator german;
        german.add("CrontabFile", "%1:%2: %3", QStringLiteral("%1:%2: %3"))
            .add("CrontabFile",
                 "expected five schedule fields and a command (minute hour day-of-month month day-of-week command), "
                 "or NAME=value",
                 QStringLiteral("erwartet werden fünf Zeitplanfelder und ein Befehl"))
            .add("CronExpression", "%1: %2 is out of range %3-%4", QStringLiteral("%1: %2 liegt außerhalb des Bereichs %3-%4"))
            .add("CronExpression", "minute", QStringLiteral("Minute"))
            .add("CronExpression", "day-of-month: the expression can never fire: there is no day %1 in %2",
                 QStringLiteral("Tag des Monats: der Ausdruck wird nie ausgelöst: %2 hat keinen Tag %1"));
        QCoreApplication::installTranslator(&german);
        const QString bad = dataFile(QStringLiteral("import/crontab-bad.txt"));
        verifyRejected(&importCrontab, bad, bad + QStringLiteral(":2: erwartet werden fünf Zeitplanfelder und ein Befehl"));
        QCOMPARE(cronProblem(QStringLiteral("61 0 * * *")), QStringLiteral("Minute: 61 liegt außerhalb des Bereichs 0-59"));
        QCOMPARE(cronProblem(QStringLiteral("0 0 31 2 *")), QString());
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_GUILESS_MAIN(TestJobDefinitionImporters)
#include "tst_jobdefinitionimporters.moc"
