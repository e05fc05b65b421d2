#include "importtesting.h"

#include <QElapsedTimer>

using namespace rulecast;
using namespace rulecast::test;

class TestSwfImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsJobs_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("plain") << dataFile(QStringLiteral("import/small.swf"));
        QTest::newRow("gzip") << dataFile(QStringLiteral("import/small.swf.gz"));
    }
    void importsJobs()
    {
        QFETCH(QString, fixture);
        TempDatabase tdb;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importSwf, fixture);
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->tasks, 3);
        // start = UnixStartTime + submit + wait (-1 wait is 0), finish = start + run;
        // memory = used memory (KB per processor) x processors.
        QCOMPARE(taskRows(tdb.db()),
                 QStringList({
                     QStringLiteral("user1|completed||1993-10-01 07:00:03|1993-10-01 07:24:14|749458803|749460254|128||||SWF job 1"),
                     QStringLiteral("user2|failed|partition3|1993-10-01 07:24:53|1993-10-01 08:26:59|749460293|749464019|64|6.25|||SWF job 2"),
                     QStringLiteral("user-unknown|cancelled||1993-10-01 08:26:41||749464001||||||SWF job 3"),
                 }));
    }

    void typeField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("secondType");
        QTest::newRow("app") << QStringLiteral("app") << QStringLiteral("app7");
        QTest::newRow("queue") << QStringLiteral("queue") << QStringLiteral("queue1");
        QTest::newRow("partition") << QStringLiteral("partition") << QStringLiteral("partition3");
    }
    void typeField()
    {
        QFETCH(QString, field);
        QFETCH(QString, secondType);
        TempDatabase tdb;
        ImportOptions options;
        options.swfTypeField = field;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importSwf, dataFile(QStringLiteral("import/small.swf")), options);
        QVERIFY2(counts, qPrintable(counts.error()));
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT type FROM tasks ORDER BY id")));
        QStringList types;
        while (q.next())
            types << q.value(0).toString();
        QCOMPARE(types, QStringList({field + QStringLiteral("-unknown"), secondType, field + QStringLiteral("-unknown")}));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("error");
        const QString bad = dataFile(QStringLiteral("import/bad-field.swf"));
        QTest::newRow("bad number") << bad
                                    << bad + QStringLiteral(":3: field 'submit_time': expected a number, 0 or more, or -1 for unknown, got 'abc'");
        const QString shortLine = dataFile(QStringLiteral("import/short-line.swf"));
        QTest::newRow("short line") << shortLine << shortLine + QStringLiteral(":2: expected 18 whitespace-separated fields, got 5");
        const QString noStart = dataFile(QStringLiteral("import/no-start-time.swf"));
        QTest::newRow("no start time") << noStart
                                       << noStart + QStringLiteral(":2: a job before any '; UnixStartTime:' header line (SWF times count from it)");
    }
    void rejectsBadInput()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, error);
        verifyRejected(&importSwf, fixture, error);
    }

    void rejectsUnknownTypeField()
    {
        TempDatabase tdb;
        ImportOptions options;
        options.swfTypeField = QStringLiteral("group");
        const Result<ImportCounts> counts = importInto(tdb.db(), &importSwf, dataFile(QStringLiteral("import/small.swf")), options);
        QVERIFY(!counts);
        QVERIFY2(counts.error().contains(QStringLiteral("expected user, app, queue or partition")), qPrintable(counts.error()));
    }

    void corruptGzip()
    {
        TempDatabase tdb;
        QByteArray bytes = fileBytes(dataFile(QStringLiteral("import/small.swf.gz")));
        const QString path = tdb.dir() + QStringLiteral("/cut.swf.gz");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() / 2));
        f.close();
        const Result<ImportCounts> counts = importInto(tdb.db(), &importSwf, path);
        QVERIFY(!counts);
        QVERIFY2(counts.error().contains(QStringLiteral("truncated")) || counts.error().contains(QStringLiteral("corrupt gzip")),
                 qPrintable(counts.error()));
        QCOMPARE(countRows(tdb.db(), QStringLiteral("tasks")), 0);
    }

    void realNasaTrace()
    {
        const QString trace = sharedDataFile(QStringLiteral("NASA-iPSC-1993-3.1-cln.swf.gz"));
        if (trace.isEmpty())
            QSKIP("../shared/data/NASA-iPSC-1993-3.1-cln.swf.gz is not present (set RULECAST_SHARED_DATA)");
        TempDatabase tdb;
        QElapsedTimer timer;
        timer.start();
        const Result<ImportCounts> counts = importInto(tdb.db(), &importSwf, trace);
        QVERIFY2(counts, qPrintable(counts.error()));
        qInfo("NASA iPSC trace: %lld tasks in %lld ms", counts->tasks, timer.elapsed());
        QCOMPARE(counts->tasks, 18239);
        QCOMPARE(countRows(tdb.db(), QStringLiteral("tasks")), 18239);
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT min(started_at), max(started_at), count(DISTINCT type) FROM tasks")) && q.next());
        // UnixStartTime 749458803 is 1993-10-01 07:00:03 UTC (00:00:03 PDT).
        QCOMPARE(q.value(0).toString(), QStringLiteral("1993-10-01 07:00:03"));
        QVERIFY(q.value(1).toString().startsWith(QStringLiteral("1994-01-01")) || q.value(1).toString().startsWith(QStringLiteral("1993-12-31")));
        QCOMPARE(q.value(2).toInt(), 69); // 69 users
    }
};

QTEST_GUILESS_MAIN(TestSwfImporter)
#include "tst_swfimporter.moc"
