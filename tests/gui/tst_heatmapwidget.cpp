#include "gui/charts/heatmapwidget.h"

#include <QImage>
#include <QTest>

using namespace rulecast;

class TestHeatmapWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalsAndMaximum()
    {
        HeatmapWidget w;
        QCOMPARE(w.total(), 0);
        HeatmapWidget::Counts c{};
        c[0] = 5;        // Monday 00:00
        c[2 * 24 + 13] = 20; // Wednesday 13:00
        w.setCounts(c);
        QCOMPARE(w.total(), 25);
        QCOMPARE(w.maximum(), 20);
    }

    void colourScaleIsOrdered()
    {
        HeatmapWidget w;
        HeatmapWidget::Counts c{};
        c[0] = 100;
        w.setCounts(c);
        // The scale runs dark to bright: more starts, lighter cell.
        QVERIFY(w.colorFor(0).lightnessF() < w.colorFor(25).lightnessF());
        QVERIFY(w.colorFor(25).lightnessF() < w.colorFor(100).lightnessF());
        QCOMPARE(w.colorFor(100), w.colorFor(1000)); // clamped at the maximum
    }

    void cellsMapToPositionsAndTooltips()
    {
        HeatmapWidget w;
        w.resize(600, 300);
        HeatmapWidget::Counts c{};
        c[2 * 24 + 13] = 7;
        c[0] = 3;
        w.setCounts(c);
        int weekday = -1;
        int hour = -1;
        QVERIFY(!w.cellAt(QPoint(1, 1), &weekday, &hour)); // the label margin
        // Walk across the widget until a cell reports Wednesday 13:00.
        bool found = false;
        for (int y = 0; y < w.height() && !found; y += 2) {
            for (int x = 0; x < w.width() && !found; x += 2) {
                if (w.cellAt(QPoint(x, y), &weekday, &hour) && weekday == 2 && hour == 13)
                    found = true;
            }
        }
        QVERIFY(found);
        const QString tip = w.cellToolTip(2, 13);
        QVERIFY2(tip.contains(QLatin1String("13:00")) && tip.contains(QLatin1String("14:00")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("7 task starts")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("70.0%")), qPrintable(tip));
        QVERIFY(w.cellToolTip(6, 23).contains(QLatin1String("24:00")));
    }

    void paintsCellsOrTheEmptyText()
    {
        HeatmapWidget w;
        w.resize(480, 240);
        w.setEmptyText(QStringLiteral("Nothing here"));
        const QImage empty = w.grab().toImage();
        HeatmapWidget::Counts c{};
        c.fill(1);
        c[3] = 50;
        w.setCounts(c);
        const QImage full = w.grab().toImage();
        QCOMPARE(full.size(), empty.size());
        QVERIFY(full != empty);
        // Somewhere in the grid is the brightest colour of the scale.
        const QRgb hot = w.colorFor(50).rgb();
        bool seen = false;
        for (int y = 0; y < full.height() && !seen; ++y)
            for (int x = 0; x < full.width() && !seen; ++x)
                seen = full.pixel(x, y) == hot;
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestHeatmapWidget)
#include "tst_heatmapwidget.moc"
