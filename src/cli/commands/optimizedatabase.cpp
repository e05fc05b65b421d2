#include "optimizedatabase.h"

#include "app/modelbudget.h"
#include "app/optimizationsuggestions.h"
#include "app/scheduleoptimization.h"
#include "llm/llmservice.h"
#include "llm/llmsetup.h"
#include "app/settings.h"
#include "core/timeformat.h"

#include <QJsonArray>

namespace rulecast::cli {

namespace {

QString percent(double share) { return QString::number(share * 100, 'f', 1) + QLatin1Char('%'); }

void printMetricsLine(QTextStream &out, const char *label, double before, double after, int decimals = 0)
{
    out << "  " << QString::fromLatin1(label).leftJustified(22) << QString::number(before, 'f', decimals) << " -> "
        << QString::number(after, 'f', decimals) << "\n";
}

void printSuggestions(CliContext &ctx, const OptimizationSuggestions &s)
{
    if (!s.asked)
        return;
    QTextStream &out = ctx.out();
    if (!s.error.isEmpty()) {
        out << "No language-model suggestions: " << s.error << "\n";
    } else {
        out << "Suggestions from " << s.provider << " " << s.model
            << " (the model's own words, untrusted; nothing of it was applied):\n";
        for (const QString &line : s.text.split(u'\n'))
            out << "  " << line << "\n";
    }
    out.flush();
}

void printReport(CliContext &ctx, const ScheduleOptimizationReport &r)
{
    QTextStream &out = ctx.out();
    const QString type = strategyName(r.settings.strategy);
    out << "Optimization " << (r.runId > 0 ? QStringLiteral("run #%1").arg(r.runId) : QStringLiteral("(not stored)"))
        << " (" << type << "), window " << timeformat::toIsoUtc(r.windowStart) << " to "
        << timeformat::toIsoUtc(r.windowEnd) << " (" << r.lookAheadHours << " h), capacity " << r.settings.capacity
        << "\n";
    if (r.predictionsGenerated >= 0)
        out << "Predictions generated first: " << r.predictionsGenerated << " stored in predictive_schedules.\n";
    if (r.isEmpty()) {
        out << "Nothing to optimize: no enabled scheduling rules and no predicted tasks in the window.\n"
               "Add rules with `rulecast-cli import --format crontab|jobs-json FILE` or "
               "`rulecast-cli generate-scheduling-rules --from-patterns`.\n";
        out.flush();
        return;
    }
    int fromHistory = 0, byDefault = 0, pinned = 0;
    for (const ScheduleRuleInfo &i : r.rules) {
        fromHistory += i.durationSource == QLatin1String("history") ? 1 : 0;
        byDefault += i.durationSource == QLatin1String("default") ? 1 : 0;
        pinned += i.rule.keepTime ? 1 : 0;
    }
    int fixedTasks = 0;
    for (bool follows : r.predictionFollowsRule)
        fixedTasks += follows ? 0 : 1;
    out << "Rules: " << r.ruleOfJob.size() << " simulated (" << pinned << " pinned; durations: " << fromHistory
        << " from history, " << byDefault << " the 5-minute default, the rest imported)\n";
    out << "Predicted tasks in the window: " << r.predictions.size() << " (" << fixedTasks
        << " fixed, the rest are runs of the rules)\n\n";
    const ScheduleMetrics &b = r.outcome.before;
    const ScheduleMetrics &a = r.outcome.after;
    out << "Metrics (simulated over " << r.horizon.days << " UTC day(s) at minute resolution):\n";
    printMetricsLine(out, "peak", b.peak, a.peak);
    printMetricsLine(out, "peak / average", b.peakToAverage, a.peakToAverage, 2);
    printMetricsLine(out, "conflicts", b.conflicts, a.conflicts);
    printMetricsLine(out, "minutes over capacity", b.minutesOverCapacity, a.minutesOverCapacity);
    printMetricsLine(out, "waiting minutes", b.totalWaitMinutes, a.totalWaitMinutes, 1);
    if (ctx.detailed()) {
        printMetricsLine(out, "mean utilisation", b.meanUtilisation, a.meanUtilisation, 3);
        printMetricsLine(out, "load std dev", b.loadStdDev, a.loadStdDev, 3);
        printMetricsLine(out, "minutes > threshold", b.minutesAboveThreshold, a.minutesAboveThreshold);
        printMetricsLine(out, "conflict minutes", b.conflictMinutes, a.conflictMinutes);
        out << "  lower bound on peak    " << r.outcome.lowerBound.value() << "\n";
        out << "  search                 seed " << r.settings.seed << ", " << r.outcome.passes << " passes, "
            << r.outcome.evaluations << " evaluations, " << r.elapsedMs << " ms\n";
    }
    out << "  efficiency gain        " << percent(r.efficiencyGain) << " ("
        << r.improvementMetrics.value(QLatin1String("impact")).toString() << ")\n";

    if (r.changes.isEmpty()) {
        out << "\nNo rule moved: the schedule is already as good as these moves can make it.\n";
    } else {
        out << "\nChanges:\n";
        int width = 4;
        for (const RuleChange &c : r.changes)
            width = std::min(40, std::max(width, int(c.ruleName.size())));
        for (const RuleChange &c : r.changes) {
            out << "  #" << c.ruleId << " " << c.ruleName.left(40).leftJustified(width) << "  " << c.oldCron << " -> "
                << c.newCron << "  (moved " << c.shiftMinutes << " min)\n";
            out << "      " << c.oldDescription << " -> " << c.newDescription << "\n";
            if (ctx.detailed())
                out << "      why: " << c.reason << "\n";
        }
    }
    if (ctx.detailed() && !r.predictions.isEmpty()) {
        out << "\nPredicted tasks:\n";
        for (int p = 0; p < r.predictions.size(); ++p) {
            const StoredPrediction &s = r.predictions.at(p);
            out << "  #" << s.id << " " << s.taskType << " at " << timeformat::toIsoUtc(s.time);
            if (r.optimizedTime(p) != s.time)
                out << " -> " << timeformat::toIsoUtc(r.optimizedTime(p));
            out << " (confidence " << QString::number(s.confidence, 'f', 2) << ", "
                << (r.predictionFollowsRule.at(p) ? QStringLiteral("run of rule #%1").arg(s.ruleId) : QStringLiteral("fixed"))
                << ")\n";
        }
    }
    out << "\n";
    if (r.applied)
        out << "Applied at " << r.applySummary.stamp << " UTC: rewrote " << r.applySummary.rules << " rule(s), "
            << r.applySummary.taskSchedules << " task schedule(s), " << r.applySummary.predictions
            << " predicted task(s). Undo with: rulecast-cli undo-optimization " << r.runId << "\n";
    else
        out << "Not applied: " << r.notAppliedReason << ". Stored as run #" << r.runId << " in optimization_results.\n";
    out.flush();
}

} // namespace

int runDatabaseOptimization(CliContext &ctx, const DatabaseOptimizationOptions &options)
{
    const Settings userSettings;
    const RulecastConfig config = userSettings.config();
    ScheduleOptimizationRequest request;
    request.databasePath = ctx.dbPath;
    request.settings = options.settings;
    request.windowStart = options.windowStart;
    request.lookAheadHours = options.lookAheadHours;
    request.predictionMinConfidence = config.predictive.predictionConfidenceThreshold;
    request.maxPredictionsPerHour = config.predictive.maxPredictionsPerHour;
    request.dryRun = options.dryRun;
    request.autoApply = options.autoApply;
    request.now = ctx.now;
    Progress progress;
    progress.onStage = [&ctx](const QString &stage) { ctx.info(stage); };
    ctx.info(QStringLiteral("database: %1").arg(ctx.dbPath));
    const Result<ScheduleOptimizationReport> report = runScheduleOptimization(request, progress);
    if (!report)
        return ctx.fail(report.error());
    for (const QString &w : report->warnings)
        ctx.warn(w);
    if (report->isEmpty())
        ctx.warn(QStringLiteral("nothing to optimize: no enabled scheduling rules and no predicted tasks in the window; "
                                "nothing was stored"));
    OptimizationSuggestions suggestions;
    if (options.useModel != llm::ModelChoice::None && !report->isEmpty()) {
        // One call within the shared budget: at most 20 s per provider, 40 s in all.
        const llm::LlmSetup setup = boundedModelSetup(config.llm, options.useModel);
        ctx.info(QStringLiteral("asking %1 for suggestions (at most %2 s per provider)")
                     .arg(llm::modelChoiceId(options.useModel))
                     .arg(setup.timeoutMs / 1000));
        llm::LlmService service(setup);
        suggestions = suggestImprovements(service, *report, progress);
        if (!suggestions.error.isEmpty())
            ctx.warn(QStringLiteral("no language-model suggestions: %1").arg(suggestions.error));
    }
    if (ctx.json()) {
        QJsonObject doc = report->toJson();
        if (suggestions.asked) {
            QJsonObject result = doc.value(QLatin1String("optimization_result")).toObject();
            result.insert(QStringLiteral("llm_suggestions"), suggestions.toJson());
            doc.insert(QStringLiteral("optimization_result"), result);
        }
        ctx.printJson(doc);
    } else {
        printReport(ctx, *report);
        printSuggestions(ctx, suggestions);
    }
    return ExitOk;
}

} // namespace rulecast::cli
