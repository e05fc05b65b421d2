#include "storage/historystats.h"
#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QDateTime>
#include <QTest>

#include <numeric>

using namespace rulecast;
using namespace rulecast::test;

class TestHistoryStats : public QObject
{
    Q_OBJECT

private:
    // Monday 2026-11-23 00:00:00 UTC.
    static qint64 monday() { return QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(); }

private Q_SLOTS:
    void emptyDatabase()
    {
        TempDatabase tmp;
        Result<HistoryStats> s = computeHistoryStats(tmp.db(), {}, QTimeZone::utc());
        QVERIFY(s);
        QCOMPARE(s->summary.tasks, 0);
        QCOMPARE(std::accumulate(s->heatmap.begin(), s->heatmap.end(), qint64(0)), 0);
        QVERIFY(s->daily.isEmpty());
    }

    void summaryCountsTasksTypesAndSpan()
    {
        TempDatabase tmp;
        QVERIFY(insertTasks(tmp.db(), {makeTask(QStringLiteral("a"), monday() + 10),
                                       makeTask(QStringLiteral("b"), monday() + 86400 * 3),
                                       makeTask(QStringLiteral("a"), monday() + 5000)}));
        QVERIFY(insertTaskWithoutStart(tmp.db(), QStringLiteral("c"), QStringLiteral("pending")));
        Result<HistorySummary> s = summarizeHistory(tmp.db());
        QVERIFY(s);
        QCOMPARE(s->tasks, 4);
        QCOMPARE(s->startedTasks, 3);
        QCOMPARE(s->types, 3);
        QCOMPARE(s->firstStart, monday() + 10);
        QCOMPARE(s->lastStart, monday() + 86400 * 3);
        TaskFilter f;
        f.type = QStringLiteral("a");
        QCOMPARE(summarizeHistory(tmp.db(), f)->tasks, 2);
    }

    void heatmapInUtc()
    {
        TempDatabase tmp;
        QVERIFY(insertTasks(tmp.db(), {makeTask(QStringLiteral("a"), monday() + 9 * 3600 + 59 * 60), // Mon 09:59
                                       makeTask(QStringLiteral("a"), monday() + 9 * 3600),           // Mon 09:00
                                       makeTask(QStringLiteral("a"), monday() + 6 * 86400 + 23 * 3600 + 1)})); // Sun 23:00
        Result<HistoryStats> s = computeHistoryStats(tmp.db(), {}, QTimeZone::utc());
        QVERIFY(s);
        QCOMPARE(s->heatmapAt(0, 9), 2);
        QCOMPARE(s->heatmapAt(6, 23), 1);
        QCOMPARE(std::accumulate(s->heatmap.begin(), s->heatmap.end(), qint64(0)), 3);
        // Daily: Monday to Sunday, zero-filled between.
        QCOMPARE(s->daily.size(), 7);
        QCOMPARE(s->daily.first().first, QDate(2026, 11, 23));
        QCOMPARE(s->daily.first().second, 2);
        QCOMPARE(s->daily.at(3).second, 0);
        QCOMPARE(s->daily.last().first, QDate(2026, 11, 29));
        QCOMPARE(s->daily.last().second, 1);
    }

    void heatmapFollowsTheDisplayZone()
    {
        TempDatabase tmp;
        // Monday 09:40 UTC is Monday 15:10 in Kolkata (+05:30): the half-hour
        // offset must move it to hour 15, not 14 or 16.
        // Sunday 20:00 UTC is Monday 01:30 in Kolkata: a different weekday and day.
        QVERIFY(insertTasks(tmp.db(), {makeTask(QStringLiteral("a"), monday() + 9 * 3600 + 40 * 60),
                                       makeTask(QStringLiteral("a"), monday() + 6 * 86400 + 20 * 3600)}));
        const QTimeZone kolkata("Asia/Kolkata");
        QVERIFY(kolkata.isValid());
        Result<HistoryStats> s = computeHistoryStats(tmp.db(), {}, kolkata);
        QVERIFY(s);
        QCOMPARE(s->heatmapAt(0, 15), 1);
        QCOMPARE(s->heatmapAt(0, 1), 1);
        QCOMPARE(s->daily.size(), 8); // Mon 23rd … Mon 30th in Kolkata
        QCOMPARE(s->daily.last().first, QDate(2026, 11, 30));
        // New York in November is UTC-5: Monday 09:40 UTC → Monday 04:40.
        Result<HistoryStats> ny = computeHistoryStats(tmp.db(), {}, QTimeZone("America/New_York"));
        QVERIFY(ny);
        QCOMPARE(ny->heatmapAt(0, 4), 1);
        QCOMPARE(ny->heatmapAt(6, 15), 1);
    }

    void filterAppliesToTheHeatmap()
    {
        TempDatabase tmp;
        QVERIFY(insertTasks(tmp.db(), {makeTask(QStringLiteral("a"), monday() + 3600),
                                       makeTask(QStringLiteral("b"), monday() + 7200, 60, QStringLiteral("failed"))}));
        TaskFilter f;
        f.status = QStringLiteral("failed");
        Result<HistoryStats> s = computeHistoryStats(tmp.db(), f, QTimeZone::utc());
        QVERIFY(s);
        QCOMPARE(s->summary.tasks, 1);
        QCOMPARE(s->heatmapAt(0, 1), 0);
        QCOMPARE(s->heatmapAt(0, 2), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStats)
#include "tst_historystats.moc"
