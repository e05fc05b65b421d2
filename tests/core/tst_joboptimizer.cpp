#include "core/joblist.h"
#include "core/joboptimizer.h"

#include "testsupport/testsupport.h"

#include <QDateTime>
#include <QHash>
#include <QTest>

#include <random>

using namespace rulecast;
using rulecast::test::dataFile;
using rulecast::test::sharedDataFile;

namespace {

const Horizon kHorizon{QDate(2027, 1, 4), 28};

qint64 startEpoch(const Horizon &h = kHorizon)
{
    return QDateTime(h.startDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

// Runs on each day of the horizon, by the engine (not by the optimizer's own
// expansion): the recurrence check — same number of runs in every day.
QVector<int> runsPerDay(const QString &schedule, const Horizon &h = kHorizon)
{
    QVector<int> perDay(h.days, 0);
    bool never = false;
    Result<CronExpression> e = parseJobRule(schedule, &never);
    if (!e || never)
        return perDay;
    for (qint64 t : e->between(startEpoch(h), startEpoch(h) + qint64(h.days) * 86400, QTimeZone::utc()))
        ++perDay[int((t - startEpoch(h)) / 86400)];
    return perDay;
}

// The peak of a schedule simulated from the engine's fire times.
int enginePeak(const QVector<ScheduledJob> &jobs, const QVector<QString> &schedules, const Horizon &h = kHorizon)
{
    QVector<int> load(h.minutes() + 1, 0);
    for (int j = 0; j < jobs.size(); ++j) {
        bool never = false;
        Result<CronExpression> e = parseJobRule(schedules.at(j), &never);
        if (never)
            continue;
        const qint64 from = startEpoch(h) - qint64(carryInDays(jobs.at(j).durationMinutes)) * 86400;
        for (qint64 t : e->between(from, startEpoch(h) + qint64(h.days) * 86400, QTimeZone::utc())) {
            const int s = int((t - startEpoch(h)) / 60);
            const int b = std::max(0, s);
            const int en = std::min(h.minutes(), s + jobs.at(j).durationMinutes);
            if (b < en) {
                load[b] += jobs.at(j).demand;
                load[en] -= jobs.at(j).demand;
            }
        }
    }
    int running = 0, peak = 0;
    for (int i = 0; i < h.minutes(); ++i) {
        running += load.at(i);
        peak = std::max(peak, running);
    }
    return peak;
}

// A job list of many shapes: steps that do not divide 60, offsets, lists,
// ranges, hour steps, weekday- and month-day-restricted, monthly, macros,
// pinned jobs and priorities.
QVector<ScheduledJob> randomJobs(quint64 seed, int count)
{
    std::mt19937_64 rng(seed);
    auto pick = [&](int n) { return int(rng() % quint64(n)); };
    QVector<ScheduledJob> jobs;
    for (int i = 0; i < count; ++i) {
        QString minute, hour, dom = QStringLiteral("*"), month = QStringLiteral("*"), dow = QStringLiteral("*");
        switch (pick(6)) {
        case 0: minute = QStringLiteral("*/%1").arg(2 + pick(58)); break;
        case 1: minute = QStringLiteral("%1-59/%2").arg(pick(5)).arg(5 + pick(20)); break;
        case 2: minute = QStringLiteral("%1,%2").arg(pick(30)).arg(30 + pick(30)); break;
        case 3: minute = QStringLiteral("%1-%2").arg(pick(10)).arg(10 + pick(5)); break;
        default: minute = QString::number(pick(60)); break;
        }
        switch (pick(5)) {
        case 0: hour = QStringLiteral("*"); break;
        case 1: hour = QStringLiteral("*/%1").arg(1 + pick(12)); break;
        case 2: hour = QStringLiteral("%1-%2").arg(pick(8)).arg(8 + pick(16)); break;
        case 3: hour = QStringLiteral("%1,%2").arg(pick(12)).arg(12 + pick(12)); break;
        default: hour = QString::number(pick(24)); break;
        }
        switch (pick(8)) {
        case 0: dow = QStringLiteral("1-5"); break;
        case 1: dow = QStringLiteral("0,6"); break;
        case 2: dom = QStringLiteral("1"); break;
        case 3: dom = QStringLiteral("*/10"); break;
        case 4: dom = QStringLiteral("24-31"); month = QStringLiteral("1,2,7"); break;
        case 5: dom = QStringLiteral("1,15"); dow = QStringLiteral("5"); break;
        default: break;
        }
        ScheduledJob j;
        j.name = QStringLiteral("job%1").arg(i);
        static const char *macros[] = {"@daily", "@hourly", "@weekly", "@monthly"};
        j.schedule = pick(12) == 0 ? QString::fromLatin1(macros[pick(4)])
                                   : QStringList{minute, hour, dom, month, dow}.join(u' ');
        j.durationMinutes = 1 + pick(3) * pick(90);
        j.pinned = pick(9) == 0;
        j.priority = pick(5) == 0 ? 1 + pick(8) : 0;
        j.demand = 1 + (pick(6) == 0);
        jobs.append(j);
    }
    return jobs;
}

void checkOutcome(const QVector<ScheduledJob> &jobs, const OptimizationOutcome &out, const Horizon &h = kHorizon)
{
    QCOMPARE(out.schedules.size(), jobs.size());
    for (int j = 0; j < jobs.size(); ++j) {
        const ScheduledJob &job = jobs.at(j);
        if (job.pinned || job.priority >= 11)
            QCOMPARE(out.schedules.at(j), job.schedule);
        QCOMPARE(runsPerDay(out.schedules.at(j), h), runsPerDay(job.schedule, h));
    }
    for (const JobChange &c : out.changes) {
        QCOMPARE(c.oldSchedule, jobs.at(c.job).schedule);
        QCOMPARE(c.newSchedule, out.schedules.at(c.job));
        const int limit = maxShiftForPriority(jobs.at(c.job).priority);
        if (limit >= 0)
            QVERIFY2(c.shiftMinutes <= limit, qPrintable(c.newSchedule));
    }
    QVERIFY(out.after.peak <= out.before.peak);
    QCOMPARE(out.after.runs, out.before.runs);
    QCOMPARE(out.loadAfter.size(), h.minutes());
    QCOMPARE(*std::max_element(out.loadAfter.cbegin(), out.loadAfter.cend()), out.after.peak);
    QCOMPARE(*std::max_element(out.loadBefore.cbegin(), out.loadBefore.cend()), out.before.peak);
    QVERIFY(out.lowerBound.value() <= out.after.peak);
    // Never estimated: the peak is what the engine's fire times give.
    QCOMPARE(out.after.peak, enginePeak(jobs, out.schedules, h));
    QCOMPARE(out.before.peak, enginePeak(jobs, [&] {
                 QVector<QString> s;
                 for (const ScheduledJob &job : jobs)
                     s << job.schedule;
                 return s;
             }(), h));
}

OptimizationOutcome run(const QVector<ScheduledJob> &jobs, OptimizerSettings settings, const Horizon &h = kHorizon)
{
    Result<OptimizationOutcome> out = JobOptimizer(h, settings).optimize(jobs);
    if (!out)
        qFatal("optimize failed: %s", qPrintable(out.error()));
    return out.value();
}

ScheduledJob job(const QString &name, const QString &schedule, int duration, int priority = 0)
{
    ScheduledJob j;
    j.name = name;
    j.schedule = schedule;
    j.durationMinutes = duration;
    j.priority = priority;
    return j;
}

} // namespace

class TestJobOptimizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sharedListsReachTheirGoals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("maxPeak");
        QTest::newRow("list 1") << QStringLiteral("cron-jobs/jobs-1.json") << 55;
        QTest::newRow("list 2") << QStringLiteral("cron-jobs/jobs-2.json") << 3;
        QTest::newRow("list 3") << QStringLiteral("cron-jobs/jobs-3.json") << 2;
    }
    void sharedListsReachTheirGoals()
    {
        QFETCH(QString, file);
        QFETCH(int, maxPeak);
        const QString path = sharedDataFile(file);
        if (path.isEmpty())
            QSKIP("../shared/data/cron-jobs is not present");
        Result<JobList> list = JobList::load(path);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        const QVector<ScheduledJob> jobs = list->scheduledJobs();
        QCOMPARE(jobs.size(), list->entries().size());
        const OptimizationOutcome out = run(jobs, {});
        checkOutcome(jobs, out);
        QVERIFY2(out.after.peak <= maxPeak, qPrintable(QString::number(out.after.peak)));
    }

    void randomListsKeepEverything_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("strategy");
        for (quint64 seed : {11u, 12u, 13u})
            for (int s = 0; s < 4; ++s)
                QTest::addRow("seed %llu %s", seed, qPrintable(strategyName(OptimizationStrategy(s)))) << seed << s;
    }
    void randomListsKeepEverything()
    {
        QFETCH(quint64, seed);
        QFETCH(int, strategy);
        const QVector<ScheduledJob> jobs = randomJobs(seed, 40);
        OptimizerSettings settings;
        settings.strategy = OptimizationStrategy(strategy);
        settings.capacity = 6;
        settings.seed = seed;
        const OptimizationOutcome out = run(jobs, settings);
        checkOutcome(jobs, out);
        if (settings.strategy == OptimizationStrategy::LoadBalancing)
            QVERIFY(out.after.peak < out.before.peak || out.after.peak == out.lowerBound.value());
    }

    void deterministicForASeed()
    {
        const QVector<ScheduledJob> jobs = randomJobs(99, 60);
        OptimizerSettings settings;
        settings.seed = 7;
        const OptimizationOutcome a = run(jobs, settings);
        const OptimizationOutcome b = run(jobs, settings);
        QCOMPARE(a.schedules, b.schedules);
        QCOMPARE(a.after.peak, b.after.peak);
        QCOMPARE(a.passes, b.passes);
    }

    void generatedListFromTheRepository()
    {
        Result<JobList> list = JobList::load(dataFile(QStringLiteral("jobs/mixed.json")));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        const QVector<ScheduledJob> jobs = list->scheduledJobs();
        const OptimizationOutcome out = run(jobs, {});
        checkOutcome(jobs, out);
        QVERIFY(out.after.peak < out.before.peak);
        QVERIFY(!out.changes.isEmpty());
    }

    void otherHorizons()
    {
        // A week from a month end, and a leap-day February.
        for (const Horizon &h : {Horizon{QDate(2027, 1, 28), 7}, Horizon{QDate(2028, 2, 15), 28}}) {
            const QVector<ScheduledJob> jobs = randomJobs(5, 30);
            checkOutcome(jobs, run(jobs, {}, h), h);
        }
    }

    void conflictResolutionMovesTheLowerPriorityTheLeast()
    {
        // Two half-hour jobs at 03:00: the less important one moves, by 30 minutes.
        const QVector<ScheduledJob> jobs{job(QStringLiteral("minor"), QStringLiteral("0 3 * * *"), 30),
                                         job(QStringLiteral("major"), QStringLiteral("0 3 * * *"), 30, 5)};
        OptimizerSettings settings;
        settings.strategy = OptimizationStrategy::ConflictResolution;
        const OptimizationOutcome out = run(jobs, settings);
        checkOutcome(jobs, out);
        QCOMPARE(out.after.conflicts, qint64(0));
        QCOMPARE(out.before.conflicts, qint64(28));
        QCOMPARE(out.changes.size(), 1);
        QCOMPARE(out.changes.first().job, 0);
        QCOMPARE(out.changes.first().shiftMinutes, 30);
        QVERIFY(out.schedules.at(0) == QLatin1String("30 3 * * *") || out.schedules.at(0) == QLatin1String("30 2 * * *"));
    }

    void peakMitigationStopsBelowTheThreshold()
    {
        // Twelve hourly jobs on the hour: peak 12; capacity 10 x 0.9 = 9.
        QVector<ScheduledJob> jobs;
        for (int i = 0; i < 12; ++i)
            jobs << job(QStringLiteral("j%1").arg(i), QStringLiteral("0 * * * *"), 10);
        OptimizerSettings settings;
        settings.strategy = OptimizationStrategy::PeakMitigation;
        settings.capacity = 10;
        const OptimizationOutcome out = run(jobs, settings);
        checkOutcome(jobs, out);
        QCOMPARE(out.after.peak, 9);
        QCOMPARE(out.changes.size(), 3); // only what the threshold needs
        QCOMPARE(out.after.minutesAboveThreshold, 0);
    }

    void loadBalancingSpreadsToTheBound()
    {
        QVector<ScheduledJob> jobs;
        for (int i = 0; i < 12; ++i)
            jobs << job(QStringLiteral("j%1").arg(i), QStringLiteral("0 * * * *"), 10);
        jobs << job(QStringLiteral("pinned"), QStringLiteral("0 * * * *"), 10);
        jobs.last().pinned = true;
        const OptimizationOutcome out = run(jobs, {});
        checkOutcome(jobs, out);
        QCOMPARE(out.lowerBound.value(), 3); // 130 busy minutes an hour
        QCOMPARE(out.after.peak, 3);
        QCOMPARE(out.schedules.last(), QStringLiteral("0 * * * *"));
    }

    void resourceEfficiencyAvoidsOverCommit()
    {
        QVector<ScheduledJob> jobs;
        for (int i = 0; i < 8; ++i)
            jobs << job(QStringLiteral("j%1").arg(i), QStringLiteral("15 */2 * * *"), 40);
        OptimizerSettings settings;
        settings.strategy = OptimizationStrategy::ResourceEfficiency;
        settings.capacity = 4;
        const OptimizationOutcome out = run(jobs, settings);
        checkOutcome(jobs, out);
        QVERIFY(out.before.minutesOverCapacity > 0);
        QCOMPARE(out.after.minutesOverCapacity, 0);
        QVERIFY(out.after.overTargetUnitMinutes < out.before.overTargetUnitMinutes);
    }

    void priorityBoundsTheShift()
    {
        QVector<ScheduledJob> jobs;
        for (int i = 0; i < 6; ++i)
            jobs << job(QStringLiteral("j%1").arg(i), QStringLiteral("0 12 * * *"), 20, 6); // at most 22 minutes
        const OptimizationOutcome out = run(jobs, {});
        checkOutcome(jobs, out);
        for (const JobChange &c : out.changes)
            QVERIFY(c.shiftMinutes <= 22);
        QVERIFY(out.after.peak <= 3); // 120 busy minutes in a 64-minute reach
    }

    void fixedRunsLoadTheMachine()
    {
        // A fixed block at 10:00-12:00 on day 0 pushes the daily job elsewhere.
        const QVector<ScheduledJob> jobs{job(QStringLiteral("d"), QStringLiteral("0 10 * * *"), 60)};
        const QVector<FixedRun> fixed{{600, 120, 1}};
        Result<OptimizationOutcome> out = JobOptimizer(kHorizon, {}).optimize(jobs, fixed);
        QVERIFY(out.ok());
        QCOMPARE(out->before.peak, 2);
        QCOMPARE(out->after.peak, 1);
        QCOMPARE(out->lowerBound.forcedBound, 1);
    }

    void extremeShapes()
    {
        QVector<ScheduledJob> jobs{
            job(QStringLiteral("instant"), QStringLiteral("0 * * * *"), 0),
            job(QStringLiteral("every minute"), QStringLiteral("* * * * *"), 1),
            job(QStringLiteral("two days long"), QStringLiteral("0 6 * * *"), 3000),
            job(QStringLiteral("two days long, mondays"), QStringLiteral("30 22 * * 1"), 2900),
            job(QStringLiteral("59"), QStringLiteral("*/59 * * * *"), 3),
            job(QStringLiteral("leap day"), QStringLiteral("0 0 29 2 *"), 30),
            job(QStringLiteral("yearly"), QStringLiteral("@yearly"), 30),
            job(QStringLiteral("not in this horizon"), QStringLiteral("0 0 1 7 *"), 30),
            job(QStringLiteral("never"), QStringLiteral("0 0 30 2 *"), 30),
            job(QStringLiteral("last minute"), QStringLiteral("59 23 * * *"), 120),
            job(QStringLiteral("last minute 2"), QStringLiteral("59 23 * * *"), 120),
        };
        for (const Horizon &h : {Horizon{QDate(2028, 2, 15), 28}, Horizon{QDate(2027, 12, 31), 1}}) {
            for (int s = 0; s < 4; ++s) {
                OptimizerSettings settings;
                settings.strategy = OptimizationStrategy(s);
                const OptimizationOutcome out = run(jobs, settings, h);
                checkOutcome(jobs, out, h);
                QCOMPARE(out.schedules.at(8), QStringLiteral("0 0 30 2 *"));
                QCOMPARE(out.schedules.at(1), QStringLiteral("* * * * *"));
            }
        }
    }

    void emptyList()
    {
        Result<OptimizationOutcome> out = JobOptimizer(kHorizon, {}).optimize({});
        QVERIFY(out.ok());
        QCOMPARE(out->after.peak, 0);
        QVERIFY(out->changes.isEmpty());
    }

    void badRuleFailsNamingTheJob()
    {
        Result<OptimizationOutcome> out =
            JobOptimizer(kHorizon, {}).optimize({job(QStringLiteral("broken"), QStringLiteral("0 24 * * *"), 5)});
        QVERIFY(!out.ok());
        QVERIFY2(out.error().contains(QStringLiteral("job 'broken'")), qPrintable(out.error()));
    }

    void cancelKeepsTheBestSoFar()
    {
        const QVector<ScheduledJob> jobs = randomJobs(3, 40);
        std::atomic_bool cancel{true};
        Progress progress;
        progress.cancelFlag = &cancel;
        Result<OptimizationOutcome> out = JobOptimizer(kHorizon, {}).optimize(jobs, {}, progress);
        QVERIFY(out.ok());
        checkOutcome(jobs, *out);
    }
};

QTEST_GUILESS_MAIN(TestJobOptimizer)
#include "tst_joboptimizer.moc"
