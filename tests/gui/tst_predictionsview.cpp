#include "core/timeformat.h"
#include "gui/charts/calibrationchart.h"
#include "gui/charts/loadforecastchart.h"
#include "gui/charts/predictiontimeline.h"
#include "gui/mainwindow.h"
#include "gui/models/predictiontablemodel.h"
#include "gui/views/predictionsview.h"
#include "gui/widgets/explainpredictiondialog.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QComboBox>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A planted history (daily backups, weekly reports, noise) whose last day is
// yesterday, so predicting from now has habits to find.
void plant(TempDatabase &temp)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    PlantedSpec spec;
    spec.days = 35;
    spec.start = (now / 86400 - spec.days) * 86400;
    spec.monthly = false;
    spec.noiseTypes = 4;
    spec.maxNoisePerDay = 10;
    QVERIFY(insertPlanted(temp.db(), plantHistory(spec)).ok());
}

PredictionsView *openView(MainWindow &w, const TempDatabase &temp)
{
    if (!w.openDatabase(temp.path()).ok())
        return nullptr;
    auto *view = w.findChild<PredictionsView *>();
    if (!view)
        return nullptr;
    w.showView(view);
    w.resize(1280, 820);
    w.show();
    return view;
}

} // namespace

class TestPredictionsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cancelLeavesTheDatabaseUnchanged()
    {
        TempDatabase temp;
        plant(temp);
        const qint64 tasks = count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM tasks"));
        MainWindow w;
        PredictionsView *view = openView(w, temp);
        QVERIFY(view);
        QStringList ids;
        for (const MainView *v : w.views())
            ids << v->viewId();
        // After the Patterns and Rules views.
        QCOMPARE(ids.indexOf(QStringLiteral("predictions")), ids.indexOf(QStringLiteral("rules")) + 1);
        QVERIFY(ids.indexOf(QStringLiteral("patterns")) < ids.indexOf(QStringLiteral("rules")));
        QCOMPARE(view->mainChart(), view->timeline());
        QCOMPARE(view->viewId(), QStringLiteral("predictions"));
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(view->timeline()->barCount(), 0);

        QSignalSpy finished(view, &PredictionsView::predictFinished);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("predictButton")), Qt::LeftButton);
        QVERIFY(view->isBusy());
        auto *dialog = view->findChild<QProgressDialog *>();
        QVERIFY(dialog);
        // The dialog appears after a moment; its Cancel button works from the start.
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!view->isBusy());
        QVERIFY2(view->summaryText().contains(QLatin1String("canceled")), qPrintable(view->summaryText()));
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM predictive_schedules")), qint64(0));
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM tasks")), tasks);
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM task_schedules")), qint64(0));
        QCOMPARE(view->model()->rowCount(), 0);
    }

    void predictOnAnEmptyDatabase()
    {
        TempDatabase temp;
        MainWindow w;
        PredictionsView *view = openView(w, temp);
        QVERIFY(view);
        QVERIFY(view->timeline()->emptyText().startsWith(QLatin1String("No predictions yet")));
        QSignalSpy finished(view, &PredictionsView::predictFinished);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("predictButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY2(view->timeline()->emptyText().contains(QLatin1String("nothing to learn from")),
                 qPrintable(view->timeline()->emptyText()));
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM predictive_schedules")), qint64(0));
    }

    void predictScheduleValidateAndReopen()
    {
        TempDatabase temp;
        plant(temp);
        {
            MainWindow w;
            PredictionsView *view = openView(w, temp);
            QVERIFY(view);
            QVERIFY(!view->calibrationChart()->validated());

            // Predict: the table, the timeline and the load forecast fill, the rows are stored.
            QSignalSpy finished(view, &PredictionsView::predictFinished);
            QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("predictButton")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            QVERIFY2(finished.first().at(0).toBool(), qPrintable(view->summaryText()));
            QVERIFY(!view->isBusy());
            const int rows = view->model()->rowCount();
            QVERIFY2(rows >= 3, qPrintable(view->summaryText()));
            QVERIFY2(view->summaryText().startsWith(QLatin1String("Predicted")), qPrintable(view->summaryText()));
            QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM predictive_schedules")), qint64(rows));
            QSet<QString> types;
            for (const PredictionRecord &p : view->model()->predictions()) {
                types.insert(p.taskType);
                QVERIFY(p.id > 0);
                QVERIFY(p.confidence >= 0.7);
            }
            QVERIFY2(types.contains(QStringLiteral("backup")), qPrintable(QStringList(types.values()).join(u',')));
            QCOMPARE(view->timeline()->barCount(), rows);
            QCOMPARE(qsizetype(view->timeline()->laneTypes().size()), types.size());
            QCOMPARE(view->loadChart()->hours().size(), size_t(24));

            // The type filter narrows table and timeline together.
            auto *typeFilter = view->findChild<QComboBox *>(QStringLiteral("typeFilter"));
            typeFilter->setCurrentIndex(typeFilter->findData(QStringLiteral("backup")));
            QCOMPARE(view->timeline()->laneTypes(), QStringList{QStringLiteral("backup")});
            QVERIFY(view->visibleCount() >= 1 && view->visibleCount() < rows);
            typeFilter->setCurrentIndex(0);
            QCOMPARE(view->visibleCount(), rows);

            // Clicking a bar selects its row.
            PredictionTimeline *timeline = view->timeline();
            int target = -1;
            for (int r = view->visibleCount() - 1; r >= 0 && target < 0; --r)
                if (!timeline->barRect(r).isEmpty())
                    target = r;
            QVERIFY(target >= 0);
            QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->barRect(target).center().toPoint());
            const QModelIndexList picked = view->table()->selectionModel()->selectedRows();
            QCOMPARE(picked.size(), 1);
            QCOMPARE(picked.first().row(), target);
            QVERIFY(!view->proxy()->index(target, 0).data(Qt::ToolTipRole).toString().isEmpty());

            // Explain… opens the explanation of that row.
            auto *explainButton = view->findChild<QPushButton *>(QStringLiteral("explainButton"));
            QVERIFY(explainButton->isEnabled());
            QTest::mouseClick(explainButton, Qt::LeftButton);
            auto *dialog = view->findChild<ExplainPredictionDialog *>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            const QString type = view->proxy()->index(target, 0).data(PredictionTableModel::TaskTypeRole).toString();
            QVERIFY2(dialog->deterministicText().contains(type), qPrintable(dialog->deterministicText()));
            QVERIFY(!dialog->isAsking()); // the model is asked only on request
            dialog->close();
            QTRY_VERIFY(!view->findChild<ExplainPredictionDialog *>());

            // Schedule selected: the unscheduled rows become pending tasks, once.
            auto *scheduleButton = view->findChild<QPushButton *>(QStringLiteral("scheduleButton"));
            view->table()->clearSelection();
            QVERIFY(!scheduleButton->isEnabled());
            QVERIFY(!explainButton->isEnabled());
            QVERIFY(!view->explainSelected());
            std::vector<qint64> chosen;
            for (int r = 0; r < view->visibleCount() && chosen.size() < 3; ++r) {
                if (view->proxy()->index(r, 0).data(PredictionTableModel::ScheduledRole).toBool())
                    continue;
                chosen.push_back(view->proxy()->index(r, 0).data(PredictionTableModel::IdRole).toLongLong());
                view->table()->selectionModel()->select(view->proxy()->index(r, 0),
                                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
            QVERIFY2(!chosen.empty(), "every prediction was pre-scheduled already");
            QVERIFY(scheduleButton->isEnabled());
            const qint64 pendingBefore = count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'pending'"));
            QSignalSpy scheduled(view, &PredictionsView::scheduled);
            QTest::mouseClick(scheduleButton, Qt::LeftButton);
            QCOMPARE(scheduled.size(), 1);
            QCOMPARE(scheduled.first().at(0).toInt(), int(chosen.size()));
            QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'pending'")),
                     pendingBefore + qint64(chosen.size()));
            for (qint64 id : chosen) {
                QCOMPARE(count(temp.db(), QStringLiteral("SELECT is_scheduled FROM predictive_schedules WHERE id = %1").arg(id)),
                         qint64(1));
                const int row = view->model()->rowOf(id);
                QVERIFY(view->model()->prediction(row).scheduled);
            }
            QCOMPARE(view->selectedIds(), chosen); // the selection survives the refresh
            QTest::mouseClick(scheduleButton, Qt::LeftButton);
            QCOMPARE(scheduled.size(), 2);
            QCOMPARE(scheduled.last().at(0).toInt(), 0);
            QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'pending'")),
                     pendingBefore + qint64(chosen.size()));
            QVERIFY2(view->summaryText().contains(QLatin1String("skipped")), qPrintable(view->summaryText()));

            // Validate: two old predictions, one matching a run and one not; the calibration chart fills.
            QSqlQuery run(temp.db().connection());
            QVERIFY(run.exec(QStringLiteral("SELECT type, started_epoch FROM tasks WHERE started_epoch < %1 "
                                            "ORDER BY started_epoch DESC LIMIT 1")
                                 .arg(QDateTime::currentSecsSinceEpoch() - 3 * 86400)));
            QVERIFY(run.next());
            const QString ranType = run.value(0).toString();
            const qint64 ranAt = run.value(1).toLongLong();
            run.finish(); // an open statement would pin this thread's read snapshot
            QSqlQuery insert(temp.db().connection());
            insert.prepare(QStringLiteral("INSERT INTO predictive_schedules (predicted_task_type, predicted_execution_time, "
                                          "confidence_score, slot_minutes) VALUES (?, ?, ?, 30)"));
            for (const auto &[type, at, confidence] :
                 {std::tuple{ranType, ranAt - ranAt % 1800, 0.9}, std::tuple{QStringLiteral("never-ran"), ranAt, 0.8}}) {
                insert.addBindValue(type);
                insert.addBindValue(timeformat::toSqlTime(at));
                insert.addBindValue(confidence);
                QVERIFY(insert.exec());
            }
            QSignalSpy validated(view, &PredictionsView::validateFinished);
            QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("validateButton")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 60000);
            QVERIFY(validated.first().at(0).toBool());
            QVERIFY2(view->summaryText().startsWith(QLatin1String("Validated predictions: 2, came true: 1")),
                     qPrintable(view->summaryText()));
            QCOMPARE(view->calibrationChart()->validated(), qint64(2));
            QCOMPARE(view->calibrationChart()->bins().size(), size_t(2));
        }

        // Reopening shows the stored predictions without predicting.
        MainWindow again;
        PredictionsView *view = openView(again, temp);
        QVERIFY(view);
        const qint64 upcoming = count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM predictive_schedules WHERE "
                                                                "prediction_accuracy IS NULL"));
        QCOMPARE(qint64(view->model()->rowCount()), upcoming);
        QCOMPARE(view->timeline()->barCount(), int(upcoming));
        QVERIFY2(view->calibrationChart()->validated() == 2, qPrintable(view->summaryText()));
        // The load forecast is not stored: it is computed in the background on opening.
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 60000);
        QCOMPARE(view->loadChart()->hours().size(), size_t(24));
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM predictive_schedules")), upcoming + 2);
    }
};

QTEST_MAIN(TestPredictionsView)
#include "tst_predictionsview.moc"
