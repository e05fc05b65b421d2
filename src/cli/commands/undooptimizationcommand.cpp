// undo-optimization ID: put back exactly what an applied optimization run
// rewrote (docs/optimizer.md, "Apply and undo").
#include "../commandregistry.h"

#include "app/scheduleoptimization.h"
#include "core/timeformat.h"

#include <QJsonObject>

namespace rulecast::cli {
namespace {

int runUndo(CliContext &ctx, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    // args[0] is the command name.
    if (args.size() < 2)
        return ctx.usage(QStringLiteral("give the id of the optimization run to undo: undo-optimization ID"));
    if (args.size() > 2)
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(args.at(2)));
    bool ok = false;
    const qint64 id = args.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(QStringLiteral("ID: expected the positive id of an optimization run, not '%1'").arg(args.at(1)));
    ctx.info(QStringLiteral("database: %1").arg(ctx.dbPath));
    const Result<ApplySummary> undone = undoOptimization(ctx.dbPath, id, ctx.now);
    if (!undone)
        return ctx.fail(undone.error());
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("id"), id},
                       {QStringLiteral("undone_at"), timeformat::toIsoUtc(*timeformat::parse(undone->stamp))},
                       {QStringLiteral("restored"),
                        QJsonObject{{QStringLiteral("scheduling_rules"), undone->rules},
                                    {QStringLiteral("task_schedules"), undone->taskSchedules},
                                    {QStringLiteral("predictive_schedules"), undone->predictions}}}});
        return ExitOk;
    }
    ctx.out() << "Undid optimization run #" << id << ": restored " << undone->rules << " rule(s), "
              << undone->taskSchedules << " task schedule(s) and " << undone->predictions
              << " predicted task(s) as they were before it was applied." << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("undo-optimization"),
    QStringLiteral("Revert an applied optimization run: its rules, task schedules and predicted tasks get back exactly "
                   "what they had. Refuses (exit 1) when the run is unknown, was a dry run or never applied, was "
                   "undone already, or one of its rules was edited since it was applied."),
    QStringLiteral("ID"),
    QStringLiteral("  rulecast-cli undo-optimization 12\n"
                   "  sqlite3 rulecast.db 'SELECT id, optimization_type, applied_at FROM optimization_results ORDER BY "
                   "created_at DESC LIMIT 5;'"),
    nullptr,
    &runUndo,
});

} // namespace
} // namespace rulecast::cli
