#include "app/analyzeusecase.h"
#include "app/settings.h"
#include "core/cronexpression.h"
#include "gui/mainwindow.h"
#include "gui/models/rulesortproxy.h"
#include "gui/models/ruletablemodel.h"
#include "gui/views/rulesview.h"
#include "gui/widgets/croneditor.h"
#include "gui/widgets/generaterulesdialog.h"
#include "storage/rulerepository.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace rulecast;
using namespace rulecast::test;

namespace {

QVariant storedValue(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

int ruleCount(Database &db)
{
    return storedValue(db, QStringLiteral("SELECT count(*) FROM scheduling_rules")).toInt();
}

} // namespace

class TestRulesView : public QObject
{
    Q_OBJECT

private:
    QLineEdit *cronLine(RulesView *view)
    {
        return view->cronEditor()->findChild<QLineEdit *>(QStringLiteral("cronExpression"));
    }

    // Types a new schedule into the detail pane's CronEditor.
    void typeCron(RulesView *view, const QString &cron)
    {
        QLineEdit *edit = cronLine(view);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, cron);
    }

    // Adds a rule with Ctrl+N in the table, names it in the opened editor,
    // sets its schedule with the CronEditor and ticks it on with Space.
    qint64 addRule(RulesView *view, const QString &name, const QString &cron)
    {
        QTableView *table = view->table();
        table->setFocus();
        const int before = view->model()->rowCount();
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
        if (view->model()->rowCount() != before + 1)
            return 0;
        const qint64 id = view->selectedRuleId();
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (!editor || editor->parent() == nullptr || !table->isAncestorOf(editor))
            return 0;
        editor->selectAll();
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits the name queued
        typeCron(view, cron);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("applyScheduleButton")), Qt::LeftButton);
        table->setFocus();
        table->setCurrentIndex(
            view->proxy()->mapFromSource(view->model()->index(view->model()->rowOf(id), RuleTableModel::EnabledColumn)));
        QTest::keyClick(table->viewport(), Qt::Key_Space);
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings settings;
        settings.resetToDefaults();
        // One run at a time, so two rules at the same hour conflict on any machine.
        QVERIFY(settings.set(QStringLiteral("capacity.concurrent_slots"), QStringLiteral("1")).ok());
        QVERIFY(settings.set(QStringLiteral("display.timezone"), QStringLiteral("Europe/Berlin")).ok());
    }

    void cleanupTestCase() { Settings().resetToDefaults(); }

    void addEditConflictDeleteUndo()
    {
        TempDatabase temp;
        Database &db = temp.db();
        MainWindow w;
        QVERIFY(w.openDatabase(temp.path()).ok());
        auto *view = w.findChild<RulesView *>();
        QVERIFY(view);
        // After the Patterns view, before Optimization.
        QStringList ids;
        for (MainView *v : w.views())
            ids << v->viewId();
        QCOMPARE(ids.indexOf(QStringLiteral("rules")), ids.indexOf(QStringLiteral("patterns")) + 1);
        w.showView(view);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Empty state: what to do.
        QVERIFY2(view->emptyText().contains(QLatin1String("No scheduling rules yet")), qPrintable(view->emptyText()));
        QVERIFY(view->emptyText().contains(QLatin1String("Analyze")));
        QVERIFY(view->emptyText().contains(QLatin1String("Generate from Patterns")));
        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("emptyGenerateButton"))->isVisible());

        // Add through the empty state's button, then Ctrl+N in the table.
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("emptyAddButton")), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->emptyText().isEmpty());
        QCOMPARE(ruleCount(db), 1);
        QVERIFY(view->undoStack()->canUndo());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTest::keyClick(view->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ruleCount(db), 0);
        QVERIFY(!view->emptyText().isEmpty());

        const qint64 backup = addRule(view, QStringLiteral("nightly backup"), QStringLiteral("0 2 * * *"));
        QVERIFY(backup > 0);
        QCOMPARE(storedValue(db, QStringLiteral("SELECT rule_name FROM scheduling_rules WHERE id = %1").arg(backup)).toString(),
                 QStringLiteral("nightly backup"));
        QCOMPARE(storedValue(db, QStringLiteral("SELECT cron_expression FROM scheduling_rules WHERE id = %1").arg(backup)).toString(),
                 QStringLiteral("0 2 * * *"));
        QCOMPARE(storedValue(db, QStringLiteral("SELECT is_enabled FROM scheduling_rules WHERE id = %1").arg(backup)).toInt(), 1);
        // The detail pane's editor lists the next 10 fire times on the display zone's clock (Berlin: 03:00 or 04:00).
        view->selectRule(backup);
        const QStringList fires = view->cronEditor()->fireTimes();
        QCOMPARE(fires.size(), CronEditor::FireTimeCount);
        for (const QString &f : fires)
            QVERIFY2(f.contains(QLatin1String(" 03:00 +01:00")) || f.contains(QLatin1String(" 04:00 +02:00")), qPrintable(f));

        // An invalid schedule: the editor says why, Apply stays off, Enter is refused, nothing changes.
        const QString before = storedValue(db, QStringLiteral("SELECT group_concat(cron_expression) FROM scheduling_rules")).toString();
        typeCron(view, QStringLiteral("61 2 * * *"));
        const QString parserMessage = CronExpression::parse(QStringLiteral("61 2 * * *")).error();
        QCOMPARE(view->cronEditor()->message(), parserMessage);
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("applyScheduleButton"))->isEnabled());
        QTest::keyClick(cronLine(view), Qt::Key_Return);
        QVERIFY2(view->messageText().contains(parserMessage), qPrintable(view->messageText()));
        QCOMPARE(storedValue(db, QStringLiteral("SELECT group_concat(cron_expression) FROM scheduling_rules")).toString(), before);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("revertScheduleButton")), Qt::LeftButton);
        QCOMPARE(view->cronEditor()->expression(), QStringLiteral("0 2 * * *"));

        // A second rule at the same time: with capacity 1 they conflict.
        const qint64 index = addRule(view, QStringLiteral("index"), QStringLiteral("0 2 * * *"));
        QVERIFY(index > 0);
        view->selectRule(index);
        QVERIFY(view->isBusy()); // the conflict check runs on a worker thread
        QTRY_VERIFY(!view->isBusy());
        QCOMPARE(view->model()->conflicts().size(), 1);
        const int indexRow = view->model()->rowOf(index);
        const QModelIndex nameCell = view->model()->index(indexRow, RuleTableModel::NameColumn);
        QCOMPARE(nameCell.data(RuleTableModel::SeverityRole).toString(), QStringLiteral("high"));
        QVERIFY(nameCell.data(Qt::BackgroundRole).value<QColor>().isValid());
        QCOMPARE(view->conflictList()->count(), 1);
        const QString explained = view->conflictList()->item(0)->text();
        QVERIFY2(explained.startsWith(QStringLiteral("High · time overlap")), qPrintable(explained));
        QVERIFY(explained.contains(QLatin1String("Suggestion: start")));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QLatin1String("conflicts: 1 (high: 1)")));

        // Priority through the spin box editor.
        view->table()->setFocus();
        const QModelIndex priority =
            view->proxy()->mapFromSource(view->model()->index(indexRow, RuleTableModel::PriorityColumn));
        view->table()->setCurrentIndex(priority);
        view->table()->edit(priority);
        auto *spin = view->table()->findChild<QSpinBox *>(QStringLiteral("priorityEditor"));
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), 100);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("77"));
        QTest::keyClick(spin, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(storedValue(db, QStringLiteral("SELECT priority FROM scheduling_rules WHERE id = %1").arg(index)).toInt(), 77);

        // Delete the conflicting rule with the Delete key; the conflict goes; Ctrl+Z brings both back.
        view->selectRule(index);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_Delete);
        QCOMPARE(ruleCount(db), 1);
        QCOMPARE(view->model()->rowOf(index), -1);
        QVERIFY(view->model()->conflicts().isEmpty());
        QTest::keyClick(view->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ruleCount(db), 2);
        QVERIFY(view->model()->rowOf(index) >= 0);
        QTRY_COMPARE(view->model()->conflicts().size(), 1);
        QCOMPARE(storedValue(db, QStringLiteral("SELECT priority FROM scheduling_rules WHERE id = %1").arg(index)).toInt(), 77);
        // Ctrl+Shift+Z redoes the delete, Ctrl+Z undoes it again, and further back the priority edit.
        QTest::keyClick(view->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(ruleCount(db), 1);
        QTest::keyClick(view->table(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(view->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedValue(db, QStringLiteral("SELECT priority FROM scheduling_rules WHERE id = %1").arg(index)).toInt(), 50);
        // Ctrl+N in the view did not open "New Database" (the window's Ctrl+N).
        QCOMPARE(w.database()->path(), temp.path());
    }

    void generateFromPatternsWithPreview()
    {
        // A planted history that ends now, analysed, so there are patterns to generate from.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        PlantedSpec spec;
        spec.days = 30;
        spec.start = (now / 86400 - spec.days) * 86400;
        spec.monthly = false;
        spec.noiseTypes = 4;
        spec.maxNoisePerDay = 10;
        TempDatabase temp;
        QVERIFY(insertPlanted(temp.db(), plantHistory(spec)).ok());
        AnalyzeRequest analyze;
        analyze.databasePath = temp.path();
        analyze.asOf = now;
        analyze.now = now;
        QVERIFY(runAnalysis(analyze).ok());

        MainWindow w;
        QVERIFY(w.openDatabase(temp.path()).ok());
        auto *view = w.findChild<RulesView *>();
        w.showView(view);
        w.show();
        QCOMPARE(view->model()->rowCount(), 0);

        // The dialog, dry run first: a preview, nothing stored.
        auto *action = view->findChild<QAction *>(QStringLiteral("generateAction"));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = view->findChild<GenerateRulesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->dryRunCheck()->isChecked());
        // The model's wording is opt-in; checked, the request asks the app's model.
        QVERIFY(!dialog->useModelCheck()->isChecked());
        QCOMPARE(dialog->request().useModel, llm::ModelChoice::None);
        if (dialog->useModelCheck()->isEnabled()) {
            dialog->useModelCheck()->setChecked(true);
            QVERIFY(dialog->request().useModel != llm::ModelChoice::None);
            dialog->useModelCheck()->setChecked(false);
        }
        dialog->strategyCombo()->setCurrentIndex(dialog->strategyCombo()->findData(QStringLiteral("disable_lower")));
        QSignalSpy finished(view, &RulesView::generationFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(ruleCount(temp.db()), 0);
        RulePreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = view->findChild<RulePreviewDialog *>()) != nullptr);
        const int previewed = preview->rulesTable()->rowCount();
        QVERIFY2(previewed >= 3, qPrintable(QString::number(previewed)));
        // The planted "transform follows extract" becomes an after rule.
        bool afterRule = false;
        for (int r = 0; r < previewed; ++r)
            afterRule = afterRule || preview->rulesTable()->item(r, 4)->text().contains(QLatin1String("transform after extract"));
        QVERIFY(afterRule);

        // Store them from the preview: the same run without the dry run.
        QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("storeButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(ruleCount(temp.db()), previewed);
        QCOMPARE(view->model()->rowCount(), previewed);
        QVERIFY(view->messageText().startsWith(QLatin1String("Generated")));
        int afterRow = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->rule(r).isAfterRule())
                afterRow = r;
        QVERIFY(afterRow >= 0);
        QVERIFY(view->model()->index(afterRow, RuleTableModel::ScheduleColumn).data().toString().startsWith(QLatin1String("after extract")));
        view->selectRule(view->model()->rule(afterRow).id);
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("detailText"))->text().contains(QLatin1String("after each run of")));

        // One undo step takes the whole generation back.
        QCOMPARE(view->undoStack()->count(), 1);
        view->undoStack()->undo();
        QCOMPARE(ruleCount(temp.db()), 0);
        QVERIFY(!view->emptyText().isEmpty());
    }

    // A click on a header sorts by that column (priorities as numbers); the
    // order holds through an edit and its undo, and a third click goes back
    // to the id order.
    void sortByClickingAHeader()
    {
        TempDatabase temp;
        QList<SchedulingRule> rules;
        int n = 0;
        for (int priority : {9, 100, 10, 55}) {
            SchedulingRule r;
            r.name = QStringLiteral("rule %1").arg(++n);
            r.taskType = QStringLiteral("job%1").arg(n);
            r.cron = QStringLiteral("0 %1 * * *").arg(n);
            r.priority = priority;
            r.confidence = 0.9;
            r.estimatedDurationSeconds = 60;
            rules << r;
        }
        QVERIFY(RuleRepository(temp.db()).insert(rules, QDateTime::currentSecsSinceEpoch()).ok());
        MainWindow w;
        QVERIFY(w.openDatabase(temp.path()).ok());
        auto *view = w.findChild<RulesView *>();
        w.showView(view);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(!view->isBusy());
        QTableView *table = view->table();
        auto priorities = [table] {
            QStringList out;
            for (int r = 0; r < table->model()->rowCount(); ++r)
                out << table->model()->index(r, RuleTableModel::PriorityColumn).data().toString();
            return out;
        };
        QCOMPARE(priorities(), (QStringList{QStringLiteral("9"), QStringLiteral("100"), QStringLiteral("10"), QStringLiteral("55")}));
        QHeaderView *header = table->horizontalHeader();
        auto clickHeader = [header](int column) {
            const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };
        clickHeader(RuleTableModel::PriorityColumn);
        QCOMPARE(priorities(), (QStringList{QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("55"), QStringLiteral("100")}));
        QCOMPARE(header->sortIndicatorSection(), int(RuleTableModel::PriorityColumn));

        // Edit "rule 2" (100) down to 1 through the table's editor: it moves to
        // the top and stays selected.
        view->selectRule(view->model()->rules().at(1).id);
        const QModelIndex cell = table->currentIndex().siblingAtColumn(RuleTableModel::PriorityColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("100"));
        table->setFocus();
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto *spin = table->findChild<QSpinBox *>(QStringLiteral("priorityEditor"));
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("1"));
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(priorities(), (QStringList{QStringLiteral("1"), QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("55")}));
        QCOMPARE(view->selectedRuleId(), view->model()->rules().at(1).id);
        QCOMPARE(storedValue(temp.db(), QStringLiteral("SELECT priority FROM scheduling_rules WHERE id = %1")
                                            .arg(view->model()->rules().at(1).id))
                     .toInt(),
                 1);

        // Undo: back to 100, at the bottom, still sorted.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(priorities(), (QStringList{QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("55"), QStringLiteral("100")}));

        clickHeader(RuleTableModel::PriorityColumn); // descending
        QCOMPARE(priorities(), (QStringList{QStringLiteral("100"), QStringLiteral("55"), QStringLiteral("10"), QStringLiteral("9")}));
        clickHeader(RuleTableModel::PriorityColumn); // unsorted: the id order
        QCOMPARE(priorities(), (QStringList{QStringLiteral("9"), QStringLiteral("100"), QStringLiteral("10"), QStringLiteral("55")}));
    }
};

QTEST_MAIN(TestRulesView)
#include "tst_rulesview.moc"
