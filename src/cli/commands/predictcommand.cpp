#include "../commandregistry.h"

#include "app/predictusecase.h"
#include "app/settings.h"
#include "core/slotgrid.h"
#include "core/timeformat.h"

namespace rulecast::cli {
namespace {

void configurePredict(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("look-ahead-hours"), QStringLiteral("Hours to predict (1–168, default 24)."),
                 QStringLiteral("H")});
    p.addOption({QStringLiteral("slot-minutes"),
                 QStringLiteral("Slot length in minutes; must divide a day (1–1440, default 30)."), QStringLiteral("M")});
    p.addOption({QStringLiteral("min-confidence"),
                 QStringLiteral("List predictions with at least this calibrated confidence (0–1; default: the "
                                "prediction_confidence_threshold setting, 0.7)."),
                 QStringLiteral("C")});
    p.addOption({QStringLiteral("as-of"),
                 QStringLiteral("Predict as if the clock read TIME: only tasks that started before it (default: now)."),
                 QStringLiteral("TIME")});
    p.addOption({QStringLiteral("schedule"),
                 QStringLiteral("Pre-schedule predictions with confidence >= 0.9 as pending tasks banana-bun's scheduler "
                                "runs (done without the flag when resource_reservation_enabled is true and --as-of is not given).")});
}

int runPredictCommand(CliContext &ctx, const QCommandLineParser &p)
{
    const RulecastConfig::PredictiveScheduling settings = Settings().config().predictive;
    const auto hours = ctx.intOption(p, QStringLiteral("look-ahead-hours"), SlotGrid::kMinLookAheadHours,
                                     SlotGrid::kMaxLookAheadHours, 24);
    if (!hours)
        return ExitUsage;
    const auto slotMinutes = ctx.intOption(p, QStringLiteral("slot-minutes"), 1, 1440, 30);
    if (!slotMinutes)
        return ExitUsage;
    if (!SlotGrid::validSlotMinutes(int(*slotMinutes)))
        return ctx.usage(QStringLiteral("--slot-minutes %1 does not divide a day; use e.g. 5, 10, 15, 30, 60 or 120")
                             .arg(*slotMinutes));
    const auto minConfidence =
        ctx.doubleOption(p, QStringLiteral("min-confidence"), 0.0, 1.0, settings.predictionConfidenceThreshold);
    if (!minConfidence)
        return ExitUsage;
    const auto asOf = ctx.timeOption(p, QStringLiteral("as-of"), ctx.now);
    if (!asOf)
        return ExitUsage;

    PredictRequest request;
    request.databasePath = ctx.dbPath;
    request.asOf = *asOf;
    request.lookAheadHours = int(*hours);
    request.slotMinutes = int(*slotMinutes);
    request.minConfidence = *minConfidence;
    request.maxPredictionsPerHour = settings.maxPredictionsPerHour;
    // Automatic pre-scheduling only when predicting from the real clock: a
    // replay (--as-of) must not leave pending work behind unless asked to.
    request.schedule = p.isSet(QStringLiteral("schedule"))
                       || (settings.resourceReservationEnabled && !p.isSet(QStringLiteral("as-of")));
    request.now = ctx.now;
    Progress progress;
    if (ctx.verbose)
        progress.onStage = [&ctx](const QString &stage) { ctx.info(stage); };
    const Result<PredictReport> report = runPredict(request, progress);
    if (!report)
        return ctx.fail(report.error());
    ctx.info(QStringLiteral("read %1 tasks in %2 ms, predicted in %3 ms")
                 .arg(report->tasksRead)
                 .arg(report->readMs)
                 .arg(report->predictMs));
    if (ctx.json()) {
        ctx.printJson(report->toJson());
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << report->predictions.size() << " predictions with confidence >= " << *minConfidence << " from "
        << timeformat::toIsoUtc(report->grid.start()) << " to " << timeformat::toIsoUtc(report->grid.end()) << " ("
        << report->tasksRead << " tasks of history, " << report->rulesUsed << " rules); " << report->stored
        << " stored in predictive_schedules";
    if (request.schedule)
        out << ", " << report->scheduledTaskIds.size() << " pre-scheduled as pending tasks";
    if (report->droppedByHourLimit > 0)
        out << ", " << report->droppedByHourLimit << " beyond " << request.maxPredictionsPerHour << " per hour dropped";
    out << "." << Qt::endl << Qt::endl;
    for (const PredictedTask &t : report->predictions) {
        const SlotPrediction &s = t.prediction;
        out << timeformat::toIsoUtc(s.slotStart) << "  " << QString::number(s.probability, 'f', 2) << "  "
            << s.taskType;
        if (ctx.detailed()) {
            out << Qt::endl << "    " << s.explanation << Qt::endl << "    needs ~"
                << QString::number(t.resources.durationMinutes, 'f', 1) << " min (p90 "
                << QString::number(t.resources.durationP90Minutes, 'f', 1) << "), cpu "
                << QString::number(t.resources.cpuPercent, 'f', 1) << ", memory "
                << QString::number(t.resources.memoryMb, 'f', 0) << " MB";
            if (!t.resources.estimated.isEmpty())
                out << " (defaults: " << t.resources.estimated.join(QStringLiteral(", ")) << ")";
        } else {
            out << "  " << s.explanation;
        }
        out << Qt::endl;
    }
    if (ctx.detailed()) {
        out << Qt::endl << "Load forecast (starts per hour: median / p90, expected cpu, memory MB):" << Qt::endl;
        for (const HourLoad &h : report->load)
            out << "  " << timeformat::toIsoUtc(h.start) << "  " << h.tasks << " / " << h.tasksP90 << "  "
                << QString::number(h.cpu, 'f', 1) << "  " << QString::number(h.memoryMb, 'f', 0) << Qt::endl;
    }
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("predict"),
    QStringLiteral("Predict which task types start in each slot of the coming hours, with calibrated confidence."),
    QString(),
    QStringLiteral("  rulecast-cli predict\n"
                   "  rulecast-cli predict --schedule\n"
                   "  rulecast-cli predict --look-ahead-hours 48 --slot-minutes 60 --min-confidence 0.5\n"
                   "  rulecast-cli --output-format json predict --as-of 1993-12-20"),
    &configurePredict,
    &runPredictCommand,
});

} // namespace
} // namespace rulecast::cli
