#include "importtesting.h"

#include <QFile>

using namespace rulecast;
using namespace rulecast::test;

class TestJsonImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsObjects()
    {
        TempDatabase tdb;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importJson, dataFile(QStringLiteral("import/tasks.json")));
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->tasks, 3);
        QCOMPARE(taskRows(tdb.db()),
                 QStringList({
                     QStringLiteral("backup|completed|nas|2027-01-04 02:13:00|2027-01-04 02:41:30|1799028780|1799030490|35.5|512|||"),
                     QStringLiteral("transcribe|running||2027-01-04 08:00:00||1799049600||||||caf\u00e9 \"quoted\" \U0001F3B5"),
                     QStringLiteral("sync|completed||2027-01-04 05:00:00||1799038800||||||"),
                 }));
    }

    void emptyArray()
    {
        TempDatabase tdb;
        const QString path = tdb.dir() + QStringLiteral("/empty.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(" [ ]\n");
        f.close();
        const Result<ImportCounts> counts = importInto(tdb.db(), &importJson, path);
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->tasks, 0);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("error");
        const QString bad = dataFile(QStringLiteral("import/tasks-bad.json"));
        QTest::newRow("bad date") << bad << bad + QStringLiteral(":4: field 'started_at': expected an ISO-8601 time, got 'not-a-date'");
        const QString cut = dataFile(QStringLiteral("import/tasks-truncated.json"));
        QTest::newRow("truncated") << cut << cut + QStringLiteral(":3: the JSON ends early inside an object");
    }
    void rejectsBadInput()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, error);
        verifyRejected(&importJson, fixture, error);
    }

    void rejectsShapes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("object, not array") << QByteArray("{\"type\": \"x\"}") << QStringLiteral(":1: expected '[' (the file must hold a JSON array of objects), found '{'");
        QTest::newRow("nested") << QByteArray("[{\"type\": {\"a\": 1}}]")
                                << QStringLiteral(":1: expected a string, number, true, false or null, found a nested object");
        QTest::newRow("missing status") << QByteArray("[\n{\"type\": \"a\", \"started_at\": \"2027-01-01\"}]")
                                        << QStringLiteral(":2: the object lacks the field 'status' (required: type, started_at, status; finished_at may be null)");
        QTest::newRow("boolean time") << QByteArray("[{\"type\": \"a\", \"started_at\": true, \"status\": \"x\"}]")
                                      << QStringLiteral(":1: field 'started_at': expected a string or a number, got 'true'");
        QTest::newRow("trailing text") << QByteArray("[] x") << QStringLiteral(":1: unexpected text after the closing ']'");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral(":0: the file is empty; expected a JSON array '[...]'");
    }
    void rejectsShapes()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        TempDatabase tdb;
        const QString path = tdb.dir() + QStringLiteral("/x.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const Result<ImportCounts> counts = importInto(tdb.db(), &importJson, path);
        QVERIFY(!counts);
        QCOMPARE(counts.error(), path + error);
    }
};

QTEST_GUILESS_MAIN(TestJsonImporter)
#include "tst_jsonimporter.moc"
