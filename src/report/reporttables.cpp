#include "report/reporttables.h"

#include "report/resulttables.h"

#include "core/crondescription.h"
#include "core/cronexpression.h"
#include "core/optimizationstrategy.h"
#include "core/timeformat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace rulecast {

namespace {

using Cell = ReportCell;
using Row = QList<ReportCell>;

QString trimmedNumber(double x)
{
    QString s = QString::number(x, 'f', 6);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

Cell optionalTime(qint64 t, bool present) { return present ? Cell::time(t) : Cell::none(Cell::Kind::Time); }

Cell storedTime(const QString &sqlText)
{
    const std::optional<qint64> t = timeformat::parse(sqlText);
    return t ? Cell::time(*t) : Cell::text(sqlText);
}

QString ruleSchedule(const SchedulingRule &r)
{
    if (r.isAfterRule())
        return QStringLiteral("%1 min after %2 (within %3 min)").arg(r.delayMinutes).arg(r.afterTaskType).arg(r.windowMinutes);
    const Result<CronExpression> e = CronExpression::parse(r.cron);
    return e ? describeCronEnglish(*e) : QStringLiteral("not a valid cron expression"); // reports are English
}

QString ruleLabel(const QList<SchedulingRule> &rules, int index)
{
    const SchedulingRule &r = rules.at(index);
    return QStringLiteral("#%1 %2").arg(r.id).arg(r.name);
}

ReportTable summaryTable(const ReportData &d)
{
    ReportTable t = ReportTable::keyValue(QStringLiteral("summary"), QStringLiteral("Summary"));
    const HistorySummary &h = d.history;
    const bool started = h.startedTasks > 0;
    t.addPair(QStringLiteral("database"), QStringLiteral("Database"), Cell::text(d.databasePath));
    t.addPair(QStringLiteral("generated_at"), QStringLiteral("Generated"), Cell::time(d.generatedAt));
    t.addPair(QStringLiteral("history_from"), QStringLiteral("History from"), optionalTime(h.firstStart, started));
    t.addPair(QStringLiteral("history_to"), QStringLiteral("History to"), optionalTime(h.lastStart, started));
    t.addPair(QStringLiteral("history_days"), QStringLiteral("Days of history"),
            started ? Cell::number(double(h.lastStart - h.firstStart) / 86400.0, 1) : Cell::none(Cell::Kind::Number));
    t.addPair(QStringLiteral("tasks"), QStringLiteral("Tasks"), Cell::integer(h.tasks));
    t.addPair(QStringLiteral("task_types"), QStringLiteral("Task types"), Cell::integer(h.types));
    t.addPair(QStringLiteral("active_patterns"), QStringLiteral("Active patterns"), Cell::integer(d.patterns.size()));
    t.addPair(QStringLiteral("inactive_patterns"), QStringLiteral("Inactive patterns"), Cell::integer(d.inactivePatterns));
    t.addPair(QStringLiteral("rules"), QStringLiteral("Scheduling rules"), Cell::integer(d.rules.size()));
    t.addPair(QStringLiteral("enabled_rules"), QStringLiteral("Enabled rules"), Cell::integer(d.enabledRules()));
    t.addPair(QStringLiteral("rule_conflicts"), QStringLiteral("Rule conflicts (next %1 days)").arg(d.conflictDays),
            Cell::integer(d.conflicts.size()));
    t.addPair(QStringLiteral("upcoming_predictions"), QStringLiteral("Upcoming predictions"), Cell::integer(d.upcomingTotal));
    const PredictionAccuracy &a = d.accuracy;
    t.addPair(QStringLiteral("validated_predictions"), QStringLiteral("Validated predictions"), Cell::integer(a.validated));
    t.addPair(QStringLiteral("accuracy_rate"), QStringLiteral("Accuracy rate"), Cell::rate(a.accuracyRate));
    t.addPair(QStringLiteral("false_positive_rate"), QStringLiteral("False-positive rate"), Cell::rate(a.falsePositiveRate));
    t.addPair(QStringLiteral("brier"), QStringLiteral("Brier score"), Cell::number(a.brier(), 4));
    if (d.lastOptimization) {
        const OptimizationRecord &r = *d.lastOptimization;
        const QJsonObject &m = r.improvementMetrics;
        t.addPair(QStringLiteral("last_optimization_id"), QStringLiteral("Last optimization run"), Cell::integer(r.id));
        t.addPair(QStringLiteral("last_optimization_type"), QStringLiteral("Strategy"), Cell::text(r.optimizationType));
        t.addPair(QStringLiteral("efficiency_gain"), QStringLiteral("Efficiency gain"),
                Cell::rate(m.value(QLatin1String("efficiency_gain")).toDouble(qQNaN())));
        t.addPair(QStringLiteral("peak_reduction"), QStringLiteral("Peak reduction"),
                Cell::rate(m.value(QLatin1String("peak_reduction")).toDouble(qQNaN())));
    } else {
        t.addPair(QStringLiteral("last_optimization_id"), QStringLiteral("Last optimization run"),
                Cell::none(Cell::Kind::Integer));
    }
    return t;
}

ReportTable taskTypesTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("task_types");
    t.title = QStringLiteral("Task types");
    t.emptyText = QStringLiteral("No tasks in the database.");
    t.columns = {{QStringLiteral("task_type"), QStringLiteral("Task type"), true},
                 {QStringLiteral("tasks"), QStringLiteral("Tasks")},
                 {QStringLiteral("share"), QStringLiteral("Share")}};
    for (const auto &[type, count] : d.taskTypes)
        t.rows.append({Cell::text(type), Cell::integer(count),
                       Cell::rate(d.history.tasks > 0 ? double(count) / double(d.history.tasks) : qQNaN())});
    return t;
}

ReportTable patternsTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("patterns");
    t.title = QStringLiteral("Detected patterns");
    t.intro = QStringLiteral("Active patterns, most confident first (%1 inactive not listed).").arg(d.inactivePatterns);
    t.emptyText = QStringLiteral("No active patterns: run analyze-activity-patterns.");
    t.columns = {{QStringLiteral("id"), QStringLiteral("ID")},
                 {QStringLiteral("pattern_type"), QStringLiteral("Type")},
                 {QStringLiteral("task_types"), QStringLiteral("Task types"), true},
                 {QStringLiteral("description"), QStringLiteral("When"), true},
                 {QStringLiteral("confidence_score"), QStringLiteral("Confidence")},
                 {QStringLiteral("occurrences"), QStringLiteral("Seen")},
                 {QStringLiteral("opportunities"), QStringLiteral("Of")},
                 {QStringLiteral("detection_count"), QStringLiteral("Detections")},
                 {QStringLiteral("last_detected_at"), QStringLiteral("Last detected")}};
    for (const ActivityPattern &p : d.patterns)
        t.rows.append({Cell::integer(p.id), Cell::text(p.patternType()), Cell::text(p.taskTypes.join(QStringLiteral(", "))),
                       Cell::text(p.describeEnglish()), Cell::number(p.confidence, 3), Cell::integer(p.occurrences),
                       Cell::integer(p.opportunities), Cell::integer(p.storedDetectionCount),
                       storedTime(p.lastDetectedAt)});
    return t;
}

ReportTable rulesTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("rules");
    t.title = QStringLiteral("Scheduling rules");
    t.intro = QStringLiteral("%1 rules, %2 enabled.").arg(d.rules.size()).arg(d.enabledRules());
    t.emptyText = QStringLiteral("No scheduling rules: run generate-scheduling-rules --from-patterns.");
    t.columns = {{QStringLiteral("id"), QStringLiteral("ID")},
                 {QStringLiteral("rule_name"), QStringLiteral("Name"), true},
                 {QStringLiteral("task_type"), QStringLiteral("Task type"), true},
                 {QStringLiteral("cron_expression"), QStringLiteral("Cron")},
                 {QStringLiteral("schedule"), QStringLiteral("Runs"), true},
                 {QStringLiteral("priority"), QStringLiteral("Priority")},
                 {QStringLiteral("enabled"), QStringLiteral("Enabled")},
                 {QStringLiteral("confidence"), QStringLiteral("Confidence")},
                 {QStringLiteral("pattern_id"), QStringLiteral("Pattern")}};
    for (const SchedulingRule &r : d.rules)
        t.rows.append({Cell::integer(r.id), Cell::text(r.name), Cell::text(r.taskType),
                       Cell::text(r.isAfterRule() ? QStringLiteral("(after rule)") : r.cron), Cell::text(ruleSchedule(r)),
                       Cell::integer(r.priority), Cell::text(r.enabled ? QStringLiteral("yes") : QStringLiteral("no")),
                       Cell::number(r.confidence, 3),
                       r.patternId > 0 ? Cell::integer(r.patternId) : Cell::none(Cell::Kind::Integer)});
    return t;
}

ReportTable conflictsTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("rule_conflicts");
    t.title = QStringLiteral("Rule conflicts");
    t.intro = QStringLiteral("The enabled rules' runs over the %1 days from the report time, checked against a "
                             "capacity of %2 concurrent runs.")
                  .arg(d.conflictDays)
                  .arg(d.conflictCapacity);
    t.emptyText = d.rules.isEmpty() ? QStringLiteral("No rules to check.") : QStringLiteral("No conflicts between the enabled rules.");
    t.columns = {{QStringLiteral("type"), QStringLiteral("Conflict")},
                 {QStringLiteral("severity"), QStringLiteral("Severity")},
                 {QStringLiteral("rules"), QStringLiteral("Rules"), true},
                 {QStringLiteral("occurrences"), QStringLiteral("Times")},
                 {QStringLiteral("first_at"), QStringLiteral("First")},
                 {QStringLiteral("suggestion"), QStringLiteral("Suggestion"), true}};
    for (const RuleConflict &c : d.conflicts) {
        QStringList labels;
        for (int i : c.rules)
            labels << ruleLabel(d.rules, i);
        t.rows.append({Cell::text(c.type), Cell::text(c.severity), Cell::text(labels.join(QStringLiteral("; "))),
                       Cell::integer(c.occurrences), optionalTime(c.firstAt, c.firstAt > 0), Cell::text(c.suggestion.toEnglish())});
    }
    return t;
}

ReportTable upcomingTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("upcoming_predictions");
    t.title = QStringLiteral("Next predictions");
    t.intro = QStringLiteral("Stored predictions from %1 to %2 not yet validated, in time order")
                  .arg(ReportCell::time(d.generatedAt).forPeople(), ReportCell::time(d.upcomingUntil).forPeople());
    t.intro += d.upcomingTotal > d.upcoming.size() ? QStringLiteral(" (the first %1 of %2).").arg(d.upcoming.size()).arg(d.upcomingTotal)
                                                  : QStringLiteral(".");
    t.emptyText = QStringLiteral("No upcoming predictions: run predict.");
    t.columns = {{QStringLiteral("predicted_execution_time"), QStringLiteral("Time")},
                 {QStringLiteral("task_type"), QStringLiteral("Task type"), true},
                 {QStringLiteral("confidence_score"), QStringLiteral("Confidence")},
                 {QStringLiteral("estimated_duration_minutes"), QStringLiteral("Minutes")},
                 {QStringLiteral("cpu_requirement"), QStringLiteral("CPU %")},
                 {QStringLiteral("memory_requirement"), QStringLiteral("Memory MB")},
                 {QStringLiteral("rule_id"), QStringLiteral("Rule")}};
    for (const StoredPrediction &p : d.upcoming) {
        const QJsonObject r = QJsonDocument::fromJson(p.resources.toUtf8()).object();
        const auto figure = [&r](const char *key, int decimals) {
            const QJsonValue v = r.value(QLatin1String(key));
            return v.isDouble() ? Cell::number(v.toDouble(), decimals) : Cell::none(Cell::Kind::Number);
        };
        t.rows.append({Cell::time(p.time), Cell::text(p.taskType), Cell::number(p.confidence, 3),
                       figure("estimated_duration_minutes", 1), figure("cpu_requirement", 1),
                       figure("memory_requirement", 0),
                       p.ruleId > 0 ? Cell::integer(p.ruleId) : Cell::none(Cell::Kind::Integer)});
    }
    return t;
}

} // namespace

ReportTable ReportTable::keyValue(const QString &id, const QString &title)
{
    ReportTable t;
    t.id = id;
    t.title = title;
    t.isKeyValue = true;
    t.columns = {{QStringLiteral("key"), QStringLiteral("Key"), false, true},
                 {QStringLiteral("item"), QStringLiteral("Item")},
                 {QStringLiteral("value"), QStringLiteral("Value"), true}};
    return t;
}

void ReportTable::addPair(const QString &key, const QString &label, const ReportCell &value)
{
    rows.append({ReportCell::text(key), ReportCell::text(label), value});
}

bool ReportTable::isNumericColumn(int column) const
{
    for (const QList<ReportCell> &row : rows)
        if (row.at(column).hasValue())
            return row.at(column).isNumeric();
    return false;
}

bool ReportCell::hasValue() const
{
    if (value.isNull() || !value.isValid())
        return false;
    if (kind == Kind::Number || kind == Kind::Rate)
        return std::isfinite(value.toDouble());
    return true;
}

QString ReportCell::forPeople() const
{
    if (!hasValue())
        return QStringLiteral("–");
    switch (kind) {
    case Kind::Text: return value.toString();
    case Kind::Integer: return QString::number(value.toLongLong());
    case Kind::Number: return QString::number(value.toDouble(), 'f', decimals);
    case Kind::Rate: return QString::number(value.toDouble() * 100.0, 'f', 1) + QStringLiteral(" %");
    case Kind::Time:
        return QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               + QStringLiteral(" UTC");
    }
    return {};
}

QString ReportCell::forMachines() const
{
    if (!hasValue())
        return {};
    switch (kind) {
    case Kind::Text: return value.toString();
    case Kind::Integer: return QString::number(value.toLongLong());
    case Kind::Number:
    case Kind::Rate: return trimmedNumber(value.toDouble());
    case Kind::Time: return timeformat::toIsoUtc(value.toLongLong());
    }
    return {};
}

QList<ReportTable> reportTables(const ReportData &data)
{
    // What is missing: the PDF and HTML say it on their summary page, the CSV in this section.
    ReportTable missing;
    missing.id = QStringLiteral("missing");
    missing.title = QStringLiteral("Not in the database yet");
    missing.machineOnly = true;
    missing.columns = {{QStringLiteral("message"), QStringLiteral("Message"), true}};
    for (const QString &m : data.missing())
        missing.rows.append({ReportCell::text(m)});
    QList<ReportTable> out{summaryTable(data), missing, taskTypesTable(data), patternsTable(data),
                           rulesTable(data),   conflictsTable(data), upcomingTable(data)};
    out += optimizationTables(data);
    out += accuracyTables(data);
    return out;
}

QStringList reportSectionIds(const QList<ReportTable> &tables, bool forMachines)
{
    QStringList ids;
    for (const ReportTable &t : tables)
        if (forMachines || !t.machineOnly)
            ids << t.id;
    return ids;
}

} // namespace rulecast
