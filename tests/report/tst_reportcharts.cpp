#include "report/reportcharts.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QtTest>

using namespace rulecast;

namespace {

StoredRunLoad sampleLoad()
{
    StoredRunLoad load;
    load.startEpoch = 1790035200; // 2026-09-22 00:00 UTC
    load.days = 2;
    load.capacity = 2;
    load.windowStart = load.startEpoch + 6 * 3600;
    load.windowEnd = load.windowStart + 24 * 3600;
    load.before = QVector<int>(2 * 1440, 0);
    load.after = load.before;
    for (int m = 120; m < 180; ++m)
        load.before[m] = 4; // a peak at 02:00 the optimizer spread out
    for (int m = 120; m < 240; ++m)
        load.after[m] = 2;
    return load;
}

int count(const QString &svg, const QString &element)
{
    return int(svg.count(QLatin1Char('<') + element + QLatin1Char(' ')));
}

} // namespace

class TestReportCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buckets()
    {
        QCOMPARE(reportcharts::bucketMinutes(1440), 3);
        QCOMPARE(reportcharts::bucketMinutes(500), 1);
        QCOMPARE(reportcharts::bucketMinutes(10080), 21);
    }

    void loadOverTime()
    {
        SvgCanvas canvas(QSizeF(515, 220));
        reportcharts::drawLoadOverTime(canvas, QRectF(0, 0, 515, 220), sampleLoad());
        const QString svg = canvas.svg(QString());
        QCOMPARE(count(svg, QStringLiteral("polyline")), 2); // before and after
        QVERIFY(svg.contains(QLatin1String("stroke-dasharray"))); // the capacity
        // The y axis reaches past the highest load (4) in whole numbers.
        QVERIFY(svg.contains(QLatin1String(">4</text>")));
        QVERIFY(!svg.contains(QLatin1String(">4.5</text>")));
        QVERIFY(svg.contains(QLatin1String("Tue 22 Sep")));
        QVERIFY(svg.contains(QLatin1String("look-ahead window")));
    }

    void loadByHour()
    {
        SvgCanvas canvas(QSizeF(515, 220));
        reportcharts::drawLoadByHour(canvas, QRectF(0, 0, 515, 220), sampleLoad());
        const QString svg = canvas.svg(QString());
        // Bars drawn for the hours with load: 02:00 before (4) and after (2), 03:00 after (2).
        const QRegularExpression bar(QStringLiteral("<rect x=\"[^\"]+\" y=\"[^\"]+\" width=\"[^\"]+\" height=\"([0-9.]+)\""));
        int nonZero = 0;
        for (auto it = bar.globalMatch(svg); it.hasNext();)
            if (it.next().captured(1).toDouble() > 0)
                ++nonZero;
        QCOMPARE(nonZero, 3 + 2); // three bars and the two legend swatches
        QVERIFY(svg.contains(QLatin1String(">00:00</text>")));
        QVERIFY(svg.contains(QLatin1String(">21:00</text>")));
    }

    void calibration()
    {
        std::vector<CalibrationBin> bins(10);
        for (int i = 0; i < 10; ++i) {
            bins[std::size_t(i)].lower = i / 10.0;
            bins[std::size_t(i)].upper = (i + 1) / 10.0;
        }
        bins[8].count = 12;
        bins[8].meanPredicted = 0.84;
        bins[8].observedRate = 0.75;
        SvgCanvas canvas(QSizeF(515, 240));
        reportcharts::drawCalibration(canvas, QRectF(0, 0, 515, 240), bins);
        const QString svg = canvas.svg(QString());
        QCOMPARE(count(svg, QStringLiteral("circle")), 1);
        QVERIFY(svg.contains(QLatin1String(">12</text>")));
        QVERIFY(svg.contains(QLatin1String("12 validated predictions")));
    }

    void emptyChartsSaySo()
    {
        SvgCanvas canvas(QSizeF(515, 700));
        reportcharts::drawLoadOverTime(canvas, QRectF(0, 0, 515, 220), StoredRunLoad{});
        reportcharts::drawLoadByHour(canvas, QRectF(0, 230, 515, 220), StoredRunLoad{});
        reportcharts::drawCalibration(canvas, QRectF(0, 460, 515, 220), {});
        const QString svg = canvas.svg(QString());
        QCOMPARE(int(svg.count(QLatin1String("No optimization run to show."))), 2);
        QVERIFY(svg.contains(QLatin1String("No validated predictions to show.")));
        QCOMPARE(count(svg, QStringLiteral("polyline")), 0);
    }

    void paintsOnAnImageToo()
    {
        QImage image(515, 220, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            PainterCanvas canvas(&p);
            reportcharts::drawLoadOverTime(canvas, QRectF(0, 0, 515, 220), sampleLoad());
        }
        int coloured = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                coloured += image.pixelColor(x, y) != QColor(Qt::white);
        QVERIFY(coloured > 2000);
    }
};

QTEST_MAIN(TestReportCharts)
#include "tst_reportcharts.moc"
