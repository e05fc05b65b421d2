#include "app/predictusecase.h"

#include "app/preschedule.h"
#include "app/ruletasktype.h"

#include "core/cronexpression.h"
#include "core/slotgrid.h"
#include "core/timeformat.h"
#include "core/phrase.h"
#include "storage/database.h"
#include "storage/patternrepository.h"
#include "storage/taskreader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>
#include <thread>

namespace rulecast {

namespace {

constexpr int kHitRateDays = 28;     // past fires looked at for a rule's hit rate
constexpr int kMaxPastFires = 2000;  // enough for a rate; bounds minute-level rules

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QJsonObject resourcesJson(const ResourceEstimate &r)
{
    QJsonArray estimated;
    for (const QString &e : r.estimated)
        estimated.append(e);
    return {{QStringLiteral("estimated_duration_minutes"), rounded(r.durationMinutes, 2)},
            {QStringLiteral("duration_p90_minutes"), rounded(r.durationP90Minutes, 2)},
            {QStringLiteral("cpu_requirement"), rounded(r.cpuPercent, 2)},
            {QStringLiteral("memory_requirement"), rounded(r.memoryMb, 2)},
            {QStringLiteral("disk_requirement"), rounded(r.diskMb, 2)},
            {QStringLiteral("network_requirement"), rounded(r.networkMbps, 3)},
            {QStringLiteral("based_on_runs"), r.samples},
            {QStringLiteral("estimated"), estimated}};
}

// Enabled rules with their fires in the window and their track record: how
// many of the fires in the last four weeks saw a task of the type start
// within one slot after them.
Result<std::vector<RuleSource>> loadRules(const Database &db, const std::vector<TaskRecord> &tasks,
                                          const SlotGrid &grid, QStringList &warnings)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT r.id, r.rule_name, r.cron_expression, "
            "(SELECT a.action_data FROM rule_actions a WHERE a.rule_id = r.id AND a.is_enabled "
            " ORDER BY a.order_index LIMIT 1) FROM scheduling_rules r WHERE r.is_enabled ORDER BY r.id")))
        return Result<std::vector<RuleSource>>::failure(phrase("Predict", QT_TRANSLATE_NOOP("Predict", "reading scheduling_rules: %1")).arg(q.lastError().text()));
    std::vector<RuleSource> rules;
    const QTimeZone utc = QTimeZone::utc();
    // Starts of the rules' types only, gathered once all rules are known.
    QHash<QString, std::vector<qint64>> starts;
    std::vector<QList<qint64>> pastFires;
    while (q.next()) {
        RuleSource rule;
        rule.ruleId = q.value(0).toLongLong();
        rule.cron = q.value(2).toString();
        rule.taskType = ruleTaskType(q.value(1).toString(), q.value(3).toString());
        const Result<CronExpression> cron = CronExpression::parse(rule.cron);
        if (!cron) {
            warnings << phrase("Progress", QT_TRANSLATE_NOOP("Progress", "rule #%1 skipped: '%2' is not a valid cron expression")).arg(rule.ruleId).arg(rule.cron);
            continue;
        }
        for (qint64 fire : cron->between(grid.start(), grid.end(), utc))
            rule.fireTimes.push_back(fire);
        if (rule.fireTimes.empty())
            continue;
        QList<qint64> past = cron->between(grid.asOf() - qint64(kHitRateDays) * SlotGrid::kSecondsPerDay,
                                           grid.asOf() - grid.slotSeconds(), utc);
        if (past.size() > kMaxPastFires)
            past = past.mid(past.size() - kMaxPastFires);
        starts.insert(rule.taskType, {});
        pastFires.push_back(past);
        rules.push_back(std::move(rule));
    }
    if (rules.empty())
        return rules;
    for (const TaskRecord &t : tasks) {
        const auto it = starts.find(t.type);
        if (it != starts.end())
            it->push_back(t.startedAt);
    }
    for (auto &v : starts)
        std::sort(v.begin(), v.end());
    for (size_t i = 0; i < rules.size(); ++i) {
        RuleSource &rule = rules[i];
        const std::vector<qint64> &typeStarts = starts[rule.taskType];
        for (qint64 fire : pastFires[i]) {
            const auto it = std::lower_bound(typeStarts.begin(), typeStarts.end(), fire);
            ++rule.pastFires;
            if (it != typeStarts.end() && *it < fire + grid.slotSeconds())
                ++rule.pastFiresFollowed;
        }
    }
    return rules;
}

// Active daily and weekly patterns become pattern sources (their hit rate is
// the share of their windows that saw the task), correlations become
// correlation sources (strength = the share of predecessors followed in time).
Result<std::pair<std::vector<PatternSource>, std::vector<CorrelationSource>>> loadPatterns(const Database &db)
{
    using R = Result<std::pair<std::vector<PatternSource>, std::vector<CorrelationSource>>>;
    PatternRepository::Filter filter;
    const Result<QList<ActivityPattern>> patterns = PatternRepository(db).list(filter);
    if (!patterns)
        return R::failure(patterns.error());
    std::pair<std::vector<PatternSource>, std::vector<CorrelationSource>> sources;
    for (const ActivityPattern &p : *patterns) {
        if (!p.active || p.hitRate <= 0)
            continue;
        if (p.kind == PatternKind::Correlation && p.taskTypes.size() == 2) {
            CorrelationSource c;
            c.correlationId = p.id;
            c.fromType = p.taskTypes[0];
            c.toType = p.taskTypes[1];
            c.delaySeconds = qint64(std::lround(p.delayMinutes * 60));
            c.toleranceSeconds = qint64(p.windowMinutes) * 60;
            c.strength = p.hitRate;
            sources.second.push_back(c);
            continue;
        }
        if (p.kind != PatternKind::Daily && p.kind != PatternKind::Weekly)
            continue;
        for (const QString &type : p.taskTypes) {
            for (const TimeWindow &w : p.timeWindows) {
                PatternSource s;
                s.patternId = p.id;
                s.patternType = p.patternType();
                s.taskType = type;
                s.startHour = w.startHour;
                s.endHour = w.endHour;
                if (p.minuteOfDay >= 0)
                    s.minuteOfDay = int(p.minuteOfDay);
                s.daysOfWeek.assign(w.daysOfWeek.begin(), w.daysOfWeek.end());
                s.hitRate = p.hitRate;
                sources.first.push_back(s);
            }
        }
    }
    return sources;
}

// What a prediction rests on, for predictive_schedules.source: the kinds of
// its sources, strongest first, without repeats ("rule+history").
QString sourceKinds(const SlotPrediction &p)
{
    QStringList kinds;
    for (const PredictionSource &s : p.sources) {
        const QString k = PredictionSource::kindName(s.kind);
        if (!kinds.contains(k))
            kinds << k;
    }
    return kinds.join(u'+');
}

QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }

// One row per (type, time) (the unique index of schema step 8): a rerun
// refreshes the row of an earlier run unless it was validated already (a
// miss has prediction_accuracy 0 and no actual time), so
// reruns never duplicate and never rewrite history. Pre-scheduling, when
// asked for, runs in the same transaction: either both land or neither.
Status store(const Database &db, const std::vector<PredictedTask> &predictions, int slotMinutes, qint64 now,
             bool schedule, PredictReport &report)
{
    QSqlDatabase conn = db.connection();
    Transaction transaction(conn);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery upsert(conn);
    upsert.prepare(QStringLiteral(
        "INSERT INTO predictive_schedules (rule_id, pattern_id, predicted_task_type, predicted_execution_time, "
        "confidence_score, resource_requirements, explanation, explanation_text, source, slot_minutes, created_at, "
        "updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (predicted_task_type, predicted_execution_time) DO UPDATE SET "
        "rule_id = excluded.rule_id, pattern_id = excluded.pattern_id, confidence_score = excluded.confidence_score, "
        "resource_requirements = excluded.resource_requirements, explanation = excluded.explanation, "
        "explanation_text = excluded.explanation_text, source = excluded.source, slot_minutes = excluded.slot_minutes, "
        "updated_at = excluded.updated_at "
        "WHERE predictive_schedules.actual_execution_time IS NULL AND predictive_schedules.prediction_accuracy IS NULL"));
    qint64 written = 0;
    const QString stamp = timeformat::toSqlTime(now);
    for (const PredictedTask &p : predictions) {
        const QString resources =
            QString::fromUtf8(QJsonDocument(resourcesJson(p.resources)).toJson(QJsonDocument::Compact));
        upsert.addBindValue(idOrNull(p.prediction.ruleId));
        upsert.addBindValue(idOrNull(p.prediction.patternId));
        upsert.addBindValue(p.prediction.taskType);
        upsert.addBindValue(timeformat::toSqlTime(p.prediction.slotStart));
        upsert.addBindValue(p.prediction.probability);
        upsert.addBindValue(resources);
        upsert.addBindValue(p.prediction.explanation);
        upsert.addBindValue(p.prediction.explanationText.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                   : QVariant(p.prediction.explanationText.toJsonText()));
        upsert.addBindValue(sourceKinds(p.prediction));
        upsert.addBindValue(slotMinutes);
        upsert.addBindValue(stamp);
        upsert.addBindValue(stamp);
        if (!upsert.exec())
            return Status::failure(phrase("Predict", QT_TRANSLATE_NOOP("Predict", "writing predictive_schedules: %1")).arg(upsert.lastError().text()));
        written += upsert.numRowsAffected() > 0 ? 1 : 0;
    }
    if (schedule) {
        std::vector<SlotPrediction> list;
        list.reserve(predictions.size());
        for (const PredictedTask &p : predictions)
            list.push_back(p.prediction);
        Result<std::vector<qint64>> created = Prescheduler::schedule(conn, list, now);
        if (!created)
            return Status::failure(created.error());
        report.scheduledTaskIds = std::move(created).value();
    }
    if (const Status s = transaction.commit(); !s)
        return s;
    report.stored = written;
    return Status::success();
}

} // namespace

QJsonObject PredictReport::toJson() const
{
    QJsonArray list;
    for (const PredictedTask &p : predictions) {
        const SlotPrediction &s = p.prediction;
        QJsonArray sources;
        for (const PredictionSource &source : s.sources) {
            QJsonObject o{{QStringLiteral("kind"), PredictionSource::kindName(source.kind)},
                          {QStringLiteral("probability"), rounded(source.probability, 4)},
                          {QStringLiteral("detail"), source.detail.toEnglish()}};
            if (source.id > 0)
                o.insert(QStringLiteral("id"), source.id);
            sources.append(o);
        }
        QJsonObject o{{QStringLiteral("task_type"), s.taskType},
                      {QStringLiteral("predicted_execution_time"), timeformat::toIsoUtc(s.slotStart)},
                      {QStringLiteral("slot_end"), timeformat::toIsoUtc(s.slotEnd)},
                      {QStringLiteral("confidence_score"), rounded(s.probability, 4)},
                      {QStringLiteral("resource_requirements"), resourcesJson(p.resources)},
                      {QStringLiteral("sources"), sources},
                      {QStringLiteral("explanation"), s.explanation}};
        if (s.ruleId > 0)
            o.insert(QStringLiteral("rule_id"), s.ruleId);
        if (s.patternId > 0)
            o.insert(QStringLiteral("pattern_id"), s.patternId);
        list.append(o);
    }
    QJsonArray hours;
    for (const HourLoad &h : load)
        hours.append(QJsonObject{{QStringLiteral("hour"), timeformat::toIsoUtc(h.start)},
                                 {QStringLiteral("tasks"), h.tasks},
                                 {QStringLiteral("expected_tasks"), rounded(h.expectedTasks, 3)},
                                 {QStringLiteral("tasks_p90"), h.tasksP90},
                                 {QStringLiteral("cpu"), rounded(h.cpu, 2)},
                                 {QStringLiteral("memory_mb"), rounded(h.memoryMb, 2)}});
    return {{QStringLiteral("as_of"), timeformat::toIsoUtc(asOf)},
            {QStringLiteral("window_start"), timeformat::toIsoUtc(grid.start())},
            {QStringLiteral("window_end"), timeformat::toIsoUtc(grid.end())},
            {QStringLiteral("slot_minutes"), grid.slotSeconds() / 60},
            {QStringLiteral("predictions"), list},
            {QStringLiteral("load_forecast"), hours},
            {QStringLiteral("summary"),
             QJsonObject{{QStringLiteral("tasks_read"), tasksRead},
                         {QStringLiteral("rules_used"), rulesUsed},
                         {QStringLiteral("patterns_used"), patternsUsed},
                         {QStringLiteral("predictions"), qint64(predictions.size())},
                         {QStringLiteral("dropped_by_hour_limit"), droppedByHourLimit},
                         {QStringLiteral("stored"), stored},
                         {QStringLiteral("pre_scheduled"), qint64(scheduledTaskIds.size())},
                         {QStringLiteral("timing_ms"), QJsonObject{{QStringLiteral("read"), readMs},
                                                                   {QStringLiteral("predict"), predictMs}}}}}};
}

Result<PredictReport> runPredict(const PredictRequest &request, const Progress &progress)
{
    using R = Result<PredictReport>;
    Result<SlotGrid> grid = SlotGrid::create(request.asOf, request.lookAheadHours, request.slotMinutes);
    if (!grid)
        return R::failure(grid.error());
    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return R::failure(db.error());
    const ThreadConnectionCloser closer(db.value());

    PredictReport report;
    report.asOf = request.asOf;
    report.grid = *grid;
    QElapsedTimer timer;
    timer.start();
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading tasks")));
    PredictorOptions options;
    options.lookAheadHours = request.lookAheadHours;
    options.slotMinutes = request.slotMinutes;
    options.minProbability = request.minConfidence;
    const qint64 from = request.asOf - qint64(options.historyWindowDays + 1) * SlotGrid::kSecondsPerDay;
    Result<std::vector<TaskRecord>> tasks = TaskReader(db.value()).read(from, request.asOf);
    if (!tasks)
        return R::failure(tasks.error());
    report.tasksRead = qint64(tasks->size());
    QStringList warnings;
    Result<std::vector<RuleSource>> rules = loadRules(db.value(), *tasks, *grid, warnings);
    if (!rules)
        return R::failure(rules.error());
    report.rulesUsed = int(rules->size());
    auto patterns = loadPatterns(db.value());
    if (!patterns)
        return R::failure(patterns.error());
    report.readMs = timer.restart();
    for (const QString &w : warnings)
        progress.stage(w);

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Predicting")));
    PredictorInput input;
    input.asOf = request.asOf;
    input.history = &tasks.value();
    input.rules = std::move(rules).value();
    input.patterns = std::move(patterns->first);
    input.correlations = std::move(patterns->second);
    report.patternsUsed = int(input.patterns.size() + input.correlations.size());
    // The load forecast is hourly and measured best on an hourly grid (a
    // type's half-hours are not independent chances): with other slots that
    // grid is predicted too, on a second thread while this one predicts the
    // listed grid (both only read the input).
    std::optional<Result<PredictionSet>> hourlySet;
    std::thread hourlyWorker;
    if (request.slotMinutes != 60) {
        PredictorOptions hourly = options;
        hourly.slotMinutes = 60;
        hourly.minProbability = 2.0; // only the grid is needed
        hourlyWorker = std::thread([&input, &hourlySet, hourly] { hourlySet.emplace(Predictor::run(input, hourly)); });
    }
    Result<PredictionSet> set = Predictor::run(input, options, &progress);
    if (hourlyWorker.joinable())
        hourlyWorker.join();
    if (!set)
        return R::failure(set.error());
    // Resource figures from the last four weeks: recent runs say most about the next ones.
    const QHash<QString, ResourceEstimate> resources = ResourceEstimator::estimate(
        *tasks, request.asOf - qint64(kHitRateDays) * SlotGrid::kSecondsPerDay, request.asOf);
    // Most confident first already; keep at most N per hour.
    QMap<qint64, int> perHour;
    for (SlotPrediction &p : set->predictions) {
        int &count = perHour[p.slotStart / 3600];
        if (count >= request.maxPredictionsPerHour) {
            ++report.droppedByHourLimit;
            continue;
        }
        ++count;
        ResourceEstimate estimate = resources.value(p.taskType, ResourceEstimator::defaults());
        report.predictions.push_back({std::move(p), std::move(estimate)});
    }
    if (!hourlySet) {
        report.load = LoadForecast::compute(*set, *tasks);
    } else {
        if (!*hourlySet)
            return R::failure(hourlySet->error());
        report.load = LoadForecast::compute(**hourlySet, *tasks);
    }
    report.predictMs = timer.restart();
    // The last moment a cancel can still mean "nothing was stored".
    if (progress.canceled())
        return R::failure(phrase("Predict", QT_TRANSLATE_NOOP("Predict", "canceled; nothing was stored")));
    if (request.store) {
        if (const Status s = store(db.value(), report.predictions, request.slotMinutes, request.now > 0 ? request.now : request.asOf,
                                   request.schedule, report);
            !s)
            return R::failure(s.error());
    }
    return report;
}

} // namespace rulecast
