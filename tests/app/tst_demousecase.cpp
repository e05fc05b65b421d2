#include "app/demousecase.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {
constexpr qint64 End = 1803859200; // 2027-03-01 00:00 UTC

QStringList rows(const QString &db)
{
    QStringList out;
    Result<Database> opened = Database::open(db);
    if (!opened)
        return out;
    {
        QSqlQuery q(opened->connection());
        q.exec(QStringLiteral("SELECT type, started_at, finished_at, status, host, cpu_percent FROM tasks ORDER BY id"));
        while (q.next())
            out << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
    }
    opened->closeThreadConnection();
    return out;
}
} // namespace

class TestDemoUseCase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesADeterministicHistory()
    {
        QTemporaryDir dir;
        DemoRequest request;
        request.days = 30;
        request.seed = 9;
        request.endTime = End;
        request.databasePath = dir.filePath(QStringLiteral("a.db"));
        const Result<DemoSummary> a = runDemo(request);
        QVERIFY2(a, qPrintable(a.error()));
        request.databasePath = dir.filePath(QStringLiteral("b.db"));
        const Result<DemoSummary> b = runDemo(request);
        QVERIFY(b);
        QCOMPARE(a->tasksCreated, b->tasksCreated);
        QVERIFY(a->firstStart >= End - 30 * 86400);
        QVERIFY(a->lastStart < End);
        const QStringList first = rows(dir.filePath(QStringLiteral("a.db")));
        QCOMPARE(first.size(), a->tasksCreated);
        QCOMPARE(first, rows(dir.filePath(QStringLiteral("b.db"))));
    }

    void cancelWritesNothing()
    {
        QTemporaryDir dir;
        DemoRequest request{dir.filePath(QStringLiteral("c.db")), 60, 1, End};
        std::atomic_bool cancel{true};
        Progress progress;
        progress.cancelFlag = &cancel;
        const Result<DemoSummary> r = runDemo(request, progress);
        QVERIFY(!r);
        QCOMPARE(r.error(), QStringLiteral("demo canceled"));
        QVERIFY(rows(request.databasePath).isEmpty());
    }

    void badRequest()
    {
        QTemporaryDir dir;
        const Result<DemoSummary> r = runDemo({dir.filePath(QStringLiteral("d.db")), 0, 1, End});
        QVERIFY(!r);
        QVERIFY(r.error().contains(QStringLiteral("at least one day")));
        const Result<DemoSummary> folder = runDemo({dir.filePath(QStringLiteral("no/dir/d.db")), 5, 1, End});
        QVERIFY(!folder);
        QVERIFY(folder.error().contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestDemoUseCase)
#include "tst_demousecase.moc"
