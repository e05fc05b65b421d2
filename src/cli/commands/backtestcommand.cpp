#include "../commandregistry.h"

#include "app/backtestusecase.h"
#include "core/slotgrid.h"
#include "core/timeformat.h"

#include <cmath>

namespace rulecast::cli {
namespace {

void configureBacktest(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("from"), QStringLiteral("First day to replay (ISO-8601 time or date, UTC)."),
                 QStringLiteral("T1")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Last day to replay, included (ISO-8601 time or date, UTC)."),
                 QStringLiteral("T2")});
    p.addOption({QStringLiteral("slot-minutes"),
                 QStringLiteral("Slot length in minutes; must divide a day (1–1440, default 60)."),
                 QStringLiteral("M")});
}

QString figure(double v, int decimals)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

int runBacktestCommand(CliContext &ctx, const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")))
        return ctx.usage(QStringLiteral("backtest needs --from T1 and --to T2"));
    const auto from = ctx.timeOption(p, QStringLiteral("from"), 0);
    if (!from)
        return ExitUsage;
    const auto to = ctx.timeOption(p, QStringLiteral("to"), 0);
    if (!to)
        return ExitUsage;
    if (*to < *from)
        return ctx.usage(QStringLiteral("--to (%1) lies before --from (%2)")
                             .arg(timeformat::toIsoUtc(*to), timeformat::toIsoUtc(*from)));
    if (SlotGrid::dayOfEpoch(*to) - SlotGrid::dayOfEpoch(*from) > 366)
        return ctx.usage(QStringLiteral("--from and --to may be at most 366 days apart"));
    const auto slotMinutes = ctx.intOption(p, QStringLiteral("slot-minutes"), 1, 1440, 60);
    if (!slotMinutes)
        return ExitUsage;
    if (!SlotGrid::validSlotMinutes(int(*slotMinutes)))
        return ctx.usage(QStringLiteral("--slot-minutes %1 does not divide a day; use e.g. 5, 10, 15, 30, 60 or 120")
                             .arg(*slotMinutes));

    BacktestRequest request;
    request.databasePath = ctx.dbPath;
    request.from = *from;
    request.to = *to;
    request.slotMinutes = int(*slotMinutes);
    Progress progress;
    if (ctx.verbose)
        progress.onStage = [&ctx](const QString &stage) { ctx.info(stage); };
    const Result<BacktestReport> report = runBacktest(request, progress);
    if (!report)
        return ctx.fail(report.error());
    const BacktestResult &r = report->result;
    ctx.info(QStringLiteral("read %1 tasks in %2 ms, replay %3 ms")
                 .arg(report->tasksRead)
                 .arg(report->readMs)
                 .arg(report->replayMs));
    if (r.days.empty())
        ctx.warn(QStringLiteral("no task started between %1 and %2: nothing to score")
                     .arg(timeformat::toIsoUtc(*from), timeformat::toIsoUtc(*to)));
    if (ctx.json()) {
        ctx.printJson(report->toJson());
        return ExitOk;
    }

    QTextStream &out = ctx.out();
    out << "Backtest " << report->toJson().value(QStringLiteral("from")).toString() << " .. "
        << report->toJson().value(QStringLiteral("to")).toString() << ": " << r.days.size() << " days replayed at 00:00 UTC ("
        << r.skippedDays.size() << " without any task skipped), " << r.types.size() << " task types, "
        << r.slotMinutes << "-minute slots: " << r.cells << " cells, " << r.positives << " positive." << Qt::endl
        << Qt::endl;
    out << QStringLiteral("%1  %2  %3  %4  %5  %6")
               .arg(QStringLiteral("model"), -22)
               .arg(QStringLiteral("best F1"), 8)
               .arg(QStringLiteral("Brier"), 7)
               .arg(QStringLiteral("cal.err"), 7)
               .arg(QStringLiteral("p>=0.7 true"), 11)
               .arg(QStringLiteral("n>=0.7"), 7)
        << Qt::endl;
    for (const BacktestModelScore &m : r.models) {
        const PredictionScore &s = m.score;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(m.name, -22)
                   .arg(figure(s.bestF1, 3), 8)
                   .arg(figure(s.brier, 4), 7)
                   .arg(figure(s.calibrationError, 3), 7)
                   .arg(figure(s.precisionAtHigh, 3), 11)
                   .arg(s.countAtHigh, 7)
            << Qt::endl;
    }
    if (ctx.detailed()) {
        out << Qt::endl << "Per day (Brier: " ;
        QStringList names;
        for (const auto &m : r.models)
            names << m.name;
        out << names.join(QStringLiteral(" / ")) << ")" << Qt::endl;
        for (const BacktestDay &d : r.days) {
            QStringList briers;
            for (double b : d.brier)
                briers << QString::number(b, 'f', 4);
            out << "  " << timeformat::toIsoUtc(d.day * SlotGrid::kSecondsPerDay).left(10) << "  positives "
                << d.positives << "/" << d.cells << "  " << briers.join(QStringLiteral(" / ")) << Qt::endl;
        }
        const PredictionScore &ours = r.models.front().score;
        out << Qt::endl << "Calibration of " << r.models.front().name << " (predicted vs observed):" << Qt::endl;
        for (const CalibrationBin &b : ours.bins) {
            if (b.count == 0)
                continue;
            out << QStringLiteral("  [%1, %2)  n=%3  predicted %4  observed %5")
                       .arg(b.lower, 0, 'f', 1)
                       .arg(b.upper, 0, 'f', 1)
                       .arg(b.count, 6)
                       .arg(b.meanPredicted, 0, 'f', 3)
                       .arg(b.observedRate, 0, 'f', 3)
                << Qt::endl;
        }
    }
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("backtest"),
    QStringLiteral("Replay predict as of each day and score it beside the naive baselines."),
    QString(),
    QStringLiteral("  rulecast-cli backtest --from 1993-12-01 --to 1993-12-31\n"
                   "  rulecast-cli --output-format json backtest --from 2027-01-01 --to 2027-01-28 --slot-minutes 30\n"
                   "  rulecast-cli --output-format detailed backtest --from 2027-01-01 --to 2027-01-07"),
    &configureBacktest,
    &runBacktestCommand,
});

} // namespace
} // namespace rulecast::cli
