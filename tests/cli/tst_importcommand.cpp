#include "testsupport/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {
QJsonObject jsonOf(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}
} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsCsvWithJsonSummary()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("--output-format"), QStringLiteral("json"),
                                   QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"),
                                   dataFile(QStringLiteral("import/tasks.csv"))});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = jsonOf(run.out);
        QCOMPARE(summary.value(QStringLiteral("tasks_imported")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 0);
        QVERIFY(run.err.isEmpty());
    }

    void tableOutputAndEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv") << "csv" << "import/tasks.csv" << "Imported 4 tasks from";
        QTest::newRow("json") << "json" << "import/tasks.json" << "Imported 3 tasks from";
        QTest::newRow("swf") << "swf" << "import/small.swf.gz" << "Imported 3 tasks from";
        QTest::newRow("syslog") << "syslog" << "import/journal-short-iso.log" << "skipped 2 lines";
        QTest::newRow("crontab") << "crontab" << "import/crontab.txt" << "Imported 5 job definitions as scheduling rules";
        QTest::newRow("jobs-json") << "jobs-json" << "import/jobs.json" << "Imported 3 job definitions";
    }
    void tableOutputAndEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const CliRun run = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.db")), QStringLiteral("import"),
                                   QStringLiteral("--format"), format, dataFile(fixture)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(expected.toUtf8()), run.out.constData());
    }

    void swfTypeField()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("swf"),
                             QStringLiteral("--type-field"), QStringLiteral("partition"), dataFile(QStringLiteral("import/small.swf"))});
        QCOMPARE(run.exitCode, 0);
        Result<Database> opened = Database::open(db);
        QVERIFY(opened);
        {
            QSqlQuery q(opened->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tasks WHERE type = 'partition3'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        opened->closeThreadConnection();
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("swf"),
                      QStringLiteral("--type-field"), QStringLiteral("group"), dataFile(QStringLiteral("import/small.swf"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--type-field: expected one of user|app|queue|partition, got 'group'"), run.err.constData());
    }

    void badRowLeavesDatabaseByteIdentical_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("message");
        QTest::newRow("csv") << "csv" << "import/tasks-bad-date.csv" << ":3: field 'started_at': expected an ISO-8601 time, got 'not-a-date'";
        QTest::newRow("json") << "json" << "import/tasks-bad.json" << ":4: field 'started_at': expected an ISO-8601 time, got 'not-a-date'";
        QTest::newRow("swf") << "swf" << "import/bad-field.swf" << ":3: field 'submit_time'";
        QTest::newRow("syslog") << "syslog" << "import/syslog-bad.log" << ":2: field 'timestamp'";
        QTest::newRow("crontab") << "crontab" << "import/crontab-bad.txt" << ":2: expected five schedule fields";
        QTest::newRow("jobs-json") << "jobs-json" << "import/jobs-bad.json" << ":3: field 'schedule'";
    }
    void badRowLeavesDatabaseByteIdentical()
    {
        QFETCH(QString, format);
        QFETCH(QString, fixture);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--history-only"), QStringLiteral("--days"), QStringLiteral("3")}).exitCode, 0);
        const QByteArray before = fileBytes(db);
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("--output-format"), QStringLiteral("json"),
                                   QStringLiteral("import"), QStringLiteral("--format"), format, dataFile(fixture)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY2(err.startsWith(QStringLiteral("error: ") + dataFile(fixture) + message), qPrintable(err));
        QCOMPARE(fileBytes(db), before);
        // Nothing waits in a write-ahead log to be checkpointed into it later.
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")) || fileBytes(db + QStringLiteral("-wal")).isEmpty());
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), dataFile(QStringLiteral("import/tasks.csv"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--format is required"));
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("FILE is required"));
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("syslog"),
                      QStringLiteral("--year"), QStringLiteral("12"), dataFile(QStringLiteral("import/cronie.log"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--year: expected a whole number from 1970 to 9999, got '12'"));
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"),
                      dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("missing.csv: no such file"));
        QVERIFY(!QFile::exists(db)); // nothing created for a typo
    }

    void helpHasExamples()
    {
        const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Examples:"));
        QVERIFY(run.out.contains("--type-field"));
        QVERIFY(run.out.contains("rulecast-cli import --format swf"));
    }

    void realNasaTrace()
    {
        const QString trace = sharedDataFile(QStringLiteral("NASA-iPSC-1993-3.1-cln.swf.gz"));
        if (trace.isEmpty())
            QSKIP("../shared/data/NASA-iPSC-1993-3.1-cln.swf.gz is not present (set RULECAST_SHARED_DATA)");
        QTemporaryDir dir;
        const CliRun run = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("nasa.db")), QStringLiteral("--output-format"),
                                   QStringLiteral("json"), QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("swf"), trace});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonOf(run.out).value(QStringLiteral("tasks_imported")).toInt(), 18239);
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
