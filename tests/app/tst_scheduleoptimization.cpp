#include "app/importusecase.h"
#include "app/scheduleoptimization.h"
#include "core/timeformat.h"

#include "testsupport/faketranslator.h"
#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTranslator>
#include <QSqlRecord>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

const qint64 kWindow = QDateTime(QDate(2027, 1, 4), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
const qint64 kNow = kWindow - 6 * 3600;

// Every column of every row, in order: "byte for byte" for a table.
QString dump(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return QStringLiteral("error");
    QString out;
    while (q.next()) {
        for (int c = 0; c < q.record().count(); ++c)
            out += (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString()) + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

ScheduleOptimizationRequest request(const QString &path)
{
    ScheduleOptimizationRequest r;
    r.databasePath = path;
    r.settings.capacity = 1;
    r.windowStart = kWindow;
    r.lookAheadHours = 24;
    r.generatePredictions = false; // the tests place their own predictions
    r.now = kNow;
    return r;
}

// small.json: two hourly 20-minute jobs at :00 collide every hour; a keepTime job.
void importSmall(TempDatabase &temp)
{
    ImportRequest import;
    import.databasePath = temp.path();
    import.format = QStringLiteral("jobs-json");
    import.filePath = dataFile(QStringLiteral("jobs/small.json"));
    const Result<ImportSummary> s = runImport(import);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(s->rulesImported, 5);
    // A task schedule and a predicted task of "hourly-2", a predicted task of a disabled rule.
    exec(temp.db(), QStringLiteral("INSERT INTO task_schedules (cron_expression, rule_id, next_run_at, updated_at) "
                                   "SELECT cron_expression, id, '2027-01-04 01:00:00', '2026-12-01 00:00:00' "
                                   "FROM scheduling_rules WHERE rule_name = 'hourly-2'"));
    exec(temp.db(), QStringLiteral("INSERT INTO predictive_schedules (rule_id, predicted_task_type, "
                                   "predicted_execution_time, confidence_score, resource_requirements) SELECT id, "
                                   "'hourly-2', '2027-01-04 05:00:00', 0.9, '{\"estimated_duration_minutes\": 20}' "
                                   "FROM scheduling_rules WHERE rule_name = 'hourly-2'"));
    exec(temp.db(), QStringLiteral("INSERT INTO scheduling_rules (rule_name, cron_expression, is_enabled, "
                                   "confidence_score) VALUES ('off', '0 3 * * *', 0, 0.8)"));
    exec(temp.db(), QStringLiteral("INSERT INTO predictive_schedules (rule_id, predicted_task_type, "
                                   "predicted_execution_time, confidence_score) SELECT id, 'off', "
                                   "'2027-01-04 03:00:00', 0.8 FROM scheduling_rules WHERE rule_name = 'off'"));
}

// Stands in for the German catalogue: a few of the OptimizationText messages.
void addGerman(test::FakeTranslator &german)
{
    german
        .add("OptimizationText", "flatten the load", QStringLiteral("die Last zu glätten"))
        .add("OptimizationText", "moved %1 min to %2: where its runs start the load averages %3 instead of %4 (its own run included)", QStringLiteral("um %1 min verschoben, um %2: Last %3 statt %4"));
}

} // namespace

class TestScheduleOptimization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyDatabaseStoresNothing()
    {
        TempDatabase temp;
        const Result<ScheduleOptimizationReport> r = runScheduleOptimization(request(temp.path()));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->isEmpty());
        QCOMPARE(r->runId, 0);
        QVERIFY(r->notAppliedReason.contains(QLatin1String("nothing to optimize")));
        QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM optimization_results")).toInt(), 0);
        const QJsonObject json = r->toJson();
        QVERIFY(json.value(QLatin1String("optimization_result")).toObject().value(QLatin1String("id")).isNull());
        QVERIFY(json.value(QLatin1String("predictive_schedules")).toArray().isEmpty());
    }

    void dryRunApplyUndoRoundTrip()
    {
        TempDatabase temp;
        importSmall(temp);
        const QString rulesBefore = dump(temp.db(), QStringLiteral("scheduling_rules"));
        const QString schedulesBefore = dump(temp.db(), QStringLiteral("task_schedules"));
        const QString predictionsBefore = dump(temp.db(), QStringLiteral("predictive_schedules"));

        ScheduleOptimizationRequest dry = request(temp.path());
        dry.dryRun = true;
        const Result<ScheduleOptimizationReport> r = runScheduleOptimization(dry);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->runId > 0);
        QVERIFY(!r->applied);
        QCOMPARE(r->ruleOfJob.size(), 5);
        QCOMPARE(r->predictions.size(), 2);
        QCOMPARE(r->predictionFollowsRule, (QVector<bool>{false, true})); // 'off' at 03:00 is fixed
        QVERIFY(!r->changes.isEmpty());
        QVERIFY(r->outcome.after.peak < r->outcome.before.peak);
        {
            // What the Dashboard reads: response time, runs simulated, load curves.
            const Result<OptimizationRecord> stored = OptimizationStore(temp.db()).find(r->runId);
            QVERIFY(stored);
            QVERIFY(stored->elapsedMs >= 0 && stored->elapsedMs <= r->elapsedMs);
            QCOMPARE(stored->runsProcessed, r->outcome.before.runs);
            QVERIFY(stored->runsProcessed > 0);
            QCOMPARE(stored->loadBefore, r->outcome.loadBefore);
            QCOMPARE(stored->loadAfter, r->outcome.loadAfter);
        }
        for (const RuleChange &c : r->changes) {
            QVERIFY(c.ruleName != QLatin1String("pinned"));
            QVERIFY(!c.newDescription.isEmpty());
            QVERIFY(c.oldDescription != c.newDescription);
            QVERIFY(c.reason.contains(QLatin1String("flatten the load")));
        }
        // The dry run wrote only its record.
        QCOMPARE(dump(temp.db(), QStringLiteral("scheduling_rules")), rulesBefore);
        QCOMPARE(dump(temp.db(), QStringLiteral("predictive_schedules")), predictionsBefore);
        QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT dry_run FROM optimization_results")).toInt(), 1);
        QVERIFY(scalar(temp.db(), QStringLiteral("SELECT applied_at FROM optimization_results")).isNull());
        QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT success FROM optimization_results")).toInt(), 1);
        const Result<ApplySummary> neverApplied = undoOptimization(temp.path(), r->runId, kNow);
        QVERIFY(!neverApplied.ok());
        QVERIFY2(neverApplied.error().contains(QLatin1String("dry run")), qPrintable(neverApplied.error()));

        // Apply rewrites the moved rules, their task schedules and predicted tasks.
        const Result<ApplySummary> applied = applyOptimization(temp.path(), r->runId, kNow + 60);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(applied->rules, qint64(r->changes.size()));
        for (const RuleChange &c : r->changes)
            QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT cron_expression FROM scheduling_rules WHERE id = %1")
                                           .arg(c.ruleId)).toString(), c.newCron);
        QVERIFY(!scalar(temp.db(), QStringLiteral("SELECT applied_at FROM optimization_results")).isNull());
        bool movedHourly2 = false;
        for (const RuleChange &c : r->changes)
            movedHourly2 = movedHourly2 || c.ruleName == QLatin1String("hourly-2");
        if (movedHourly2) {
            QCOMPARE(applied->taskSchedules, 1);
            QCOMPARE(applied->predictions, 1);
            QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT predicted_execution_time FROM predictive_schedules "
                                                      "WHERE predicted_task_type = 'hourly-2'")).toString(),
                     timeformat::toSqlTime(r->optimizedTime(1)));
        }
        QVERIFY(!applyOptimization(temp.path(), r->runId, kNow + 70).ok()); // already applied

        const Result<ApplySummary> undone = undoOptimization(temp.path(), r->runId, kNow + 120);
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QCOMPARE(dump(temp.db(), QStringLiteral("scheduling_rules")), rulesBefore);
        QCOMPARE(dump(temp.db(), QStringLiteral("task_schedules")), schedulesBefore);
        QCOMPARE(dump(temp.db(), QStringLiteral("predictive_schedules")), predictionsBefore);
        const Result<ApplySummary> twice = undoOptimization(temp.path(), r->runId, kNow + 180);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().contains(QLatin1String("already undone")));
        QVERIFY(!undoOptimization(temp.path(), 999, kNow).ok());
    }

    // The reason of a change is stored in English ("reason", what the CLI
    // and reports read, worded as before) and as a sentence ("reason_text")
    // the Optimization view shows in the user's language; runs stored
    // without it, or with a damaged one, show the English.
    void reasonsStoredInEnglishAndTranslatable()
    {
        QLocale::setDefault(QLocale::c()); // numbers as the fake German expects them
        TempDatabase temp;
        importSmall(temp);
        ScheduleOptimizationRequest dry = request(temp.path());
        dry.dryRun = true;
        const Result<ScheduleOptimizationReport> r = runScheduleOptimization(dry);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(!r->changes.isEmpty());
        QCOMPARE(r->notAppliedReason, QStringLiteral("dry run"));
        QCOMPARE(r->notAppliedReasonText.toEnglish(), r->notAppliedReason);
        const QRegularExpression english(QStringLiteral(
            "^moved (-?\\d+) min to flatten the load: where its runs start the load averages (\\d+\\.\\d) instead of "
            "(\\d+\\.\\d) \\(its own run included\\)$"));
        const Result<OptimizationRecord> stored = OptimizationStore(temp.db()).find(r->runId);
        QVERIFY(stored);
        QCOMPARE(stored->changes.size(), r->changes.size());
        for (int i = 0; i < r->changes.size(); ++i) {
            const RuleChange &c = r->changes.at(i);
            const QRegularExpressionMatch m = english.match(c.reason);
            QVERIFY2(m.hasMatch(), qPrintable(c.reason));
            QCOMPARE(m.captured(1).toInt(), c.shiftMinutes);
            QCOMPARE(c.reasonText.toEnglish(), c.reason);
            // Stored: the English and the sentence; read back, the same change.
            const QJsonObject o = stored->changes.at(i).toObject();
            QCOMPARE(o.value(QLatin1String("reason")).toString(), c.reason);
            QVERIFY(o.value(QLatin1String("reason_text")).isObject());
            const RuleChange back = RuleChange::fromStoredJson(o);
            QCOMPARE(back.ruleId, c.ruleId);
            QCOMPARE(back.ruleName, c.ruleName);
            QCOMPARE(back.newCron, c.newCron);
            QCOMPARE(back.shiftMinutes, c.shiftMinutes);
            QCOMPARE(back.minuteRotation, c.minuteRotation);
            QCOMPARE(back.reason, c.reason);
            QCOMPARE(back.localizedReason(), c.reason); // no translator: English

            test::FakeTranslator german;
        addGerman(german);
            QCoreApplication::installTranslator(&german);
            const QString shown = back.localizedReason();
            QJsonObject old = o;
            old.remove(QStringLiteral("reason_text"));
            const QString oldShown = RuleChange::fromStoredJson(old).localizedReason();
            QJsonObject damaged = o;
            damaged.insert(QStringLiteral("reason_text"), QJsonObject{{QStringLiteral("c"), 3}});
            const QString damagedShown = RuleChange::fromStoredJson(damaged).localizedReason();
            QCoreApplication::removeTranslator(&german);
            QCOMPARE(shown, QStringLiteral("um %1 min verschoben, um die Last zu glätten: Last %2 statt %3")
                                .arg(c.shiftMinutes)
                                .arg(m.captured(2), m.captured(3)));
            QCOMPARE(oldShown, c.reason);
            QCOMPARE(damagedShown, c.reason);
        }
        // The report (CLI JSON) carries the English only, as before.
        const QJsonArray changes =
            r->toJson().value(QLatin1String("optimization_result")).toObject().value(QLatin1String("changes")).toArray();
        QCOMPARE(changes.size(), r->changes.size());
        for (const QJsonValue &v : changes) {
            QVERIFY(!v.toObject().contains(QLatin1String("reason_text")));
            QVERIFY(v.toObject().value(QLatin1String("reason")).toString().startsWith(QLatin1String("moved ")));
        }
    }

    void autoApplyAndRefusedUndoAfterEdit()
    {
        TempDatabase temp;
        importSmall(temp);
        ScheduleOptimizationRequest auto_ = request(temp.path());
        auto_.autoApply = true;
        const Result<ScheduleOptimizationReport> r = runScheduleOptimization(auto_);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->efficiencyGain >= 0.05);
        QVERIFY(r->applied);
        const RuleChange &c = r->changes.first();
        exec(temp.db(), QStringLiteral("UPDATE scheduling_rules SET cron_expression = '1 2 * * *' WHERE id = %1").arg(c.ruleId));
        const QString rulesEdited = dump(temp.db(), QStringLiteral("scheduling_rules"));
        const Result<ApplySummary> undone = undoOptimization(temp.path(), r->runId, kNow + 60);
        QVERIFY(!undone.ok());
        QVERIFY2(undone.error().contains(QLatin1String("was edited since")), qPrintable(undone.error()));
        QCOMPARE(dump(temp.db(), QStringLiteral("scheduling_rules")), rulesEdited);
        QVERIFY(scalar(temp.db(), QStringLiteral("SELECT undone_at FROM optimization_results")).isNull());
    }

    void applyRefusesRulesChangedSinceTheRun()
    {
        TempDatabase temp;
        importSmall(temp);
        const Result<ScheduleOptimizationReport> r = runScheduleOptimization(request(temp.path()));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(!r->changes.isEmpty());
        exec(temp.db(), QStringLiteral("UPDATE scheduling_rules SET cron_expression = '5 * * * *' WHERE id = %1")
                            .arg(r->changes.first().ruleId));
        const QString rules = dump(temp.db(), QStringLiteral("scheduling_rules"));
        const Result<ApplySummary> applied = applyOptimization(temp.path(), r->runId, kNow);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().contains(QLatin1String("changed since")), qPrintable(applied.error()));
        QCOMPARE(dump(temp.db(), QStringLiteral("scheduling_rules")), rules);
    }

    void durationsFromRuleHistoryOrDefault()
    {
        TempDatabase temp;
        exec(temp.db(), QStringLiteral("INSERT INTO scheduling_rules (rule_name, cron_expression, confidence_score, "
                                       "priority) VALUES ('backup', '30 2 * * *', 0.9, 120), "
                                       "('unknown', '0 4 * * *', 0.9, 100)"));
        QList<TaskRecord> tasks;
        for (int d = 1; d <= 10; ++d)
            tasks.append(makeTask(QStringLiteral("backup"), kWindow - d * 86400 + 9000, 600 + 60 * (d % 3)));
        QVERIFY(insertTasks(temp.db(), tasks).ok());
        const Result<ScheduleOptimizationReport> r = runScheduleOptimization(request(temp.path()));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->rules.size(), 2);
        QCOMPARE(r->rules.at(0).durationSource, QStringLiteral("history"));
        QCOMPARE(r->rules.at(0).durationMinutes, 11); // median of 10, 11, 12 minutes
        QCOMPARE(r->rules.at(0).historyRuns, 10);
        QCOMPARE(r->rules.at(0).optimizerPriority, 2);
        QCOMPARE(r->rules.at(1).durationSource, QStringLiteral("default"));
        QCOMPARE(r->rules.at(1).durationMinutes, 5);
        QCOMPARE(r->rules.at(1).optimizerPriority, 0);
        const QJsonObject original = QJsonDocument::fromJson(
            scalar(temp.db(), QStringLiteral("SELECT original_schedule FROM optimization_results")).toByteArray()).object();
        QCOMPARE(original.value(QLatin1String("rules")).toArray().at(1).toObject().value(QLatin1String("duration_source")).toString(),
                 QStringLiteral("default"));
    }

    void invalidRuleIsLeftOutWithAWarning()
    {
        TempDatabase temp;
        exec(temp.db(), QStringLiteral("INSERT INTO scheduling_rules (rule_name, cron_expression, confidence_score) "
                                       "VALUES ('bad', '0 25 * * *', 0.9), ('ok', '0 1 * * *', 0.9)"));
        const Result<ScheduleOptimizationReport> r = runScheduleOptimization(request(temp.path()));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->ruleOfJob.size(), 1);
        QCOMPARE(r->warnings.size(), 1);
        QVERIFY(r->warnings.first().contains(QLatin1String("'bad'")));
    }

    void predictionsGeneratedFirst()
    {
        TempDatabase temp;
        exec(temp.db(), QStringLiteral("INSERT INTO scheduling_rules (rule_name, cron_expression, confidence_score) "
                                       "VALUES ('nightly', '30 2 * * *', 0.9)"));
        QList<TaskRecord> tasks;
        for (int d = 1; d <= 30; ++d)
            tasks.append(makeTask(QStringLiteral("nightly"), kWindow - d * 86400 + 2 * 3600 + 1830, 300));
        QVERIFY(insertTasks(temp.db(), tasks).ok());
        ScheduleOptimizationRequest req = request(temp.path());
        req.generatePredictions = true;
        req.predictionMinConfidence = 0.5;
        const Result<ScheduleOptimizationReport> r = runScheduleOptimization(req);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->predictionsGenerated >= 1);
        QCOMPARE(r->predictions.size(), r->predictionsGenerated);
        QVERIFY(r->predictionFollowsRule.first());
        QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM predictive_schedules")).toInt(), r->predictionsGenerated);
    }

    void priorityMapping()
    {
        QCOMPARE(optimizerPriorityFor(0), 0);
        QCOMPARE(optimizerPriorityFor(100), 0);
        QCOMPARE(optimizerPriorityFor(101), 1);
        QCOMPARE(optimizerPriorityFor(110), 1);
        QCOMPARE(optimizerPriorityFor(111), 2);
        QCOMPARE(optimizerPriorityFor(500), 10);
    }

    void rotationKeepsTheDate()
    {
        const qint64 t = kWindow + 23 * 3600 + 50 * 60;
        QCOMPARE(rotateWithinDay(t, 20, 0), kWindow + 23 * 3600 + 10 * 60);
        QCOMPARE(rotateWithinDay(t, 0, 2), kWindow + 1 * 3600 + 50 * 60);
    }
    // The Optimization view shows the stages, why a run was not applied and
    // the refusals of apply and undo in the user's language; the CLI gets
    // English (the tests above).
    void inTheUsersLanguage()
    {
        FakeTranslator german;
        german.add("Progress", "Reading rules and predicted tasks", QStringLiteral("Regeln und vorhergesagte Aufgaben werden gelesen"))
            .add("OptimizationText", "dry run", QStringLiteral("Probelauf"))
            .add("OptimizationStore", "optimization run #%1 was a dry run and was never applied; there is nothing to undo",
                 QStringLiteral("Optimierungslauf Nr. %1 war ein Probelauf und wurde nie angewendet; es gibt nichts "
                                "rückgängig zu machen"))
            .add("OptimizationStore", "optimization run #%1 is already applied (%2)",
                 QStringLiteral("Optimierungslauf Nr. %1 ist bereits angewendet (%2)"));
        QCoreApplication::installTranslator(&german);
        TempDatabase temp;
        importSmall(temp);
        ScheduleOptimizationRequest dry = request(temp.path());
        dry.dryRun = true;
        QStringList stages;
        Progress progress;
        progress.onStage = [&stages](const QString &stage) { stages << stage; };
        const Result<ScheduleOptimizationReport> r = runScheduleOptimization(dry, progress);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY2(stages.contains(QStringLiteral("Regeln und vorhergesagte Aufgaben werden gelesen")), qPrintable(stages.join(u'|')));
        // Why it was not applied: shown translated, kept in English for the CLI.
        QCOMPARE(r->notAppliedReasonText.toString(), QStringLiteral("Probelauf"));
        QCOMPARE(r->notAppliedReason, QStringLiteral("dry run"));
        QCOMPARE(undoOptimization(temp.path(), r->runId, kNow).error(),
                 QStringLiteral("Optimierungslauf Nr. %1 war ein Probelauf und wurde nie angewendet; es gibt nichts "
                                "rückgängig zu machen").arg(r->runId));
        const Result<ApplySummary> applied = applyOptimization(temp.path(), r->runId, kNow);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QVERIFY2(applyOptimization(temp.path(), r->runId, kNow + 60).error().startsWith(
                     QStringLiteral("Optimierungslauf Nr. %1 ist bereits angewendet (").arg(r->runId)),
                 qPrintable(applyOptimization(temp.path(), r->runId, kNow + 60).error()));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_GUILESS_MAIN(TestScheduleOptimization)
#include "tst_scheduleoptimization.moc"
