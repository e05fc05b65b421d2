#include "app/dashboardmetrics.h"
#include "app/demopipeline.h"
#include "gui/charts/sparkline.h"
#include "gui/mainwindow.h"
#include "gui/views/dashboardview.h"
#include "gui/widgets/metrictile.h"
#include "testsupport/testsupport.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

QString percent(double ratio) { return QLocale().toString(ratio * 100.0, 'f', 1) + QStringLiteral(" %"); }

MainView *currentView(const MainWindow &w)
{
    return qobject_cast<MainView *>(w.findChild<QTabWidget *>()->currentWidget());
}

DashboardView *dashboardOf(MainWindow &w)
{
    return qobject_cast<DashboardView *>(w.view(QStringLiteral("dashboard")));
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT
private:
    TempDatabase m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        // The full demo, ending now, so "upcoming" predictions lie ahead.
        DemoPipelineRequest request;
        request.demo.databasePath = m_demo.path();
        request.demo.days = 30;
        request.demo.endTime = QDateTime::currentSecsSinceEpoch();
        const Result<DemoPipelineSummary> s = runDemoPipeline(request);
        QVERIFY2(s, qPrintable(s.error()));
    }

    void isTheFirstTabAndShowsTheFigures()
    {
        MainWindow w;
        QVERIFY(w.openDatabase(m_demo.path()));
        w.show();
        QCOMPARE(w.views().first()->viewId(), QStringLiteral("dashboard"));
        QCOMPARE(currentView(w)->viewId(), QStringLiteral("dashboard"));
        DashboardView *view = dashboardOf(w);
        QVERIFY(view);
        QTRY_VERIFY(!view->isBusy() && view->metrics().has_value());
        const Result<DashboardMetrics> expected =
            computeDashboardMetrics({m_demo.path(), QDateTime::currentSecsSinceEpoch(), 30, 20});
        QVERIFY(expected);
        QVERIFY(expected->validated > 0);
        QVERIFY(expected->lastRun);
        // Ratios as percentages, with their meaning and a sparkline of the daily trend.
        for (DashboardMetric m : {DashboardMetric::PredictionConfidence, DashboardMetric::AccuracyRate,
                                  DashboardMetric::FalsePositiveRate, DashboardMetric::ResourceEstimationAccuracy,
                                  DashboardMetric::PeakLoadReduction, DashboardMetric::EfficiencyGain}) {
            MetricTile *tile = view->tile(m);
            QVERIFY(tile);
            QCOMPARE(tile->valueText(), percent(expected->figure(m).value));
            QVERIFY(!tile->meaningText().isEmpty());
            QCOMPARE(tile->sparkline()->values().size(), expected->figure(m).trend.size());
        }
        QVERIFY(view->tile(DashboardMetric::AccuracyRate)->sparkline()->values().size() >= 5);
        QCOMPARE(view->tile(DashboardMetric::AccuracyRate)->meaningText(),
                 QStringLiteral("%1 of %2 predicted tasks ran in their slot")
                     .arg(QLocale().toString(expected->hits), QLocale().toString(expected->validated)));
        QVERIFY(view->tile(DashboardMetric::ResponseTime)->valueText().endsWith(QLatin1String("ms")));
        QVERIFY(view->tile(DashboardMetric::Throughput)->valueText().endsWith(QLatin1String("runs/s")));
        QCOMPARE(view->contextTile(QStringLiteral("rules"))->valueText(), QLocale().toString(expected->counts.enabledRules));
        QCOMPARE(view->contextTile(QStringLiteral("patterns"))->valueText(),
                 QLocale().toString(expected->counts.activePatterns));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("optimizationHeading"))->text().contains(
            QStringLiteral("run #%1").arg(expected->lastRun->id)));
    }

    void clickingATileOpensTheViewBehindIt()
    {
        MainWindow w;
        QVERIFY(w.openDatabase(m_demo.path()));
        w.show();
        DashboardView *view = dashboardOf(w);
        QTRY_VERIFY(!view->isBusy());

        QTest::mouseClick(view->tile(DashboardMetric::PeakLoadReduction), Qt::LeftButton);
        QCOMPARE(currentView(w)->viewId(), QStringLiteral("optimization"));
        w.showView(view);
        QTest::mouseClick(view->contextTile(QStringLiteral("patterns")), Qt::LeftButton);
        QCOMPARE(currentView(w)->viewId(), QStringLiteral("patterns"));

        // Keyboard: a focused tile opens its view with Enter.
        w.showView(view);
        MetricTile *throughput = view->tile(DashboardMetric::Throughput);
        throughput->setFocus();
        QTest::keyClick(throughput, Qt::Key_Return);
        QCOMPARE(currentView(w)->viewId(), QStringLiteral("optimization"));

        // The prediction and rule views are looked up when clicked: they
        // open if this build has them, else the status bar says so.
        for (const QString &id : {QStringLiteral("predictions"), QStringLiteral("rules")}) {
            w.showView(view);
            MetricTile *tile = id == QLatin1String("rules") ? view->contextTile(id) : view->tile(DashboardMetric::AccuracyRate);
            QCOMPARE(tile->targetViewId(), id);
            QTest::mouseClick(tile, Qt::LeftButton);
            if (w.view(id))
                QCOMPARE(currentView(w)->viewId(), id);
            else {
                QCOMPARE(currentView(w)->viewId(), QStringLiteral("dashboard"));
                QVERIFY(w.statusBar()->currentMessage().contains(id));
            }
        }
    }

    void emptyDatabaseShowsWhatToDo()
    {
        TempDatabase empty;
        MainWindow w;
        QVERIFY(w.openDatabase(empty.path()));
        w.show();
        DashboardView *view = dashboardOf(w);
        QTRY_VERIFY(!view->isBusy() && view->metrics().has_value());
        MetricTile *accuracy = view->tile(DashboardMetric::AccuracyRate);
        QCOMPARE(accuracy->valueText(), QStringLiteral("—"));
        QCOMPARE(accuracy->meaningText(), QStringLiteral("No validated predictions yet — run Predict, then Validate."));
        QVERIFY(view->tile(DashboardMetric::EfficiencyGain)->meaningText().startsWith(QLatin1String("No optimization run yet")));
        QVERIFY(view->tile(DashboardMetric::EfficiencyGain)->sparkline()->values().isEmpty());
        QCOMPARE(view->contextTile(QStringLiteral("patterns"))->valueText(), QStringLiteral("—"));
        // The heading's link leads to the History view's import and demo buttons.
        auto *heading = view->findChild<QLabel *>(QStringLiteral("predictionsHeading"));
        QVERIFY(heading->text().contains(QLatin1String("no task history")));
        Q_EMIT heading->linkActivated(QStringLiteral("history"));
        QCOMPARE(currentView(w)->viewId(), QStringLiteral("history"));
    }

    void figuresFollowTheDatabase()
    {
        TempDatabase tmp;
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        DashboardView *view = dashboardOf(w);
        QTRY_VERIFY(!view->isBusy() && view->metrics().has_value());
        QCOMPARE(view->tile(DashboardMetric::AccuracyRate)->valueText(), QStringLiteral("—"));
        // Opening another database re-reads the figures.
        QVERIFY(w.openDatabase(m_demo.path()));
        QTRY_VERIFY(!view->isBusy() && view->metrics() && view->metrics()->validated > 0);
        QVERIFY(view->tile(DashboardMetric::AccuracyRate)->valueText().endsWith(QLatin1String(" %")));
    }

    void sparklineScalesBetweenItsOwnExtremes()
    {
        Sparkline line;
        line.resize(106, 36);
        line.setValues({1.0, 3.0, qQNaN(), 2.0});
        QCOMPARE(line.values(), (QVector<double>{1.0, 3.0, 2.0})); // unknown values are left out
        QCOMPARE(line.pointAt(0).x(), 3.0);
        QCOMPARE(line.pointAt(2).x(), 103.0);
        QCOMPARE(line.pointAt(0).y(), 33.0); // the lowest at the bottom
        QCOMPARE(line.pointAt(1).y(), 3.0);  // the highest at the top
        QCOMPARE(line.pointAt(2).y(), 18.0);
        line.setValues({5.0, 5.0});
        QCOMPARE(line.pointAt(0).y(), 18.0); // a flat series sits in the middle
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
