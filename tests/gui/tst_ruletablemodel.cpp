#include "core/cronexpression.h"
#include "gui/models/ruletablemodel.h"
#include "storage/rulerepository.h"
#include "storage/rulestore.h"
#include "testsupport/testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace rulecast;
using namespace rulecast::test;

// Conflicts are checked on a worker thread after every change.
#define SETTLE(model) QTRY_VERIFY(!(model).isChecking())

namespace {

constexpr qint64 kNow = 1798761600; // 2027-01-01T00:00:00Z, a Friday

SchedulingRule generated(const QString &type, const QString &cron, int priority, qint64 seconds = 1800)
{
    SchedulingRule r;
    r.name = type + QStringLiteral(" rule");
    r.taskType = type;
    r.cron = cron;
    r.priority = priority;
    r.confidence = 0.95;
    r.estimatedDurationSeconds = seconds;
    r.description = QStringLiteral("run %1: seen often").arg(type);
    return r;
}

// Every row of the tables an edit may touch, as text: equal dumps mean the
// database did not change.
QString dump(Database &db)
{
    QString out;
    QSqlQuery q(db.connection());
    for (const char *table : {"scheduling_rules", "rule_actions", "predictive_schedules"}) {
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
            return QStringLiteral("cannot read ") + QLatin1String(table);
        while (q.next()) {
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i)
                out += rec.fieldName(i) + u'=' + rec.value(i).toString() + u';';
            out += u'\n';
        }
    }
    return out;
}

QVariant column(Database &db, qint64 id, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM scheduling_rules WHERE id = ?").arg(name));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestRuleTableModel : public QObject
{
    Q_OBJECT

private:
    // backup (id 1, 02:00, 30 min, priority 90), index (id 2, 02:10,
    // priority 60) — they overlap every day — and an after rule (id 3).
    void plant(TempDatabase &temp)
    {
        SchedulingRule after = generated(QStringLiteral("transcribe"), QStringLiteral("37 2 * * *"), 70, 300);
        after.afterTaskType = QStringLiteral("backup");
        after.delayMinutes = 37;
        after.windowMinutes = 60;
        after.name = QStringLiteral("transcribe after backup");
        const Result<QList<SchedulingRule>> stored =
            RuleRepository(temp.db()).insert({generated(QStringLiteral("backup"), QStringLiteral("0 2 * * *"), 90),
                                               generated(QStringLiteral("index"), QStringLiteral("10 2 * * *"), 60, 600),
                                               after},
                                              kNow);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
    }

    void open(RuleTableModel &model, TempDatabase &temp)
    {
        model.setReferenceTime(kNow);
        model.setCapacity(1);
        model.setTimeZone(QTimeZone("Europe/Berlin"));
        model.setDatabase(temp.db());
        SETTLE(model);
    }

private Q_SLOTS:
    void showsEveryRuleWithConflicts()
    {
        TempDatabase temp;
        plant(temp);
        RuleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(model, temp);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RuleTableModel::ColumnCount));
        const auto cell = [&](int row, int col, int role = Qt::DisplayRole) { return model.index(row, col).data(role); };
        QCOMPARE(cell(0, RuleTableModel::NameColumn).toString(), QStringLiteral("backup rule"));
        QCOMPARE(cell(0, RuleTableModel::EnabledColumn, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(cell(0, RuleTableModel::PriorityColumn).toInt(), 90);
        QCOMPARE(cell(0, RuleTableModel::ScheduleColumn).toString(), QStringLiteral("0 2 * * *"));
        // Plain-English schedule first, then the rule's own description.
        QCOMPARE(cell(0, RuleTableModel::DescriptionColumn).toString(),
                 QStringLiteral("At 02:00 UTC — run backup: seen often"));
        QCOMPARE(cell(0, RuleTableModel::DescriptionColumn, Qt::EditRole).toString(), QStringLiteral("run backup: seen often"));
        // 02:00 UTC on 2027-01-01 is 03:00 in Berlin (winter time).
        QCOMPARE(cell(0, RuleTableModel::NextRunColumn, RuleTableModel::RawValueRole).toLongLong(), kNow + 2 * 3600);
        QVERIFY2(cell(0, RuleTableModel::NextRunColumn).toString().endsWith(QStringLiteral("03:00")),
                 qPrintable(cell(0, RuleTableModel::NextRunColumn).toString()));
        QVERIFY(model.headerData(RuleTableModel::NextRunColumn, Qt::Horizontal).toString().contains(QStringLiteral("Europe/Berlin")));
        // UTC reads "UTC" like the other headers, however the system spells it.
        for (const char *utc : {"Etc/UTC", "UTC", "Etc/Universal"}) {
            model.setTimeZone(QTimeZone(utc));
            QCOMPARE(model.headerData(RuleTableModel::NextRunColumn, Qt::Horizontal).toString(), QStringLiteral("Next run (UTC)"));
        }
        model.setTimeZone(QTimeZone("Europe/Berlin"));
        // The after rule says whom it follows.
        QCOMPARE(cell(2, RuleTableModel::ScheduleColumn).toString(), QStringLiteral("after backup (≈ 37 2 * * *)"));
        QVERIFY(cell(2, RuleTableModel::DescriptionColumn).toString().startsWith(QStringLiteral("37 min after each backup")));

        // backup and index overlap every day with capacity 1: both rows carry
        // the conflict, tinted, with its explanation.
        SETTLE(model);
        QCOMPARE(model.conflicts().size(), 1);
        const RuleConflict &c = model.conflicts().first();
        QCOMPARE(c.type, QStringLiteral("time_overlap"));
        QCOMPARE(c.severity, QStringLiteral("high"));
        for (int row : {0, 1}) {
            QCOMPARE(cell(row, RuleTableModel::NameColumn, RuleTableModel::SeverityRole).toString(), QStringLiteral("high"));
            QVERIFY(cell(row, RuleTableModel::NameColumn, Qt::BackgroundRole).value<QColor>().isValid());
            QCOMPARE(cell(row, RuleTableModel::ConflictsColumn, RuleTableModel::RawValueRole).toInt(), 1);
            QVERIFY(cell(row, RuleTableModel::ConflictsColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("Suggestion")));
            // Type and severity in words, not their ids.
            QCOMPARE(cell(row, RuleTableModel::ConflictsColumn).toString(), QStringLiteral("1 (High)"));
            QVERIFY(cell(row, RuleTableModel::ConflictsColumn, Qt::ToolTipRole).toString().startsWith(QStringLiteral("time overlap (High): ")));
        }
        QVERIFY(cell(2, RuleTableModel::NameColumn, RuleTableModel::SeverityRole).toString().isEmpty());
        QVERIFY(!cell(2, RuleTableModel::NameColumn, Qt::BackgroundRole).isValid());
        // Two existing rules: generation would not report this pair; the view does (everyPair).
        QVERIFY(c.description.toString().contains(QStringLiteral("#1 'backup rule'")));
        QVERIFY(c.description.toString().contains(QStringLiteral("#2 'index rule'")));
        QVERIFY(c.suggestion.toString().contains(QStringLiteral("#2 'index rule'")));

        // A description that already says when (as generated ones do) is not preceded by it again.
        QVERIFY(model.setData(model.index(0, RuleTableModel::DescriptionColumn), QStringLiteral("run backup: At 02:00 UTC — seen")));
        QCOMPARE(cell(0, RuleTableModel::DescriptionColumn).toString(), QStringLiteral("run backup: At 02:00 UTC — seen"));
        // ... until the schedule changes.
        QVERIFY(model.setCron(0, QStringLiteral("0 3 * * *")));
        QCOMPARE(cell(0, RuleTableModel::DescriptionColumn).toString(), QStringLiteral("At 03:00 UTC — run backup: At 02:00 UTC — seen"));
        QVERIFY(model.setCron(0, QStringLiteral("0 2 * * *")));

        // With room for two runs at once there is no conflict.
        model.setCapacity(2);
        SETTLE(model);
        QVERIFY(model.conflicts().isEmpty());
        QVERIFY(cell(0, RuleTableModel::NameColumn, RuleTableModel::SeverityRole).toString().isEmpty());
    }

    void conflictTintReadsInLightAndDarkThemes()
    {
        TempDatabase temp;
        plant(temp);
        RuleTableModel model;
        open(model, temp);
        const QPalette original = QGuiApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        QPalette light = original;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
        for (const QPalette &palette : {light, dark}) {
            QGuiApplication::setPalette(palette);
            const QColor tint = model.index(0, RuleTableModel::NameColumn).data(Qt::BackgroundRole).value<QColor>();
            QVERIFY(tint.isValid());
            QVERIFY(tint != palette.color(QPalette::Base)); // visibly marked
            // The palette's text colour stays far from the tint: readable.
            QVERIFY2(std::abs(tint.lightnessF() - palette.color(QPalette::Text).lightnessF()) > 0.5,
                     qPrintable(tint.name()));
        }
        QGuiApplication::setPalette(original);
    }

    void editsWriteThroughAndUndo()
    {
        TempDatabase temp;
        plant(temp);
        RuleTableModel model;
        QUndoStack undo;
        model.setUndoStack(&undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(model, temp);
        Database &db = temp.db();

        // Disabling index removes the conflict everywhere.
        QVERIFY(model.setData(model.index(1, RuleTableModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(column(db, 2, QStringLiteral("is_enabled")).toInt(), 0);
        SETTLE(model);
        QVERIFY(model.conflicts().isEmpty());
        QVERIFY(model.setData(model.index(1, RuleTableModel::PriorityColumn), 95));
        QCOMPARE(column(db, 2, QStringLiteral("priority")).toInt(), 95);
        QVERIFY(model.setData(model.index(1, RuleTableModel::NameColumn), QStringLiteral("nightly index")));
        QCOMPARE(column(db, 2, QStringLiteral("rule_name")).toString(), QStringLiteral("nightly index"));
        QVERIFY(model.setData(model.index(1, RuleTableModel::DescriptionColumn), QStringLiteral("rebuild the index")));
        QCOMPARE(column(db, 2, QStringLiteral("description")).toString(), QStringLiteral("rebuild the index"));
        QVERIFY(model.setCron(1, QStringLiteral("45 3 * * 1-5")));
        QCOMPARE(column(db, 2, QStringLiteral("cron_expression")).toString(), QStringLiteral("45 3 * * 1-5"));
        QCOMPARE(model.index(1, RuleTableModel::ScheduleColumn).data().toString(), QStringLiteral("45 3 * * 1-5"));
        QCOMPARE(undo.count(), 5);
        // Setting a value to what it is changes nothing and adds no step.
        QVERIFY(model.setData(model.index(1, RuleTableModel::PriorityColumn), 95));
        QCOMPARE(undo.count(), 5);

        // Undo walks every edit back, in the database too.
        undo.undo();
        QCOMPARE(column(db, 2, QStringLiteral("cron_expression")).toString(), QStringLiteral("10 2 * * *"));
        undo.undo();
        undo.undo();
        QCOMPARE(column(db, 2, QStringLiteral("rule_name")).toString(), QStringLiteral("index rule"));
        undo.undo();
        undo.undo();
        QCOMPARE(column(db, 2, QStringLiteral("is_enabled")).toInt(), 1);
        QCOMPARE(column(db, 2, QStringLiteral("priority")).toInt(), 60);
        SETTLE(model);
        QCOMPARE(model.conflicts().size(), 1);
        QVERIFY(!undo.canUndo());
        // ... and redo forward again.
        undo.redo();
        QCOMPARE(column(db, 2, QStringLiteral("is_enabled")).toInt(), 0);
        SETTLE(model);
        QVERIFY(model.conflicts().isEmpty());
        QCOMPARE(model.index(1, RuleTableModel::EnabledColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void invalidEditsAreRefusedAndChangeNothing()
    {
        TempDatabase temp;
        plant(temp);
        RuleTableModel model;
        QUndoStack undo;
        model.setUndoStack(&undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(model, temp);
        QSignalSpy failed(&model, &RuleTableModel::editFailed);
        const QString before = dump(temp.db());

        // The refusal carries the cron engine's own message (what the CronEditor shows).
        const QString bad = QStringLiteral("61 2 * * *");
        const Result<CronExpression> parsed = CronExpression::parse(bad);
        QVERIFY(!parsed.ok());
        QVERIFY(!model.setCron(0, bad));
        QCOMPARE(model.lastError(), parsed.error());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), parsed.error());
        QVERIFY(!model.setData(model.index(0, RuleTableModel::ScheduleColumn), QStringLiteral("not a cron")));
        QVERIFY(!model.setData(model.index(0, RuleTableModel::PriorityColumn), 0));
        QVERIFY(model.lastError().contains(QStringLiteral("1 to 100")));
        QVERIFY(!model.setData(model.index(0, RuleTableModel::PriorityColumn), 101));
        QVERIFY(!model.setData(model.index(0, RuleTableModel::NameColumn), QStringLiteral("   ")));
        QVERIFY(model.lastError().contains(QStringLiteral("name")));
        // Columns that are not editable refuse too.
        QVERIFY(!model.setData(model.index(0, RuleTableModel::SourceColumn), QStringLiteral("x")));
        QVERIFY(!(model.flags(model.index(0, RuleTableModel::SourceColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, RuleTableModel::EnabledColumn)) & Qt::ItemIsUserCheckable);

        QCOMPARE(dump(temp.db()), before);
        QCOMPARE(model.index(0, RuleTableModel::ScheduleColumn).data().toString(), QStringLiteral("0 2 * * *"));
        QCOMPARE(undo.count(), 0);

        // A rule deleted behind the model's back: the edit fails, nothing is written.
        QSqlQuery q(temp.db().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM scheduling_rules WHERE id = 3")));
        const QString withoutThird = dump(temp.db());
        QVERIFY(!model.setData(model.index(2, RuleTableModel::PriorityColumn), 50));
        QVERIFY2(model.lastError().contains(QStringLiteral("no rule 3")), qPrintable(model.lastError()));
        QCOMPARE(dump(temp.db()), withoutThird);
    }

    void addDeleteAndUndoRestoreEverything()
    {
        TempDatabase temp;
        plant(temp);
        Database &db = temp.db();
        // A prediction made from the index rule goes with it when it is deleted.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO predictive_schedules (rule_id, predicted_task_type, "
                                      "predicted_execution_time, confidence_score, source) VALUES "
                                      "(2, 'index', '2027-01-01 02:10:00', 0.9, 'rule')")));
        RuleTableModel model;
        QUndoStack undo;
        model.setUndoStack(&undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(model, temp);
        const QString planted = dump(db);

        QVERIFY(model.removeRule(2).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(2), -1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM rule_actions WHERE rule_id = 2")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM predictive_schedules")), 0);
        // Gone at once with its rule (the check that follows agrees).
        QVERIFY(model.conflicts().isEmpty());
        SETTLE(model);
        QVERIFY(model.conflicts().isEmpty());
        undo.undo();
        // Same id, same action, same prediction: byte for byte what was there.
        QCOMPARE(dump(db), planted);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(2), 1);
        SETTLE(model);
        QCOMPARE(model.conflicts().size(), 1);
        undo.redo();
        QCOMPARE(model.rowCount(), 2);
        undo.undo();
        QCOMPARE(dump(db), planted);

        // Adding: a disabled manual rule; undo deletes it, redo brings it back with its id.
        const Result<qint64> id = model.addRule(QStringLiteral("report"), QStringLiteral("30 9 * * 1"));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(model.rowCount(), 4);
        const int row = model.rowOf(*id);
        QCOMPARE(row, 3);
        QCOMPARE(model.index(row, RuleTableModel::EnabledColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.index(row, RuleTableModel::SourceColumn).data().toString(), QStringLiteral("added by hand"));
        QCOMPARE(column(db, *id, QStringLiteral("source")).toString(), QStringLiteral("manual"));
        QCOMPARE(column(db, *id, QStringLiteral("is_auto_generated")).toInt(), 0);
        undo.undo();
        QCOMPARE(dump(db), planted);
        QCOMPARE(model.rowCount(), 3);
        undo.redo();
        QCOMPARE(model.rowOf(*id), 3);
        QCOMPARE(model.index(3, RuleTableModel::NameColumn).data().toString(), QStringLiteral("report"));

        // A bad cron on add is refused and stores nothing.
        const QString now = dump(db);
        QVERIFY(!model.addRule(QStringLiteral("bad"), QStringLiteral("* * *")).ok());
        QCOMPARE(dump(db), now);
        QCOMPARE(model.rowCount(), 4);
    }

    void undoThatCannotApplyIsDropped()
    {
        TempDatabase temp;
        plant(temp);
        RuleTableModel model;
        QUndoStack undo;
        model.setUndoStack(&undo);
        open(model, temp);
        QVERIFY(model.removeRule(3).ok());
        // Someone else stores a rule under the freed id: the delete cannot be undone.
        QSqlQuery q(temp.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO scheduling_rules (id, rule_name, cron_expression, confidence_score) "
                                      "VALUES (3, 'other', '0 1 * * *', 1.0)")));
        const QString before = dump(temp.db());
        QSignalSpy failed(&model, &RuleTableModel::editFailed);
        undo.undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("cannot restore rule 3")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(dump(temp.db()), before);
        QCOMPARE(undo.count(), 0); // obsolete: dropped from the stack
    }

    void recordAddedUndoesAGeneration()
    {
        TempDatabase temp;
        RuleTableModel model;
        QUndoStack undo;
        model.setUndoStack(&undo);
        open(model, temp);
        QCOMPARE(model.rowCount(), 0);
        const Result<QList<SchedulingRule>> stored = RuleRepository(temp.db()).insert(
            {generated(QStringLiteral("a"), QStringLiteral("0 1 * * *"), 50),
             generated(QStringLiteral("b"), QStringLiteral("0 3 * * *"), 50)},
            kNow);
        QVERIFY(stored.ok());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 2);
        model.recordAdded({stored->at(0).id, stored->at(1).id}, QStringLiteral("Generate 2 rules"));
        QCOMPARE(undo.undoText(), QStringLiteral("Generate 2 rules"));
        undo.undo();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT count(*) FROM rule_actions")), 0);
        undo.redo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT count(*) FROM rule_actions")), 2);
    }
};

QTEST_MAIN(TestRuleTableModel)
#include "tst_ruletablemodel.moc"
