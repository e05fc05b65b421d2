#include "core/schedulemetrics.h"

#include <QTest>

using namespace rulecast;

class TestScheduleMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queueDelaysRunsBeyondCapacity()
    {
        // One slot: the second run waits for the first (10), the third for both (15).
        const QVector<RunInterval> runs{{0, 10, 1}, {0, 10, 1}, {5, 10, 1}};
        const auto [wait, delayed] = simulateQueue(runs, 1);
        QCOMPARE(wait, 25.0);
        QCOMPARE(delayed, qint64(2));
        // Two slots: only the third waits, until 10.
        QCOMPARE(simulateQueue(runs, 2).first, 5.0);
        QCOMPARE(simulateQueue(runs, 3).first, 0.0);
    }

    void queueRunsOversizedDemandAlone()
    {
        // A run needing 3 units on a 2-unit machine waits for an empty machine.
        const QVector<RunInterval> runs{{0, 10, 1}, {2, 5, 3}, {3, 1, 1}};
        const auto [wait, delayed] = simulateQueue(runs, 2);
        // 2nd starts at 10 (waits 8); 3rd is FIFO behind it: starts at 15 (waits 12).
        QCOMPARE(wait, 20.0);
        QCOMPARE(delayed, qint64(2));
    }

    void measuresLoadAndOverlaps()
    {
        QVector<int> load(10, 0);
        QVector<RunInterval> runs{{0, 4, 1}, {2, 4, 1}, {8, 2, 1}};
        for (const RunInterval &r : runs)
            for (int i = r.start; i < r.start + r.duration; ++i)
                load[i] += r.demand;
        MetricsSettings settings;
        settings.capacity = 2;
        const ScheduleMetrics m = measureSchedule(load, runs, settings);
        QCOMPARE(m.peak, 2);
        QCOMPARE(m.busyUnitMinutes, qint64(10));
        QCOMPARE(m.averageLoad, 1.0);
        QCOMPARE(m.peakToAverage, 2.0);
        QCOMPARE(m.meanUtilisation, 0.5);
        QCOMPARE(m.conflicts, qint64(1));
        QCOMPARE(m.conflictMinutes, 2);
        QCOMPARE(m.minutesAboveThreshold, 2); // 2 > 0.9 x 2
        QCOMPARE(m.minutesOverCapacity, 0);
        QCOMPARE(m.idleMinutes, 2);
        QCOMPARE(m.runs, qint64(3));
        QCOMPARE(m.totalWaitMinutes, 0.0);
        // loads 1,1,2,2,1,1,0,0,1,1: mean 1, variance (4*0 + 2*1 + 2*1 + 2*0)/10 = 0.4
        QVERIFY(qAbs(m.loadStdDev - std::sqrt(0.4)) < 1e-9);
    }

    void gainAndTiers()
    {
        ScheduleMetrics before;
        ScheduleMetrics after;
        before.peak = 100;
        after.peak = 60;
        before.peakToAverage = 4;
        after.peakToAverage = 3;
        before.conflicts = 10;
        after.conflicts = 10;
        QCOMPARE(efficiencyGain(OptimizationStrategy::PeakMitigation, before, after), 0.4);
        QCOMPARE(efficiencyGain(OptimizationStrategy::LoadBalancing, before, after), 0.25);
        QCOMPARE(efficiencyGain(OptimizationStrategy::ConflictResolution, before, after), 0.0);
        QCOMPARE(efficiencyGain(OptimizationStrategy::ResourceEfficiency, before, after), 0.0); // nothing above target
        QCOMPARE(impactTier(0.4), QStringLiteral("high"));
        QCOMPARE(impactTier(0.25), QStringLiteral("high"));
        QCOMPARE(impactTier(0.1), QStringLiteral("medium"));
        QCOMPARE(impactTier(0.05), QStringLiteral("low"));
        QCOMPARE(impactTier(0.01), QStringLiteral("minimal"));
        QCOMPARE(impactTier(0), QStringLiteral("none"));
        QCOMPARE(impactTier(-0.2), QStringLiteral("none"));

        PeakLowerBound bound;
        bound.busyBound = 50;
        const QJsonObject json = improvementMetricsJson(OptimizationStrategy::PeakMitigation, before, after, bound);
        QCOMPARE(json.value(QStringLiteral("efficiency_gain")).toDouble(), 0.4);
        QCOMPARE(json.value(QStringLiteral("impact")).toString(), QStringLiteral("high"));
        QCOMPARE(json.value(QStringLiteral("gap_to_lower_bound")).toInt(), 10);
        QCOMPARE(json.value(QStringLiteral("after")).toObject().value(QStringLiteral("peak")).toInt(), 60);
    }
};

QTEST_GUILESS_MAIN(TestScheduleMetrics)
#include "tst_schedulemetrics.moc"
