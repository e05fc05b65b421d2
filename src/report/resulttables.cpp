#include "report/resulttables.h"

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
        return QStringLiteral("applied, then undone at %1").arg(r.undoneAt);
    if (!r.appliedAt.isEmpty())
        return QStringLiteral("applied at %1").arg(r.appliedAt);
    if (r.dryRun)
        return QStringLiteral("dry run (not applied)");
    if (!r.success)
        return QStringLiteral("failed: %1").arg(r.errorMessage);
    return QStringLiteral("not applied");
}

// The figures of improvement_metrics.before / .after, in the order people read them.
struct MetricRow
{
    const char *key;
    const char *label;
    int decimals;
};
constexpr MetricRow kMetrics[] = {
    {"peak", "Peak load (runs at once)", 0},
    {"average_load", "Average load", 3},
    {"peak_to_average", "Peak to average", 3},
    {"mean_utilization", "Mean utilisation", 4},
    {"load_std_dev", "Load standard deviation", 3},
    {"conflicts", "Overlapping run pairs", 0},
    {"conflict_minutes", "Minutes with overlaps", 0},
    {"minutes_above_threshold", "Minutes above the peak threshold", 0},
    {"minutes_over_capacity", "Minutes over capacity", 0},
    {"over_target_unit_minutes", "Unit-minutes above the efficiency target", 0},
    {"idle_minutes", "Idle minutes", 0},
    {"runs", "Runs", 0},
    {"busy_unit_minutes", "Busy unit-minutes", 0},
    {"total_wait_minutes", "Total waiting minutes", 1},
    {"delayed_runs", "Runs that wait", 0},
};

ReportTable runTable(const ReportData &d)
{
    ReportTable t = ReportTable::keyValue(QStringLiteral("optimization"), QStringLiteral("Last optimization"));
    t.emptyText = QStringLiteral("No optimization run: run optimize-resource-schedule.");
    if (!d.lastOptimization)
        return t;
    const OptimizationRecord &r = *d.lastOptimization;
    const QJsonObject &m = r.improvementMetrics;
    const QJsonObject window = r.originalSchedule.value(QLatin1String("window")).toObject();
    t.addPair(QStringLiteral("id"), QStringLiteral("Run"), Cell::integer(r.id));
    t.addPair(QStringLiteral("optimization_type"), QStringLiteral("Strategy"), Cell::text(r.optimizationType));
    t.addPair(QStringLiteral("created_at"), QStringLiteral("Created"),
            timeformat::parse(r.createdAt) ? Cell::time(*timeformat::parse(r.createdAt)) : Cell::text(r.createdAt));
    t.addPair(QStringLiteral("status"), QStringLiteral("Status"), Cell::text(runStatus(r)));
    t.addPair(QStringLiteral("window_start"), QStringLiteral("Window from"), Cell::time(r.windowStart));
    t.addPair(QStringLiteral("window_end"), QStringLiteral("Window to"), Cell::time(r.windowEnd));
    t.addPair(QStringLiteral("simulated_days"), QStringLiteral("Days simulated"),
            Cell::integer(window.value(QLatin1String("simulated_days")).toInt()));
    t.addPair(QStringLiteral("capacity"), QStringLiteral("Capacity (runs at once)"),
            Cell::integer(r.originalSchedule.value(QLatin1String("capacity")).toInt()));
    t.addPair(QStringLiteral("rules"), QStringLiteral("Rules simulated"),
            Cell::integer(r.originalSchedule.value(QLatin1String("rules")).toArray().size()));
    t.addPair(QStringLiteral("predictions"), QStringLiteral("Predicted tasks in the window"),
            Cell::integer(r.originalSchedule.value(QLatin1String("predictions")).toArray().size()));
    t.addPair(QStringLiteral("changes"), QStringLiteral("Rules moved"), Cell::integer(r.changes.size()));
    t.addPair(QStringLiteral("efficiency_gain"), QStringLiteral("Efficiency gain"), jsonRate(m, "efficiency_gain"));
    t.addPair(QStringLiteral("impact"), QStringLiteral("Impact"), Cell::text(m.value(QLatin1String("impact")).toString()));
    t.addPair(QStringLiteral("peak_reduction"), QStringLiteral("Peak reduction"), jsonRate(m, "peak_reduction"));
    t.addPair(QStringLiteral("utilization_improvement"), QStringLiteral("Utilisation improvement (load spread)"),
            jsonRate(m, "utilization_improvement"));
    t.addPair(QStringLiteral("conflict_reduction"), QStringLiteral("Conflict reduction"), jsonRate(m, "conflict_reduction"));
    t.addPair(QStringLiteral("waiting_time_saved_minutes"), QStringLiteral("Waiting time saved (minutes)"),
            jsonNumber(m, "waiting_time_saved_minutes", 1));
    t.addPair(QStringLiteral("lower_bound"), QStringLiteral("Best possible peak (lower bound)"), jsonNumber(m, "lower_bound", 0));
    return t;
}

ReportTable metricsTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("optimization_metrics");
    t.title = QStringLiteral("Before and after");
    t.emptyText = QStringLiteral("No optimization run.");
    t.columns = {{QStringLiteral("metric"), QStringLiteral("Key"), false, true},
                 {QStringLiteral("label"), QStringLiteral("Measure"), true},
                 {QStringLiteral("before"), QStringLiteral("Before")},
                 {QStringLiteral("after"), QStringLiteral("After")},
                 {QStringLiteral("change"), QStringLiteral("Change")}};
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
        t.rows.append({Cell::text(QLatin1String(row.key)), Cell::text(QLatin1String(row.label)),
                       jsonNumber(before, row.key, row.decimals), jsonNumber(after, row.key, row.decimals),
                       b.isDouble() && a.isDouble() ? Cell::number(a.toDouble() - b.toDouble(), row.decimals)
                                                    : Cell::none(Cell::Kind::Number)});
    }
    return t;
}

ReportTable changesTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("optimization_changes");
    t.title = QStringLiteral("Rules moved");
    t.emptyText = d.lastOptimization ? QStringLiteral("The optimization moved no rule.") : QStringLiteral("No optimization run.");
    t.columns = {{QStringLiteral("rule_id"), QStringLiteral("Rule")},
                 {QStringLiteral("rule_name"), QStringLiteral("Name"), true},
                 {QStringLiteral("old_cron"), QStringLiteral("Before")},
                 {QStringLiteral("new_cron"), QStringLiteral("After")},
                 {QStringLiteral("shift_minutes"), QStringLiteral("Moved (min)")},
                 {QStringLiteral("reason"), QStringLiteral("Why"), true}};
    if (!d.lastOptimization)
        return t;
    for (const QJsonValue &v : d.lastOptimization->changes) {
        const QJsonObject c = v.toObject();
        t.rows.append({Cell::integer(c.value(QLatin1String("rule_id")).toInteger()),
                       Cell::text(c.value(QLatin1String("rule_name")).toString()),
                       Cell::text(c.value(QLatin1String("old_cron")).toString()),
                       Cell::text(c.value(QLatin1String("new_cron")).toString()),
                       Cell::integer(c.value(QLatin1String("shift_minutes")).toInteger()),
                       Cell::text(c.value(QLatin1String("reason")).toString())});
    }
    return t;
}

QString loadMissing(const ReportData &d)
{
    if (!d.lastOptimization)
        return QStringLiteral("No optimization run.");
    return QStringLiteral("The load of run #%1 could not be replayed: %2").arg(d.lastOptimization->id).arg(d.runLoadProblem);
}

ReportTable hourTable(const ReportData &d)
{
    ReportTable t;
    t.id = QStringLiteral("load_by_hour");
    t.title = QStringLiteral("Load by hour of day");
    t.emptyText = loadMissing(d);
    t.columns = {{QStringLiteral("hour"), QStringLiteral("Hour (UTC)")},
                 {QStringLiteral("peak_before"), QStringLiteral("Peak before")},
                 {QStringLiteral("peak_after"), QStringLiteral("Peak after")},
                 {QStringLiteral("mean_before"), QStringLiteral("Mean before")},
                 {QStringLiteral("mean_after"), QStringLiteral("Mean after")}};
    if (d.runLoad.isEmpty())
        return t;
    t.intro = QStringLiteral("Runs going at once in each hour of the day over the %1 simulated days from %2, "
                             "before and after the optimization (the highest minute and the mean).")
                  .arg(d.runLoad.days)
                  .arg(Cell::time(d.runLoad.startEpoch).forPeople());
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
    t.title = QStringLiteral("Load by minute");
    t.machineOnly = true;
    t.emptyText = loadMissing(d);
    t.columns = {{QStringLiteral("minute"), QStringLiteral("Minute")},
                 {QStringLiteral("before"), QStringLiteral("Before")},
                 {QStringLiteral("after"), QStringLiteral("After")}};
    for (int i = 0; i < d.runLoad.before.size(); ++i)
        t.rows.append({Cell::time(d.runLoad.startEpoch + qint64(i) * 60), Cell::integer(d.runLoad.before.at(i)),
                       Cell::integer(d.runLoad.after.value(i))});
    return t;
}

} // namespace

QList<ReportTable> optimizationTables(const ReportData &data)
{
    return {runTable(data), metricsTable(data), changesTable(data), hourTable(data), minuteTable(data)};
}

QList<ReportTable> accuracyTables(const ReportData &d)
{
    const PredictionAccuracy &a = d.accuracy;
    const QString none = QStringLiteral("No validated predictions: run validate-predictions once predicted hours "
                                        "have passed.");
    ReportTable summary = ReportTable::keyValue(QStringLiteral("prediction_accuracy"), QStringLiteral("How well predictions came true"));
    summary.emptyText = none;
    if (a.validated > 0) {
        summary.intro = QStringLiteral("Every validated prediction: a hit when a run of its type started in its slot "
                                       "(within the tolerance), a false positive when none did.");
        summary.addPair(QStringLiteral("validated"), QStringLiteral("Validated predictions"), Cell::integer(a.validated));
        summary.addPair(QStringLiteral("hits"), QStringLiteral("Came true"), Cell::integer(a.hits));
        summary.addPair(QStringLiteral("misses"), QStringLiteral("Did not"), Cell::integer(a.validated - a.hits));
        summary.addPair(QStringLiteral("accuracy_rate"), QStringLiteral("Accuracy rate"), Cell::rate(a.accuracyRate));
        summary.addPair(QStringLiteral("false_positive_rate"), QStringLiteral("False-positive rate"),
                Cell::rate(a.falsePositiveRate));
        summary.addPair(QStringLiteral("brier"), QStringLiteral("Brier score (0 is perfect)"), Cell::number(a.brier(), 4));
        summary.addPair(QStringLiteral("first_predicted"), QStringLiteral("Oldest validated slot"), Cell::time(a.firstPredicted));
        summary.addPair(QStringLiteral("last_predicted"), QStringLiteral("Newest validated slot"), Cell::time(a.lastPredicted));
    }

    ReportTable byType;
    byType.id = QStringLiteral("accuracy_by_type");
    byType.title = QStringLiteral("Accuracy by task type");
    byType.emptyText = none;
    byType.columns = {{QStringLiteral("task_type"), QStringLiteral("Task type"), true},
                      {QStringLiteral("validated"), QStringLiteral("Validated")},
                      {QStringLiteral("hits"), QStringLiteral("Came true")},
                      {QStringLiteral("accuracy_rate"), QStringLiteral("Accuracy")},
                      {QStringLiteral("mean_confidence"), QStringLiteral("Mean confidence")}};
    for (const PredictionAccuracy::ByType &t : a.byType)
        byType.rows.append({Cell::text(t.taskType), Cell::integer(t.validated), Cell::integer(t.hits),
                            Cell::rate(t.accuracyRate()), Cell::number(t.meanConfidence, 3)});

    ReportTable calibration;
    calibration.id = QStringLiteral("calibration");
    calibration.title = QStringLiteral("Calibration");
    calibration.emptyText = none;
    calibration.columns = {{QStringLiteral("bin_from"), QStringLiteral("Confidence from")},
                           {QStringLiteral("bin_to"), QStringLiteral("to")},
                           {QStringLiteral("count"), QStringLiteral("Predictions")},
                           {QStringLiteral("mean_confidence"), QStringLiteral("Mean confidence")},
                           {QStringLiteral("observed_rate"), QStringLiteral("Came true")}};
    if (a.validated > 0) {
        calibration.intro = QStringLiteral("Predictions grouped by their confidence: well calibrated, the share that "
                                           "came true matches the mean confidence.");
        for (const CalibrationBin &b : a.score.bins)
            calibration.rows.append({Cell::number(b.lower, 1), Cell::number(b.upper, 1), Cell::integer(b.count),
                                     b.count > 0 ? Cell::number(b.meanPredicted, 4) : Cell::none(Cell::Kind::Number),
                                     b.count > 0 ? Cell::rate(b.observedRate) : Cell::none(Cell::Kind::Rate)});
    }
    return {summary, byType, calibration};
}

} // namespace rulecast
