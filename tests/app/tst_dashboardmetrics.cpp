#include "app/dashboardmetrics.h"
#include "core/timeformat.h"
#include "storage/optimizationstore.h"
#include "testsupport/testsupport.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

constexpr qint64 Jan4 = 1799020800; // 2027-01-04 00:00 UTC
constexpr qint64 Jan5 = Jan4 + 86400;
constexpr qint64 Now = Jan5 + 86400; // 2027-01-06 00:00

void exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        QFAIL(qPrintable(q.lastError().text() + QStringLiteral(" in ") + sql));
}

// Two runs, four validated predictions (two hits with estimates), one pending
// prediction, one validated long before the 30-day window, patterns and rules.
void plantPredictions(const Database &db)
{
    exec(db, QStringLiteral("INSERT INTO tasks (type, status, started_at, finished_at, cpu_percent, memory_mb) VALUES "
                            "('backup', 'completed', '2027-01-04 02:00:00', '2027-01-04 02:10:00', 50, 200), "
                            "('sync', 'completed', '2027-01-05 03:05:00', '2027-01-05 03:07:00', NULL, 100)"));
    exec(db, QStringLiteral(
                 "INSERT INTO predictive_schedules (predicted_task_type, predicted_execution_time, confidence_score, "
                 "resource_requirements, actual_execution_time, prediction_accuracy) VALUES "
                 "('backup', '2027-01-04 02:00:00', 0.9, "
                 " '{\"estimated_duration_minutes\":8,\"cpu_requirement\":40,\"memory_requirement\":200}', "
                 " '2027-01-04 02:00:00', 1), "
                 "('sync', '2027-01-05 03:00:00', 0.8, "
                 " '{\"estimated_duration_minutes\":4,\"cpu_requirement\":10,\"memory_requirement\":50}', "
                 " '2027-01-05 03:05:00', 1), "
                 "('backup', '2027-01-05 02:00:00', 0.7, '{\"estimated_duration_minutes\":8}', NULL, 0), "
                 "('sync', '2027-01-05 09:00:00', 0.6, NULL, NULL, 0), "
                 "('backup', '2027-01-06 02:00:00', 0.95, NULL, NULL, NULL), "
                 "('backup', '2026-10-01 00:00:00', 0.1, NULL, NULL, 0)"));
    exec(db, QStringLiteral("INSERT INTO activity_patterns (pattern_type, pattern_data, confidence_score, is_active) VALUES "
                            "('daily_recurring', '{}', 0.9, 1), ('daily_recurring', '{}', 0.8, 0)"));
    exec(db, QStringLiteral("INSERT INTO scheduling_rules (rule_name, cron_expression, is_enabled, confidence_score) VALUES "
                            "('a', '0 2 * * *', 1, 0.9), ('b', '0 3 * * *', 0, 0.9)"));
}

OptimizationRecord run(double utilisation, double peak, double conflicts, double gain, double saved, qint64 elapsedMs,
                       qint64 runs)
{
    OptimizationRecord r;
    r.optimizationType = QStringLiteral("load_balancing");
    r.success = true;
    r.improvementMetrics = QJsonObject{
        {QStringLiteral("utilization_improvement"), utilisation},
        {QStringLiteral("peak_reduction"), peak},
        {QStringLiteral("conflict_reduction"), conflicts},
        {QStringLiteral("efficiency_gain"), gain},
        {QStringLiteral("waiting_time_saved_minutes"), saved},
        {QStringLiteral("before"), QJsonObject{{QStringLiteral("peak"), 4}, {QStringLiteral("conflicts"), 12},
                                                {QStringLiteral("load_std_dev"), 0.8}, {QStringLiteral("total_wait_minutes"), 30}}},
        {QStringLiteral("after"), QJsonObject{{QStringLiteral("peak"), 2}, {QStringLiteral("conflicts"), 3},
                                               {QStringLiteral("load_std_dev"), 0.5}, {QStringLiteral("total_wait_minutes"), 5}}}};
    r.elapsedMs = elapsedMs;
    r.runsProcessed = runs;
    r.windowStart = Now;
    r.windowEnd = Now + 86400;
    return r;
}

void plantRuns(const Database &db)
{
    const OptimizationStore store(db);
    // Oldest first: a run from before schema step 9 (no timing), then two timed ones.
    QVERIFY(store.insert(run(0.1, 0.25, 0.5, 0.2, 10, -1, -1), Now - 300));
    QVERIFY(store.insert(run(0.2, 0.0, 1.0, 0.4, 20, 200, 1000), Now - 200));
    OptimizationRecord last = run(0.3, 0.5, 0.75, 0.35, 25, 0, 50);
    last.dryRun = true;
    QVERIFY(store.insert(last, Now - 100));
    // A failed run counts for nothing.
    OptimizationRecord failed = run(0.9, 0.9, 0.9, 0.9, 99, 5, 5);
    failed.success = false;
    QVERIFY(store.insert(failed, Now - 50));
}

QVector<double> values(const MetricFigure &f)
{
    QVector<double> out;
    for (const MetricTrendPoint &p : f.trend)
        out << p.value;
    return out;
}

bool near(double a, double b) { return std::abs(a - b) < 1e-9; }

#define QCOMPARE_NEAR(actual, expected)                                                                          \
    QVERIFY2(near((actual), (expected)), qPrintable(QStringLiteral("%1 is %2, expected %3").arg(QStringLiteral(#actual)).arg((actual), 0, 'g', 12).arg((expected), 0, 'g', 12)))

} // namespace

class TestDashboardMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void predictionFiguresEqualHandComputedValues()
    {
        TempDatabase tmp;
        plantPredictions(tmp.db());
        const Result<DashboardMetrics> m = computeDashboardMetrics({tmp.path(), Now, 30, 20});
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(m->validated, 4); // the October row is outside the 30 days before the newest
        QCOMPARE(m->hits, 2);
        QCOMPARE(m->predictionsFrom, Jan4);
        QCOMPARE(m->predictionsUntil, Jan5 + 9 * 3600);
        QCOMPARE_NEAR(m->figure(DashboardMetric::PredictionConfidence).value, (0.9 + 0.8 + 0.7 + 0.6) / 4);
        QCOMPARE_NEAR(m->figure(DashboardMetric::AccuracyRate).value, 0.5);
        QCOMPARE_NEAR(m->figure(DashboardMetric::FalsePositiveRate).value, 0.5);
        // Hit 1: duration 8 vs 10 (0.2), CPU 40 vs 50 (0.2), memory 200 vs 200 (0).
        // Hit 2: duration 4 vs 2 (0.5), CPU unknown, memory 50 vs 100 (0.5).
        const MetricFigure &resources = m->figure(DashboardMetric::ResourceEstimationAccuracy);
        QCOMPARE_NEAR(resources.value, 1.0 - (0.2 + 0.2 + 0.0 + 0.5 + 0.5) / 5);
        QCOMPARE(resources.basis, 5);
        QCOMPARE_NEAR(m->durationErrorMinutes, (2.0 + 2.0) / 2);
        QCOMPARE(m->figure(DashboardMetric::AccuracyRate).basis, 4);
        // Per day: Jan 4 one hit; Jan 5 one hit of three.
        const MetricFigure &accuracy = m->figure(DashboardMetric::AccuracyRate);
        QCOMPARE(accuracy.trend.size(), 2);
        QCOMPARE(accuracy.trend.at(0).at, Jan4);
        QCOMPARE(accuracy.trend.at(1).at, Jan5);
        QCOMPARE_NEAR(accuracy.trend.at(0).value, 1.0);
        QCOMPARE_NEAR(accuracy.trend.at(1).value, 1.0 / 3);
        QCOMPARE_NEAR(values(m->figure(DashboardMetric::PredictionConfidence)).at(1), (0.8 + 0.7 + 0.6) / 3);
        QCOMPARE_NEAR(values(m->figure(DashboardMetric::FalsePositiveRate)).at(1), 2.0 / 3);
        QCOMPARE_NEAR(values(resources).at(0), 1.0 - 0.4 / 3);
        QCOMPARE_NEAR(values(resources).at(1), 1.0 - 1.0 / 2);
        QCOMPARE(m->counts.tasks, 2);
        QCOMPARE(m->counts.activePatterns, 1);
        QCOMPARE(m->counts.enabledRules, 1);
        QCOMPARE(m->counts.pendingPredictions, 1);
        QCOMPARE(m->counts.upcomingPredictions, 1);
        // No runs: the optimization figures are unknown, not zero.
        QVERIFY(!m->lastRun);
        QVERIFY(!m->figure(DashboardMetric::EfficiencyGain).hasValue());
        QVERIFY(m->figure(DashboardMetric::EfficiencyGain).trend.isEmpty());
    }

    void aLongerWindowTakesOlderPredictions()
    {
        TempDatabase tmp;
        plantPredictions(tmp.db());
        const Result<DashboardMetrics> m = computeDashboardMetrics({tmp.path(), Now, 120, 20});
        QVERIFY(m);
        QCOMPARE(m->validated, 5);
        QCOMPARE_NEAR(m->figure(DashboardMetric::PredictionConfidence).value, (0.9 + 0.8 + 0.7 + 0.6 + 0.1) / 5);
        QCOMPARE(m->predictionsFrom, Jan4 - 95 * 86400); // 2026-10-01
    }

    void optimizationFiguresComeFromTheLastRun()
    {
        TempDatabase tmp;
        plantRuns(tmp.db());
        const Result<DashboardMetrics> m = computeDashboardMetrics({tmp.path(), Now, 30, 20});
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(m->optimizationRuns, 3);
        QVERIFY(m->lastRun);
        QCOMPARE(m->lastRun->id, 3);
        QVERIFY(m->lastRun->dryRun);
        QCOMPARE(m->lastRun->peakBefore, 4);
        QCOMPARE(m->lastRun->peakAfter, 2);
        QCOMPARE(m->lastRun->conflictsBefore, 12);
        QCOMPARE(m->lastRun->conflictsAfter, 3);
        QCOMPARE_NEAR(m->lastRun->waitBeforeMinutes, 30.0);
        QCOMPARE_NEAR(m->figure(DashboardMetric::UtilisationImprovement).value, 0.3);
        QCOMPARE_NEAR(m->figure(DashboardMetric::PeakLoadReduction).value, 0.5);
        QCOMPARE_NEAR(m->figure(DashboardMetric::ConflictReduction).value, 0.75);
        QCOMPARE_NEAR(m->figure(DashboardMetric::EfficiencyGain).value, 0.35);
        QCOMPARE_NEAR(m->figure(DashboardMetric::TimeSaved).value, 25.0);
        QCOMPARE(values(m->figure(DashboardMetric::UtilisationImprovement)), (QVector<double>{0.1, 0.2, 0.3}));
        QCOMPARE(values(m->figure(DashboardMetric::TimeSaved)), (QVector<double>{10, 20, 25}));
        QCOMPARE(m->figure(DashboardMetric::EfficiencyGain).trend.first().at, Now - 300);
        // Timing exists for the last two runs only; a 0 ms run counts as 1 ms.
        QCOMPARE_NEAR(m->figure(DashboardMetric::ResponseTime).value, 0.0);
        QCOMPARE(values(m->figure(DashboardMetric::ResponseTime)), (QVector<double>{200, 0}));
        QCOMPARE_NEAR(m->figure(DashboardMetric::Throughput).value, 50.0 * 1000.0);
        QCOMPARE(values(m->figure(DashboardMetric::Throughput)), (QVector<double>{5000, 50000}));
        QCOMPARE(m->figure(DashboardMetric::Throughput).basis, 2);
        // No validated predictions: the prediction figures are unknown.
        QCOMPARE(m->validated, 0);
        QVERIFY(!m->figure(DashboardMetric::AccuracyRate).hasValue());
    }

    void trendRunsLimitsTheTrend()
    {
        TempDatabase tmp;
        plantRuns(tmp.db());
        const Result<DashboardMetrics> m = computeDashboardMetrics({tmp.path(), Now, 30, 3});
        QVERIFY(m);
        // The newest three rows are the failed one and the two timed runs.
        QCOMPARE(m->optimizationRuns, 2);
        QCOMPARE(values(m->figure(DashboardMetric::UtilisationImprovement)), (QVector<double>{0.2, 0.3}));
    }

    void aRunWithoutTimingLeavesResponseTimeUnknown()
    {
        TempDatabase tmp;
        QVERIFY(OptimizationStore(tmp.db()).insert(run(0.1, 0.2, 0.3, 0.4, 5, -1, -1), Now));
        const Result<DashboardMetrics> m = computeDashboardMetrics({tmp.path(), Now, 30, 20});
        QVERIFY(m);
        QVERIFY(m->lastRun);
        QCOMPARE(m->lastRun->elapsedMs, -1);
        QVERIFY(!m->figure(DashboardMetric::ResponseTime).hasValue());
        QVERIFY(!m->figure(DashboardMetric::Throughput).hasValue());
        QCOMPARE_NEAR(m->figure(DashboardMetric::EfficiencyGain).value, 0.4);
    }

    void figuresTheRunLacksStayUnknown()
    {
        // The planted runs store no peak_to_average or over_target figures:
        // those must read as unknown, not as 0.
        TempDatabase tmp;
        OptimizationRecord r = run(0.1, 0.2, 0.3, 0.4, 5, -1, -1);
        QJsonObject metrics = r.improvementMetrics;
        QJsonObject before = metrics.value(QStringLiteral("before")).toObject();
        before.remove(QStringLiteral("total_wait_minutes"));
        metrics.insert(QStringLiteral("before"), before);
        r.improvementMetrics = metrics;
        QVERIFY(OptimizationStore(tmp.db()).insert(r, Now));
        const Result<DashboardMetrics> m = computeDashboardMetrics({tmp.path(), Now, 30, 20});
        QVERIFY(m && m->lastRun);
        QVERIFY(std::isnan(m->lastRun->peakToAverageBefore));
        QVERIFY(std::isnan(m->lastRun->overTargetAfter));
        QVERIFY(std::isnan(m->lastRun->waitBeforeMinutes));
        QCOMPARE_NEAR(m->lastRun->waitAfterMinutes, 5.0);
        const QJsonObject last = m->toJson().value(QStringLiteral("last_optimization")).toObject();
        QVERIFY(last.value(QStringLiteral("wait_before_minutes")).isNull());
        QCOMPARE(last.value(QStringLiteral("wait_after_minutes")).toDouble(), 5.0);
    }

    void emptyDatabase()
    {
        TempDatabase tmp;
        const Result<DashboardMetrics> m = computeDashboardMetrics({tmp.path(), Now, 30, 20});
        QVERIFY(m);
        for (int i = 0; i < kDashboardMetricCount; ++i) {
            QVERIFY(!m->figure(DashboardMetric(i)).hasValue());
            QVERIFY(m->figure(DashboardMetric(i)).trend.isEmpty());
        }
        QCOMPARE(m->counts.tasks, 0);
        const QJsonObject json = m->toJson();
        QVERIFY(json.value(QStringLiteral("last_optimization")).isNull());
        QVERIFY(json.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("accuracy_rate")).toObject()
                    .value(QStringLiteral("value")).isNull());
    }

    void jsonNamesEveryMetric()
    {
        TempDatabase tmp;
        plantPredictions(tmp.db());
        plantRuns(tmp.db());
        const Result<DashboardMetrics> m = computeDashboardMetrics({tmp.path(), Now, 30, 20});
        QVERIFY(m);
        const QJsonObject metrics = m->toJson().value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.size(), kDashboardMetricCount);
        const QJsonObject accuracy = metrics.value(QStringLiteral("accuracy_rate")).toObject();
        QCOMPARE(accuracy.value(QStringLiteral("value")).toDouble(), 0.5);
        QCOMPARE(accuracy.value(QStringLiteral("unit")).toString(), QStringLiteral("ratio"));
        QCOMPARE(accuracy.value(QStringLiteral("view")).toString(), QStringLiteral("predictions"));
        QCOMPARE(accuracy.value(QStringLiteral("trend")).toArray().first().toObject().value(QStringLiteral("at")).toString(),
                 QStringLiteral("2027-01-04T00:00:00Z"));
        const QJsonObject throughput = metrics.value(QStringLiteral("throughput_per_second")).toObject();
        QCOMPARE(throughput.value(QStringLiteral("value")).toDouble(), 50000.0);
        QCOMPARE(throughput.value(QStringLiteral("view")).toString(), QStringLiteral("optimization"));
        QCOMPARE(m->toJson().value(QStringLiteral("last_optimization")).toObject().value(QStringLiteral("id")).toInt(), 3);
        QVERIFY(!metricHigherIsBetter(DashboardMetric::FalsePositiveRate));
        QVERIFY(!metricHigherIsBetter(DashboardMetric::ResponseTime));
        QVERIFY(metricHigherIsBetter(DashboardMetric::AccuracyRate));
    }

    void refusesEmptyWindows()
    {
        TempDatabase tmp;
        QVERIFY(!computeDashboardMetrics({tmp.path(), Now, 0, 20}));
        QVERIFY(!computeDashboardMetrics({tmp.path(), Now, 30, 0}));
    }
};

QTEST_GUILESS_MAIN(TestDashboardMetrics)
#include "tst_dashboardmetrics.moc"
