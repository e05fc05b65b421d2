#include "report/reporttables.h"

#include "report/reporttext.h"
#include "report/resulttables.h"

#include "core/crondescription.h"
#include "core/cronexpression.h"
#include "core/optimizationstrategy.h"
#include "core/phrase.h"
#include "core/timeformat.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace rulecast {

namespace {

using Cell = ReportCell;
using Row = QList<ReportCell>;

// The CSV's figures: C locale, up to six decimals, trailing zeros dropped.
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
        return reportText(QT_TRANSLATE_NOOP("ReportText", "%1 min after %2 (within %3 min)"))
            .arg(r.delayMinutes)
            .arg(r.afterTaskType)
            .arg(r.windowMinutes)
            .toString();
    const Result<CronExpression> e = CronExpression::parse(r.cron);
    if (!e)
        return reportPhrase(QT_TRANSLATE_NOOP("ReportText", "not a valid cron expression"));
    // describeCron() translates through its own catalogue context and does
    // not know EnglishOnly, so the English report asks for English itself.
    return EnglishOnly::active() ? describeCronEnglish(*e) : describeCron(*e);
}

QString ruleLabel(const QList<SchedulingRule> &rules, int index)
{
    const SchedulingRule &r = rules.at(index);
    return QStringLiteral("#%1 %2").arg(r.id).arg(r.name);
}

// The conflict finder's stored words, for people in a translated report.
QString conflictType(const QString &type)
{
    if (type == QLatin1String("time_overlap"))
        return reportCode(type, QT_TRANSLATE_NOOP("ReportText", "time overlap"));
    if (type == QLatin1String("resource_contention"))
        return reportCode(type, QT_TRANSLATE_NOOP("ReportText", "resource contention"));
    if (type == QLatin1String("dependency_cycle"))
        return reportCode(type, QT_TRANSLATE_NOOP("ReportText", "dependency cycle"));
    return type;
}

ReportTable summaryTable(const ReportData &d)
{
    ReportTable t = ReportTable::keyValue(QStringLiteral("summary"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Summary")));
    const HistorySummary &h = d.history;
    const bool started = h.startedTasks > 0;
    t.addPair(QStringLiteral("database"), QT_TRANSLATE_NOOP("ReportText", "Database"), Cell::text(d.databasePath));
    t.addPair(QStringLiteral("generated_at"), QT_TRANSLATE_NOOP("ReportText", "Generated"), Cell::time(d.generatedAt));
    t.addPair(QStringLiteral("history_from"), QT_TRANSLATE_NOOP("ReportText", "History from"),
            optionalTime(h.firstStart, started));
    t.addPair(QStringLiteral("history_to"), QT_TRANSLATE_NOOP("ReportText", "History to"),
            optionalTime(h.lastStart, started));
    t.addPair(QStringLiteral("history_days"), QT_TRANSLATE_NOOP("ReportText", "Days of history"),
            started ? Cell::number(double(h.lastStart - h.firstStart) / 86400.0, 1) : Cell::none(Cell::Kind::Number));
    t.addPair(QStringLiteral("tasks"), QT_TRANSLATE_NOOP("ReportText", "Tasks"), Cell::integer(h.tasks));
    t.addPair(QStringLiteral("task_types"), QT_TRANSLATE_NOOP("ReportText", "Task types"), Cell::integer(h.types));
    t.addPair(QStringLiteral("active_patterns"), QT_TRANSLATE_NOOP("ReportText", "Active patterns"),
            Cell::integer(d.patterns.size()));
    t.addPair(QStringLiteral("inactive_patterns"), QT_TRANSLATE_NOOP("ReportText", "Inactive patterns"),
            Cell::integer(d.inactivePatterns));
    t.addPair(QStringLiteral("rules"), QT_TRANSLATE_NOOP("ReportText", "Scheduling rules"),
            Cell::integer(d.rules.size()));
    t.addPair(QStringLiteral("enabled_rules"), QT_TRANSLATE_NOOP("ReportText", "Enabled rules"),
            Cell::integer(d.enabledRules()));
    t.addPair(QStringLiteral("rule_conflicts"),
            reportText(QT_TRANSLATE_NOOP("ReportText", "Rule conflicts (next %1 days)")).arg(d.conflictDays).toString(),
            Cell::integer(d.conflicts.size()));
    t.addPair(QStringLiteral("upcoming_predictions"), QT_TRANSLATE_NOOP("ReportText", "Upcoming predictions"),
            Cell::integer(d.upcomingTotal));
    const PredictionAccuracy &a = d.accuracy;
    t.addPair(QStringLiteral("validated_predictions"), QT_TRANSLATE_NOOP("ReportText", "Validated predictions"),
            Cell::integer(a.validated));
    t.addPair(QStringLiteral("accuracy_rate"), QT_TRANSLATE_NOOP("ReportText", "Accuracy rate"),
            Cell::rate(a.accuracyRate));
    t.addPair(QStringLiteral("false_positive_rate"), QT_TRANSLATE_NOOP("ReportText", "False-positive rate"),
            Cell::rate(a.falsePositiveRate));
    t.addPair(QStringLiteral("brier"), QT_TRANSLATE_NOOP("ReportText", "Brier score"), Cell::number(a.brier(), 4));
    if (d.lastOptimization) {
        const OptimizationRecord &r = *d.lastOptimization;
        const QJsonObject &m = r.improvementMetrics;
        t.addPair(QStringLiteral("last_optimization_id"), QT_TRANSLATE_NOOP("ReportText", "Last optimization run"),
                Cell::integer(r.id));
        t.addPair(QStringLiteral("last_optimization_type"), QT_TRANSLATE_NOOP("ReportText", "Strategy"),
                Cell::text(reportStrategy(r.optimizationType)));
        t.addPair(QStringLiteral("efficiency_gain"), QT_TRANSLATE_NOOP("ReportText", "Efficiency gain"),
                Cell::rate(m.value(QLatin1String("efficiency_gain")).toDouble(qQNaN())));
        t.addPair(QStringLiteral("peak_reduction"), QT_TRANSLATE_NOOP("ReportText", "Peak reduction"),
                Cell::rate(m.value(QLatin1String("peak_reduction")).toDouble(qQNaN())));
    } else {
        t.addPair(QStringLiteral("last_optimization_id"), QT_TRANSLATE_NOOP("ReportText", "Last optimization run"),
                Cell::none(Cell::Kind::Integer));
    }
    return t;
}

ReportTable taskTypesTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("task_types");
    t.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Task types"));
    t.emptyText = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No tasks in the database."));
    t.columns = {{QStringLiteral("task_type"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Task type")), true},
                 {QStringLiteral("tasks"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Tasks"))},
                 {QStringLiteral("share"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Share"))}};
    for (const auto &[type, count] : d.taskTypes)
        t.rows.append({Cell::text(type), Cell::integer(count),
                       Cell::rate(d.history.tasks > 0 ? double(count) / double(d.history.tasks) : qQNaN())});
    return t;
}

ReportTable patternsTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("patterns");
    t.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Detected patterns"));
    t.intro = reportText(QT_TRANSLATE_NOOP("ReportText", "Active patterns, most confident first (%1 inactive not listed)."))
                  .arg(d.inactivePatterns)
                  .toString();
    t.emptyText = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No active patterns: run analyze-activity-patterns."));
    t.columns = {{QStringLiteral("id"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "ID"))},
                 {QStringLiteral("pattern_type"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Type")), true},
                 {QStringLiteral("task_types"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Task types")), true},
                 {QStringLiteral("description"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "When")), true},
                 {QStringLiteral("confidence_score"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Confidence"))},
                 {QStringLiteral("occurrences"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Seen"))},
                 {QStringLiteral("opportunities"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Of"))},
                 {QStringLiteral("detection_count"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Detections"))},
                 {QStringLiteral("last_detected_at"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Last detected"))}};
    // A report in the user's language names the type ("täglich wiederkehrend");
    // an English one (the CLI's, every CSV) keeps the id scripts read.
    const bool typeIds = EnglishOnly::active();
    for (const ActivityPattern &p : d.patterns)
        t.rows.append({Cell::integer(p.id), Cell::text(typeIds ? p.patternType() : patternKindLabel(p.kind)),
                       Cell::text(p.taskTypes.join(QStringLiteral(", "))),
                       Cell::text(p.describe()), Cell::number(p.confidence, 3), Cell::integer(p.occurrences),
                       Cell::integer(p.opportunities), Cell::integer(p.storedDetectionCount),
                       storedTime(p.lastDetectedAt)});
    return t;
}

ReportTable rulesTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("rules");
    t.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Scheduling rules"));
    t.intro = reportText(QT_TRANSLATE_NOOP("ReportText", "%1 rules, %2 enabled."))
                  .arg(qint64(d.rules.size()))
                  .arg(d.enabledRules())
                  .toString();
    t.emptyText = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No scheduling rules: run generate-scheduling-rules --from-patterns."));
    t.columns = {{QStringLiteral("id"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "ID"))},
                 {QStringLiteral("rule_name"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Name")), true},
                 {QStringLiteral("task_type"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Task type")), true},
                 {QStringLiteral("cron_expression"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Cron"))},
                 {QStringLiteral("schedule"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Runs")), true},
                 {QStringLiteral("priority"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Priority"))},
                 {QStringLiteral("enabled"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Enabled"))},
                 {QStringLiteral("confidence"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Confidence"))},
                 {QStringLiteral("pattern_id"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Pattern"))}};
    for (const SchedulingRule &r : d.rules)
        t.rows.append({Cell::integer(r.id), Cell::text(r.name), Cell::text(r.taskType),
                       Cell::text(r.isAfterRule() ? reportPhrase(QT_TRANSLATE_NOOP("ReportText", "(after rule)")) : r.cron),
                       Cell::text(ruleSchedule(r)), Cell::integer(r.priority),
                       Cell::text(r.enabled ? reportPhrase(QT_TRANSLATE_NOOP("ReportText", "yes"))
                                            : reportPhrase(QT_TRANSLATE_NOOP("ReportText", "no"))),
                       Cell::number(r.confidence, 3),
                       r.patternId > 0 ? Cell::integer(r.patternId) : Cell::none(Cell::Kind::Integer)});
    return t;
}

ReportTable conflictsTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("rule_conflicts");
    t.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Rule conflicts"));
    t.intro = reportText(QT_TRANSLATE_NOOP("ReportText", "The enabled rules' runs over the %1 days from the report time, "
                                                         "checked against a capacity of %2 concurrent runs."))
                  .arg(d.conflictDays)
                  .arg(d.conflictCapacity)
                  .toString();
    t.emptyText = d.rules.isEmpty() ? reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No rules to check."))
                                    : reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No conflicts between the enabled rules."));
    t.columns = {{QStringLiteral("type"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Conflict"))},
                 {QStringLiteral("severity"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Severity"))},
                 {QStringLiteral("rules"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Rules")), true},
                 {QStringLiteral("occurrences"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Times"))},
                 {QStringLiteral("first_at"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "First"))},
                 {QStringLiteral("suggestion"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Suggestion")), true}};
    for (const RuleConflict &c : d.conflicts) {
        QStringList labels;
        for (int i : c.rules)
            labels << ruleLabel(d.rules, i);
        t.rows.append({Cell::text(conflictType(c.type)), Cell::text(reportLevel(c.severity)),
                       Cell::text(labels.join(QStringLiteral("; "))),
                       Cell::integer(c.occurrences), optionalTime(c.firstAt, c.firstAt > 0), Cell::text(c.suggestion.toString())});
    }
    return t;
}

ReportTable upcomingTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("upcoming_predictions");
    t.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Next predictions"));
    const QString from = reportTime(d.generatedAt);
    const QString to = reportTime(d.upcomingUntil);
    t.intro = d.upcomingTotal > d.upcoming.size()
                  ? reportText(QT_TRANSLATE_NOOP("ReportText", "Stored predictions from %1 to %2 not yet validated, in "
                                                               "time order (the first %3 of %4)."))
                        .arg(from)
                        .arg(to)
                        .arg(qint64(d.upcoming.size()))
                        .arg(d.upcomingTotal)
                        .toString()
                  : reportText(QT_TRANSLATE_NOOP("ReportText", "Stored predictions from %1 to %2 not yet validated, in "
                                                               "time order."))
                        .arg(from)
                        .arg(to)
                        .toString();
    t.emptyText = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No upcoming predictions: run predict."));
    t.columns = {{QStringLiteral("predicted_execution_time"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Time"))},
                 {QStringLiteral("task_type"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Task type")), true},
                 {QStringLiteral("confidence_score"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Confidence"))},
                 {QStringLiteral("estimated_duration_minutes"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Minutes"))},
                 {QStringLiteral("cpu_requirement"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "CPU %"))},
                 {QStringLiteral("memory_requirement"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Memory MB"))},
                 {QStringLiteral("rule_id"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Rule"))}};
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
    t.columns = {{QStringLiteral("key"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Key")), false, true},
                 {QStringLiteral("item"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Item"))},
                 {QStringLiteral("value"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Value")), true}};
    return t;
}

void ReportTable::addPair(const QString &key, const QString &label, const ReportCell &value)
{
    rows.append({ReportCell::text(key), ReportCell::text(label), value});
}

void ReportTable::addPair(const QString &key, const char *label, const ReportCell &value)
{
    addPair(key, reportPhrase(label), value);
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
    case Kind::Integer: return reportInteger(value.toLongLong());
    case Kind::Number: return reportNumber(value.toDouble(), decimals);
    case Kind::Rate: return reportPercent(value.toDouble());
    case Kind::Time: return reportTime(value.toLongLong());
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
    missing.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Not in the database yet"));
    missing.machineOnly = true;
    missing.columns = {{QStringLiteral("message"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Message")), true}};
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
