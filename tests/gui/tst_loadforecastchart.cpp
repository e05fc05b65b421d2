#include "gui/charts/loadforecastchart.h"

#include <QTest>

using namespace rulecast;

namespace {

std::vector<HourLoad> hours(int n, double cpuPeak, double memoryPeak)
{
    std::vector<HourLoad> out;
    for (int i = 0; i < n; ++i) {
        HourLoad h;
        h.start = 20494 * 86400 + i * 3600;
        h.tasks = i % 4;
        h.expectedTasks = h.tasks + 0.3;
        h.tasksP90 = h.tasks + 2;
        h.cpu = cpuPeak * (i % 4) / 3.0;
        h.memoryMb = memoryPeak * (i % 4) / 3.0;
        out.push_back(h);
    }
    return out;
}

} // namespace

class TestLoadForecastChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalesAgainstCapacity()
    {
        LoadForecastChart chart;
        chart.setTimeZone(QTimeZone::utc());
        chart.resize(600, 300);
        // CPU peaks at 150% of a 200% capacity: the line is on the scale, which reaches it.
        // Memory peaks at 1 GB of 64 GB: drawing the capacity would flatten the bars.
        chart.setForecast(hours(24, 150, 1024), 200, 65536);
        QCOMPARE(chart.hours().size(), size_t(24));
        QVERIFY(chart.capacityOnScale(LoadForecastChart::CpuPanel));
        QVERIFY(chart.panelMaximum(LoadForecastChart::CpuPanel) >= 200);
        QVERIFY(!chart.capacityOnScale(LoadForecastChart::MemoryPanel));
        QVERIFY(chart.panelMaximum(LoadForecastChart::MemoryPanel) >= 1024);
        QVERIFY(chart.panelMaximum(LoadForecastChart::MemoryPanel) < 2048);
        QVERIFY(!chart.capacityOnScale(LoadForecastChart::TasksPanel));
        // Task counts: the scale covers the 90th percentile and is whole.
        QCOMPARE(chart.panelMaximum(LoadForecastChart::TasksPanel), 5.0);

        // Over capacity: the scale covers the peak.
        chart.setForecast(hours(24, 500, 1024), 200, 2048);
        QVERIFY(chart.capacityOnScale(LoadForecastChart::CpuPanel));
        QVERIFY(chart.panelMaximum(LoadForecastChart::CpuPanel) >= 500);
        QVERIFY(chart.capacityOnScale(LoadForecastChart::MemoryPanel));
    }

    void hoverFindsTheHour()
    {
        LoadForecastChart chart;
        chart.setTimeZone(QTimeZone::utc());
        chart.resize(600, 300);
        QCOMPARE(chart.hourAt(QPointF(300, 150)), -1); // nothing to show yet
        chart.setForecast(hours(24, 90, 512), 200, 4096);
        const QRectF panel = chart.panelRect(LoadForecastChart::CpuPanel);
        const qreal hourWidth = panel.width() / 24;
        QCOMPARE(chart.hourAt(QPointF(panel.left() + hourWidth * 5.5, panel.center().y())), 5);
        QCOMPARE(chart.hourAt(QPointF(panel.left() + hourWidth * 23.5, panel.center().y())), 23);
        QCOMPARE(chart.hourAt(QPointF(panel.left() - 5, panel.center().y())), -1);
        const QString tip = chart.hourToolTip(5);
        QVERIFY2(tip.contains(QLatin1String("05:00")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("Task starts: 1")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("CPU: 30% of 200%")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("of 4.0 GB")), qPrintable(tip));
        QVERIFY(chart.hourToolTip(24).isEmpty());
    }
};

QTEST_MAIN(TestLoadForecastChart)
#include "tst_loadforecastchart.moc"
