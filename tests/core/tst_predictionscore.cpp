#include "core/predictionscore.h"

#include <QtTest>

#include <cmath>

using namespace rulecast;

class TestPredictionScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void brierAndCounts()
    {
        const PredictionScore s = PredictionScore::compute({1.0, 0.0, 0.5, 0.5}, {1, 0, 1, 0});
        QCOMPARE(s.cells, qint64(4));
        QCOMPARE(s.positives, qint64(2));
        QVERIFY(std::abs(s.brier - 0.125) < 1e-12); // (0 + 0 + 0.25 + 0.25) / 4
    }

    void bestF1SweepsThresholds()
    {
        // t = 0.9: tp 1, fp 0 -> F1 2 / 4 = 0.5
        const PredictionScore s = PredictionScore::compute({0.9, 0.6, 0.6, 0.1, 0.1}, {1, 1, 0, 1, 0});
        // t = 0.6: tp 2, fp 1, positives 3 -> 4 / (3 + 3) = 0.667; t = 0.1: tp 3, fp 2 -> 6 / 8 = 0.75
        QVERIFY(std::abs(s.bestF1 - 0.75) < 1e-12);
        QCOMPARE(s.bestThreshold, 0.1);
    }

    void calibrationErrorOfBinaryForecast()
    {
        // A 0/1 forecast (like "same hour yesterday"): the non-zero cells are the
        // ones predicted 1, so the error is 1 - their precision.
        std::vector<double> p;
        std::vector<char> y;
        for (int i = 0; i < 100; ++i) {
            p.push_back(i < 20 ? 1.0 : 0.0);
            y.push_back((i < 8 || i == 50) ? 1 : 0);
        }
        const PredictionScore s = PredictionScore::compute(p, y);
        QVERIFY(std::abs(s.calibrationError - 0.6) < 1e-12);
        // Over all cells: (|20 - 8| + |0 - 1|) / 100.
        QVERIFY(std::abs(s.calibrationErrorAllCells - 0.13) < 1e-12);
        QVERIFY(std::abs(s.precisionAtHigh - 0.4) < 1e-12);
        QCOMPARE(s.countAtHigh, qint64(20));
    }

    void perfectlyCalibratedBins()
    {
        std::vector<double> p;
        std::vector<char> y;
        for (int bin = 0; bin < 10; ++bin) {
            const double q = (bin + 0.5) / 10.0;
            for (int i = 0; i < 100; ++i) {
                p.push_back(q);
                y.push_back(i < int(std::lround(q * 100)) ? 1 : 0);
            }
        }
        const PredictionScore s = PredictionScore::compute(p, y);
        QVERIFY(s.calibrationError < 0.006);
        QCOMPARE(int(s.bins.size()), 10);
        QCOMPARE(s.bins[3].count, qint64(100));
        QVERIFY(std::abs(s.bins[7].observedRate - 0.75) < 0.006);
    }

    void emptyInputAndNoHighPredictions()
    {
        const PredictionScore empty = PredictionScore::compute({}, {});
        QCOMPARE(empty.cells, qint64(0));
        const PredictionScore low = PredictionScore::compute({0.1, 0.2}, {0, 1});
        QVERIFY(std::isnan(low.precisionAtHigh));
        QCOMPARE(low.countAtHigh, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPredictionScore)
#include "tst_predictionscore.moc"
