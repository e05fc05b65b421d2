#include "report/reportdata.h"
#include "report/reportfixture.h"

#include "storage/historystats.h"
#include "storage/patternrepository.h"
#include "storage/rulerepository.h"
#include "testsupport/testsupport.h"

#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

class TestReportData : public QObject
{
    Q_OBJECT

private:
    TempDatabase m_full;
    ReportFixture m_fixture;

    ReportData gather(const QString &path)
    {
        ReportRequest request;
        request.databasePath = path;
        request.now = ReportFixture::kNow;
        request.capacity = 1;
        Result<ReportData> data = gatherReportData(request);
        if (!data)
            qWarning("%s", qPrintable(data.error()));
        return data ? *data : ReportData{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture.build(m_full.path());
    }

    void figuresAreTheStoredOnes()
    {
        const ReportData d = gather(m_full.path());
        QCOMPARE(d.generatedAt, ReportFixture::kNow);
        const Result<HistorySummary> history = summarizeHistory(m_full.db());
        QVERIFY(history);
        QVERIFY(history->tasks > 100);
        QCOMPARE(d.history.tasks, history->tasks);
        QCOMPARE(d.history.firstStart, history->firstStart);
        QCOMPARE(d.history.lastStart, history->lastStart);
        QCOMPARE(qint64(d.taskTypes.size()), history->types);
        qint64 sum = 0;
        for (const auto &[type, count] : d.taskTypes)
            sum += count;
        QCOMPARE(sum, history->tasks);
        QVERIFY(d.taskTypes.first().second >= d.taskTypes.last().second);

        PatternRepository::Filter active;
        const Result<QList<ActivityPattern>> patterns = PatternRepository(m_full.db()).list(active);
        QVERIFY(patterns);
        QCOMPARE(d.patterns.size(), patterns->size());
        QCOMPARE(d.patterns.size(), m_fixture.analysis->analysis.patterns.size());
        for (int i = 1; i < d.patterns.size(); ++i)
            QVERIFY(d.patterns.at(i - 1).confidence >= d.patterns.at(i).confidence);

        QCOMPARE(d.rules.size(), m_fixture.rules->all.size());
        QVERIFY(d.enabledRules() > 0);
    }

    void accuracyEqualsTheValidation()
    {
        // The fixture validated once, so "every validated prediction" is that run.
        const ReportData d = gather(m_full.path());
        const ValidateReport &v = *m_fixture.validation;
        QVERIFY(!v.validated.empty());
        QCOMPARE(d.accuracy.validated, qint64(v.validated.size()));
        QCOMPARE(d.accuracy.hits, v.hits);
        QCOMPARE(d.accuracy.accuracyRate, v.accuracyRate);
        QCOMPARE(d.accuracy.falsePositiveRate, v.falsePositiveRate);
        QCOMPARE(d.accuracy.brier(), v.score.brier);
        QCOMPARE(d.accuracy.score.bins.size(), v.score.bins.size());
        for (std::size_t i = 0; i < v.score.bins.size(); ++i) {
            QCOMPARE(d.accuracy.score.bins[i].count, v.score.bins[i].count);
            QCOMPARE(d.accuracy.score.bins[i].observedRate, v.score.bins[i].observedRate);
        }
        qint64 perType = 0;
        for (const PredictionAccuracy::ByType &t : d.accuracy.byType)
            perType += t.validated;
        QCOMPARE(perType, d.accuracy.validated);
    }

    void upcomingAndOptimization()
    {
        const ReportData d = gather(m_full.path());
        // Everything the last predict stored lies ahead of the report time.
        QVERIFY(!m_fixture.upcoming->predictions.empty());
        QVERIFY(d.upcomingTotal >= qint64(m_fixture.upcoming->predictions.size()));
        for (int i = 1; i < d.upcoming.size(); ++i)
            QVERIFY(d.upcoming.at(i - 1).time <= d.upcoming.at(i).time);
        for (const StoredPrediction &p : d.upcoming)
            QVERIFY(p.time >= ReportFixture::kNow);

        const ScheduleOptimizationReport &o = *m_fixture.optimization;
        QVERIFY(d.lastOptimization);
        QCOMPARE(d.lastOptimization->id, o.runId);
        QCOMPARE(d.lastOptimization->improvementMetrics, o.improvementMetrics);
        QVERIFY2(!d.runLoad.isEmpty(), qPrintable(d.runLoadProblem));
        QCOMPARE(d.runLoad.before, o.outcome.loadBefore);
        QCOMPARE(d.runLoad.after, o.outcome.loadAfter);
        QVERIFY(d.missing().isEmpty());
    }

    void conflictsAmongStoredRules()
    {
        // Two stored rules at the same minute with capacity 1: the report finds
        // the overlap although neither rule is new.
        TempDatabase tmp;
        SchedulingRule a;
        a.name = QStringLiteral("backup nightly");
        a.cron = QStringLiteral("0 2 * * *");
        a.taskType = QStringLiteral("backup");
        a.estimatedDurationSeconds = 1800;
        SchedulingRule b = a;
        b.name = QStringLiteral("transcode nightly");
        b.taskType = QStringLiteral("transcode");
        QVERIFY(RuleRepository(tmp.db()).insert({a, b}, ReportFixture::kNow));
        const ReportData d = gather(tmp.path());
        QCOMPARE(d.rules.size(), 2);
        QCOMPARE(d.conflicts.size(), 1);
        QCOMPARE(d.conflicts.first().type, QStringLiteral("time_overlap"));
        QCOMPARE(d.conflicts.first().occurrences, 7);
    }

    void emptyDatabaseSaysWhatIsMissing()
    {
        TempDatabase empty;
        const ReportData d = gather(empty.path());
        QCOMPARE(d.history.tasks, 0);
        QVERIFY(d.patterns.isEmpty());
        QVERIFY(d.rules.isEmpty());
        QVERIFY(d.upcoming.isEmpty());
        QVERIFY(!d.lastOptimization);
        QCOMPARE(d.accuracy.validated, 0);
        QVERIFY(std::isnan(d.accuracy.accuracyRate));
        QCOMPARE(d.missing().size(), 1);
        QVERIFY(d.missing().first().contains(QLatin1String("No task history")));
    }

    void unreadableDatabaseFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-db.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        ReportRequest request;
        request.databasePath = path;
        const Result<ReportData> d = gatherReportData(request);
        QVERIFY(!d);
        QVERIFY2(d.error().contains(QLatin1String("not-a-db.db")), qPrintable(d.error()));
    }
};

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"
