// optimize-resource-schedule: move rules so that load is flat, peaks are low
// and rules do not collide. The --jobs-file mode works on a crontab or JSON
// job list without any database (docs/optimizer.md).
#include "../commandregistry.h"

#include "app/jobsfileoptimization.h"
#include "app/settings.h"
#include "optimizedatabase.h"

#include <QDateTime>
#include <QJsonArray>

namespace rulecast::cli {
namespace {

struct StrategyFlag
{
    const char *flag;
    OptimizationStrategy strategy;
};
const StrategyFlag kStrategyFlags[] = {
    {"balance-load", OptimizationStrategy::LoadBalancing},
    {"peak-mitigation", OptimizationStrategy::PeakMitigation},
    {"resource-efficiency", OptimizationStrategy::ResourceEfficiency},
    {"conflict-resolution", OptimizationStrategy::ConflictResolution},
};

void configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("balance-load"), QStringLiteral("Flatten the load: lowest peak, then least spread (default).")});
    parser.addOption({QStringLiteral("peak-mitigation"),
                      QStringLiteral("Cut the peak below peak_mitigation_threshold x capacity, moving as little as possible.")});
    parser.addOption({QStringLiteral("resource-efficiency"),
                      QStringLiteral("Keep utilisation near resource_efficiency_target: no over-commit, fill valleys.")});
    parser.addOption({QStringLiteral("conflict-resolution"),
                      QStringLiteral("Remove overlapping runs with the smallest priority-weighted shift.")});
    parser.addOption({QStringLiteral("jobs-file"),
                      QStringLiteral("Optimize a job list (crontab, or JSON [{name, schedule, estimation, keepTime}]) "
                                     "without any database."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("--jobs-file: write the optimized list here, in the same format (may be FILE itself)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("jobs-format"),
                      QStringLiteral("--jobs-file: auto (default: '[' starts JSON), json or crontab."),
                      QStringLiteral("F"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("user-column"),
                      QStringLiteral("--jobs-file crontab: auto (default), yes (/etc/crontab style) or no."),
                      QStringLiteral("WHEN"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("horizon-days"),
                      QStringLiteral("--jobs-file: days simulated at minute resolution, 1-366 (default 28)."),
                      QStringLiteral("N"), QStringLiteral("28")});
    parser.addOption({QStringLiteral("capacity"),
                      QStringLiteral("Runs that can go at once (default: setting capacity.concurrent_slots, 0 = this "
                                     "machine's cores)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the search (default 1): same seed, same result."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("target-date"),
                      QStringLiteral("Start of the window (ISO date or time, UTC; a bare date is its midnight; default: now). "
                                     "--jobs-file: the day the horizon starts."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("look-ahead-hours"),
                      QStringLiteral("Prediction window for the database mode, 1-168 (default 24)."), QStringLiteral("H"),
                      QStringLiteral("24")});
    parser.addOption({QStringLiteral("use-model"),
                      QStringLiteral("ollama|openai|auto|none: ask a language model for suggestions on the database run "
                                     "(shown as untrusted advice, never applied; at most 40 s). Default none."),
                      QStringLiteral("M"), QStringLiteral("none")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Compute and report; store only the run, marked not applied (--jobs-file: write nothing).")});
    parser.addOption({QStringLiteral("auto-apply"),
                      QStringLiteral("Apply (rewrite rules, task schedules and predicted tasks; --jobs-file: write --out) only "
                                     "when efficiency_gain >= 5%.")});
}

QString fixed(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

void printTable(CliContext &ctx, const JobsFileResult &r, const OptimizerSettings &settings, const Horizon &horizon,
                const QString &outPath, bool dryRun)
{
    QTextStream &out = ctx.out();
    const OptimizationOutcome &o = r.outcome;
    const double gain = efficiencyGain(settings.strategy, o.before, o.after);
    out << strategyName(settings.strategy) << " of " << r.list.fileName() << ": " << r.list.entries().size()
        << " jobs (" << (r.list.format() == JobListFormat::Json ? "JSON" : "crontab") << "), "
        << horizon.days << " days from " << horizon.startDate.toString(Qt::ISODate) << ", capacity "
        << settings.capacity << "\n";
    out << "  peak                 " << o.before.peak << " -> " << o.after.peak << "   (lower bound "
        << o.lowerBound.value() << ", gap " << o.after.peak - o.lowerBound.value() << ")\n";
    out << "  peak / average       " << fixed(o.before.peakToAverage) << " -> " << fixed(o.after.peakToAverage) << "\n";
    out << "  load std-dev         " << fixed(o.before.loadStdDev) << " -> " << fixed(o.after.loadStdDev) << "\n";
    out << "  overlapping pairs    " << o.before.conflicts << " -> " << o.after.conflicts << "\n";
    out << "  minutes > threshold  " << o.before.minutesAboveThreshold << " -> " << o.after.minutesAboveThreshold << "\n";
    out << "  waiting time saved   " << fixed(o.before.totalWaitMinutes - o.after.totalWaitMinutes, 0) << " minutes\n";
    out << "  efficiency gain      " << fixed(gain * 100, 1) << "% (" << impactTier(gain) << ")\n";
    out << "  runs kept            " << o.after.runs << " of " << o.before.runs << "; " << o.changes.size()
        << " jobs moved in " << r.elapsedMs << " ms\n";
    if (ctx.detailed()) {
        out << "  mean utilisation     " << fixed(o.before.meanUtilisation) << " -> " << fixed(o.after.meanUtilisation) << "\n";
        out << "  minutes > capacity   " << o.before.minutesOverCapacity << " -> " << o.after.minutesOverCapacity << "\n";
        out << "  conflict minutes     " << o.before.conflictMinutes << " -> " << o.after.conflictMinutes << "\n";
        out << "  delayed runs         " << o.before.delayedRuns << " -> " << o.after.delayedRuns << "\n";
        out << "  lower bound          busy " << o.lowerBound.busyBound << ", forced " << o.lowerBound.forcedBound
            << ", busiest day " << o.lowerBound.dayBound << "\n";
        out << "  search               seed " << settings.seed << ", " << o.passes << " passes, " << o.evaluations
            << " evaluations\n";
    }
    if (!o.changes.isEmpty()) {
        out << "\nChanges:\n";
        int width = 4;
        for (const JobChange &c : o.changes)
            width = std::max(width, int(r.list.entries().at(r.entryOfJob.at(c.job)).name.size()));
        width = std::min(width, 40);
        for (const JobChange &c : o.changes) {
            const JobListEntry &e = r.list.entries().at(r.entryOfJob.at(c.job));
            out << "  " << e.name.left(40).leftJustified(width) << "  " << c.oldSchedule.leftJustified(16) << " -> "
                << c.newSchedule.leftJustified(18) << " moved " << c.shiftMinutes << " min";
            if (ctx.detailed())
                out << ", line " << e.line << ", " << o.runsPerJob.at(c.job) << " runs";
            out << "\n";
        }
    }
    out << "\n";
    if (r.written)
        out << "Wrote " << outPath << ".\n";
    else if (!r.notWrittenReason.isEmpty())
        out << "Not written: " << r.notWrittenReason << ".\n";
    else if (dryRun)
        out << "Dry run: nothing written.\n";
    else
        out << "Nothing written (give --out FILE to write the optimized list).\n";
    out.flush();
}

int runOptimize(CliContext &ctx, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() > 1)
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    OptimizerSettings settings;
    int chosen = 0;
    for (const StrategyFlag &f : kStrategyFlags)
        if (parser.isSet(QString::fromLatin1(f.flag))) {
            settings.strategy = f.strategy;
            ++chosen;
        }
    if (chosen > 1)
        return ctx.usage(QStringLiteral("give one of --balance-load, --peak-mitigation, --resource-efficiency, "
                                        "--conflict-resolution, not %1").arg(chosen));
    if (parser.isSet(QStringLiteral("dry-run")) && parser.isSet(QStringLiteral("auto-apply")))
        return ctx.usage(QStringLiteral("--dry-run and --auto-apply contradict each other; give one"));
    const std::optional<qint64> lookAhead = ctx.intOption(parser, QStringLiteral("look-ahead-hours"), 1, 168, 24);
    const std::optional<QString> model = ctx.choiceOption(
        parser, QStringLiteral("use-model"),
        {QStringLiteral("ollama"), QStringLiteral("openai"), QStringLiteral("auto"), QStringLiteral("none")},
        QStringLiteral("none"));
    const std::optional<qint64> target = ctx.timeOption(parser, QStringLiteral("target-date"), ctx.now);
    const std::optional<qint64> days = ctx.intOption(parser, QStringLiteral("horizon-days"), 1, 366, 28);
    const std::optional<qint64> seed = ctx.intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), 1);
    const std::optional<qint64> capacity = ctx.intOption(parser, QStringLiteral("capacity"), 1, 1000000, 0);
    const std::optional<QString> jobsFormat = ctx.choiceOption(
        parser, QStringLiteral("jobs-format"), {QStringLiteral("auto"), QStringLiteral("json"), QStringLiteral("crontab")},
        QStringLiteral("auto"));
    const std::optional<QString> userColumn = ctx.choiceOption(
        parser, QStringLiteral("user-column"), {QStringLiteral("auto"), QStringLiteral("yes"), QStringLiteral("no")},
        QStringLiteral("auto"));
    if (!lookAhead || !model || !target || !days || !seed || !capacity || !jobsFormat || !userColumn)
        return ExitUsage;

    const Settings userSettings;
    const RulecastConfig config = userSettings.config();
    settings.capacity = *capacity > 0 ? int(*capacity) : std::max(1, config.capacity.concurrentSlots);
    settings.loadBalancingThreshold = config.optimization.loadBalancingThreshold;
    settings.peakMitigationThreshold = config.optimization.peakMitigationThreshold;
    settings.resourceEfficiencyTarget = config.optimization.resourceEfficiencyTarget;
    settings.seed = quint64(*seed);

    if (!parser.isSet(QStringLiteral("jobs-file"))) {
        if (parser.isSet(QStringLiteral("out")))
            return ctx.usage(QStringLiteral("--out needs --jobs-file FILE"));
        DatabaseOptimizationOptions options;
        options.settings = settings;
        options.windowStart = *target;
        options.lookAheadHours = int(*lookAhead);
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        options.autoApply = parser.isSet(QStringLiteral("auto-apply"));
        options.useModel = llm::parseModelChoice(*model).value_or(llm::ModelChoice::None);
        return runDatabaseOptimization(ctx, options);
    }

    if (*model != QLatin1String("none"))
        ctx.info(QStringLiteral("--use-model %1: a job list run asks no language model").arg(*model));
    JobsFileRequest request;
    request.inputPath = parser.value(QStringLiteral("jobs-file"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun)
        request.outputPath = parser.value(QStringLiteral("out"));
    if (*jobsFormat != QLatin1String("auto"))
        request.format = *jobsFormat == QLatin1String("json") ? JobListFormat::Json : JobListFormat::Crontab;
    if (*userColumn != QLatin1String("auto"))
        request.userColumn = *userColumn == QLatin1String("yes");
    request.horizon.startDate = QDateTime::fromSecsSinceEpoch(*target, Qt::UTC).date();
    request.horizon.days = int(*days);
    request.settings = settings;
    request.minimumGainToWrite = parser.isSet(QStringLiteral("auto-apply")) ? 0.05 : 0.0;

    const Result<JobsFileResult> result = optimizeJobsFile(request);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("optimization_result"),
                        result->toJson(settings, request.horizon, request.outputPath)},
                       {QStringLiteral("predictive_schedules"), QJsonArray()}});
        return ExitOk;
    }
    printTable(ctx, *result, settings, request.horizon, request.outputPath, dryRun);
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("optimize-resource-schedule"),
    QStringLiteral("Move rules so that load is flat, peaks are low and rules do not collide; every job keeps its "
                   "number of runs, keepTime jobs never move. Without --jobs-file: the database's enabled rules and "
                   "the predicted tasks of the window (predictions are generated first); every run is stored in "
                   "optimization_results, --auto-apply applies it, undo-optimization ID reverts it. --jobs-file works "
                   "on a crontab or JSON job list without any database."),
    QStringLiteral("[--balance-load|--peak-mitigation|--resource-efficiency|--conflict-resolution] "
                   "[--target-date D] [--look-ahead-hours H] [--dry-run|--auto-apply] [--jobs-file FILE [--out FILE]]"),
    QStringLiteral("  rulecast-cli optimize-resource-schedule --balance-load\n"
                   "  rulecast-cli optimize-resource-schedule --peak-mitigation --output-format detailed\n"
                   "  rulecast-cli optimize-resource-schedule --resource-efficiency --auto-apply\n"
                   "  rulecast-cli optimize-resource-schedule --balance-load --dry-run --verbose\n"
                   "  rulecast-cli optimize-resource-schedule --resource-efficiency --look-ahead-hours 48\n"
                   "  rulecast-cli optimize-resource-schedule --jobs-file jobs.json --out jobs.optimized.json\n"
                   "  rulecast-cli optimize-resource-schedule --jobs-file jobs.json --output-format json\n"
                   "  crontab -l > my.crontab && rulecast-cli optimize-resource-schedule --jobs-file my.crontab "
                   "--out my.crontab && crontab my.crontab\n"
                   "  rulecast-cli optimize-resource-schedule --peak-mitigation --capacity 64 --jobs-file "
                   "/etc/crontab --out crontab.new\n"
                   "  rulecast-cli optimize-resource-schedule --conflict-resolution --jobs-file jobs.json "
                   "--target-date 2027-01-04 --output-format detailed\n"
                   "  rulecast-cli optimize-resource-schedule --auto-apply --jobs-file jobs.json --out jobs.json"),
    &configure,
    &runOptimize,
});

} // namespace
} // namespace rulecast::cli
