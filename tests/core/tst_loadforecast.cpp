#include "core/loadforecast.h"
#include "core/predictor.h"
#include "core/slotgrid.h"

#include <QtTest>

using namespace rulecast;

namespace {

constexpr qint64 kDay = 86400;
const qint64 kStartDay = 20000;

TaskRecord task(const QString &type, qint64 start, double cpu, double memory)
{
    TaskRecord t;
    t.type = type;
    t.startedAt = start;
    t.cpuPercent = cpu;
    t.memoryMb = memory;
    return t;
}

// Every day at 09:xx three "etl" tasks (cpu 50, 200 MB); "ping" once at 15:xx.
std::vector<TaskRecord> history(int days)
{
    std::vector<TaskRecord> tasks;
    for (int d = 0; d < days; ++d) {
        const qint64 base = (kStartDay + d) * kDay;
        for (int i = 0; i < 3; ++i)
            tasks.push_back(task(QStringLiteral("etl"), base + 9 * 3600 + 60 * i, 50, 200));
        tasks.push_back(task(QStringLiteral("ping"), base + 15 * 3600 + 30, 5, 10));
    }
    return tasks;
}

} // namespace

class TestLoadForecast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forecastFollowsTheDailyShape()
    {
        const std::vector<TaskRecord> tasks = history(60);
        PredictorInput input;
        input.asOf = (kStartDay + 60) * kDay;
        input.history = &tasks;
        PredictorOptions options;
        options.slotMinutes = 30;
        const Result<PredictionSet> set = Predictor::run(input, options);
        QVERIFY(set.ok());
        const std::vector<HourLoad> load = LoadForecast::compute(*set, tasks);
        QCOMPARE(int(load.size()), 24);
        QCOMPARE(load[9].start, input.asOf + 9 * 3600);
        QCOMPARE(load[9].tasks, 3.0);
        QVERIFY(std::abs(load[9].expectedTasks - 3.0) < 0.4);
        QVERIFY(std::abs(load[9].cpu - 150.0) < 20.0);
        QVERIFY(std::abs(load[9].memoryMb - 600.0) < 80.0);
        QCOMPARE(load[15].tasks, 1.0);
        QCOMPARE(load[3].tasks, 0.0);
        QVERIFY(load[3].expectedTasks < 0.1);
        QVERIFY(load[9].tasksP90 >= load[9].tasks);
    }

    void medianOfASkewedHour()
    {
        // A type that bursts with 40 starts in its busy slots, predicted at 25%
        // for noon: the median hour is quiet although the mean is about 10.
        std::vector<TaskRecord> tasks;
        for (int d = 0; d < 28; d += 4)
            for (int i = 0; i < 40; ++i)
                tasks.push_back(task(QStringLiteral("burst"), (kStartDay + d) * kDay + 12 * 3600 + i, 1, 1));
        PredictionSet set;
        set.grid = *SlotGrid::create((kStartDay + 28) * kDay, 24, 60);
        set.types = {QStringLiteral("burst")};
        set.probabilities.assign(24, 0.0);
        set.probabilities[12] = 0.25;
        const std::vector<HourLoad> load = LoadForecast::compute(set, tasks);
        QCOMPARE(load[12].tasks, 0.0);
        QVERIFY(std::abs(load[12].expectedTasks - 10.0) < 1e-9);
        QCOMPARE(load[12].tasksP90, 40.0);
        QCOMPARE(load[11].tasksP90, 0.0);
        // Two such types: 0 starts with 9/16, 40 with 6/16, 80 with 1/16.
        set.types.append(QStringLiteral("burst2"));
        for (TaskRecord &t : tasks)
            t.type = QStringLiteral("burst2");
        std::vector<TaskRecord> both = tasks;
        for (TaskRecord t : tasks) {
            t.type = QStringLiteral("burst");
            both.push_back(t);
        }
        set.probabilities.resize(48, 0.0);
        set.probabilities[24 + 12] = 0.25;
        const std::vector<HourLoad> two = LoadForecast::compute(set, both);
        QCOMPARE(two[12].tasks, 0.0);
        QCOMPARE(two[12].tasksP90, 40.0);
        QVERIFY(std::abs(two[12].expectedTasks - 20.0) < 1e-9);
    }

    void baselines()
    {
        const std::vector<TaskRecord> tasks = history(30);
        const qint64 start = (kStartDay + 30) * kDay;
        const std::vector<double> yesterday = LoadForecast::sameHourYesterday(tasks, start, 24);
        QCOMPARE(yesterday[9], 3.0);
        QCOMPARE(yesterday[15], 1.0);
        QCOMPARE(yesterday[0], 0.0);
        // A strictly periodic history: Holt-Winters converges on it.
        const std::vector<double> hw = LoadForecast::holtWintersWeekly(tasks, start, 24);
        QVERIFY(std::abs(hw[9] - 3.0) < 0.5);
        QVERIFY(std::abs(hw[4]) < 0.5);
        // Later tasks are never read.
        std::vector<TaskRecord> withFuture = tasks;
        withFuture.push_back(task(QStringLiteral("etl"), start + 100, 1, 1));
        QVERIFY(LoadForecast::holtWintersWeekly(withFuture, start, 24) == hw);
    }
};

QTEST_GUILESS_MAIN(TestLoadForecast)
#include "tst_loadforecast.moc"
