#include "app/demopipeline.h"

#include "app/analyzeusecase.h"
#include "app/generaterulesusecase.h"
#include "app/predictusecase.h"
#include "app/scheduleoptimization.h"
#include "app/validatepredictionsusecase.h"
#include "core/timeformat.h"
#include "core/phrase.h"
#include "storage/database.h"
#include "storage/databasesnapshot.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <memory>
#include <cmath>

namespace rulecast {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kScale = 1000;
constexpr int kLookAheadHours = 24;
constexpr int kSlotMinutes = 30;       // predict's default slot
constexpr int kToleranceMinutes = 30;  // validate-predictions' default tolerance

qint64 dayStart(qint64 t) { return t - ((t % kDay) + kDay) % kDay; }

// Spreads the steps over one 0..kScale bar and prefixes each use case's
// stages with the step's name, so one dialog shows the whole pipeline.
class Steps
{
public:
    Steps(const Progress &outer, int count) : m_outer(outer), m_count(count) {}

    Progress begin(const QString &name)
    {
        const qint64 base = m_index * kScale / m_count;
        const qint64 span = kScale / m_count;
        ++m_index;
        m_outer.stage(name);
        m_high->store(base);
        m_outer.report(base, kScale);
        Progress p;
        p.cancelFlag = m_outer.cancelFlag;
        const Progress outer = m_outer;
        p.onStage = [outer, name](const QString &stage) { outer.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "%1: %2")).arg(name, stage)); };
        // A use case may run several passes, each from 0 again: the bar only moves forward.
        p.onProgress = [outer, base, span, high = m_high](qint64 done, qint64 total) {
            if (total <= 0)
                return;
            const qint64 value = base + span * std::clamp(done, qint64(0), total) / total;
            qint64 seen = high->load();
            while (value > seen && !high->compare_exchange_weak(seen, value)) {
            }
            if (value >= seen)
                outer.report(value, kScale);
        };
        return p;
    }
    bool canceled() const { return m_outer.canceled(); }
    void finish() const { m_outer.report(kScale, kScale); }

private:
    Progress m_outer;
    int m_count;
    int m_index = 0;
    std::shared_ptr<std::atomic<qint64>> m_high = std::make_shared<std::atomic<qint64>>(0);
};

// A step's failure; an empty text means canceled (a canceled use case words
// its error in its own way).
Status stepFailure(const Steps &steps, const QString &step, const QString &error)
{
    if (steps.canceled())
        return Status::failure(QString());
    return Status::failure(QStringLiteral("%1: %2").arg(step, error));
}

PredictRequest predictRequest(const DemoPipelineRequest &r, qint64 asOf, qint64 now)
{
    PredictRequest p;
    p.databasePath = r.demo.databasePath;
    p.asOf = asOf;
    p.lookAheadHours = kLookAheadHours;
    p.slotMinutes = kSlotMinutes;
    p.minConfidence = r.config.predictive.predictionConfidenceThreshold;
    p.maxPredictionsPerHour = r.config.predictive.maxPredictionsPerHour;
    p.now = now;
    return p;
}

// The steps after the history; an empty error text means canceled.
Status runPhases(const DemoPipelineRequest &r, Steps &steps, DemoPipelineSummary &summary)
{
    const qint64 end = r.demo.endTime;
    const qint64 now = r.now > 0 ? r.now : end;
    const int capacity = std::max(1, r.config.capacity.concurrentSlots);

    {
        AnalyzeRequest a;
        a.databasePath = r.demo.databasePath;
        a.asOf = end;
        a.days = r.config.patterns.analysisWindowDays;
        a.now = now;
        a.options.minConfidence = r.config.patterns.minConfidenceThreshold;
        a.options.minDetectionCount = r.config.patterns.minDetectionCount;
        a.options.analysisWindowDays = a.days;
        const Result<AnalyzeResult> analysis = runAnalysis(a, steps.begin(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Analyzing patterns"))));
        if (!analysis)
            return stepFailure(steps, QStringLiteral("analyze-activity-patterns"), analysis.error());
        if (analysis->canceled || steps.canceled())
            return Status::failure(QString());
        summary.patternsFound = int(analysis->analysis.patterns.size());
    }
    {
        GenerateRulesRequest g;
        g.databasePath = r.demo.databasePath;
        g.now = now;
        g.options.maxRulesPerPattern = r.config.rules.maxRulesPerPattern;
        g.options.minConfidence = r.config.rules.minPatternConfidence;
        g.options.autoEnable = true;
        g.strategy = conflictStrategyFromName(r.config.rules.conflictResolutionStrategy).value_or(ConflictStrategy::Priority);
        g.capacity = capacity;
        const Result<GenerateRulesResult> rules = generateRules(g, steps.begin(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Generating rules"))));
        if (!rules)
            return stepFailure(steps, QStringLiteral("generate-scheduling-rules"), rules.error());
        summary.rulesCreated = int(rules->newRules().size());
    }
    // Past days first, oldest first: as of each midnight, the next 24 h, as
    // `predict --as-of` would have said then.
    const qint64 today = dayStart(end);
    for (int k = r.backfillDays; k >= 1; --k) {
        if (steps.canceled())
            return Status::failure(QString());
        const qint64 asOf = today - qint64(k) * kDay;
        const Result<PredictReport> past = runPredict(
            predictRequest(r, asOf, now),
            steps.begin(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Predicting as of %1")).arg(timeformat::toIsoUtc(asOf))));
        if (!past)
            return stepFailure(steps, QStringLiteral("predict --as-of %1").arg(timeformat::toIsoUtc(asOf)), past.error());
        summary.predictionsBackfilled += past->stored;
    }
    {
        if (steps.canceled())
            return Status::failure(QString());
        ValidateRequest v;
        v.databasePath = r.demo.databasePath;
        v.asOf = end;
        v.windowHours = r.config.predictive.predictionValidationWindowHours;
        v.toleranceMinutes = kToleranceMinutes;
        v.now = now;
        const Result<ValidateReport> validated =
            runValidatePredictions(v, steps.begin(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Validating past predictions"))));
        if (!validated)
            return stepFailure(steps, QStringLiteral("validate-predictions"), validated.error());
        summary.predictionsValidated = qint64(validated->validated.size());
        summary.predictionsCameTrue = validated->hits;
    }
    {
        if (steps.canceled())
            return Status::failure(QString());
        PredictRequest p = predictRequest(r, end, now);
        // Not pre-scheduled: the demo's tasks table holds exactly the
        // generated history (the tasks_created it reports), with no pending
        // work for fictitious jobs. "Schedule selected" in the Predictions
        // view or `predict --schedule` does it on request.
        p.schedule = false;
        const Result<PredictReport> next = runPredict(p, steps.begin(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Predicting the next 24 hours"))));
        if (!next)
            return stepFailure(steps, QStringLiteral("predict"), next.error());
        summary.predictionsNext24h = qint64(next->predictions.size());
    }
    {
        if (steps.canceled())
            return Status::failure(QString());
        ScheduleOptimizationRequest o;
        o.databasePath = r.demo.databasePath;
        o.settings.strategy = OptimizationStrategy::LoadBalancing;
        o.settings.capacity = capacity;
        o.settings.loadBalancingThreshold = r.config.optimization.loadBalancingThreshold;
        o.settings.peakMitigationThreshold = r.config.optimization.peakMitigationThreshold;
        o.settings.resourceEfficiencyTarget = r.config.optimization.resourceEfficiencyTarget;
        o.windowStart = end;
        o.lookAheadHours = kLookAheadHours;
        o.generatePredictions = false; // the step before stored them
        o.predictionMinConfidence = r.config.predictive.predictionConfidenceThreshold;
        o.maxPredictionsPerHour = r.config.predictive.maxPredictionsPerHour;
        o.dryRun = true;
        o.now = now;
        const Result<ScheduleOptimizationReport> run =
            runScheduleOptimization(o, steps.begin(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Optimizing the next 24 hours (balance load)"))));
        if (!run)
            return stepFailure(steps, QStringLiteral("optimize-resource-schedule"), run.error());
        summary.optimizationRunId = run->runId;
        summary.efficiencyGain = run->efficiencyGain;
        summary.warnings << run->warnings;
    }
    if (steps.canceled())
        return Status::failure(QString());
    return Status::success();
}

} // namespace

QJsonObject DemoPipelineSummary::toJson() const
{
    QJsonArray warningList;
    for (const QString &w : warnings)
        warningList.append(w);
    return {{QStringLiteral("tasks_created"), history.tasksCreated},
            {QStringLiteral("first_start"), timeformat::toIsoUtc(history.firstStart)},
            {QStringLiteral("last_start"), timeformat::toIsoUtc(history.lastStart)},
            {QStringLiteral("patterns_found"), patternsFound},
            {QStringLiteral("rules_created"), rulesCreated},
            {QStringLiteral("predictions_backfilled"), predictionsBackfilled},
            {QStringLiteral("predictions_validated"), predictionsValidated},
            {QStringLiteral("predictions_came_true"), predictionsCameTrue},
            {QStringLiteral("predictions_next_24h"), predictionsNext24h},
            {QStringLiteral("optimization_run_id"), optimizationRunId > 0 ? QJsonValue(optimizationRunId) : QJsonValue()},
            {QStringLiteral("efficiency_gain"), std::round(efficiencyGain * 10000.0) / 10000.0},
            {QStringLiteral("warnings"), warningList},
            {QStringLiteral("elapsed_ms"), elapsedMs}};
}

Result<DemoPipelineSummary> runDemoPipeline(const DemoPipelineRequest &request, const Progress &progress)
{
    using R = Result<DemoPipelineSummary>;
    if (request.backfillDays < 0 || request.backfillDays > 30)
        return R::failure(phrase("Demo", QT_TRANSLATE_NOOP("Demo", "the demo backfills 0-30 days of predictions, not %1")).arg(request.backfillDays));
    QElapsedTimer timer;
    timer.start();
    // Opening migrates, so the snapshot and every step see the same schema.
    {
        Result<Database> db = Database::open(request.demo.databasePath);
        if (!db)
            return R::failure(db.error());
        db->closeThreadConnection();
    }
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Keeping a copy of the database for Cancel")));
    const Result<DatabaseSnapshot> snapshot = DatabaseSnapshot::take(request.demo.databasePath);
    if (!snapshot)
        return R::failure(snapshot.error());

    // history, analyze, rules, the past days, validate, predict, optimize
    Steps steps(progress, 6 + request.backfillDays);
    DemoPipelineSummary summary;
    Status status = Status::success();
    const Result<DemoSummary> history = runDemo(request.demo, steps.begin(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Creating the demo history"))));
    if (!history)
        status = stepFailure(steps, QStringLiteral("demo"), history.error());
    else if (steps.canceled())
        status = Status::failure(QString());
    else {
        summary.history = *history;
        status = runPhases(request, steps, summary);
    }
    if (!status) {
        const Status restored = snapshot->restore();
        const QString what = status.error().isEmpty() ? phrase("Demo", QT_TRANSLATE_NOOP("Demo", "demo canceled")) : status.error();
        if (!restored)
            return R::failure(phrase("Demo", QT_TRANSLATE_NOOP("Demo", "%1; putting the database back failed too: %2")).arg(what, restored.error()));
        return R::failure(phrase("Demo", QT_TRANSLATE_NOOP("Demo", "%1; the database is unchanged")).arg(what));
    }
    steps.finish();
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace rulecast
