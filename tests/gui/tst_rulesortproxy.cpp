#include "gui/models/rulesortproxy.h"
#include "gui/models/ruletablemodel.h"
#include "storage/rulerepository.h"
#include "testsupport/testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace rulecast;
using namespace rulecast::test;

#define SETTLE(model) QTRY_VERIFY(!(model).isChecking())

namespace {

constexpr qint64 kNow = 1798761600; // 2027-01-01T00:00:00Z

SchedulingRule rule(const QString &name, const QString &cron, int priority)
{
    SchedulingRule r;
    r.name = name;
    r.taskType = name.section(u' ', 0, 0);
    r.cron = cron;
    r.priority = priority;
    r.confidence = 0.9;
    r.estimatedDurationSeconds = 60;
    return r;
}

} // namespace

class TestRuleSortProxy : public QObject
{
    Q_OBJECT

private:
    // Priorities 9, 10, 100 and 55 in id order: as text 10 < 100 < 55 < 9.
    static void plant(TempDatabase &temp)
    {
        const Result<QList<SchedulingRule>> stored = RuleRepository(temp.db()).insert(
            {rule(QStringLiteral("rule 10"), QStringLiteral("0 5 * * *"), 9),
             rule(QStringLiteral("rule 2"), QStringLiteral("0 3 * * *"), 10),
             rule(QStringLiteral("Alpha"), QStringLiteral("0 4 * * *"), 100),
             rule(QStringLiteral("beta"), QStringLiteral("0 1 * * *"), 55)},
            kNow);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
    }

    static QStringList column(const QAbstractItemModel &m, int col, int role = Qt::DisplayRole)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, col).data(role).toString();
        return out;
    }

    static QStringList names(const QAbstractItemModel &m) { return column(m, RuleTableModel::NameColumn); }

private Q_SLOTS:
    void unsortedKeepsTheIdOrder()
    {
        TempDatabase temp;
        plant(temp);
        RuleTableModel model;
        model.setReferenceTime(kNow);
        RuleSortProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDatabase(temp.db());
        SETTLE(model);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("rule 10"), QStringLiteral("rule 2"), QStringLiteral("Alpha"),
                                            QStringLiteral("beta")}));
    }

    void numbersSortAsNumbersAndTextInLanguageOrder()
    {
        TempDatabase temp;
        plant(temp);
        RuleTableModel model;
        model.setReferenceTime(kNow);
        model.setTimeZone(QTimeZone::utc());
        RuleSortProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDatabase(temp.db());
        SETTLE(model);

        proxy.sort(RuleTableModel::PriorityColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, RuleTableModel::PriorityColumn),
                 (QStringList{QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("55"), QStringLiteral("100")}));
        proxy.sort(RuleTableModel::PriorityColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, RuleTableModel::PriorityColumn),
                 (QStringList{QStringLiteral("100"), QStringLiteral("55"), QStringLiteral("10"), QStringLiteral("9")}));

        // Case-insensitive, with the numbers inside names compared as numbers.
        proxy.sort(RuleTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("rule 2"),
                                            QStringLiteral("rule 10")}));

        // The next run by time (01:00, 03:00, 04:00, 05:00), not by its text.
        proxy.sort(RuleTableModel::NextRunColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("beta"), QStringLiteral("rule 2"), QStringLiteral("Alpha"),
                                            QStringLiteral("rule 10")}));

        // Back to the id order.
        proxy.sort(-1);
        QCOMPARE(names(proxy).first(), QStringLiteral("rule 10"));
    }

    void sortingSurvivesEditsAndUndo()
    {
        TempDatabase temp;
        plant(temp);
        RuleTableModel model;
        QUndoStack undo;
        model.setUndoStack(&undo);
        model.setReferenceTime(kNow);
        RuleSortProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDatabase(temp.db());
        SETTLE(model);
        proxy.sort(RuleTableModel::PriorityColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy).first(), QStringLiteral("rule 10")); // priority 9

        // An edit through the sorted table moves the row to its new place.
        const QModelIndex alpha = proxy.index(3, RuleTableModel::PriorityColumn);
        QCOMPARE(alpha.siblingAtColumn(RuleTableModel::NameColumn).data().toString(), QStringLiteral("Alpha"));
        QVERIFY(proxy.setData(alpha, 1, Qt::EditRole));
        SETTLE(model);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("rule 10"), QStringLiteral("rule 2"),
                                            QStringLiteral("beta")}));
        // Undo puts the value and the row back.
        undo.undo();
        SETTLE(model);
        QCOMPARE(names(proxy).last(), QStringLiteral("Alpha"));
        QCOMPARE(column(proxy, RuleTableModel::PriorityColumn).last(), QStringLiteral("100"));

        // A rule added by hand and one deleted: still in priority order.
        const Result<qint64> added = model.addRule(QStringLiteral("gamma"), QStringLiteral("0 6 * * *"));
        QVERIFY(added.ok());
        SETTLE(model);
        QVERIFY(model.removeRule(model.rule(model.rowOf(added.value())).id).ok());
        QVERIFY(model.removeRule(model.rules().first().id).ok()); // "rule 10", priority 9
        SETTLE(model);
        QCOMPARE(column(proxy, RuleTableModel::PriorityColumn),
                 (QStringList{QStringLiteral("10"), QStringLiteral("55"), QStringLiteral("100")}));
        undo.undo(); // the delete
        SETTLE(model);
        QCOMPARE(column(proxy, RuleTableModel::PriorityColumn),
                 (QStringList{QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("55"), QStringLiteral("100")}));
    }
};

QTEST_MAIN(TestRuleSortProxy)
#include "tst_rulesortproxy.moc"
