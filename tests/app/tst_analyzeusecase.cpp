#include "app/analyzeusecase.h"
#include "storage/patternrepository.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

using namespace rulecast;
using namespace rulecast::test;

namespace {

qint64 storedPatterns(const QString &path)
{
    Result<Database> db = Database::open(path);
    qint64 n = -1;
    {
        QSqlQuery q(db->connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM activity_patterns")) && q.next())
            n = q.value(0).toLongLong();
    }
    db->closeThreadConnection();
    return n;
}

} // namespace

class TestAnalyzeUseCase : public QObject
{
    Q_OBJECT
private:
    TempDatabase m_db;
    PlantedHistory m_history;

    AnalyzeRequest request() const
    {
        AnalyzeRequest r;
        r.databasePath = m_db.path();
        r.asOf = m_history.end;
        r.days = 30;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PlantedSpec spec;
        spec.seed = 21;
        spec.monthly = false;
        m_history = plantHistory(spec);
        QVERIFY(insertPlanted(m_db.db(), m_history));
        m_db.db().closeThreadConnection();
    }

    void canceledBeforeStartStoresNothing()
    {
        std::atomic_bool cancel{true};
        Progress progress;
        progress.cancelFlag = &cancel;
        const Result<AnalyzeResult> r = runAnalysis(request(), progress);
        QVERIFY(r);
        QVERIFY(r->canceled);
        QCOMPARE(storedPatterns(m_db.path()), qint64(0));
    }

    void canceledMidwayStoresNothing()
    {
        std::atomic_bool cancel{false};
        Progress progress;
        progress.cancelFlag = &cancel;
        progress.onProgress = [&cancel](qint64 done, qint64) {
            if (done >= 2)
                cancel = true;
        };
        const Result<AnalyzeResult> r = runAnalysis(request(), progress);
        QVERIFY(r);
        QVERIFY(r->canceled);
        QCOMPARE(storedPatterns(m_db.path()), qint64(0));
    }

    void runsOnAWorkerThreadWithProgress()
    {
        QStringList stages;
        qint64 lastDone = 0, lastTotal = 0;
        Progress progress;
        progress.onStage = [&stages](const QString &s) { stages << s; };
        progress.onProgress = [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
        };
        const AnalyzeRequest req = request();
        QFuture<Result<AnalyzeResult>> f = QtConcurrent::run([req, progress]() { return runAnalysis(req, progress); });
        const Result<AnalyzeResult> r = f.result();
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(!r->canceled);
        QVERIFY(r->analysis.patterns.size() >= 6);
        QCOMPARE(r->analysis.tasksAnalyzed, qint64(m_history.tasks.size()));
        QVERIFY(stages.contains(QStringLiteral("Reading tasks")));
        QVERIFY(stages.contains(QStringLiteral("Storing patterns")));
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastDone, lastTotal);
        for (const ActivityPattern &p : r->analysis.patterns)
            QVERIFY(p.id > 0);
        QCOMPARE(storedPatterns(m_db.path()), qint64(r->analysis.patterns.size()));
        const QJsonObject summary = r->summaryJson();
        QCOMPARE(summary.value(QStringLiteral("patterns_found")).toInt(), r->analysis.patterns.size());
        QCOMPARE(summary.value(QStringLiteral("patterns_new")).toInt(), r->analysis.patterns.size());
        QCOMPARE(summary.value(QStringLiteral("recommendations")).toArray().size(), r->analysis.patterns.size());
    }

    void badDatabasePathFailsWithTheReason()
    {
        AnalyzeRequest r = request();
        r.databasePath = m_db.dir() + QStringLiteral("/missing/folder/x.db");
        const Result<AnalyzeResult> out = runAnalysis(r);
        QVERIFY(!out);
        QVERIFY(out.error().contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeUseCase)
#include "tst_analyzeusecase.moc"
