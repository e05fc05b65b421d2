#include "core/resourceestimate.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace rulecast;

// Nearest-rank quantiles per type over the runs in the window; defaults
// (flagged as estimated) where a type has no figure.
class TestResourceEstimate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nearestRankMedianAndP90()
    {
        std::vector<TaskRecord> tasks;
        // Durations 1..10 minutes in shuffled order, CPU 10..100.
        std::vector<int> order{7, 3, 10, 1, 9, 2, 6, 4, 8, 5};
        for (int k : order) {
            TaskRecord t;
            t.type = QStringLiteral("backup");
            t.startedAt = 1000 + k;
            t.finishedAt = t.startedAt + k * 60;
            t.cpuPercent = 10.0 * k;
            tasks.push_back(t);
        }
        const auto estimates = ResourceEstimator::estimate(tasks, 0, 100000);
        const ResourceEstimate e = estimates.value(QStringLiteral("backup"));
        QCOMPARE(e.samples, 10);
        QCOMPARE(e.durationMinutes, 5.0);    // rank ceil(0.5 * 10) = 5
        QCOMPARE(e.durationP90Minutes, 9.0); // rank ceil(0.9 * 10) = 9
        QCOMPARE(e.cpuPercent, 50.0);
        QVERIFY(e.estimated.contains(QStringLiteral("memory")));
        QVERIFY(!e.estimated.contains(QStringLiteral("cpu")));
        QCOMPARE(e.memoryMb, ResourceEstimate::kDefaultMemoryMb);
    }

    void matchesSortedQuantilesOnRandomData()
    {
        std::mt19937 rng(5);
        std::uniform_int_distribution<int> minutes(1, 500);
        std::vector<TaskRecord> tasks;
        std::vector<double> durations;
        for (int i = 0; i < 1001; ++i) {
            TaskRecord t;
            t.type = QStringLiteral("t");
            t.startedAt = 100 + i;
            t.finishedAt = t.startedAt + 60 * minutes(rng);
            durations.push_back(double(t.finishedAt - t.startedAt) / 60.0);
            tasks.push_back(t);
        }
        // A run outside the window does not count.
        TaskRecord late;
        late.type = QStringLiteral("t");
        late.startedAt = 1000000;
        late.finishedAt = late.startedAt + 60 * 10000;
        tasks.push_back(late);
        std::sort(durations.begin(), durations.end());
        const ResourceEstimate e = ResourceEstimator::estimate(tasks, 0, 1000000).value(QStringLiteral("t"));
        QCOMPARE(e.samples, 1001);
        QCOMPARE(e.durationMinutes, durations[500]);  // rank 501
        QCOMPARE(e.durationP90Minutes, durations[900]); // rank ceil(900.9) = 901
    }
};

QTEST_GUILESS_MAIN(TestResourceEstimate)
#include "tst_resourceestimate.moc"
