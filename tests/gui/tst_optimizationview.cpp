#include "app/demousecase.h"
#include "app/importusecase.h"
#include "gui/charts/loadcomparisonchart.h"
#include "gui/charts/minuteheatmap.h"
#include "gui/mainwindow.h"
#include "gui/models/optimizationchangesmodel.h"
#include "gui/models/optimizationrunsmodel.h"
#include "gui/translations.h"
#include "gui/views/optimizationview.h"
#include "testsupport/testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QRegularExpression>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

QString rules(const Database &db)
{
    QString out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT * FROM scheduling_rules ORDER BY id"));
    while (q.next())
        for (int c = 0; c < q.record().count(); ++c)
            out += q.value(c).toString() + QLatin1Char('|');
    return out;
}

} // namespace

class TestOptimizationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelsPassTheTester()
    {
        OptimizationChangesModel changes;
        QAbstractItemModelTester t1(&changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RuleChange c;
        c.ruleId = 3;
        c.ruleName = QStringLiteral("backup");
        c.oldCron = QStringLiteral("0 2 * * *");
        c.newCron = QStringLiteral("20 3 * * *");
        c.oldDescription = QStringLiteral("At 02:00");
        c.newDescription = QStringLiteral("At 03:20");
        c.shiftMinutes = 80;
        c.reason = QStringLiteral("why");
        changes.setChanges({c, c});
        QCOMPARE(changes.rowCount(), 2);
        QCOMPARE(changes.data(changes.index(0, OptimizationChangesModel::NewWordsColumn)).toString(), QStringLiteral("At 03:20"));
        QCOMPARE(changes.data(changes.index(1, OptimizationChangesModel::ShiftColumn)).toInt(), 80);

        OptimizationRunsModel runs;
        QAbstractItemModelTester t2(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OptimizationRecord a, b;
        a.id = 2;
        a.dryRun = true;
        b.id = 1;
        b.appliedAt = QStringLiteral("2027-01-01 00:00:00");
        b.improvementMetrics.insert(QStringLiteral("efficiency_gain"), 0.25);
        runs.setRuns({a, b});
        QCOMPARE(runs.rowOf(1), 1);
        QCOMPARE(runs.data(runs.index(0, OptimizationRunsModel::StateColumn)).toString(), QStringLiteral("dry run"));
        QCOMPARE(runs.data(runs.index(1, OptimizationRunsModel::StateColumn)).toString(), QStringLiteral("applied"));
        QCOMPARE(runs.data(runs.index(1, OptimizationRunsModel::GainColumn)).toString(), QStringLiteral("25.0%"));
    }

    // The runs table says state, gain and impact in German: no English and
    // German numbers.
    void runsModelInGerman()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        OptimizationRunsModel runs;
        OptimizationRecord a;
        a.id = 1;
        a.dryRun = true;
        a.improvementMetrics.insert(QStringLiteral("efficiency_gain"), 0.25);
        runs.setRuns({a});
        const QString state = runs.data(runs.index(0, OptimizationRunsModel::StateColumn)).toString();
        const QString gain = runs.data(runs.index(0, OptimizationRunsModel::GainColumn)).toString();
        const QString high = OptimizationRunsModel::impactLabel(QStringLiteral("high"));
        const QString unknown = OptimizationRunsModel::impactLabel(QStringLiteral("vast"));
        installTranslations(QStringLiteral("en"));
        QCOMPARE(state, QStringLiteral("Probelauf"));
        QCOMPARE(gain, QStringLiteral("25,0 %"));
        QCOMPARE(high, QStringLiteral("hoch"));
        QCOMPARE(unknown, QStringLiteral("vast"));
        QCOMPARE(OptimizationRunsModel::impactLabel(QStringLiteral("minimal")), QStringLiteral("minimal"));
        QCOMPARE(OptimizationRunsModel::impactLabel(QStringLiteral("none")), QStringLiteral("none"));
    }

    // A run made in a German session: summary and change reasons German,
    // the stored run English (the CLI and reports read it).
    void germanRunInTheView()
    {
        TempDatabase temp;
        ImportRequest import;
        import.databasePath = temp.path();
        import.format = QStringLiteral("jobs-json");
        import.filePath = dataFile(QStringLiteral("jobs/small.json"));
        QVERIFY(runImport(import).ok());
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QString summary, reason;
        qint64 runId = 0;
        {
            MainWindow w;
            QVERIFY(w.openDatabase(temp.path()).ok());
            OptimizationView *view = w.findChild<OptimizationView *>();
            w.showView(view);
            w.show();
            view->findChild<QSpinBox *>(QStringLiteral("capacitySpin"))->setValue(1);
            view->findChild<QCheckBox *>(QStringLiteral("dryRunCheck"))->setChecked(true);
            QSignalSpy finished(view, &OptimizationView::runFinished);
            // Twice: the second run's summary replaces the first (stored) run's.
            QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
            QVERIFY(view->report().has_value() && !view->report()->changes.isEmpty());
            QCOMPARE(view->selectedRunId(), view->report()->runId);
            runId = view->report()->runId;
            summary = view->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
            const QAbstractItemModel *changes = view->findChild<QTableView *>(QStringLiteral("changesTable"))->model();
            reason = changes->data(changes->index(0, OptimizationChangesModel::ReasonColumn)).toString();
        }
        installTranslations(QStringLiteral("en"));
        QVERIFY2(summary.startsWith(QStringLiteral("Lauf #%1 (").arg(runId)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Nicht angewendet (Probelauf).")), qPrintable(summary));
        QVERIFY2(summary.contains(QRegularExpression(QStringLiteral("Effizienzgewinn \\d+,\\d %"))), qPrintable(summary));
        QVERIFY2(!summary.contains(QLatin1String("dry run")), qPrintable(summary));
        QVERIFY2(reason.startsWith(QStringLiteral("Um ")) && reason.contains(QStringLiteral("verschoben")), qPrintable(reason));
        QSqlQuery q(temp.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT changes FROM optimization_results WHERE id = %1").arg(runId)) && q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("\"reason\":\"moved ")), qPrintable(q.value(0).toString()));
        QVERIFY(!q.value(0).toString().contains(QLatin1String("verschoben")));
    }

    void heatmapKeepsTheHighestLoadOfEachMinute()
    {
        MinuteHeatmap map;
        map.resize(400, 240);
        QVector<int> load(2880, 0);
        load[60] = 2;        // day 1, 01:00
        load[1440 + 60] = 5; // day 2, 01:00
        map.setLoad(load, 5);
        QCOMPARE(map.cellValue(1, 0), 5);
        QCOMPARE(map.cellValue(0, 0), 0);
        QSignalSpy spy(&map, &MinuteHeatmap::cellClicked);
        QTest::mouseClick(&map, Qt::LeftButton, {}, map.cellCenter(13, 42));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toInt(), 13);
        QCOMPARE(spy.first().at(1).toInt(), 42);
    }

    void dryRunApplyUndoInTheMainWindow()
    {
        TempDatabase temp;
        DemoRequest demo;
        demo.databasePath = temp.path();
        demo.days = 14;
        demo.endTime = QDateTime::currentSecsSinceEpoch();
        QVERIFY(runDemo(demo).ok());
        ImportRequest import;
        import.databasePath = temp.path();
        import.format = QStringLiteral("jobs-json");
        import.filePath = dataFile(QStringLiteral("jobs/small.json"));
        QVERIFY(runImport(import).ok());
        const QString before = rules(temp.db());

        MainWindow w;
        QVERIFY(w.openDatabase(temp.path()).ok());
        OptimizationView *view = w.findChild<OptimizationView *>();
        QVERIFY(view);
        w.showView(view);
        w.show();
        view->findChild<QSpinBox *>(QStringLiteral("capacitySpin"))->setValue(1);
        QSignalSpy finished(view, &OptimizationView::runFinished);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(view->report().has_value());
        QVERIFY(!view->report()->changes.isEmpty());
        QVERIFY(view->report()->outcome.after.peak < view->report()->outcome.before.peak);
        QCOMPARE(view->findChild<QTableView *>(QStringLiteral("changesTable"))->model()->rowCount(),
                 view->report()->changes.size());
        QCOMPARE(view->selectedRunId(), view->report()->runId);
        QCOMPARE(rules(temp.db()), before); // a dry run
        QCOMPARE(view->findChild<LoadComparisonChart *>()->seriesCount(), 3);

        // The hourly jobs start at :00 before: the cell lists them.
        auto *heatmap = view->findChild<MinuteHeatmap *>(QStringLiteral("heatmapBefore"));
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellCenter(5, 0));
        QVERIFY2(view->cellJobsText().contains(QLatin1String("hourly")), qPrintable(view->cellJobsText()));

        auto *apply = view->findChild<QPushButton *>(QStringLiteral("applyButton"));
        auto *undo = view->findChild<QPushButton *>(QStringLiteral("undoButton"));
        QVERIFY(apply->isEnabled());
        QVERIFY(!undo->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(rules(temp.db()) != before);
        QVERIFY(!apply->isEnabled());
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(rules(temp.db()), before);
        QVERIFY(!undo->isEnabled());
        const QAbstractItemModel *runs = view->findChild<QTableView *>(QStringLiteral("runsTable"))->model();
        QCOMPARE(runs->data(runs->index(0, OptimizationRunsModel::StateColumn)).toString(), QStringLiteral("undone"));

        // A new window knows the run only from the database: its stored load
        // curves (schema step 9) fill the heatmaps and the chart again.
        const ScheduleOptimizationReport made = *view->report();
        MainWindow again;
        QVERIFY(again.openDatabase(temp.path()).ok());
        OptimizationView *stored = again.findChild<OptimizationView *>();
        again.showView(stored);
        again.show();
        QCOMPARE(stored->selectedRunId(), made.runId);
        QVERIFY(!stored->report().has_value());
        auto *storedBefore = stored->findChild<MinuteHeatmap *>(QStringLiteral("heatmapBefore"));
        auto *storedAfter = stored->findChild<MinuteHeatmap *>(QStringLiteral("heatmapAfter"));
        auto *madeBefore = view->findChild<MinuteHeatmap *>(QStringLiteral("heatmapBefore"));
        auto *madeAfter = view->findChild<MinuteHeatmap *>(QStringLiteral("heatmapAfter"));
        for (int h = 0; h < 24; ++h)
            for (int m = 0; m < 60; ++m) {
                QCOMPARE(storedBefore->cellValue(h, m), madeBefore->cellValue(h, m));
                QCOMPARE(storedAfter->cellValue(h, m), madeAfter->cellValue(h, m));
            }
        QCOMPARE(storedBefore->cellValue(5, 0), madeBefore->cellValue(5, 0));
        QVERIFY(storedBefore->cellValue(5, 0) > 0);
        QCOMPARE(stored->findChild<LoadComparisonChart *>()->seriesCount(), 3);
        QTest::mouseClick(storedBefore, Qt::LeftButton, {}, storedBefore->cellCenter(5, 0));
        QVERIFY2(stored->cellJobsText().contains(QStringLiteral("highest load %1").arg(storedBefore->cellValue(5, 0))),
                 qPrintable(stored->cellJobsText()));
    }
};

QTEST_MAIN(TestOptimizationView)
#include "tst_optimizationview.moc"
