#include "importtesting.h"

#include "testsupport/faketranslator.h"

#include <QCoreApplication>

using namespace rulecast;
using namespace rulecast::test;

class TestCsvImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsEveryField()
    {
        TempDatabase tdb;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importCsv, dataFile(QStringLiteral("import/tasks.csv")));
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->tasks, 4);
        QCOMPARE(taskRows(tdb.db()),
                 QStringList({
                     QStringLiteral("backup|completed|nas|2027-01-04 02:13:00|2027-01-04 02:41:30|1799028780|1799030490|35.5|512|2048|12.5|nightly backup"),
                     // +01:00 converted to UTC; quoted comma and doubled quotes.
                     QStringLiteral("transcode|completed|media|2027-01-04 02:00:00|2027-01-04 02:30:00|1799028000|1799029800|180|2048|700||episode 1, part \"one\""),
                     // No offset means UTC; empty finished_at and figures are NULL.
                     QStringLiteral("download|running|nas|2027-01-04 05:10:00||1799039400||||||"),
                     // A quoted field spanning two lines; fractions of a second dropped.
                     QStringLiteral("summarize|failed||2027-01-04 06:00:00|2027-01-04 06:01:05|1799042400|1799042465|5|64|0|0|multi\nline note"),
                 }));
        // banana-bun's own date functions work on what we wrote.
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT strftime('%H:%M', started_at), created_at FROM tasks WHERE type = 'backup'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("02:13"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2027-01-04 02:13:00"));
    }

    void anyColumnOrderAndExtraColumns()
    {
        TempDatabase tdb;
        const Result<ImportCounts> counts =
            importInto(tdb.db(), &importCsv, dataFile(QStringLiteral("import/tasks-reordered.csv")));
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(taskRows(tdb.db()),
                 QStringList({QStringLiteral("backup|completed|nas|2027-01-05 02:13:00|2027-01-05 02:20:00|1799115180|1799115600|||||"),
                              QStringLiteral("sync|failed||2027-01-05 04:00:00||1799121600||||||")}));
    }

    void rejectsBadRows_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const char *fixture, const QString &error) {
            const QString path = dataFile(QStringLiteral("import/") + QString::fromLatin1(fixture));
            QTest::newRow(name) << path << (path + error);
        };
        row("bad date", "tasks-bad-date.csv", QStringLiteral(":3: field 'started_at': expected an ISO-8601 time, got 'not-a-date'"));
        row("bad number", "tasks-bad-number.csv",
            QStringLiteral(":3: field 'cpu_percent': expected a number of at least 0 or nothing, got 'lots'"));
        row("missing column", "tasks-missing-column.csv",
            QStringLiteral(":1: the header lacks the required column 'status' (required: type, started_at, finished_at, status)"));
        row("field count", "tasks-wrong-field-count.csv", QStringLiteral(":3: expected 4 fields as in the header, got 3"));
        row("finish before start", "tasks-finish-before-start.csv",
            QStringLiteral(":2: field 'finished_at': expected a time not before started_at (2027-01-04T02:13:00Z), got "
                           "'2027-01-04T01:00:00Z'"));
    }
    void rejectsBadRows()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, error);
        verifyRejected(&importCsv, fixture, error);
    }

    void missingFile()
    {
        TempDatabase tdb;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importCsv, tdb.dir() + QStringLiteral("/nope.csv"));
        QVERIFY(!counts);
        QVERIFY2(counts.error().endsWith(QStringLiteral("nope.csv: no such file")), qPrintable(counts.error()));
    }

    void emptyFileAndUnclosedQuote()
    {
        TempDatabase tdb;
        const QString empty = tdb.dir() + QStringLiteral("/empty.csv");
        QFile(empty).open(QIODevice::WriteOnly);
        Result<ImportCounts> counts = importInto(tdb.db(), &importCsv, empty);
        QVERIFY(!counts);
        QVERIFY2(counts.error().contains(QStringLiteral("the file is empty")), qPrintable(counts.error()));

        const QString open = tdb.dir() + QStringLiteral("/open.csv");
        QFile f(open);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("type,started_at,finished_at,status\nbackup,2027-01-04,,\"completed\n");
        f.close();
        counts = importInto(tdb.db(), &importCsv, open);
        QVERIFY(!counts);
        QCOMPARE(counts.error(), open + QStringLiteral(":2: a quoted field is never closed"));
        QCOMPARE(countRows(tdb.db(), QStringLiteral("tasks")), 0);
    }

    void cancelStops()
    {
        TempDatabase tdb;
        const QString big = tdb.dir() + QStringLiteral("/big.csv");
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("type,started_at,finished_at,status\n");
        for (int i = 0; i < 40000; ++i)
            f.write("backup,2027-01-04T02:13:00Z,2027-01-04T02:14:00Z,completed\n");
        f.close();
        std::atomic_bool cancel{true};
        Progress progress;
        progress.cancelFlag = &cancel;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importCsv, big, {}, progress);
        QVERIFY(!counts);
        QCOMPARE(counts.error(), QStringLiteral("import canceled"));
        QCOMPARE(countRows(tdb.db(), QStringLiteral("tasks")), 0);
    }
    // The import dialog's error box shows the message in the user's
    // language, still naming the file, the line and the field.
    void rejectionInTheUsersLanguage()
    {
        FakeTranslator german;
        german.add("Importer", "%1:%2: field '%3': expected %4, got '%5'",
                   QStringLiteral("%1:%2: Feld „%3“: erwartet wird %4, erhalten: „%5“"))
            .add("Importer", "an ISO-8601 time", QStringLiteral("eine ISO-8601-Zeit"))
            .add("Importer", "the header lacks the required column '%1' (required: %2)",
                 QStringLiteral("der Kopfzeile fehlt die Pflichtspalte „%1“ (Pflicht: %2)"))
            .add("Importer", "%1:%2: %3", QStringLiteral("%1:%2: %3"));
        QCoreApplication::installTranslator(&german);
        const QString badDate = dataFile(QStringLiteral("import/tasks-bad-date.csv"));
        verifyRejected(&importCsv, badDate,
                       badDate + QStringLiteral(":3: Feld „started_at“: erwartet wird eine ISO-8601-Zeit, erhalten: „not-a-date“"));
        const QString missing = dataFile(QStringLiteral("import/tasks-missing-column.csv"));
        verifyRejected(&importCsv, missing,
                       missing + QStringLiteral(":1: der Kopfzeile fehlt die Pflichtspalte „status“ (Pflicht: type, "
                                                "started_at, finished_at, status)"));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
