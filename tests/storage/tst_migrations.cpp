#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/optimizationstore.h"
#include "testsupport/testsupport.h"

#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;

namespace {

QSet<QString> tables(QSqlDatabase db)
{
    QSet<QString> names;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index')"));
    while (q.next())
        names.insert(q.value(0).toString());
    return names;
}

QSet<QString> columns(QSqlDatabase db, const QString &table)
{
    QSet<QString> names;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        names.insert(q.value(1).toString());
    return names;
}

void exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        QFAIL(qPrintable(q.lastError().text() + QStringLiteral(" in ") + sql));
}

// Every row of `table`, restricted to `cols`, as text: to prove migration
// left banana-bun's data alone.
QStringList dump(QSqlDatabase db, const QString &table, const QStringList &cols)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(cols.join(u','), table));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < cols.size(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows << values.join(u'|');
    }
    return rows;
}

const QStringList bananaTaskColumns = {
    QStringLiteral("id"),          QStringLiteral("filename"),       QStringLiteral("file_hash"),
    QStringLiteral("parent_id"),   QStringLiteral("description"),    QStringLiteral("type"),
    QStringLiteral("status"),      QStringLiteral("dependencies"),   QStringLiteral("result_summary"),
    QStringLiteral("shell_command"), QStringLiteral("error_message"), QStringLiteral("created_at"),
    QStringLiteral("started_at"),  QStringLiteral("finished_at"),    QStringLiteral("args")};

// banana-bun's own start: db.ts's CREATE TABLE tasks (its later columns come
// by ALTER), db.ts's task_schedules (execution_count, no run_count), a table
// Rulecast does not know, and migration 011's activity_patterns.
void createBananaBun(QSqlDatabase db)
{
    exec(db, QStringLiteral("CREATE TABLE tasks (id INTEGER PRIMARY KEY AUTOINCREMENT, filename TEXT, file_hash TEXT, "
                            "parent_id INTEGER, description TEXT, type TEXT, status TEXT, dependencies TEXT, "
                            "result_summary TEXT, shell_command TEXT, error_message TEXT, created_at DATETIME DEFAULT "
                            "CURRENT_TIMESTAMP, started_at DATETIME, finished_at DATETIME)"));
    exec(db, QStringLiteral("ALTER TABLE tasks ADD COLUMN args TEXT"));
    exec(db, QStringLiteral("CREATE TABLE media (id INTEGER PRIMARY KEY AUTOINCREMENT, video_id TEXT UNIQUE, title TEXT)"));
    exec(db, QStringLiteral("CREATE TABLE task_schedules (id INTEGER PRIMARY KEY AUTOINCREMENT, template_task_id INTEGER, "
                            "cron_expression TEXT, timezone TEXT DEFAULT 'UTC', enabled BOOLEAN DEFAULT TRUE, "
                            "max_instances INTEGER DEFAULT 1, overlap_policy TEXT DEFAULT 'skip', next_run_at DATETIME, "
                            "last_run_at DATETIME, execution_count INTEGER DEFAULT 0, created_at DATETIME DEFAULT "
                            "CURRENT_TIMESTAMP, updated_at DATETIME DEFAULT CURRENT_TIMESTAMP, "
                            "FOREIGN KEY (template_task_id) REFERENCES tasks(id))"));
    exec(db, QStringLiteral("CREATE TABLE activity_patterns (id INTEGER PRIMARY KEY AUTOINCREMENT, pattern_type TEXT NOT NULL, "
                            "pattern_data TEXT NOT NULL, confidence_score REAL NOT NULL, detection_count INTEGER DEFAULT 1, "
                            "first_detected_at DATETIME DEFAULT CURRENT_TIMESTAMP, last_detected_at DATETIME DEFAULT "
                            "CURRENT_TIMESTAMP, is_active BOOLEAN DEFAULT TRUE, embedding_id TEXT, search_index_id TEXT, "
                            "created_at DATETIME DEFAULT CURRENT_TIMESTAMP, updated_at DATETIME DEFAULT CURRENT_TIMESTAMP)"));
    exec(db, QStringLiteral("INSERT INTO tasks (type, status, description, shell_command, created_at, started_at, finished_at, args) "
                            "VALUES ('shell', 'completed', 'backup', 'rsync -a a b', '2027-01-04 02:13:00', "
                            "'2027-01-04 02:13:00', '2027-01-04 02:20:00', '{\"x\":1}')"));
    exec(db, QStringLiteral("INSERT INTO tasks (type, status, started_at, finished_at) "
                            "VALUES ('transcribe', 'failed', '2027-01-04T03:00:00.000Z', '2027-01-04T03:05:00.000Z')"));
    exec(db, QStringLiteral("INSERT INTO tasks (type, status, parent_id) VALUES ('summarize', 'pending', 2)"));
    exec(db, QStringLiteral("INSERT INTO media (video_id, title) VALUES ('abc', 'a video')"));
    exec(db, QStringLiteral("INSERT INTO task_schedules (template_task_id, cron_expression, execution_count) VALUES (1, '13 2 * * *', 5)"));
    exec(db, QStringLiteral("INSERT INTO activity_patterns (pattern_type, pattern_data, confidence_score) "
                            "VALUES ('daily_recurring', '{}', 0.9)"));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromEmpty()
    {
        test::TempDatabase tdb;
        QSqlDatabase db = tdb.db().connection();
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        const QSet<QString> names = tables(db);
        for (const char *t : {"tasks", "task_schedules", "activity_patterns", "scheduling_rules", "rule_actions",
                              "predictive_schedules", "optimization_results", "user_behavior_profiles",
                              "resource_samples", "import_log", "idx_tasks_started_epoch", "tasks_fill_epoch_insert"})
            QVERIFY2(names.contains(QString::fromLatin1(t)), t);
        const QSet<QString> rules = columns(db, QStringLiteral("scheduling_rules"));
        for (const char *c : {"estimated_duration_seconds", "keep_time", "source", "cron_expression"})
            QVERIFY2(rules.contains(QString::fromLatin1(c)), c);
        // banana-bun's troubleshooting query runs as-is.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM predictive_schedules ORDER BY created_at DESC LIMIT 10")));
        // Opening again is a no-op.
        QVERIFY(Migrations::migrate(db));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    }

    void fromBananaBunDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("banana-bun.db"));
        QStringList tasksBefore, schedulesBefore, mediaBefore, patternsBefore;
        {
            Result<Database> raw = Database::open(path, false);
            QVERIFY2(raw, qPrintable(raw.error()));
            const auto close = qScopeGuard([&raw] { raw->closeThreadConnection(); });
            QSqlDatabase db = raw->connection();
            createBananaBun(db);
            tasksBefore = dump(db, QStringLiteral("tasks"), bananaTaskColumns);
            schedulesBefore = dump(db, QStringLiteral("task_schedules"),
                                   {QStringLiteral("id"), QStringLiteral("template_task_id"), QStringLiteral("cron_expression"),
                                    QStringLiteral("execution_count")});
            mediaBefore = dump(db, QStringLiteral("media"), {QStringLiteral("id"), QStringLiteral("video_id"), QStringLiteral("title")});
            patternsBefore = dump(db, QStringLiteral("activity_patterns"),
                                  {QStringLiteral("id"), QStringLiteral("pattern_type"), QStringLiteral("confidence_score")});
            QCOMPARE(Migrations::currentVersion(db), 0);
        }
        Result<Database> opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        const auto close = qScopeGuard([&opened] { opened->closeThreadConnection(); });
        QSqlDatabase db = opened->connection();
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QCOMPARE(dump(db, QStringLiteral("tasks"), bananaTaskColumns), tasksBefore);
        QCOMPARE(dump(db, QStringLiteral("task_schedules"),
                      {QStringLiteral("id"), QStringLiteral("template_task_id"), QStringLiteral("cron_expression"),
                       QStringLiteral("execution_count")}),
                 schedulesBefore);
        QCOMPARE(dump(db, QStringLiteral("media"), {QStringLiteral("id"), QStringLiteral("video_id"), QStringLiteral("title")}),
                 mediaBefore);
        QCOMPARE(dump(db, QStringLiteral("activity_patterns"),
                      {QStringLiteral("id"), QStringLiteral("pattern_type"), QStringLiteral("confidence_score")}),
                 patternsBefore);

        // Missing columns and tables added.
        const QSet<QString> taskCols = columns(db, QStringLiteral("tasks"));
        for (const char *c : {"generator", "tool", "validation_errors", "host", "cpu_percent", "memory_mb", "disk_mb",
                              "network_mbps", "started_epoch", "finished_epoch"})
            QVERIFY2(taskCols.contains(QString::fromLatin1(c)), c);
        const QSet<QString> scheduleCols = columns(db, QStringLiteral("task_schedules"));
        for (const char *c : {"run_count", "rule_id", "is_predictive", "prediction_confidence", "llm_model_used"})
            QVERIFY2(scheduleCols.contains(QString::fromLatin1(c)), c);
        QVERIFY(tables(db).contains(QStringLiteral("scheduling_rules")));
        QVERIFY(tables(db).contains(QStringLiteral("resource_samples")));

        // Epochs backfilled from the text times, both of banana-bun's styles.
        QCOMPARE(dump(db, QStringLiteral("tasks"), {QStringLiteral("id"), QStringLiteral("started_epoch"), QStringLiteral("finished_epoch")}),
                 QStringList({QStringLiteral("1|1799028780|1799029200"), QStringLiteral("2|1799031600|1799031900"),
                              QStringLiteral("3|<null>|<null>")}));

        // banana-bun keeps writing only its text columns: the trigger fills the epochs.
        exec(db, QStringLiteral("INSERT INTO tasks (type, status, started_at) VALUES ('backup', 'running', '2027-01-05 02:13:00')"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT started_epoch FROM tasks WHERE id = 4")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 1799028780LL + 86400);
        exec(db, QStringLiteral("UPDATE tasks SET finished_at = '2027-01-05 02:14:00' WHERE id = 4"));
        QVERIFY(q.exec(QStringLiteral("SELECT finished_epoch FROM tasks WHERE id = 4")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 1799028780LL + 86400 + 60);
    }

    void fromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void fromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Result<Database> raw = Database::open(path, false);
            QVERIFY(raw);
            const auto close = qScopeGuard([&raw] { raw->closeThreadConnection(); });
            QSqlDatabase db = raw->connection();
            QVERIFY(Migrations::migrate(db, from));
            QCOMPARE(Migrations::currentVersion(db), from);
            if (from >= 1)
                exec(db, QStringLiteral("INSERT INTO tasks (type, status, started_at) VALUES ('backup', 'completed', '2027-01-04 02:13:00')"));
        }
        Result<Database> opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        const auto close = qScopeGuard([&opened] { opened->closeThreadConnection(); });
        QSqlDatabase db = opened->connection();
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QVERIFY(columns(db, QStringLiteral("scheduling_rules")).contains(QStringLiteral("keep_time")));
        QVERIFY(columns(db, QStringLiteral("tasks")).contains(QStringLiteral("started_epoch")));
        QVERIFY(tables(db).contains(QStringLiteral("idx_tasks_started_epoch")));
        QVERIFY(!tables(db).contains(QStringLiteral("idx_tasks_type_started"))); // step 7
        QVERIFY(columns(db, QStringLiteral("pattern_embeddings")).contains(QStringLiteral("text_hash")));
        if (from >= 1) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT type, started_epoch FROM tasks")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("backup"));
            QCOMPARE(q.value(1).toLongLong(), 1799028780LL);
        }
    }

    void predictionsSurviveRuleIdRebuild()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.db"));
        QStringList before;
        const QStringList cols{QStringLiteral("id"), QStringLiteral("rule_id"), QStringLiteral("predicted_task_type"),
                               QStringLiteral("predicted_execution_time"), QStringLiteral("confidence_score"),
                               QStringLiteral("is_scheduled"), QStringLiteral("prediction_accuracy")};
        {
            Result<Database> raw = Database::open(path, false);
            QVERIFY(raw);
            const auto close = qScopeGuard([&raw] { raw->closeThreadConnection(); });
            QSqlDatabase db = raw->connection();
            QVERIFY(Migrations::migrate(db, 7));
            exec(db, QStringLiteral("INSERT INTO scheduling_rules (id, rule_name, cron_expression, confidence_score) "
                                    "VALUES (5, 'nightly', '30 2 * * *', 0.9)"));
            exec(db, QStringLiteral("INSERT INTO predictive_schedules (rule_id, predicted_task_type, predicted_execution_time, "
                                    "confidence_score, is_scheduled, prediction_accuracy, created_at) VALUES "
                                    "(5, 'nightly', '2027-01-04 02:30:00', 0.95, 1, 1.0, '2027-01-03 10:00:00'), "
                                    "(5, 'nightly', '2027-01-05 02:30:00', 0.91, 0, NULL, '2027-01-04 10:00:00')"));
            before = dump(db, QStringLiteral("predictive_schedules"), cols);
            QCOMPARE(before.size(), 2);
        }
        Result<Database> opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        const auto close = qScopeGuard([&opened] { opened->closeThreadConnection(); });
        QSqlDatabase db = opened->connection();
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QCOMPARE(dump(db, QStringLiteral("predictive_schedules"), cols), before);
        const QSet<QString> names = tables(db);
        for (const char *i : {"idx_predictive_schedules_rule", "idx_predictive_schedules_execution",
                              "idx_predictive_schedules_confidence", "idx_predictive_schedules_scheduled",
                              "idx_predictive_schedules_type_time"})
            QVERIFY2(names.contains(QString::fromLatin1(i)), i);
        QVERIFY(!names.contains(QStringLiteral("predictive_schedules_rebuilt")));
        // banana-bun's troubleshooting query, newest first.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM predictive_schedules ORDER BY created_at DESC LIMIT 10")));
        QVERIFY(q.next());
        QCOMPARE(q.value(QStringLiteral("predicted_execution_time")).toString(), QStringLiteral("2027-01-05 02:30:00"));
        QCOMPARE(q.value(QStringLiteral("source")).toString(), QStringLiteral("rule"));
        // A history-backed prediction needs no rule now; the same type and time twice is refused.
        exec(db, QStringLiteral("INSERT INTO predictive_schedules (rule_id, predicted_task_type, predicted_execution_time, "
                                "confidence_score, source, explanation) VALUES (NULL, 'etl', '2027-01-05 09:00:00', 0.8, "
                                "'history', 'ran at 09:05 on 28 of 28 days')"));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO predictive_schedules (predicted_task_type, predicted_execution_time, "
                                       "confidence_score) VALUES ('etl', '2027-01-05 09:00:00', 0.7)")));
        // The foreign keys still hold: a missing rule is refused, deleting a rule removes its predictions.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO predictive_schedules (rule_id, predicted_task_type, "
                                       "predicted_execution_time, confidence_score) VALUES (99, 'x', '2027-01-05 01:00:00', 0.8)")));
        exec(db, QStringLiteral("DELETE FROM scheduling_rules WHERE id = 5"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(predicted_task_type) FROM predictive_schedules")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("etl"));
    }

    // Rows banana-bun wrote with foreign keys off: an orphan rule_id and two
    // rows for the same type and time. The rebuild keeps the orphan (rule_id
    // NULL) and the validated one of the duplicates.
    void rebuildRepairsOrphansAndDuplicates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("messy.db"));
        {
            Result<Database> raw = Database::open(path, false);
            QVERIFY(raw);
            const auto close = qScopeGuard([&raw] { raw->closeThreadConnection(); });
            QSqlDatabase db = raw->connection();
            QVERIFY(Migrations::migrate(db, 7));
            exec(db, QStringLiteral("PRAGMA foreign_keys=OFF"));
            exec(db, QStringLiteral("INSERT INTO predictive_schedules (id, rule_id, predicted_task_type, predicted_execution_time, "
                                    "confidence_score, prediction_accuracy) VALUES "
                                    "(1, 77, 'orphan', '2027-01-04 02:30:00', 0.8, NULL), "
                                    "(2, 77, 'dup', '2027-01-04 03:00:00', 0.8, 1.0), "
                                    "(3, 77, 'dup', '2027-01-04 03:00:00', 0.9, NULL)"));
        }
        Result<Database> opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        const auto close = qScopeGuard([&opened] { opened->closeThreadConnection(); });
        QCOMPARE(dump(opened->connection(), QStringLiteral("predictive_schedules"),
                      {QStringLiteral("id"), QStringLiteral("rule_id"), QStringLiteral("predicted_task_type"),
                       QStringLiteral("prediction_accuracy")}),
                 QStringList({QStringLiteral("1|<null>|orphan|<null>"), QStringLiteral("2|<null>|dup|1")}));
    }

    // Step 9: runs stored before it keep their rows and read back as "not
    // measured"; new runs store and read their timing and load curves.
    void optimizationRunsGainTimingAndLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.db"));
        const QStringList cols{QStringLiteral("id"), QStringLiteral("optimization_type"), QStringLiteral("improvement_metrics"),
                               QStringLiteral("changes"), QStringLiteral("dry_run"), QStringLiteral("created_at")};
        QStringList before;
        {
            Result<Database> raw = Database::open(path, false);
            QVERIFY(raw);
            const auto close = qScopeGuard([&raw] { raw->closeThreadConnection(); });
            QSqlDatabase db = raw->connection();
            QVERIFY(Migrations::migrate(db, 8));
            QVERIFY(!columns(db, QStringLiteral("optimization_results")).contains(QStringLiteral("elapsed_ms")));
            exec(db, QStringLiteral("INSERT INTO optimization_results (optimization_type, original_schedule, "
                                    "optimized_schedule, improvement_metrics, changes, dry_run, created_at) VALUES "
                                    "('load_balancing', '{}', '{}', '{\"efficiency_gain\":0.5}', '[]', 1, '2027-01-04 10:00:00')"));
            before = dump(db, QStringLiteral("optimization_results"), cols);
        }
        Result<Database> opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        const auto close = qScopeGuard([&opened] { opened->closeThreadConnection(); });
        QSqlDatabase db = opened->connection();
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        const QSet<QString> names = columns(db, QStringLiteral("optimization_results"));
        for (const char *c : {"elapsed_ms", "runs_processed", "load_before", "load_after"})
            QVERIFY2(names.contains(QString::fromLatin1(c)), c);
        QCOMPARE(dump(db, QStringLiteral("optimization_results"), cols), before);
        const OptimizationStore store(*opened);
        const Result<OptimizationRecord> old = store.find(1);
        QVERIFY2(old, qPrintable(old.error()));
        QCOMPARE(old->elapsedMs, -1);
        QCOMPARE(old->runsProcessed, -1);
        QVERIFY(old->loadBefore.isEmpty());
        QCOMPARE(old->improvementMetrics.value(QStringLiteral("efficiency_gain")).toDouble(), 0.5);

        OptimizationRecord fresh;
        fresh.optimizationType = QStringLiteral("peak_mitigation");
        fresh.success = true;
        fresh.elapsedMs = 183;
        fresh.runsProcessed = 1234;
        fresh.loadBefore = {0, 0, 0, 2, 2, 1};
        fresh.loadAfter = {1, 1, 1, 1, 1, 1};
        const Result<qint64> id = store.insert(fresh, 1799028780);
        QVERIFY2(id, qPrintable(id.error()));
        const Result<OptimizationRecord> back = store.find(*id);
        QVERIFY(back);
        QCOMPARE(back->elapsedMs, 183);
        QCOMPARE(back->runsProcessed, 1234);
        QCOMPARE(back->loadBefore, fresh.loadBefore);
        QCOMPARE(back->loadAfter, fresh.loadAfter);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT load_before FROM optimization_results WHERE id = %1").arg(*id)) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("[[0,3],[2,2],[1,1]]")); // run-length pairs
    }

    // Step 10: predictive_schedules gains explanation_text, the explanation
    // as a re-renderable sentence; rows written before it keep NULL there
    // (the view shows their English explanation) and everything else.
    void predictionsGainExplanationText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.db"));
        const QStringList cols{QStringLiteral("id"), QStringLiteral("predicted_task_type"),
                               QStringLiteral("predicted_execution_time"), QStringLiteral("confidence_score"),
                               QStringLiteral("explanation"), QStringLiteral("source"), QStringLiteral("slot_minutes")};
        QStringList before;
        {
            Result<Database> raw = Database::open(path, false);
            QVERIFY(raw);
            const auto close = qScopeGuard([&raw] { raw->closeThreadConnection(); });
            QSqlDatabase db = raw->connection();
            QVERIFY(Migrations::migrate(db, 9));
            QVERIFY(!columns(db, QStringLiteral("predictive_schedules")).contains(QStringLiteral("explanation_text")));
            exec(db, QStringLiteral("INSERT INTO predictive_schedules (predicted_task_type, predicted_execution_time, "
                                    "confidence_score, explanation, source, slot_minutes) VALUES ('backup', "
                                    "'2027-01-04 02:00:00', 0.9, 'rule #2 fires 02:14 (hit 1/28)', 'rule', 30)"));
            before = dump(db, QStringLiteral("predictive_schedules"), cols);
        }
        Result<Database> opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        const auto close = qScopeGuard([&opened] { opened->closeThreadConnection(); });
        QSqlDatabase db = opened->connection();
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 10);
        QVERIFY(columns(db, QStringLiteral("predictive_schedules")).contains(QStringLiteral("explanation_text")));
        QCOMPARE(dump(db, QStringLiteral("predictive_schedules"), cols), before);
        QCOMPARE(dump(db, QStringLiteral("predictive_schedules"), {QStringLiteral("id"), QStringLiteral("explanation_text")}),
                 QStringList{QStringLiteral("1|<null>")});
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT description FROM rulecast_schema_version WHERE version = 10")) && q.next());
        QVERIFY(q.value(0).toString().contains(QLatin1String("explanation_text")));
        // Writable like any other column.
        exec(db, QStringLiteral("UPDATE predictive_schedules SET explanation_text = '{\"v\":\"x\"}' WHERE id = 1"));
    }

    void refusesNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            Result<Database> db = Database::open(path);
            QVERIFY(db);
            exec(db->connection(), QStringLiteral("INSERT INTO rulecast_schema_version (version, description) VALUES (%1, 'future')")
                                       .arg(Migrations::latestVersion() + 1));
            db->closeThreadConnection();
        }
        const QByteArray before = test::fileBytes(path);
        Result<Database> again = Database::open(path);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("newer")), qPrintable(again.error()));
        QVERIFY2(again.error().contains(QStringLiteral("upgrade Rulecast")), qPrintable(again.error()));
        Database::open(path, false)->closeThreadConnection();
        QCOMPARE(test::fileBytes(path), before);
    }

    void failingStepRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.db"));
        Result<Database> raw = Database::open(path, false);
        QVERIFY(raw);
        const auto close = qScopeGuard([&raw] { raw->closeThreadConnection(); });
        QSqlDatabase db = raw->connection();
        QVERIFY(Migrations::migrate(db, 2));
        // A view squatting on the name of step 3's table: its CREATE TABLE IF
        // NOT EXISTS passes, the index on it fails halfway through the step.
        exec(db, QStringLiteral("CREATE VIEW resource_samples AS SELECT 1 AS sampled_epoch"));
        const Status s = Migrations::migrate(db);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("migration 3 failed")), qPrintable(s.error()));
        QCOMPARE(Migrations::currentVersion(db), 2);
        // The columns step 3 added before failing are gone again.
        QVERIFY(!columns(db, QStringLiteral("tasks")).contains(QStringLiteral("host")));
        QVERIFY(!tables(db).contains(QStringLiteral("import_log")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
