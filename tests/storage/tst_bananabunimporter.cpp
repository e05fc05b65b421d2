#include "importtesting.h"

#include <QSqlError>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace rulecast;
using namespace rulecast::test;

namespace {

// A banana-bun database as banana-bun itself leaves it: only its tables, no
// Rulecast columns, times in both of its styles.
QString makeBananaBun(const QString &dir, const QStringList &extraRows = {})
{
    const QString path = dir + QStringLiteral("/banana-bun.db");
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    QStringList sql = {
        QStringLiteral("CREATE TABLE tasks (id INTEGER PRIMARY KEY AUTOINCREMENT, filename TEXT, file_hash TEXT, parent_id INTEGER, "
                       "description TEXT, type TEXT, status TEXT, dependencies TEXT, result_summary TEXT, shell_command TEXT, "
                       "error_message TEXT, created_at DATETIME DEFAULT CURRENT_TIMESTAMP, started_at DATETIME, finished_at DATETIME)"),
        QStringLiteral("INSERT INTO tasks (type, status, description, started_at, finished_at) VALUES "
                       "('shell', 'completed', 'backup photos', '2027-01-04 02:13:00', '2027-01-04 02:20:00')"),
        QStringLiteral("INSERT INTO tasks (type, status, started_at, finished_at) VALUES "
                       "('youtube', 'error', '2027-01-04T03:00:00.000Z', NULL)"),
        QStringLiteral("INSERT INTO tasks (type, status) VALUES ('llm', 'pending')"),
    };
    sql += extraRows;
    for (const QString &s : sql)
        sqlite3_exec(db, s.toUtf8().constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return path;
}

} // namespace

class TestBananaBunImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsStartedTasks()
    {
        QTemporaryDir dir;
        const QString source = makeBananaBun(dir.path());
        const QByteArray sourceBefore = fileBytes(source);
        TempDatabase tdb;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importBananaBun, source);
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->tasks, 2);
        QCOMPARE(counts->skipped, 1); // the pending task never ran
        QCOMPARE(taskRows(tdb.db()),
                 QStringList({QStringLiteral("shell|completed||2027-01-04 02:13:00|2027-01-04 02:20:00|1799028780|1799029200|||||backup photos"),
                              QStringLiteral("youtube|error||2027-01-04 03:00:00||1799031600||||||")}));
        QCOMPARE(fileBytes(source), sourceBefore); // read-only
    }

    void importsARulecastDatabaseWithItsColumns()
    {
        TempDatabase source;
        {
            QSqlQuery q(source.db().connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tasks (type, status, started_at, host, cpu_percent) "
                                          "VALUES ('backup', 'completed', '2027-01-04 02:13:00', 'nas', 40)")));
        }
        source.db().closeThreadConnection();
        TempDatabase tdb;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importBananaBun, source.path());
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(taskRows(tdb.db()), QStringList({QStringLiteral("backup|completed|nas|2027-01-04 02:13:00||1799028780||40||||")}));
    }

    void rejectsBadRows()
    {
        QTemporaryDir dir;
        const QString source = makeBananaBun(
            dir.path(), {QStringLiteral("INSERT INTO tasks (type, status, started_at) VALUES ('shell', 'completed', 'yesterday')")});
        verifyRejected(&importBananaBun, source,
                       source + QStringLiteral(": task id 4: field 'started_at': expected an ISO-8601 time, got 'yesterday'"));
    }

    void rejectsNonDatabases()
    {
        TempDatabase tdb;
        const QString text = dataFile(QStringLiteral("import/tasks.csv"));
        Result<ImportCounts> counts = importInto(tdb.db(), &importBananaBun, text);
        QVERIFY(!counts);
        QVERIFY2(counts.error().startsWith(text + QStringLiteral(": not a readable SQLite database")), qPrintable(counts.error()));

        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.db"));
        sqlite3 *db = nullptr;
        sqlite3_open(empty.toUtf8().constData(), &db);
        sqlite3_exec(db, "CREATE TABLE other (x)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        counts = importInto(tdb.db(), &importBananaBun, empty);
        QVERIFY(!counts);
        QCOMPARE(counts.error(), empty + QStringLiteral(": not a banana-bun database: it has no tasks table"));
    }
};

QTEST_GUILESS_MAIN(TestBananaBunImporter)
#include "tst_bananabunimporter.moc"
