#include "schema.h"

namespace rulecast::schema {

namespace {

QStringList L(std::initializer_list<const char *> sql)
{
    QStringList out;
    for (const char *s : sql)
        out << QString::fromLatin1(s);
    return out;
}

// Step 1: banana-bun's own tables, as its db.ts and migration 003 create them.
QStringList bananaBunTables()
{
    return L({R"(CREATE TABLE IF NOT EXISTS tasks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        filename TEXT,
        file_hash TEXT,
        parent_id INTEGER,
        description TEXT,
        type TEXT,
        status TEXT,
        dependencies TEXT,
        result_summary TEXT,
        shell_command TEXT,
        error_message TEXT,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        started_at DATETIME,
        finished_at DATETIME,
        args TEXT,
        generator TEXT,
        tool TEXT,
        validation_errors TEXT))",
              R"(CREATE TABLE IF NOT EXISTS task_schedules (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        template_task_id INTEGER,
        cron_expression TEXT,
        timezone TEXT DEFAULT 'UTC',
        enabled BOOLEAN DEFAULT TRUE,
        max_instances INTEGER DEFAULT 1,
        overlap_policy TEXT DEFAULT 'skip',
        next_run_at DATETIME,
        last_run_at DATETIME,
        run_count INTEGER DEFAULT 0,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        updated_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        FOREIGN KEY (template_task_id) REFERENCES tasks(id) ON DELETE CASCADE))"});
}

QStringList bananaBunIndexes()
{
    return L({"CREATE INDEX IF NOT EXISTS idx_task_schedules_next_run ON task_schedules(next_run_at)",
              "CREATE INDEX IF NOT EXISTS idx_task_schedules_enabled ON task_schedules(enabled)",
              "CREATE INDEX IF NOT EXISTS idx_task_schedules_template ON task_schedules(template_task_id)"});
}

// Step 2: banana-bun's migration 011, the rule scheduler tables, verbatim in
// names, columns and defaults so banana-bun's own queries keep working.
QStringList ruleSchedulerTables()
{
    return L({R"(CREATE TABLE IF NOT EXISTS activity_patterns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        pattern_type TEXT NOT NULL,
        pattern_data TEXT NOT NULL,
        confidence_score REAL NOT NULL,
        detection_count INTEGER DEFAULT 1,
        first_detected_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        last_detected_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        is_active BOOLEAN DEFAULT TRUE,
        embedding_id TEXT,
        search_index_id TEXT,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        updated_at DATETIME DEFAULT CURRENT_TIMESTAMP))",
              R"(CREATE TABLE IF NOT EXISTS scheduling_rules (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        pattern_id INTEGER,
        rule_name TEXT NOT NULL,
        description TEXT,
        cron_expression TEXT NOT NULL,
        priority INTEGER DEFAULT 100,
        is_enabled BOOLEAN DEFAULT TRUE,
        is_auto_generated BOOLEAN DEFAULT TRUE,
        confidence_score REAL NOT NULL,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        updated_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        last_triggered_at DATETIME,
        trigger_count INTEGER DEFAULT 0,
        success_rate REAL DEFAULT 0.0,
        llm_model_used TEXT,
        embedding_id TEXT,
        search_index_id TEXT,
        FOREIGN KEY (pattern_id) REFERENCES activity_patterns(id) ON DELETE SET NULL))",
              R"(CREATE TABLE IF NOT EXISTS rule_actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        rule_id INTEGER NOT NULL,
        action_type TEXT NOT NULL,
        action_data TEXT NOT NULL,
        order_index INTEGER DEFAULT 0,
        is_enabled BOOLEAN DEFAULT TRUE,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        updated_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        FOREIGN KEY (rule_id) REFERENCES scheduling_rules(id) ON DELETE CASCADE))",
              R"(CREATE TABLE IF NOT EXISTS predictive_schedules (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        rule_id INTEGER NOT NULL,
        predicted_task_type TEXT NOT NULL,
        predicted_execution_time DATETIME NOT NULL,
        confidence_score REAL NOT NULL,
        resource_requirements TEXT,
        is_scheduled BOOLEAN DEFAULT FALSE,
        actual_execution_time DATETIME,
        prediction_accuracy REAL,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        updated_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        FOREIGN KEY (rule_id) REFERENCES scheduling_rules(id) ON DELETE CASCADE))",
              R"(CREATE TABLE IF NOT EXISTS optimization_results (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        optimization_type TEXT NOT NULL,
        original_schedule TEXT NOT NULL,
        optimized_schedule TEXT NOT NULL,
        improvement_metrics TEXT NOT NULL,
        applied_at DATETIME,
        success BOOLEAN DEFAULT FALSE,
        error_message TEXT,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP))",
              R"(CREATE TABLE IF NOT EXISTS user_behavior_profiles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT DEFAULT 'default',
        activity_patterns TEXT NOT NULL,
        peak_hours TEXT NOT NULL,
        preferred_task_types TEXT NOT NULL,
        interaction_frequency REAL DEFAULT 0.0,
        last_updated DATETIME DEFAULT CURRENT_TIMESTAMP,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        UNIQUE(user_id)))"});
}

QStringList ruleSchedulerIndexes()
{
    return L({"CREATE INDEX IF NOT EXISTS idx_task_schedules_rule_id ON task_schedules(rule_id)",
              "CREATE INDEX IF NOT EXISTS idx_activity_patterns_type ON activity_patterns(pattern_type)",
              "CREATE INDEX IF NOT EXISTS idx_activity_patterns_confidence ON activity_patterns(confidence_score)",
              "CREATE INDEX IF NOT EXISTS idx_activity_patterns_active ON activity_patterns(is_active)",
              "CREATE INDEX IF NOT EXISTS idx_activity_patterns_detected ON activity_patterns(last_detected_at)",
              "CREATE INDEX IF NOT EXISTS idx_scheduling_rules_pattern ON scheduling_rules(pattern_id)",
              "CREATE INDEX IF NOT EXISTS idx_scheduling_rules_enabled ON scheduling_rules(is_enabled)",
              "CREATE INDEX IF NOT EXISTS idx_scheduling_rules_priority ON scheduling_rules(priority)",
              "CREATE INDEX IF NOT EXISTS idx_scheduling_rules_confidence ON scheduling_rules(confidence_score)",
              "CREATE INDEX IF NOT EXISTS idx_scheduling_rules_triggered ON scheduling_rules(last_triggered_at)",
              "CREATE INDEX IF NOT EXISTS idx_rule_actions_rule ON rule_actions(rule_id)",
              "CREATE INDEX IF NOT EXISTS idx_rule_actions_type ON rule_actions(action_type)",
              "CREATE INDEX IF NOT EXISTS idx_rule_actions_enabled ON rule_actions(is_enabled)",
              "CREATE INDEX IF NOT EXISTS idx_predictive_schedules_rule ON predictive_schedules(rule_id)",
              "CREATE INDEX IF NOT EXISTS idx_predictive_schedules_execution ON predictive_schedules(predicted_execution_time)",
              "CREATE INDEX IF NOT EXISTS idx_predictive_schedules_confidence ON predictive_schedules(confidence_score)",
              "CREATE INDEX IF NOT EXISTS idx_predictive_schedules_scheduled ON predictive_schedules(is_scheduled)",
              "CREATE INDEX IF NOT EXISTS idx_optimization_results_type ON optimization_results(optimization_type)",
              "CREATE INDEX IF NOT EXISTS idx_optimization_results_applied ON optimization_results(applied_at)",
              "CREATE INDEX IF NOT EXISTS idx_optimization_results_success ON optimization_results(success)",
              "CREATE INDEX IF NOT EXISTS idx_user_behavior_profiles_user ON user_behavior_profiles(user_id)",
              "CREATE INDEX IF NOT EXISTS idx_user_behavior_profiles_updated ON user_behavior_profiles(last_updated)"});
}

// Step 3: what Rulecast adds beside banana-bun's columns. Integer epoch
// columns make range scans and bulk reads cheap (no text parsing per row);
// triggers keep them filled when another program (banana-bun itself) writes
// only the text columns.
QStringList rulecastTables()
{
    return L({R"(CREATE TABLE IF NOT EXISTS resource_samples (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        host TEXT NOT NULL DEFAULT '',
        sampled_at DATETIME NOT NULL,
        sampled_epoch INTEGER NOT NULL,
        cpu_percent REAL,
        memory_mb REAL,
        disk_io_mbps REAL,
        network_mbps REAL))",
              R"(CREATE TABLE IF NOT EXISTS import_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        row_count INTEGER NOT NULL,
        imported_at DATETIME DEFAULT CURRENT_TIMESTAMP))"});
}

QStringList rulecastIndexes()
{
    return L({
        // Backfill rows written before Rulecast first opened the file.
        "UPDATE tasks SET started_epoch = CAST(strftime('%s', started_at) AS INTEGER) "
        "WHERE started_epoch IS NULL AND started_at IS NOT NULL",
        "UPDATE tasks SET finished_epoch = CAST(strftime('%s', finished_at) AS INTEGER) "
        "WHERE finished_epoch IS NULL AND finished_at IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS idx_tasks_started_epoch ON tasks(started_epoch)",
        "CREATE INDEX IF NOT EXISTS idx_tasks_type_started ON tasks(type, started_epoch)",
        "CREATE INDEX IF NOT EXISTS idx_resource_samples_epoch ON resource_samples(sampled_epoch)",
        R"(CREATE TRIGGER IF NOT EXISTS tasks_fill_epoch_insert AFTER INSERT ON tasks
           WHEN (NEW.started_epoch IS NULL AND NEW.started_at IS NOT NULL)
             OR (NEW.finished_epoch IS NULL AND NEW.finished_at IS NOT NULL)
           BEGIN
             UPDATE tasks SET
               started_epoch = COALESCE(NEW.started_epoch, CAST(strftime('%s', NEW.started_at) AS INTEGER)),
               finished_epoch = COALESCE(NEW.finished_epoch, CAST(strftime('%s', NEW.finished_at) AS INTEGER))
             WHERE id = NEW.id;
           END)",
        R"(CREATE TRIGGER IF NOT EXISTS tasks_fill_epoch_update AFTER UPDATE OF started_at, finished_at ON tasks
           BEGIN
             UPDATE tasks SET
               started_epoch = CAST(strftime('%s', NEW.started_at) AS INTEGER),
               finished_epoch = CAST(strftime('%s', NEW.finished_at) AS INTEGER)
             WHERE id = NEW.id;
           END)",
    });
}

// Step 4: job definitions imported from crontabs and cron-ironer job lists
// become scheduling_rules; they carry how long a run takes, whether the
// optimizer may move them (cron-ironer's keepTime) and where they came from.
QStringList importedRuleTables() { return {}; }

QStringList importedRuleIndexes()
{
    return L({"CREATE INDEX IF NOT EXISTS idx_scheduling_rules_source ON scheduling_rules(source)"});
}

// Step 5: embeddings of pattern descriptions for similar-pattern search
// (docs/similarity.md): one vector per pattern and model ("ollama:nomic-embed-text"),
// with the hash of the embedded text so a changed description is embedded again.
QStringList patternEmbeddingTables()
{
    return L({R"(CREATE TABLE IF NOT EXISTS pattern_embeddings (
        pattern_id INTEGER NOT NULL,
        model TEXT NOT NULL,
        dimension INTEGER NOT NULL,
        text_hash TEXT NOT NULL,
        vector BLOB NOT NULL,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        PRIMARY KEY (pattern_id, model),
        FOREIGN KEY (pattern_id) REFERENCES activity_patterns(id) ON DELETE CASCADE))"});
}

QStringList patternEmbeddingIndexes()
{
    return L({"CREATE INDEX IF NOT EXISTS idx_pattern_embeddings_model ON pattern_embeddings(model)"});
}

// Step 6: what the database optimizer records beside banana-bun's columns of
// optimization_results (docs/optimizer.md): the proposed changes, whether the
// run was a dry run, its window, what apply rewrote (for undo) and when it
// was undone.
QStringList optimizationRunTables() { return {}; }

QStringList optimizationRunIndexes()
{
    return L({"CREATE INDEX IF NOT EXISTS idx_optimization_results_created ON optimization_results(created_at)"});
}

// Step 7: one index on tasks for time ranges is enough. The (type,
// started_epoch) index of step 3 cost a third of a million-row import (its
// text keys make the sort after a bulk load, or every insert, expensive) and
// kept imports above twice sqlite3's own .import; type filters now walk the
// time index (bench/bench_import, docs/import.md).
QStringList dropTypeIndex() { return {}; }
QStringList dropTypeIndexAfter() { return L({"DROP INDEX IF EXISTS idx_tasks_type_started"}); }

// Step 8: predictions backed only by history or a pattern get stored too.
// banana-bun declared predictive_schedules.rule_id NOT NULL and SQLite cannot
// drop a constraint in place, so the table is rebuilt (SQLite's documented
// "make other kinds of table schema changes" procedure: create, copy, drop,
// rename) with the same columns and defaults, rule_id nullable and new
// columns (slot_minutes: the predicted slot's length, which validation matches
// runs against). Foreign keys stay on: nothing references predictive_schedules, so
// dropping it deletes no parent rows, and rows copied are already consistent:
// a rule_id whose rule is gone (written while foreign keys were off) becomes
// NULL instead of failing the step. One prediction per (type, time) is kept
// (the unique index below needs it): the validated, then scheduled, then
// newest row of any duplicates.
QStringList nullableRuleTables()
{
    return L({R"(CREATE TABLE predictive_schedules_rebuilt (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        rule_id INTEGER,
        predicted_task_type TEXT NOT NULL,
        predicted_execution_time DATETIME NOT NULL,
        confidence_score REAL NOT NULL,
        resource_requirements TEXT,
        is_scheduled BOOLEAN DEFAULT FALSE,
        actual_execution_time DATETIME,
        prediction_accuracy REAL,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        updated_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        pattern_id INTEGER REFERENCES activity_patterns(id) ON DELETE SET NULL,
        explanation TEXT,
        source TEXT,
        slot_minutes INTEGER,
        FOREIGN KEY (rule_id) REFERENCES scheduling_rules(id) ON DELETE CASCADE))",
              R"(INSERT INTO predictive_schedules_rebuilt (id, rule_id, predicted_task_type, predicted_execution_time,
        confidence_score, resource_requirements, is_scheduled, actual_execution_time, prediction_accuracy,
        created_at, updated_at, source)
        SELECT p.id, CASE WHEN p.rule_id IN (SELECT id FROM scheduling_rules) THEN p.rule_id END,
               p.predicted_task_type, p.predicted_execution_time, p.confidence_score, p.resource_requirements,
               p.is_scheduled, p.actual_execution_time, p.prediction_accuracy, p.created_at, p.updated_at,
               CASE WHEN p.rule_id IS NOT NULL THEN 'rule' END
        FROM predictive_schedules p
        WHERE p.id = (SELECT d.id FROM predictive_schedules d
                      WHERE d.predicted_task_type = p.predicted_task_type
                        AND d.predicted_execution_time = p.predicted_execution_time
                      ORDER BY (d.prediction_accuracy IS NOT NULL OR d.actual_execution_time IS NOT NULL) DESC,
                               d.is_scheduled DESC, d.id DESC LIMIT 1))",
              "DROP TABLE predictive_schedules",
              "ALTER TABLE predictive_schedules_rebuilt RENAME TO predictive_schedules"});
}

QStringList nullableRuleIndexes()
{
    return L({"CREATE INDEX IF NOT EXISTS idx_predictive_schedules_rule ON predictive_schedules(rule_id)",
              "CREATE INDEX IF NOT EXISTS idx_predictive_schedules_execution ON predictive_schedules(predicted_execution_time)",
              "CREATE INDEX IF NOT EXISTS idx_predictive_schedules_confidence ON predictive_schedules(confidence_score)",
              "CREATE INDEX IF NOT EXISTS idx_predictive_schedules_scheduled ON predictive_schedules(is_scheduled)",
              "CREATE INDEX IF NOT EXISTS idx_predictive_schedules_pattern ON predictive_schedules(pattern_id)",
              "CREATE UNIQUE INDEX IF NOT EXISTS idx_predictive_schedules_type_time "
              "ON predictive_schedules(predicted_task_type, predicted_execution_time)"});
}

// Step 9: what the Dashboard and the reports show about each optimizer run
// beside its improvement metrics: its response time (elapsed_ms, from the
// request to the stored row), the runs it simulated (runs_processed, for the
// throughput) and its per-minute load before and after (load_before,
// load_after: JSON arrays from the start of the simulated horizon), so a
// stored run can be drawn again. Rows of earlier runs keep NULL there.
QStringList optimizerMeasurementTables() { return {}; }
QStringList optimizerMeasurementIndexes() { return {}; }

// Step 10: a prediction's explanation as a re-renderable sentence
// (core/localizedtext.h, JSON) in explanation_text beside the English
// explanation, so the desktop app shows it in the user's language. Rows of
// earlier runs, and of other writers, keep NULL and show the English.
QStringList explanationTextTables() { return {}; }
QStringList explanationTextIndexes() { return {}; }

} // namespace

const QList<Step> &steps()
{
    static const QList<Step> all = {
        {"banana-bun tasks and task_schedules", &bananaBunTables, &bananaBunIndexes},
        {"banana-bun rule scheduler tables (migration 011)", &ruleSchedulerTables, &ruleSchedulerIndexes},
        {"Rulecast epoch, host and resource columns; resource samples", &rulecastTables, &rulecastIndexes},
        {"imported job definitions: duration, keep-time and source of scheduling rules", &importedRuleTables,
         &importedRuleIndexes},
        {"pattern embeddings for similar-pattern search", &patternEmbeddingTables, &patternEmbeddingIndexes},
        {"optimization runs: changes, dry run, window, applied rows, undo", &optimizationRunTables,
         &optimizationRunIndexes},
        {"drop the (type, started_epoch) index that halved bulk import speed", &dropTypeIndex, &dropTypeIndexAfter},
        {"predictive_schedules: nullable rule_id, pattern_id, explanation, source; one row per type and time",
         &nullableRuleTables, &nullableRuleIndexes},
        {"optimization runs: response time, runs simulated, load before and after", &optimizerMeasurementTables,
         &optimizerMeasurementIndexes},
        {"predictive_schedules: explanation_text, the explanation in any language", &explanationTextTables,
         &explanationTextIndexes},
    };
    return all;
}

const QList<EnsuredColumn> &ensuredColumns()
{
    static const QList<EnsuredColumn> all = {
        // Columns banana-bun added to tasks over time (db.ts ALTERs).
        {1, "tasks", "filename", "TEXT"},
        {1, "tasks", "file_hash", "TEXT"},
        {1, "tasks", "args", "TEXT"},
        {1, "tasks", "generator", "TEXT"},
        {1, "tasks", "tool", "TEXT"},
        {1, "tasks", "validation_errors", "TEXT"},
        {1, "tasks", "error_message", "TEXT"},
        {1, "task_schedules", "run_count", "INTEGER DEFAULT 0"},
        {1, "task_schedules", "max_instances", "INTEGER DEFAULT 1"},
        {1, "task_schedules", "overlap_policy", "TEXT DEFAULT 'skip'"},
        // Migration 011's additions to task_schedules.
        {2, "task_schedules", "rule_id", "INTEGER"},
        {2, "task_schedules", "is_predictive", "BOOLEAN DEFAULT FALSE"},
        {2, "task_schedules", "prediction_confidence", "REAL"},
        {2, "task_schedules", "llm_model_used", "TEXT"},
        // Rulecast's own.
        {3, "tasks", "host", "TEXT"},
        {3, "tasks", "cpu_percent", "REAL"},
        {3, "tasks", "memory_mb", "REAL"},
        {3, "tasks", "disk_mb", "REAL"},
        {3, "tasks", "network_mbps", "REAL"},
        {3, "tasks", "started_epoch", "INTEGER"},
        {3, "tasks", "finished_epoch", "INTEGER"},
        {4, "scheduling_rules", "estimated_duration_seconds", "INTEGER"},
        {4, "scheduling_rules", "keep_time", "BOOLEAN DEFAULT FALSE"},
        {4, "scheduling_rules", "source", "TEXT"},
        {6, "optimization_results", "changes", "TEXT"},
        {6, "optimization_results", "dry_run", "BOOLEAN DEFAULT FALSE"},
        {6, "optimization_results", "undone_at", "DATETIME"},
        {6, "optimization_results", "window_start", "DATETIME"},
        {6, "optimization_results", "window_end", "DATETIME"},
        {6, "optimization_results", "applied_rows", "TEXT"},
        {9, "optimization_results", "elapsed_ms", "INTEGER"},
        {9, "optimization_results", "runs_processed", "INTEGER"},
        {9, "optimization_results", "load_before", "TEXT"},
        {9, "optimization_results", "load_after", "TEXT"},
        {10, "predictive_schedules", "explanation_text", "TEXT"},
    };
    return all;
}

} // namespace rulecast::schema
