#include "report/resulttables.h"

#include "report/reporttext.h"

#include "app/scheduleoptimization.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rulecast {

namespace {

using Cell = ReportCell;

Cell jsonNumber(const QJsonObject &o, const char *key, int decimals)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? Cell::number(v.toDouble(), decimals) : Cell::none(Cell::Kind::Number);
}

Cell jsonRate(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? Cell::rate(v.toDouble()) : Cell::none(Cell::Kind::Rate);
}

QString runStatus(const OptimizationRecord &r)
{
    if (!r.undoneAt.isEmpty())
        return reportText(QT_TRANSLATE_NOOP("ReportText", "applied, then undone at %1")).arg(reportStoredTime(r.undoneAt)).toString();
    if (!r.appliedAt.isEmpty())
        return reportText(QT_TRANSLATE_NOOP("ReportText", "applied at %1")).arg(reportStoredTime(r.appliedAt)).toString();
    if (r.dryRun)
        return reportPhrase(QT_TRANSLATE_NOOP("ReportText", "dry run (not applied)"));
    if (!r.success)
        return reportText(QT_TRANSLATE_NOOP("ReportText", "failed: %1")).arg(r.errorMessage).toString();
    return reportPhrase(QT_TRANSLATE_NOOP("ReportText", "not applied"));
}


// The figures of improvement_metrics.before / .after, in the order people read
// them. Their labels have a context of their own: "Runs" here counts runs,
// while the rules table's "Runs" column says when a rule runs.
struct MetricRow
{
    const char *key;
    const char *label;
    int decimals;
};
constexpr MetricRow kMetrics[] = {
    {"peak", QT_TRANSLATE_NOOP("ReportMetric", "Peak load (runs at once)"), 0},
    {"average_load", QT_TRANSLATE_NOOP("ReportMetric", "Average load"), 3},
    {"peak_to_average", QT_TRANSLATE_NOOP("ReportMetric", "Peak to average"), 3},
    {"mean_utilization", QT_TRANSLATE_NOOP("ReportMetric", "Mean utilisation"), 4},
    {"load_std_dev", QT_TRANSLATE_NOOP("ReportMetric", "Load standard deviation"), 3},
    {"conflicts", QT_TRANSLATE_NOOP("ReportMetric", "Overlapping run pairs"), 0},
    {"conflict_minutes", QT_TRANSLATE_NOOP("ReportMetric", "Minutes with overlaps"), 0},
    {"minutes_above_threshold", QT_TRANSLATE_NOOP("ReportMetric", "Minutes above the peak threshold"), 0},
    {"minutes_over_capacity", QT_TRANSLATE_NOOP("ReportMetric", "Minutes over capacity"), 0},
    {"over_target_unit_minutes", QT_TRANSLATE_NOOP("ReportMetric", "Unit-minutes above the efficiency target"), 0},
    {"idle_minutes", QT_TRANSLATE_NOOP("ReportMetric", "Idle minutes"), 0},
    {"runs", QT_TRANSLATE_NOOP("ReportMetric", "Runs"), 0},
    {"busy_unit_minutes", QT_TRANSLATE_NOOP("ReportMetric", "Busy unit-minutes"), 0},
    {"total_wait_minutes", QT_TRANSLATE_NOOP("ReportMetric", "Total waiting minutes"), 1},
    {"delayed_runs", QT_TRANSLATE_NOOP("ReportMetric", "Runs that wait"), 0},
};

ReportTable runTable(const ReportData &d)
{
    ReportTable t = ReportTable::keyValue(QStringLiteral("optimization"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Last optimization")));
    t.emptyText = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No optimization run: run optimize-resource-schedule."));
    if (!d.lastOptimization)
        return t;
    const OptimizationRecord &r = *d.lastOptimization;
    const QJsonObject &m = r.improvementMetrics;
    const QJsonObject window = r.originalSchedule.value(QLatin1String("window")).toObject();
    t.addPair(QStringLiteral("id"), QT_TRANSLATE_NOOP("ReportText", "Run"), Cell::integer(r.id));
    t.addPair(QStringLiteral("optimization_type"), QT_TRANSLATE_NOOP("ReportText", "Strategy"),
            Cell::text(reportStrategy(r.optimizationType)));
    t.addPair(QStringLiteral("created_at"), QT_TRANSLATE_NOOP("ReportText", "Created"),
            timeformat::parse(r.createdAt) ? Cell::time(*timeformat::parse(r.createdAt)) : Cell::text(r.createdAt));
    t.addPair(QStringLiteral("status"), QT_TRANSLATE_NOOP("ReportText", "Status"), Cell::text(runStatus(r)));
    t.addPair(QStringLiteral("window_start"), QT_TRANSLATE_NOOP("ReportText", "Window from"),
            Cell::time(r.windowStart));
    t.addPair(QStringLiteral("window_end"), QT_TRANSLATE_NOOP("ReportText", "Window to"), Cell::time(r.windowEnd));
    t.addPair(QStringLiteral("simulated_days"), QT_TRANSLATE_NOOP("ReportText", "Days simulated"),
            Cell::integer(window.value(QLatin1String("simulated_days")).toInt()));
    t.addPair(QStringLiteral("capacity"), QT_TRANSLATE_NOOP("ReportText", "Capacity (runs at once)"),
            Cell::integer(r.originalSchedule.value(QLatin1String("capacity")).toInt()));
    t.addPair(QStringLiteral("rules"), QT_TRANSLATE_NOOP("ReportText", "Rules simulated"),
            Cell::integer(r.originalSchedule.value(QLatin1String("rules")).toArray().size()));
    t.addPair(QStringLiteral("predictions"), QT_TRANSLATE_NOOP("ReportText", "Predicted tasks in the window"),
            Cell::integer(r.originalSchedule.value(QLatin1String("predictions")).toArray().size()));
    t.addPair(QStringLiteral("changes"), QT_TRANSLATE_NOOP("ReportText", "Rules moved"),
            Cell::integer(r.changes.size()));
    t.addPair(QStringLiteral("efficiency_gain"), QT_TRANSLATE_NOOP("ReportText", "Efficiency gain"),
            jsonRate(m, "efficiency_gain"));
    t.addPair(QStringLiteral("impact"), QT_TRANSLATE_NOOP("ReportText", "Impact"),
            Cell::text(reportLevel(m.value(QLatin1String("impact")).toString())));
    t.addPair(QStringLiteral("peak_reduction"), QT_TRANSLATE_NOOP("ReportText", "Peak reduction"),
            jsonRate(m, "peak_reduction"));
    t.addPair(QStringLiteral("utilization_improvement"), QT_TRANSLATE_NOOP("ReportText", "Utilisation improvement (load spread)"),
            jsonRate(m, "utilization_improvement"));
    t.addPair(QStringLiteral("conflict_reduction"), QT_TRANSLATE_NOOP("ReportText", "Conflict reduction"),
            jsonRate(m, "conflict_reduction"));
    t.addPair(QStringLiteral("waiting_time_saved_minutes"), QT_TRANSLATE_NOOP("ReportText", "Waiting time saved (minutes)"),
            jsonNumber(m, "waiting_time_saved_minutes", 1));
    t.addPair(QStringLiteral("lower_bound"), QT_TRANSLATE_NOOP("ReportText", "Best possible peak (lower bound)"),
            jsonNumber(m, "lower_bound", 0));
    return t;
}

ReportTable metricsTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("optimization_metrics");
    t.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Before and after"));
    t.emptyText = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No optimization run."));
    t.columns = {{QStringLiteral("metric"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Key")), false, true},
                 {QStringLiteral("label"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Measure")), true},
                 {QStringLiteral("before"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Before"))},
                 {QStringLiteral("after"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "After"))},
                 {QStringLiteral("change"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Change"))}};
    if (!d.lastOptimization)
        return t;
    const QJsonObject &m = d.lastOptimization->improvementMetrics;
    const QJsonObject before = m.value(QLatin1String("before")).toObject();
    const QJsonObject after = m.value(QLatin1String("after")).toObject();
    for (const MetricRow &row : kMetrics) {
        const QJsonValue b = before.value(QLatin1String(row.key));
        const QJsonValue a = after.value(QLatin1String(row.key));
        if (!b.isDouble() && !a.isDouble())
            continue;
        t.rows.append({Cell::text(QLatin1String(row.key)), Cell::text(phrase("ReportMetric", row.label)),
                       jsonNumber(before, row.key, row.decimals), jsonNumber(after, row.key, row.decimals),
                       b.isDouble() && a.isDouble() ? Cell::number(a.toDouble() - b.toDouble(), row.decimals)
                                                    : Cell::none(Cell::Kind::Number)});
    }
    return t;
}

// Why a rule moved: the stored English in an English report (what it always
// showed), else the stored sentence rendered in the reader's language (the
// English one for runs stored before the sentence was kept).
QString changeReason(const QJsonObject &storedChange)
{
    const RuleChange change = RuleChange::fromStoredJson(storedChange);
    return EnglishOnly::active() ? change.reason : change.localizedReason();
}

ReportTable changesTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("optimization_changes");
    t.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Rules moved"));
    t.emptyText = d.lastOptimization ? reportPhrase(QT_TRANSLATE_NOOP("ReportText", "The optimization moved no rule."))
                                     : reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No optimization run."));
    t.columns = {{QStringLiteral("rule_id"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Rule"))},
                 {QStringLiteral("rule_name"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Name")), true},
                 {QStringLiteral("old_cron"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Before"))},
                 {QStringLiteral("new_cron"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "After"))},
                 {QStringLiteral("shift_minutes"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Moved (min)"))},
                 {QStringLiteral("reason"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Why")), true}};
    if (!d.lastOptimization)
        return t;
    for (const QJsonValue &v : d.lastOptimization->changes) {
        const QJsonObject c = v.toObject();
        t.rows.append({Cell::integer(c.value(QLatin1String("rule_id")).toInteger()),
                       Cell::text(c.value(QLatin1String("rule_name")).toString()),
                       Cell::text(c.value(QLatin1String("old_cron")).toString()),
                       Cell::text(c.value(QLatin1String("new_cron")).toString()),
                       Cell::integer(c.value(QLatin1String("shift_minutes")).toInteger()),
                       Cell::text(changeReason(c))});
    }
    return t;
}

QString loadMissing(const ReportData &d)
{
    if (!d.lastOptimization)
        return reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No optimization run."));
    return reportText(QT_TRANSLATE_NOOP("ReportText", "The load of run #%1 could not be replayed: %2"))
        .arg(QString::number(d.lastOptimization->id)) // an id, never grouped
        .arg(d.runLoadProblem)
        .toString();
}

ReportTable hourTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("load_by_hour");
    t.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Load by hour of day"));
    t.emptyText = loadMissing(d);
    t.columns = {{QStringLiteral("hour"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Hour (UTC)"))},
                 {QStringLiteral("peak_before"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Peak before"))},
                 {QStringLiteral("peak_after"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Peak after"))},
                 {QStringLiteral("mean_before"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Mean before"))},
                 {QStringLiteral("mean_after"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Mean after"))}};
    if (d.runLoad.isEmpty())
        return t;
    t.intro = reportText(QT_TRANSLATE_NOOP("ReportText", "Runs going at once in each hour of the day over the %1 simulated "
                                                         "days from %2, before and after the optimization (the highest "
                                                         "minute and the mean)."))
                  .arg(d.runLoad.days)
                  .arg(reportTime(d.runLoad.startEpoch))
                  .toString();
    const HourOfDayLoad before = loadByHourOfDay(d.runLoad.before);
    const HourOfDayLoad after = loadByHourOfDay(d.runLoad.after);
    for (std::size_t h = 0; h < 24; ++h)
        t.rows.append({Cell::integer(qint64(h)), Cell::integer(before.peak[h]), Cell::integer(after.peak[h]),
                       Cell::number(before.mean[h], 3), Cell::number(after.mean[h], 3)});
    return t;
}

ReportTable minuteTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("load_by_minute");
    t.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Load by minute"));
    t.machineOnly = true;
    t.emptyText = loadMissing(d);
    t.columns = {{QStringLiteral("minute"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Minute"))},
                 {QStringLiteral("before"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Before"))},
                 {QStringLiteral("after"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "After"))}};
    for (int i = 0; i < d.runLoad.before.size(); ++i)
        t.rows.append({Cell::time(d.runLoad.startEpoch + qint64(i) * 60), Cell::integer(d.runLoad.before.at(i)),
                       Cell::integer(d.runLoad.after.value(i))});
    return t;
}

} // namespace

QString reportStrategy(const QString &name)
{
    if (name == QLatin1String("load_balancing"))
        return reportCode(name, QT_TRANSLATE_NOOP("ReportText", "load balancing"));
    if (name == QLatin1String("peak_mitigation"))
        return reportCode(name, QT_TRANSLATE_NOOP("ReportText", "peak mitigation"));
    if (name == QLatin1String("resource_efficiency"))
        return reportCode(name, QT_TRANSLATE_NOOP("ReportText", "resource efficiency"));
    if (name == QLatin1String("conflict_resolution"))
        return reportCode(name, QT_TRANSLATE_NOOP("ReportText", "conflict resolution"));
    return name;
}

QString reportLevel(const QString &tier)
{
    if (tier == QLatin1String("high"))
        return reportCode(tier, QT_TRANSLATE_NOOP("ReportText", "high"));
    if (tier == QLatin1String("medium"))
        return reportCode(tier, QT_TRANSLATE_NOOP("ReportText", "medium"));
    if (tier == QLatin1String("low"))
        return reportCode(tier, QT_TRANSLATE_NOOP("ReportText", "low"));
    if (tier == QLatin1String("minimal"))
        return reportCode(tier, QT_TRANSLATE_NOOP("ReportText", "minimal"));
    if (tier == QLatin1String("none"))
        return reportCode(tier, QT_TRANSLATE_NOOP("ReportText", "none"));
    return tier;
}

QList<ReportTable> optimizationTables(const ReportData &data)
{
    return {runTable(data), metricsTable(data), changesTable(data), hourTable(data), minuteTable(data)};
}

QList<ReportTable> accuracyTables(const ReportData &d)
{
    const PredictionAccuracy &a = d.accuracy;
    const QString none = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No validated predictions: run validate-predictions "
                                                                      "once predicted hours have passed."));
    ReportTable summary = ReportTable::keyValue(QStringLiteral("prediction_accuracy"),
                                                reportPhrase(QT_TRANSLATE_NOOP("ReportText", "How well predictions came true")));
    summary.emptyText = none;
    if (a.validated > 0) {
        summary.intro = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Every validated prediction: a hit when a run of its "
                                                                     "type started in its slot (within the tolerance), a "
                                                                     "false positive when none did."));
        summary.addPair(QStringLiteral("validated"), QT_TRANSLATE_NOOP("ReportText", "Validated predictions"),
                Cell::integer(a.validated));
        summary.addPair(QStringLiteral("hits"), QT_TRANSLATE_NOOP("ReportText", "Came true"), Cell::integer(a.hits));
        summary.addPair(QStringLiteral("misses"), QT_TRANSLATE_NOOP("ReportText", "Did not"),
                Cell::integer(a.validated - a.hits));
        summary.addPair(QStringLiteral("accuracy_rate"), QT_TRANSLATE_NOOP("ReportText", "Accuracy rate"),
                Cell::rate(a.accuracyRate));
        summary.addPair(QStringLiteral("false_positive_rate"), QT_TRANSLATE_NOOP("ReportText", "False-positive rate"),
                Cell::rate(a.falsePositiveRate));
        summary.addPair(QStringLiteral("brier"), QT_TRANSLATE_NOOP("ReportText", "Brier score (0 is perfect)"),
                Cell::number(a.brier(), 4));
        summary.addPair(QStringLiteral("first_predicted"), QT_TRANSLATE_NOOP("ReportText", "Oldest validated slot"),
                Cell::time(a.firstPredicted));
        summary.addPair(QStringLiteral("last_predicted"), QT_TRANSLATE_NOOP("ReportText", "Newest validated slot"),
                Cell::time(a.lastPredicted));
    }

    ReportTable byType;
    byType.id = QStringLiteral("accuracy_by_type");
    byType.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Accuracy by task type"));
    byType.emptyText = none;
    byType.columns = {{QStringLiteral("task_type"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Task type")), true},
                      {QStringLiteral("validated"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Validated"))},
                      {QStringLiteral("hits"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Came true"))},
                      {QStringLiteral("accuracy_rate"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Accuracy"))},
                      {QStringLiteral("mean_confidence"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Mean confidence"))}};
    for (const PredictionAccuracy::ByType &t : a.byType)
        byType.rows.append({Cell::text(t.taskType), Cell::integer(t.validated), Cell::integer(t.hits),
                            Cell::rate(t.accuracyRate()), Cell::number(t.meanConfidence, 3)});

    ReportTable calibration;
    calibration.id = QStringLiteral("calibration");
    calibration.title = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Calibration"));
    calibration.emptyText = none;
    calibration.columns = {{QStringLiteral("bin_from"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Confidence from"))},
                           {QStringLiteral("bin_to"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "to"))},
                           {QStringLiteral("count"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Predictions"))},
                           {QStringLiteral("mean_confidence"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Mean confidence"))},
                           {QStringLiteral("observed_rate"), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Came true"))}};
    if (a.validated > 0) {
        calibration.intro = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Predictions grouped by their confidence: well "
                                                                         "calibrated, the share that came true matches the "
                                                                         "mean confidence."));
        for (const CalibrationBin &b : a.score.bins)
            calibration.rows.append({Cell::number(b.lower, 1), Cell::number(b.upper, 1), Cell::integer(b.count),
                                     b.count > 0 ? Cell::number(b.meanPredicted, 4) : Cell::none(Cell::Kind::Number),
                                     b.count > 0 ? Cell::rate(b.observedRate) : Cell::none(Cell::Kind::Rate)});
    }
    return {summary, byType, calibration};
}

} // namespace rulecast
