#include "core/backtest.h"
#include "core/slotgrid.h"

#include <QtTest>

#include <random>

using namespace rulecast;

namespace {

constexpr qint64 kDay = 86400;
const qint64 kStartDay = 20000;

TaskRecord task(const QString &type, qint64 start)
{
    TaskRecord t;
    t.type = type;
    t.startedAt = start;
    return t;
}

// Regular types with noise: each type has a home hour and runs there on 85%
// of weekdays, sometimes an hour late; a noise type runs anywhere.
std::vector<TaskRecord> history(int days, quint32 seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<TaskRecord> tasks;
    for (int d = 0; d < days; ++d) {
        const qint64 day = kStartDay + d;
        for (int t = 0; t < 8; ++t) {
            const bool weekend = SlotGrid::isWeekend(day);
            if (uniform(rng) < (weekend ? 0.1 : 0.85)) {
                const int hour = 6 + 2 * t + (uniform(rng) < 0.15 ? 1 : 0);
                tasks.push_back(task(QStringLiteral("job%1").arg(t), day * kDay + hour * 3600 + 120));
            }
        }
        for (int i = 0; i < 3; ++i)
            tasks.push_back(task(QStringLiteral("noise"), day * kDay + qint64(uniform(rng) * kDay)));
    }
    return tasks;
}

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scoresSameCellsAsBaselines()
    {
        std::vector<TaskRecord> tasks = history(90, 5);
        // A type that first appears during the test is not scored.
        tasks.push_back(task(QStringLiteral("latecomer"), (kStartDay + 80) * kDay + 3600));
        // A gap in the record: no task at all on day 85.
        tasks.erase(std::remove_if(tasks.begin(), tasks.end(),
                                   [](const TaskRecord &t) { return SlotGrid::dayOfEpoch(t.startedAt) == kStartDay + 85; }),
                    tasks.end());
        BacktestOptions options;
        const qint64 from = (kStartDay + 76) * kDay, to = (kStartDay + 89) * kDay;
        const Result<BacktestResult> r = Backtest::run(tasks, from, to, options);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->types.size(), 9);
        QVERIFY(!r->types.contains(QStringLiteral("latecomer")));
        QCOMPARE(int(r->skippedDays.size()), 1);
        QCOMPARE(r->skippedDays.front(), kStartDay + 85);
        QCOMPARE(int(r->days.size()), 13);
        QCOMPARE(r->cells, qint64(13 * 24 * 9));
        QCOMPARE(int(r->models.size()), 3);
        QCOMPARE(r->models[0].name, QStringLiteral("rulecast"));
        for (const auto &m : r->models)
            QCOMPARE(m.score.cells, r->cells);
        const PredictionScore &ours = r->models[0].score;
        const PredictionScore &yesterday = r->models[1].score;
        const PredictionScore &share = r->models[2].score;
        QVERIFY(ours.brier < yesterday.brier);
        QVERIFY2(ours.brier <= share.brier * 1.02, qPrintable(QStringLiteral("%1 vs %2").arg(ours.brier).arg(share.brier)));
        QVERIFY(ours.bestF1 > yesterday.bestF1);
        QVERIFY(ours.calibrationError < 0.1);
        QCOMPARE(yesterday.calibrationError, 1.0 - yesterday.precisionAtHigh);
    }

    void protocolDaysAreTheLastObservedOnes()
    {
        std::vector<TaskRecord> tasks;
        for (int d : {0, 1, 2, 5, 6, 9})
            tasks.push_back(task(QStringLiteral("a"), (kStartDay + d) * kDay + 100));
        const auto [first, last] = Backtest::lastObservedDays(tasks, 4);
        QCOMPARE(first, kStartDay + 2);
        QCOMPARE(last, kStartDay + 9);
        QCOMPARE(Backtest::lastObservedDays({}, 4).second, qint64(-1));
    }

    void rejectsBadArguments()
    {
        BacktestOptions options;
        options.slotMinutes = 7;
        QVERIFY(!Backtest::run({}, 0, kDay, options).ok());
        options.slotMinutes = 60;
        QVERIFY(!Backtest::run({}, kDay, 0, options).ok());
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
