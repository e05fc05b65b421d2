#include "gui/models/optimizationchangesmodel.h"
#include "gui/translations.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace rulecast;

namespace {

RuleChange change(OptimizationStrategy strategy)
{
    RuleChange c;
    c.ruleId = 3;
    c.ruleName = QStringLiteral("backup");
    c.oldCron = QStringLiteral("0 2 * * *");
    c.newCron = QStringLiteral("34 6 * * *");
    c.oldDescription = QStringLiteral("At 02:00");
    c.newDescription = QStringLiteral("At 06:34");
    c.shiftMinutes = 274;
    c.reasonText = optimizationChangeReason(strategy, 274, 1.0, 1.5);
    c.reason = c.reasonText.toEnglish();
    return c;
}

QString reasonShown(const OptimizationChangesModel &m, int row)
{
    return m.data(m.index(row, OptimizationChangesModel::ReasonColumn)).toString();
}

} // namespace

// The change table shows each change's reason in the user's language, from
// the sentence stored beside the English; runs stored before (English only)
// or with a damaged sentence show the English.
class TestOptimizationChangesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void englishAsStored()
    {
        OptimizationChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges({change(OptimizationStrategy::LoadBalancing)});
        const QString english = QStringLiteral("moved 274 min to flatten the load: where its runs start the load "
                                               "averages 1.0 instead of 1.5 (its own run included)");
        QCOMPARE(model.changes().at(0).reason, english);
        QCOMPARE(reasonShown(model, 0), english);
        QCOMPARE(model.data(model.index(0, OptimizationChangesModel::RuleColumn), Qt::ToolTipRole).toString(), english);
        QCOMPARE(model.data(model.index(0, OptimizationChangesModel::NewWordsColumn)).toString(), QStringLiteral("At 06:34"));
    }

    void germanFromTheCatalogue()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        OptimizationChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RuleChange balanced = change(OptimizationStrategy::LoadBalancing);
        QJsonObject stored{{QStringLiteral("rule_id"), 3},
                           {QStringLiteral("rule_name"), QStringLiteral("backup")},
                           {QStringLiteral("old_cron"), balanced.oldCron},
                           {QStringLiteral("new_cron"), balanced.newCron},
                           {QStringLiteral("shift_minutes"), 274},
                           {QStringLiteral("reason"), balanced.reason},
                           {QStringLiteral("reason_text"), balanced.reasonText.toJson()}};
        QJsonObject old = stored;
        old.remove(QStringLiteral("reason_text"));
        QJsonObject damaged = stored;
        damaged.insert(QStringLiteral("reason_text"), QStringLiteral("not a sentence"));
        model.setChanges({balanced, change(OptimizationStrategy::PeakMitigation),
                          change(OptimizationStrategy::ResourceEfficiency),
                          change(OptimizationStrategy::ConflictResolution), RuleChange::fromStoredJson(stored),
                          RuleChange::fromStoredJson(old), RuleChange::fromStoredJson(damaged)});
        const QString german = reasonShown(model, 0);
        QVERIFY2(german.startsWith(QStringLiteral("Um 274 min verschoben, um die Last zu glätten")), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("1,0")) && german.contains(QStringLiteral("1,5")), qPrintable(german));
        QVERIFY(!german.contains(QLatin1String("moved")));
        for (int row = 1; row < 4; ++row) {
            QVERIFY2(reasonShown(model, row).startsWith(QStringLiteral("Um 274 min verschoben, um ")),
                     qPrintable(reasonShown(model, row)));
            QVERIFY(reasonShown(model, row) != german); // each strategy names its own goal
        }
        QCOMPARE(reasonShown(model, 4), german);           // read back from a stored run
        QCOMPARE(reasonShown(model, 5), balanced.reason);  // an older run: its English
        QCOMPARE(reasonShown(model, 6), balanced.reason);  // damaged: its English
        QCOMPARE(model.data(model.index(0, OptimizationChangesModel::ReasonColumn), Qt::ToolTipRole).toString(), german);
        QCOMPARE(model.headerData(OptimizationChangesModel::ReasonColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Grund"));
        // The stored English is not touched by the language.
        QVERIFY(model.changes().at(0).reason.startsWith(QLatin1String("moved 274 min to flatten the load")));
    }
};

QTEST_MAIN(TestOptimizationChangesModel)
#include "tst_optimizationchangesmodel.moc"
