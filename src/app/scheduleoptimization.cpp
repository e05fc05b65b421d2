#include "app/scheduleoptimization.h"

#include "app/predictusecase.h"
#include "app/ruletasktype.h"
#include "core/crondescription.h"
#include "core/cronexpression.h"
#include "core/cronshift.h"
#include "core/resourceestimate.h"
#include "core/timeformat.h"
#include "core/phrase.h"
#include "storage/database.h"
#include "storage/taskreader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace rulecast {

namespace {

constexpr qint64 kDay = 86400;
constexpr int kDurationHistoryDays = 28; // history a rule's median duration comes from
constexpr int kMaxReasonFires = 5000;   // fires looked at for a change's reason

struct ConnectionCloser
{
    const Database &db;
    ~ConnectionCloser() { db.closeThreadConnection(); }
};

qint64 dayStart(qint64 t) { return t - ((t % kDay) + kDay) % kDay; }

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QString describe(const QString &cron)
{
    const Result<CronExpression> e = CronExpression::parse(cron);
    return e ? describeCronEnglish(*e) : QString(); // stored with the run
}

// The move (dm, dh) that turns `oldCron` into `newCron`, found among the rule's placements.
std::pair<int, int> rotationBetween(const QString &oldCron, const QString &newCron)
{
    const Result<CronExpression> e = CronExpression::parse(oldCron);
    if (!e)
        return {0, 0};
    const Result<CronShape> shape = CronShape::fromExpression(*e);
    if (!shape)
        return {0, 0};
    for (int dh = 0; dh < shape->hourPeriod(); ++dh)
        for (int dm = 0; dm < shape->minutePeriod(); ++dm)
            if (shape->shiftedText(dm, dh) == newCron)
                return {dm, dh};
    return {0, 0};
}

// Mean load at the minutes where a rule's runs start (in the horizon).
double loadAtFires(const QString &cron, const QVector<int> &load, qint64 horizonStart)
{
    const Result<CronExpression> e = CronExpression::parse(cron);
    if (!e || load.isEmpty())
        return 0;
    QList<qint64> fires = e->between(horizonStart - 1, horizonStart + qint64(load.size()) * 60 - 1, QTimeZone::utc());
    if (fires.size() > kMaxReasonFires)
        fires = fires.mid(0, kMaxReasonFires);
    double sum = 0;
    int n = 0;
    for (qint64 f : fires) {
        const qint64 m = (f - horizonStart) / 60;
        if (m >= 0 && m < load.size()) {
            sum += load.at(int(m));
            ++n;
        }
    }
    return n ? sum / n : 0;
}

constexpr const char *kReasonContext = "OptimizationText";

LocalizedText goalOf(OptimizationStrategy s)
{
    switch (s) {
    case OptimizationStrategy::LoadBalancing:
        return LocalizedText(kReasonContext, QT_TRANSLATE_NOOP("OptimizationText", "flatten the load"));
    case OptimizationStrategy::PeakMitigation:
        return LocalizedText(kReasonContext, QT_TRANSLATE_NOOP("OptimizationText", "lower the peak"));
    case OptimizationStrategy::ResourceEfficiency:
        return LocalizedText(kReasonContext, QT_TRANSLATE_NOOP("OptimizationText", "keep utilisation near the target"));
    case OptimizationStrategy::ConflictResolution:
        return LocalizedText(kReasonContext, QT_TRANSLATE_NOOP("OptimizationText", "stop its runs overlapping others"));
    }
    return {};
}

// Median durations per task type from the recent history; read only when a rule needs one.
Result<QHash<QString, ResourceEstimate>> historyEstimates(const Database &db, qint64 until)
{
    const qint64 from = until - kDurationHistoryDays * kDay;
    Result<std::vector<TaskRecord>> tasks = TaskReader(db).read(from, until);
    if (!tasks)
        return Result<QHash<QString, ResourceEstimate>>::failure(tasks.error());
    return ResourceEstimator::estimate(*tasks, from, until);
}

int predictionDuration(const StoredPrediction &p)
{
    const QJsonObject r = QJsonDocument::fromJson(p.resources.toUtf8()).object();
    const double minutes = r.value(QLatin1String("estimated_duration_minutes")).toDouble(ResourceEstimate::kDefaultDurationMinutes);
    return std::max(1, int(std::ceil(minutes)));
}

QJsonObject windowJson(const ScheduleOptimizationReport &r)
{
    const qint64 start = QDateTime(r.horizon.startDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    return {{QStringLiteral("start"), timeformat::toIsoUtc(r.windowStart)},
            {QStringLiteral("end"), timeformat::toIsoUtc(r.windowEnd)},
            {QStringLiteral("look_ahead_hours"), r.lookAheadHours},
            {QStringLiteral("simulated_from"), timeformat::toIsoUtc(start)},
            {QStringLiteral("simulated_days"), r.horizon.days}};
}

// The schedule as rules and predictions, before (optimized = false) or after.
QJsonObject snapshot(const ScheduleOptimizationReport &r, bool optimized)
{
    QHash<qint64, QString> newCron;
    if (optimized)
        for (const RuleChange &c : r.changes)
            newCron.insert(c.ruleId, c.newCron);
    QJsonArray rules;
    for (const ScheduleRuleInfo &i : r.rules)
        rules.append(QJsonObject{{QStringLiteral("id"), i.rule.id},
                                 {QStringLiteral("rule_name"), i.rule.name},
                                 {QStringLiteral("cron_expression"), newCron.value(i.rule.id, i.rule.cron)},
                                 {QStringLiteral("updated_at"), i.rule.updatedAt},
                                 {QStringLiteral("task_type"), i.taskType},
                                 {QStringLiteral("duration_minutes"), i.durationMinutes},
                                 {QStringLiteral("duration_source"), i.durationSource},
                                 {QStringLiteral("priority"), i.rule.priority},
                                 {QStringLiteral("pinned"), i.rule.keepTime},
                                 {QStringLiteral("simulated"), i.simulated}});
    QJsonArray predictions;
    for (int p = 0; p < r.predictions.size(); ++p) {
        const StoredPrediction &s = r.predictions.at(p);
        predictions.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("rule_id"), s.ruleId},
            {QStringLiteral("predicted_task_type"), s.taskType},
            {QStringLiteral("predicted_execution_time"), timeformat::toIsoUtc(optimized ? r.optimizedTime(p) : s.time)},
            // The run length simulated, so the stored run's load can be replayed (app/storedrunload.h).
            {QStringLiteral("duration_minutes"), predictionDuration(s)},
            {QStringLiteral("counted_as"), r.predictionFollowsRule.at(p) ? QStringLiteral("rule") : QStringLiteral("fixed")}});
    }
    return {{QStringLiteral("window"), windowJson(r)},
            {QStringLiteral("capacity"), r.settings.capacity},
            {QStringLiteral("rules"), rules},
            {QStringLiteral("predictions"), predictions}};
}

QJsonArray changesJson(const QVector<RuleChange> &changes, bool forStorage)
{
    QJsonArray out;
    for (const RuleChange &c : changes) {
        QJsonObject o{{QStringLiteral("rule_id"), c.ruleId},
                      {QStringLiteral("rule_name"), c.ruleName},
                      {QStringLiteral("old_cron"), c.oldCron},
                      {QStringLiteral("new_cron"), c.newCron},
                      {QStringLiteral("old_description"), c.oldDescription},
                      {QStringLiteral("new_description"), c.newDescription},
                      {QStringLiteral("shift_minutes"), c.shiftMinutes},
                      {QStringLiteral("reason"), c.reason}};
        if (forStorage) {
            o.insert(QStringLiteral("minute_rotation"), c.minuteRotation);
            o.insert(QStringLiteral("hour_rotation"), c.hourRotation);
            if (!c.reasonText.isEmpty())
                o.insert(QStringLiteral("reason_text"), c.reasonText.toJson());
        }
        out.append(o);
    }
    return out;
}

} // namespace

LocalizedText optimizationChangeReason(OptimizationStrategy strategy, int shiftMinutes, double loadAfter,
                                       double loadBefore)
{
    LocalizedText reason(kReasonContext, QT_TRANSLATE_NOOP("OptimizationText",
                                                           "moved %1 min to %2: where its runs start the load averages "
                                                           "%3 instead of %4 (its own run included)"));
    reason.arg(shiftMinutes).arg(goalOf(strategy)).arg(loadAfter, 1).arg(loadBefore, 1);
    return reason;
}

QString RuleChange::localizedReason() const
{
    return reasonText.isEmpty() ? reason : reasonText.toString();
}

RuleChange RuleChange::fromStoredJson(const QJsonObject &o)
{
    RuleChange c;
    c.ruleId = o.value(QLatin1String("rule_id")).toInteger();
    c.ruleName = o.value(QLatin1String("rule_name")).toString();
    c.oldCron = o.value(QLatin1String("old_cron")).toString();
    c.newCron = o.value(QLatin1String("new_cron")).toString();
    c.oldDescription = o.value(QLatin1String("old_description")).toString();
    c.newDescription = o.value(QLatin1String("new_description")).toString();
    c.shiftMinutes = o.value(QLatin1String("shift_minutes")).toInt();
    c.minuteRotation = o.value(QLatin1String("minute_rotation")).toInt();
    c.hourRotation = o.value(QLatin1String("hour_rotation")).toInt();
    c.reason = o.value(QLatin1String("reason")).toString();
    if (const std::optional<LocalizedText> text = LocalizedText::fromJson(o.value(QLatin1String("reason_text"))))
        c.reasonText = *text;
    return c;
}

int optimizerPriorityFor(int rulePriority)
{
    return std::clamp((rulePriority - 91) / 10, 0, 10);
}

qint64 ScheduleOptimizationReport::optimizedTime(int prediction) const
{
    const StoredPrediction &p = predictions.at(prediction);
    if (!predictionFollowsRule.at(prediction))
        return p.time;
    for (const RuleChange &c : changes)
        if (c.ruleId == p.ruleId)
            return rotateWithinDay(p.time, c.minuteRotation, c.hourRotation);
    return p.time;
}

QJsonObject ScheduleOptimizationReport::toJson() const
{
    QJsonObject result{{QStringLiteral("id"), runId > 0 ? QJsonValue(runId) : QJsonValue()},
                       {QStringLiteral("optimization_type"), strategyName(settings.strategy)},
                       {QStringLiteral("improvement_metrics"), improvementMetrics},
                       {QStringLiteral("changes"), changesJson(changes, false)},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("applied"), applied},
                       {QStringLiteral("window"), windowJson(*this)},
                       {QStringLiteral("capacity"), settings.capacity},
                       {QStringLiteral("rules_considered"), int(ruleOfJob.size())},
                       {QStringLiteral("predictions_considered"), int(predictions.size())},
                       {QStringLiteral("predictions_generated"), predictionsGenerated},
                       {QStringLiteral("search"),
                        QJsonObject{{QStringLiteral("seed"), double(settings.seed)},
                                    {QStringLiteral("passes"), outcome.passes},
                                    {QStringLiteral("evaluations"), double(outcome.evaluations)},
                                    {QStringLiteral("elapsed_ms"), double(elapsedMs)}}}};
    if (applied) {
        result.insert(QStringLiteral("applied_at"), timeformat::toIsoUtc(*timeformat::parse(applySummary.stamp)));
        result.insert(QStringLiteral("rewritten"),
                      QJsonObject{{QStringLiteral("scheduling_rules"), applySummary.rules},
                                  {QStringLiteral("task_schedules"), applySummary.taskSchedules},
                                  {QStringLiteral("predictive_schedules"), applySummary.predictions}});
    } else if (!notAppliedReason.isEmpty()) {
        result.insert(QStringLiteral("not_applied_reason"), notAppliedReason);
    }
    QJsonArray warningList;
    for (const QString &w : warnings)
        warningList.append(w);
    result.insert(QStringLiteral("warnings"), warningList);

    QJsonArray predicted;
    for (int p = 0; p < predictions.size(); ++p) {
        const StoredPrediction &s = predictions.at(p);
        const qint64 moved = optimizedTime(p);
        QJsonObject o{{QStringLiteral("id"), s.id},
                      {QStringLiteral("rule_id"), s.ruleId},
                      {QStringLiteral("predicted_task_type"), s.taskType},
                      {QStringLiteral("predicted_execution_time"), timeformat::toIsoUtc(applied ? moved : s.time)},
                      {QStringLiteral("confidence_score"), rounded(s.confidence, 4)},
                      {QStringLiteral("resource_requirements"), QJsonDocument::fromJson(s.resources.toUtf8()).object()},
                      {QStringLiteral("counted_as"), predictionFollowsRule.at(p) ? QStringLiteral("rule") : QStringLiteral("fixed")}};
        if (moved != s.time)
            o.insert(applied ? QStringLiteral("previous_execution_time") : QStringLiteral("optimized_execution_time"),
                     timeformat::toIsoUtc(applied ? s.time : moved));
        predicted.append(o);
    }
    return {{QStringLiteral("optimization_result"), result}, {QStringLiteral("predictive_schedules"), predicted}};
}

Result<ScheduleOptimizationReport> runScheduleOptimization(const ScheduleOptimizationRequest &request,
                                                           const Progress &progress)
{
    using R = Result<ScheduleOptimizationReport>;
    if (request.lookAheadHours < 1 || request.lookAheadHours > 168)
        return R::failure(QStringLiteral("look-ahead hours must be 1-168, not %1").arg(request.lookAheadHours));
    QElapsedTimer timer;
    timer.start();
    ScheduleOptimizationReport report;
    report.settings = request.settings;
    report.lookAheadHours = request.lookAheadHours;
    report.windowStart = request.windowStart;
    report.windowEnd = request.windowStart + qint64(request.lookAheadHours) * 3600;
    report.dryRun = request.dryRun;
    const qint64 horizonStart = dayStart(report.windowStart);
    report.horizon.startDate = QDateTime::fromSecsSinceEpoch(horizonStart, Qt::UTC).date();
    report.horizon.days = int((report.windowEnd - horizonStart + kDay - 1) / kDay);

    // "It generates predictions first": the predict use case stores its
    // rule-backed predictions, which then load the window below.
    if (request.generatePredictions) {
        progress.stage(phrase("Progress", QT_TRANSLATE_N_NOOP("Progress", "Generating predictions for the coming %n hour(s)"), int(request.lookAheadHours)));
        PredictRequest predict;
        predict.databasePath = request.databasePath;
        predict.asOf = request.windowStart;
        predict.lookAheadHours = request.lookAheadHours;
        predict.minConfidence = request.predictionMinConfidence;
        predict.maxPredictionsPerHour = request.maxPredictionsPerHour;
        predict.now = request.now;
        Progress quiet;
        quiet.onStage = progress.onStage;
        quiet.cancelFlag = progress.cancelFlag;
        const Result<PredictReport> predicted = runPredict(predict, quiet);
        if (predicted)
            report.predictionsGenerated = int(predicted->stored);
        else
            report.warnings << QStringLiteral("predictions were not generated (%1); using the stored ones")
                                   .arg(predicted.error());
    }
    if (progress.canceled())
        return R::failure(QStringLiteral("canceled; nothing was stored"));

    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return R::failure(db.error());
    ConnectionCloser closer{db.value()};
    const OptimizationStore store(db.value());
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading rules and predicted tasks")));
    Result<QVector<StoredRule>> rules = store.enabledRules();
    if (!rules)
        return R::failure(rules.error());
    Result<QVector<StoredPrediction>> predictions = store.predictions(report.windowStart, report.windowEnd);
    if (!predictions)
        return R::failure(predictions.error());
    report.predictions = *predictions;

    std::optional<QHash<QString, ResourceEstimate>> estimates;
    QVector<ScheduledJob> jobs;
    QHash<qint64, int> jobOfRule;
    for (const StoredRule &rule : *rules) {
        ScheduleRuleInfo info;
        info.rule = rule;
        info.taskType = ruleTaskType(rule.name, rule.actionData);
        info.optimizerPriority = rule.keepTime ? 11 : optimizerPriorityFor(rule.priority);
        if (rule.estimatedDurationSeconds >= 0) {
            info.durationMinutes = durationMinutesFor(rule.estimatedDurationSeconds);
            info.durationSource = QStringLiteral("rule");
        } else {
            if (!estimates) {
                Result<QHash<QString, ResourceEstimate>> e = historyEstimates(db.value(), report.windowStart);
                if (!e)
                    return R::failure(e.error());
                estimates = *e;
            }
            const auto it = estimates->constFind(info.taskType);
            if (it != estimates->constEnd() && it->samples > 0 && !it->estimated.contains(QLatin1String("duration"))) {
                info.durationMinutes = std::max(1, int(std::ceil(it->durationMinutes)));
                info.durationSource = QStringLiteral("history");
                info.historyRuns = it->samples;
            } else {
                info.durationMinutes = int(std::ceil(ResourceEstimate::kDefaultDurationMinutes));
                info.durationSource = QStringLiteral("default");
            }
        }
        // English: told apart by wording below, and the warning is English.
        const QStringList problems = [&rule] {
            const EnglishOnly english;
            return CronExpression::validate(rule.cron);
        }();
        bool usable = true;
        for (const QString &p : problems)
            usable = usable && p.contains(QLatin1String("can never fire"));
        if (!usable) {
            report.warnings << QStringLiteral("rule #%1 '%2' left out: '%3' is not a valid cron expression (%4)")
                                   .arg(rule.id).arg(rule.name, rule.cron, problems.join(QStringLiteral("; ")));
        } else {
            info.simulated = true;
            jobOfRule.insert(rule.id, int(jobs.size()));
            report.ruleOfJob.append(int(report.rules.size()));
            jobs.append(ScheduledJob{rule.name, rule.cron, info.durationMinutes, 1, info.optimizerPriority, rule.keepTime});
        }
        report.rules.append(info);
    }
    // A prediction backed by a simulated rule is that rule's run (counted
    // once, moving with it); the others are fixed work in the window.
    QVector<FixedRun> fixed;
    for (const StoredPrediction &p : report.predictions) {
        const bool follows = jobOfRule.contains(p.ruleId);
        report.predictionFollowsRule.append(follows);
        if (!follows)
            fixed.append(FixedRun{int((p.time - horizonStart) / 60), predictionDuration(p), 1});
    }
    if (report.isEmpty()) {
        report.setNotAppliedReason(LocalizedText(
            kReasonContext, QT_TRANSLATE_NOOP("OptimizationText", "nothing to optimize: no enabled scheduling rules and "
                                                                  "no predicted tasks in the window")));
        report.elapsedMs = timer.elapsed();
        return report;
    }

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Optimizing %1 and %2 (%3)"))
                       .arg(phrase("Progress", QT_TRANSLATE_N_NOOP("Progress", "%n rule(s)"), int(jobs.size())),
                            phrase("Progress", QT_TRANSLATE_N_NOOP("Progress", "%n fixed predicted task(s)"),
                                   int(fixed.size())))
                       .arg(strategyName(request.settings.strategy)));
    Result<OptimizationOutcome> outcome = JobOptimizer(report.horizon, request.settings).optimize(jobs, fixed, progress);
    if (!outcome)
        return R::failure(outcome.error());
    if (outcome->canceled || progress.canceled())
        return R::failure(QStringLiteral("canceled; nothing was stored"));
    report.outcome = *outcome;
    report.improvementMetrics = improvementMetricsJson(request.settings.strategy, report.outcome.before,
                                                       report.outcome.after, report.outcome.lowerBound);
    report.efficiencyGain = efficiencyGain(request.settings.strategy, report.outcome.before, report.outcome.after);
    for (const JobChange &c : report.outcome.changes) {
        const ScheduleRuleInfo &info = report.rules.at(report.ruleOfJob.at(c.job));
        RuleChange change;
        change.ruleId = info.rule.id;
        change.ruleName = info.rule.name;
        change.oldCron = c.oldSchedule;
        change.newCron = c.newSchedule;
        change.oldDescription = describe(c.oldSchedule);
        change.newDescription = describe(c.newSchedule);
        change.shiftMinutes = c.shiftMinutes;
        std::tie(change.minuteRotation, change.hourRotation) = rotationBetween(c.oldSchedule, c.newSchedule);
        const double before = loadAtFires(c.oldSchedule, report.outcome.loadBefore, horizonStart);
        const double after = loadAtFires(c.newSchedule, report.outcome.loadAfter, horizonStart);
        change.reasonText = optimizationChangeReason(request.settings.strategy, c.shiftMinutes, after, before);
        change.reason = change.reasonText.toEnglish();
        report.changes.append(change);
    }

    OptimizationRecord record;
    record.optimizationType = strategyName(request.settings.strategy);
    record.originalSchedule = snapshot(report, false);
    record.optimizedSchedule = snapshot(report, true);
    record.improvementMetrics = report.improvementMetrics;
    record.changes = changesJson(report.changes, true);
    record.success = true;
    record.dryRun = request.dryRun;
    record.windowStart = report.windowStart;
    record.windowEnd = report.windowEnd;
    record.runsProcessed = report.outcome.before.runs;
    record.loadBefore = report.outcome.loadBefore;
    record.loadAfter = report.outcome.loadAfter;
    // The response time the Dashboard shows: from the request (predictions
    // included) to the row about to be stored.
    record.elapsedMs = timer.elapsed();
    Result<qint64> id = store.insert(record, request.now);
    if (!id)
        return R::failure(id.error());
    report.runId = *id;

    if (request.dryRun) {
        report.setNotAppliedReason(LocalizedText(kReasonContext, QT_TRANSLATE_NOOP("OptimizationText", "dry run")));
    } else if (!request.autoApply) {
        report.setNotAppliedReason(LocalizedText(
            kReasonContext,
            QT_TRANSLATE_NOOP("OptimizationText", "not asked to apply (--auto-apply, or Apply in the Optimization view)")));
    } else if (report.changes.isEmpty()) {
        report.setNotAppliedReason(LocalizedText(kReasonContext, QT_TRANSLATE_NOOP("OptimizationText", "no rule moved")));
    } else if (report.efficiencyGain < request.autoApplyGain) {
        report.setNotAppliedReason(
            LocalizedText(kReasonContext,
                          QT_TRANSLATE_NOOP("OptimizationText", "efficiency gain %1% is below the auto-apply level of %2%"))
                .arg(report.efficiencyGain * 100, 1)
                .arg(request.autoApplyGain * 100, 0));
    } else {
        progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Applying run #%1")).arg(report.runId));
        Result<ApplySummary> applied = store.apply(report.runId, request.now);
        if (!applied)
            return R::failure(QStringLiteral("run #%1 stored but not applied: %2").arg(report.runId).arg(applied.error()));
        report.applied = true;
        report.applySummary = *applied;
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

namespace {
template <typename T, typename F>
Result<T> withStore(const QString &path, F &&f)
{
    Result<Database> db = Database::open(path);
    if (!db)
        return Result<T>::failure(db.error());
    ConnectionCloser closer{db.value()};
    return f(OptimizationStore(db.value()));
}
} // namespace

Result<ApplySummary> applyOptimization(const QString &databasePath, qint64 runId, qint64 now)
{
    return withStore<ApplySummary>(databasePath, [&](const OptimizationStore &s) { return s.apply(runId, now); });
}

Result<ApplySummary> undoOptimization(const QString &databasePath, qint64 runId, qint64 now)
{
    return withStore<ApplySummary>(databasePath, [&](const OptimizationStore &s) { return s.undo(runId, now); });
}

Result<QVector<OptimizationRecord>> listOptimizations(const QString &databasePath, int limit)
{
    return withStore<QVector<OptimizationRecord>>(databasePath, [&](const OptimizationStore &s) { return s.list(limit); });
}

} // namespace rulecast
