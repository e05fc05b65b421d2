#include "../commandregistry.h"

#include "app/demopipeline.h"
#include "app/demousecase.h"
#include "app/settings.h"
#include "core/phrase.h"
#include "core/timeformat.h"

#include <QJsonObject>

#include <limits>

namespace rulecast::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days of history, ending now (1-3650, default 60)."),
                      QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("Random seed; the same seed and end time give the same history (default 42)."),
                      QStringLiteral("N"), QStringLiteral("42")});
    // The whole pipeline is the default so that every view, report and the
    // seed guide's commands (in any order, e.g. search-similar-patterns
    // --pattern-id 5 before analyze) work on a fresh demo database, as the
    // desktop app's demo does.
    parser.addOption({QStringLiteral("history-only"),
                      QStringLiteral("Only generate the task history; skip the phases run on it by default "
                                     "(analyze patterns, generate enabled rules, validate a week of predictions, "
                                     "predict the next 24 h, store one balance-load dry run; docs/demo.md).")});
    parser.addOption({QStringLiteral("full"),
                      QStringLiteral("Run every phase on the history (the default; kept for scripts).")});
}

int runFullDemo(CliContext &ctx, const DemoRequest &demo)
{
    DemoPipelineRequest request;
    request.demo = demo;
    request.config = Settings().config();
    request.now = ctx.now;
    Progress progress;
    if (ctx.verbose)
        progress.onStage = [&ctx](const QString &stage) { ctx.info(stage); };
    // The rules it generates are named in the generating program's language:
    // the CLI's is English, also where the system locale is not.
    const EnglishOnly english;
    const Result<DemoPipelineSummary> summary = runDemoPipeline(request, progress);
    if (!summary)
        return ctx.fail(summary.error());
    for (const QString &w : summary->warnings)
        ctx.warn(w);
    if (ctx.json()) {
        QJsonObject o = summary->toJson();
        o.insert(QStringLiteral("database"), ctx.dbPath);
        o.insert(QStringLiteral("days"), demo.days);
        o.insert(QStringLiteral("seed"), QString::number(demo.seed));
        ctx.printJson(o);
        return ExitOk;
    }
    const DemoPipelineSummary &s = *summary;
    ctx.out() << "Generated " << s.history.tasksCreated << " tasks over " << demo.days << " days ("
              << timeformat::toIsoUtc(s.history.firstStart) << " to " << timeformat::toIsoUtc(s.history.lastStart)
              << ", seed " << demo.seed << ") into " << ctx.dbPath << "." << Qt::endl
              << "Analyzed " << s.patternsFound << " patterns, generated " << s.rulesCreated << " enabled rules." << Qt::endl
              << "Validated " << s.predictionsValidated << " predictions of the last 7 days: " << s.predictionsCameTrue
              << " came true." << Qt::endl
              << "Predicted " << s.predictionsNext24h << " tasks for the next 24 h." << Qt::endl;
    if (s.optimizationRunId > 0)
        ctx.out() << "Stored optimization run #" << s.optimizationRunId << " (balance load, dry run, efficiency gain "
                  << QString::number(s.efficiencyGain * 100, 'f', 1) << "%)." << Qt::endl;
    return ExitOk;
}

int runDemoCommand(CliContext &ctx, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() > 1)
        return ctx.usage(QStringLiteral("demo takes no arguments, got '%1'").arg(parser.positionalArguments().at(1)));
    const std::optional<qint64> days = ctx.intOption(parser, QStringLiteral("days"), 1, 3650, 60);
    if (!days)
        return ExitUsage;
    const std::optional<qint64> seed =
        ctx.intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), 42);
    if (!seed)
        return ExitUsage;

    DemoRequest request;
    request.databasePath = ctx.dbPath;
    request.days = int(*days);
    request.seed = quint64(*seed);
    request.endTime = ctx.now;
    if (parser.isSet(QStringLiteral("full")) && parser.isSet(QStringLiteral("history-only")))
        return ctx.usage(QStringLiteral("--full and --history-only exclude each other"));
    if (!parser.isSet(QStringLiteral("history-only")))
        return runFullDemo(ctx, request);
    const Result<DemoSummary> summary = runDemo(request);
    if (!summary)
        return ctx.fail(summary.error());

    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("database"), ctx.dbPath},
                       {QStringLiteral("tasks_created"), summary->tasksCreated},
                       {QStringLiteral("days"), request.days},
                       {QStringLiteral("seed"), QString::number(request.seed)},
                       {QStringLiteral("first_start"), timeformat::toIsoUtc(summary->firstStart)},
                       {QStringLiteral("last_start"), timeformat::toIsoUtc(summary->lastStart)},
                       {QStringLiteral("elapsed_ms"), summary->elapsedMs}});
        return ExitOk;
    }
    ctx.out() << "Generated " << summary->tasksCreated << " tasks over " << request.days << " days ("
              << timeformat::toIsoUtc(summary->firstStart) << " to " << timeformat::toIsoUtc(summary->lastStart)
              << ", seed " << request.seed << ") into " << ctx.dbPath << "." << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("demo"),
    QStringLiteral("Fill the database with a realistic generated history (a home media pipeline) and run every phase on it."),
    QStringLiteral("[--days N] [--seed N] [--history-only]"),
    QStringLiteral("  rulecast-cli demo\n"
                   "  rulecast-cli demo --history-only\n"
                   "  rulecast-cli --db /tmp/demo.db demo --days 90 --seed 7\n"
                   "  rulecast-cli demo --output-format json"),
    &configure,
    &runDemoCommand,
});

} // namespace
} // namespace rulecast::cli
