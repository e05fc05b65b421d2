#include "gui/charts/calibrationchart.h"

#include <QTest>

using namespace rulecast;

class TestCalibrationChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsNonEmptyBinsOnTheUnitSquare()
    {
        CalibrationChart chart;
        chart.resize(300, 300);
        QCOMPARE(chart.validated(), qint64(0));
        QCOMPARE(chart.binAt(QPointF(150, 150)), -1);

        // The ten bins of a score; only three hold predictions.
        const std::vector<double> p{0.72, 0.74, 0.78, 0.93, 0.95, 0.97, 0.99, 0.35};
        const std::vector<char> y{1, 0, 1, 1, 1, 1, 1, 0};
        const PredictionScore score = PredictionScore::compute(p, y, 10);
        chart.setCalibration(score.bins, qint64(p.size()), score.brier);
        QCOMPARE(chart.validated(), qint64(8));
        QCOMPARE(chart.bins().size(), size_t(3));
        QCOMPARE(chart.bins().at(1).count, qint64(3));

        // Dots sit at (mean confidence, observed rate): higher rate is higher up, more confidence further right.
        const QPointF low = chart.pointOf(0);   // 0.35, never
        const QPointF mid = chart.pointOf(1);   // ~0.75, 2 of 3
        const QPointF high = chart.pointOf(2);  // ~0.96, always
        QVERIFY(low.x() < mid.x() && mid.x() < high.x());
        QVERIFY(low.y() > mid.y() && mid.y() > high.y());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(chart.binAt(chart.pointOf(i)), i);
        QCOMPARE(chart.binAt(QPointF(low.x(), high.y())), -1);
        const QString tip = chart.binToolTip(1);
        QVERIFY2(tip.contains(QLatin1String("predictions: 3")) && tip.contains(QLatin1String("came true 67%")),
                 qPrintable(tip));

        chart.setCalibration({}, 0, 0);
        QVERIFY(chart.bins().empty());
    }
};

QTEST_MAIN(TestCalibrationChart)
#include "tst_calibrationchart.moc"
