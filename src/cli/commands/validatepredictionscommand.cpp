#include "../commandregistry.h"

#include "app/settings.h"
#include "app/validatepredictionsusecase.h"
#include "core/timeformat.h"

#include <cmath>

namespace rulecast::cli {
namespace {

void configureValidatePredictions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("as-of"),
                 QStringLiteral("Validate as if the clock read TIME: predictions more than "
                                "prediction_validation_window_hours before it are due (default: now)."),
                 QStringLiteral("TIME")});
    p.addOption({QStringLiteral("tolerance-minutes"),
                 QStringLiteral("A run this many minutes before or after the predicted slot still counts "
                                "(0–1440, default 30)."),
                 QStringLiteral("M")});
}

QString figure(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

int runValidatePredictionsCommand(CliContext &ctx, const QCommandLineParser &p)
{
    const auto asOf = ctx.timeOption(p, QStringLiteral("as-of"), ctx.now);
    if (!asOf)
        return ExitUsage;
    const auto tolerance = ctx.intOption(p, QStringLiteral("tolerance-minutes"), 0, 1440, 30);
    if (!tolerance)
        return ExitUsage;

    ValidateRequest request;
    request.databasePath = ctx.dbPath;
    request.asOf = *asOf;
    request.windowHours = Settings().config().predictive.predictionValidationWindowHours;
    request.toleranceMinutes = int(*tolerance);
    request.now = ctx.now;
    Progress progress;
    if (ctx.verbose)
        progress.onStage = [&ctx](const QString &stage) { ctx.info(stage); };
    const Result<ValidateReport> report = runValidatePredictions(request, progress);
    if (!report)
        return ctx.fail(report.error());
    if (report->validated.empty())
        ctx.warn(QStringLiteral("no unvalidated prediction at or before %1 (%2 hours before %3): nothing to validate")
                     .arg(timeformat::toIsoUtc(report->dueBefore))
                     .arg(request.windowHours)
                     .arg(timeformat::toIsoUtc(*asOf)));
    if (ctx.json()) {
        ctx.printJson(report->toJson());
        return ExitOk;
    }

    const ValidateReport &r = *report;
    const qint64 n = qint64(r.validated.size());
    QTextStream &out = ctx.out();
    out << "Validated " << n << " predictions at or before " << timeformat::toIsoUtc(r.dueBefore) << " (tolerance "
        << r.toleranceMinutes << " min): " << r.hits << " came true, " << (n - r.hits) << " did not." << Qt::endl;
    out << "accuracy rate " << figure(r.accuracyRate, 3) << ", false-positive rate " << figure(r.falsePositiveRate, 3)
        << ", Brier " << figure(n > 0 ? r.score.brier : qQNaN(), 4) << ", duration estimate error "
        << figure(r.durationErrorMinutes, 1) << " min over " << r.durationSamples << " runs." << Qt::endl;
    if (n == 0)
        return ExitOk;
    out << Qt::endl << "Calibration (confidence bin: predictions, mean confidence, came true):" << Qt::endl;
    for (const CalibrationBin &b : r.score.bins) {
        if (b.count == 0)
            continue;
        out << "  " << QString::number(b.lower, 'f', 1) << "-" << QString::number(b.upper, 'f', 1) << "  " << b.count
            << "  " << figure(b.meanPredicted, 3) << "  " << figure(b.observedRate, 3) << Qt::endl;
    }
    if (ctx.detailed()) {
        out << Qt::endl;
        for (const ValidatedPrediction &v : r.validated) {
            out << timeformat::toIsoUtc(v.predictedAt) << "  " << QString::number(v.confidence, 'f', 2) << "  "
                << v.taskType << "  ";
            if (v.hit)
                out << "ran " << timeformat::toIsoUtc(v.actualStart) << ", took "
                    << figure(v.actualDurationMinutes, 1) << " min (estimated "
                    << figure(v.estimatedDurationMinutes, 1) << ")";
            else
                out << "did not run";
            out << Qt::endl;
        }
    }
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("validate-predictions"),
    QStringLiteral("Score stored predictions against what actually ran; write actual_execution_time and "
                   "prediction_accuracy."),
    QString(),
    QStringLiteral("  rulecast-cli validate-predictions\n"
                   "  rulecast-cli validate-predictions --tolerance-minutes 15\n"
                   "  rulecast-cli --output-format json validate-predictions --as-of 2026-02-12"),
    &configureValidatePredictions,
    &runValidatePredictionsCommand,
});

} // namespace
} // namespace rulecast::cli
