#include "core/calibration.h"
#include "core/logisticmodel.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace rulecast;

namespace {

// Bernoulli outcomes with a known probability curve of the score.
void sample(int n, double (*truth)(double), quint32 seed, std::vector<double> &scores, std::vector<double> &positives,
            std::vector<double> &weights)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (int i = 0; i < n; ++i) {
        const double s = uniform(rng);
        scores.push_back(s);
        positives.push_back(uniform(rng) < truth(s) ? 1.0 : 0.0);
        weights.push_back(1.0);
    }
}

double squared(double s) { return s * s; }
double logistic(double s) { return 1.0 / (1.0 + std::exp(-(3.0 * std::log(s / (1 - s)) - 1.0))); }

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isotonicRecoversMonotoneCurve()
    {
        std::vector<double> s, y, w;
        sample(40000, &squared, 7, s, y, w);
        const IsotonicCalibration c = IsotonicCalibration::fit(s, y, w, 200);
        for (double x : {0.1, 0.3, 0.5, 0.7, 0.9})
            QVERIFY2(std::abs(c.apply(x) - x * x) < 0.05, qPrintable(QString::number(x)));
        // Monotone everywhere.
        double previous = -1;
        for (int i = 0; i <= 100; ++i) {
            const double v = c.apply(i / 100.0);
            QVERIFY(v >= previous - 1e-12);
            previous = v;
        }
    }

    void isotonicPoolsViolatorsAndLightBlocks()
    {
        // Rates 0.5, 0.2, 0.8 by score: the first two must pool to 0.35.
        const IsotonicCalibration c =
            IsotonicCalibration::fit({0.1, 0.2, 0.3}, {5, 2, 8}, {10, 10, 10});
        QCOMPARE(c.blockCount(), 2);
        QVERIFY(std::abs(c.apply(0.0) - 0.35) < 1e-12);
        QVERIFY(std::abs(c.apply(1.0) - 0.8) < 1e-12);
        // A single lucky cell at the top may not claim certainty on its own.
        const IsotonicCalibration light = IsotonicCalibration::fit({0.1, 0.9}, {10, 1}, {100, 1}, 30);
        QCOMPARE(light.blockCount(), 1);
        QVERIFY(light.apply(0.9) < 0.2);
    }

    void plattRecoversLogisticDistortion()
    {
        std::vector<double> s, y, w;
        sample(40000, &logistic, 11, s, y, w);
        const PlattCalibration c = PlattCalibration::fit(s, y, w);
        QVERIFY(std::abs(c.slope() - 3.0) < 0.25);
        QVERIFY(std::abs(c.offset() + 1.0) < 0.15);
        for (double x : {0.2, 0.5, 0.8})
            QVERIFY(std::abs(c.apply(x) - logistic(x)) < 0.03);
    }

    void logisticModelFitsKnownWeights()
    {
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        std::vector<LogisticModel::Row> rows;
        for (int i = 0; i < 20000; ++i) {
            const double a = uniform(rng), b = uniform(rng);
            const double p = LogisticModel::sigmoid(-2.0 + 3.0 * a - 1.0 * b);
            rows.push_back({{a, b}, uniform(rng) < p ? 1.0 : 0.0, 1.0});
        }
        const LogisticModel m = LogisticModel::fit(rows, 0.0);
        QVERIFY(m.converged());
        QVERIFY(std::abs(m.intercept() + 2.0) < 0.15);
        QVERIFY(std::abs(m.weight(0) - 3.0) < 0.2);
        QVERIFY(std::abs(m.weight(1) + 1.0) < 0.2);
    }

    void logisticModelWeightedRowsEqualRepeatedRows()
    {
        std::vector<LogisticModel::Row> repeated, weighted;
        for (int i = 0; i < 30; ++i)
            repeated.push_back({{1.0}, i < 20 ? 1.0 : 0.0, 1.0});
        for (int i = 0; i < 30; ++i)
            repeated.push_back({{0.0}, i < 3 ? 1.0 : 0.0, 1.0});
        weighted.push_back({{1.0}, 20, 30});
        weighted.push_back({{0.0}, 3, 30});
        const LogisticModel a = LogisticModel::fit(repeated, 0.1), b = LogisticModel::fit(weighted, 0.1);
        QVERIFY(std::abs(a.intercept() - b.intercept()) < 1e-6);
        QVERIFY(std::abs(a.weight(0) - b.weight(0)) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
