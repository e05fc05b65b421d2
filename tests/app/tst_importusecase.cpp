#include "app/backgroundjob.h"
#include "app/importusecase.h"
#include "testsupport/faketranslator.h"
#include "testsupport/testsupport.h"

#include <QCoreApplication>

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rulecast;
using namespace rulecast::test;

namespace {
qint64 count(const QString &db, const QString &sql)
{
    Result<Database> opened = Database::open(db);
    if (!opened)
        return -1;
    qint64 n = -1;
    {
        QSqlQuery q(opened->connection());
        if (q.exec(sql) && q.next())
            n = q.value(0).toLongLong();
    }
    opened->closeThreadConnection();
    return n;
}

QString writeBigCsv(const QString &dir, int rows)
{
    const QString path = dir + QStringLiteral("/big.csv");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("type,started_at,finished_at,status\n");
    for (int i = 0; i < rows; ++i)
        f.write("backup,2027-01-04T02:13:00Z,2027-01-04T02:14:00Z,completed\n");
    return path;
}
} // namespace

class TestImportUseCase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsOnAWorkerThread()
    {
        QTemporaryDir dir;
        ImportRequest request;
        request.databasePath = dir.filePath(QStringLiteral("x.db"));
        request.format = QStringLiteral("csv");
        request.filePath = dataFile(QStringLiteral("import/tasks.csv"));
        QObject context;
        std::optional<Result<ImportSummary>> outcome;
        QThread *workerThread = nullptr;
        runInBackground<Result<ImportSummary>>(
            &context,
            [request, &workerThread] {
                workerThread = QThread::currentThread();
                return runImport(request);
            },
            [&outcome](Result<ImportSummary> r) { outcome = r; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(workerThread != QThread::currentThread());
        QVERIFY2(outcome->ok(), qPrintable(outcome->error()));
        QCOMPARE(outcome->value().tasksImported, 4);
        QCOMPARE(outcome->value().format, QStringLiteral("csv"));
        QCOMPARE(count(request.databasePath, QStringLiteral("SELECT count(*) FROM tasks")), 4);
        QCOMPARE(count(request.databasePath, QStringLiteral("SELECT row_count FROM import_log")), 4);
    }

    void reportsProgressAndCancelRollsBack()
    {
        QTemporaryDir dir;
        ImportRequest request;
        request.databasePath = dir.filePath(QStringLiteral("x.db"));
        request.format = QStringLiteral("csv");
        request.filePath = writeBigCsv(dir.path(), 100000);
        QCOMPARE(runImport({request.databasePath, QStringLiteral("csv"), dataFile(QStringLiteral("import/tasks.csv"))}).ok(), true);
        const QByteArray before = fileBytes(request.databasePath);

        std::atomic_bool cancel{false};
        qint64 reports = 0;
        Progress progress;
        progress.cancelFlag = &cancel;
        progress.onProgress = [&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            if (++reports == 2)
                cancel = true; // the user presses Cancel midway
        };
        const Result<ImportSummary> result = runImport(request, progress);
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("import canceled"));
        QCOMPARE(reports, 2);
        QCOMPARE(fileBytes(request.databasePath), before);
        QCOMPARE(count(request.databasePath, QStringLiteral("SELECT count(*) FROM tasks")), 4);
    }

    void fullProgressWithoutCancel()
    {
        QTemporaryDir dir;
        ImportRequest request{dir.filePath(QStringLiteral("x.db")), QStringLiteral("csv"), writeBigCsv(dir.path(), 50000)};
        qint64 lastDone = -1, lastTotal = -1;
        QStringList stages;
        Progress progress;
        progress.onProgress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        };
        progress.onStage = [&](const QString &s) { stages << s; };
        const Result<ImportSummary> result = runImport(request, progress);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->tasksImported, 50000);
        QCOMPARE(lastDone, lastTotal);
        QVERIFY(!stages.isEmpty());
    }

    void rejectsBeforeTouchingTheDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        Result<ImportSummary> r = runImport({db, QStringLiteral("xml"), dataFile(QStringLiteral("import/tasks.csv"))});
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("unknown import format 'xml'")), qPrintable(r.error()));
        r = runImport({db, QStringLiteral("csv"), dir.filePath(QStringLiteral("nope.csv"))});
        QVERIFY(!r);
        QVERIFY(r.error().endsWith(QStringLiteral("nope.csv: no such file")));
        r = runImport({db, QStringLiteral("csv"), dir.path()});
        QVERIFY(!r);
        QVERIFY(r.error().contains(QStringLiteral("not a readable file")));
        QVERIFY(!QFile::exists(db));
        QCOMPARE(importFormats(), QStringList({QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("banana-bun"),
                                               QStringLiteral("swf"), QStringLiteral("syslog"), QStringLiteral("crontab"),
                                               QStringLiteral("jobs-json")}));
    }

    void badRowLeavesFileByteIdentical()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QVERIFY(runImport({db, QStringLiteral("json"), dataFile(QStringLiteral("import/tasks.json"))}));
        const QByteArray before = fileBytes(db);
        const Result<ImportSummary> r = runImport({db, QStringLiteral("json"), dataFile(QStringLiteral("import/tasks-bad.json"))});
        QVERIFY(!r);
        QCOMPARE(r.error(), dataFile(QStringLiteral("import/tasks-bad.json"))
                                + QStringLiteral(":4: field 'started_at': expected an ISO-8601 time, got 'not-a-date'"));
        QCOMPARE(fileBytes(db), before);
    }
    // The GUI's progress dialog and error box get the stages and messages in
    // the user's language; the CLI (no translator) the English as before.
    void stagesAndErrorsInTheUsersLanguage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QStringList stages;
        Progress progress;
        progress.onStage = [&stages](const QString &stage) { stages << stage; };
        QVERIFY(runImport({db, QStringLiteral("csv"), dataFile(QStringLiteral("import/tasks.csv"))}, progress));
        QCOMPARE(stages, QStringList{QStringLiteral("importing tasks.csv")});
        const QString missing = dir.filePath(QStringLiteral("nope.csv"));
        QCOMPARE(runImport({db, QStringLiteral("csv"), missing}).error(), missing + QStringLiteral(": no such file"));

        FakeTranslator german;
        german.add("Progress", "importing %1", QStringLiteral("%1 wird importiert"))
            .add("Importer", "%1: no such file", QStringLiteral("%1: Datei nicht gefunden"));
        QCoreApplication::installTranslator(&german);
        stages.clear();
        QVERIFY(runImport({db, QStringLiteral("csv"), dataFile(QStringLiteral("import/tasks.csv"))}, progress));
        QCOMPARE(stages, QStringList{QStringLiteral("tasks.csv wird importiert")});
        QCOMPARE(runImport({db, QStringLiteral("csv"), missing}).error(), missing + QStringLiteral(": Datei nicht gefunden"));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_GUILESS_MAIN(TestImportUseCase)
#include "tst_importusecase.moc"
