#include "../commandregistry.h"

#include "app/demousecase.h"
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
    QStringLiteral("Fill the database with a realistic generated history (a home media pipeline)."),
    QStringLiteral("[--days N] [--seed N]"),
    QStringLiteral("  rulecast-cli demo\n"
                   "  rulecast-cli --db /tmp/demo.db demo --days 90 --seed 7\n"
                   "  rulecast-cli demo --output-format json"),
    &configure,
    &runDemoCommand,
});

} // namespace
} // namespace rulecast::cli
