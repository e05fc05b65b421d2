#include "../commandregistry.h"
#include "patternoutput.h"

#include "app/analyzeusecase.h"
#include "app/settings.h"
#include "core/timeformat.h"

#include <QJsonArray>

namespace rulecast::cli {
namespace {

void configureAnalyze(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("days"),
                 QStringLiteral("Days of history before the as-of time to analyse (1–3650; default: the "
                                "analysis_window_days setting, 30)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("min-confidence"),
                 QStringLiteral("Keep patterns with at least this confidence (0–1; default: the "
                                "min_confidence_threshold setting, 0.7)."),
                 QStringLiteral("C")});
    p.addOption({QStringLiteral("as-of"),
                 QStringLiteral("Analyse as if the clock read TIME: only tasks that started before it (default: now)."),
                 QStringLiteral("TIME")});
    p.addOption({QStringLiteral("min-detections"),
                 QStringLiteral("Occurrences a pattern needs in the window (1–100000; default: the "
                                "min_detection_count setting, 3)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("correlation-window"),
                 QStringLiteral("Minutes after a task within which a following task counts as correlated (1–1440, default 60)."),
                 QStringLiteral("MINUTES")});
}

int runAnalyze(CliContext &ctx, const QCommandLineParser &p)
{
    // Defaults from the settings (pattern_detection.*), flags override them.
    const RulecastConfig::PatternDetection settings = Settings().config().patterns;
    DetectionOptions defaults;
    defaults.minConfidence = settings.minConfidenceThreshold;
    defaults.minDetectionCount = settings.minDetectionCount;
    defaults.analysisWindowDays = settings.analysisWindowDays;
    const auto days = ctx.intOption(p, QStringLiteral("days"), 1, 3650, defaults.analysisWindowDays);
    if (!days)
        return ExitUsage;
    const auto minConfidence = ctx.doubleOption(p, QStringLiteral("min-confidence"), 0.0, 1.0, defaults.minConfidence);
    if (!minConfidence)
        return ExitUsage;
    const auto asOf = ctx.timeOption(p, QStringLiteral("as-of"), ctx.now);
    if (!asOf)
        return ExitUsage;
    const auto minDetections = ctx.intOption(p, QStringLiteral("min-detections"), 1, 100000, defaults.minDetectionCount);
    if (!minDetections)
        return ExitUsage;
    const auto window = ctx.intOption(p, QStringLiteral("correlation-window"), 1, 1440, defaults.correlationWindowMinutes);
    if (!window)
        return ExitUsage;

    AnalyzeRequest request;
    request.databasePath = ctx.dbPath;
    request.asOf = *asOf;
    request.days = int(*days);
    request.now = ctx.now;
    request.options.minConfidence = *minConfidence;
    request.options.minDetectionCount = int(*minDetections);
    request.options.analysisWindowDays = int(*days);
    request.options.correlationWindowMinutes = int(*window);
    Progress progress;
    if (ctx.verbose)
        progress.onStage = [&ctx](const QString &stage) { ctx.info(stage); };

    Result<AnalyzeResult> result = runAnalysis(request, progress);
    if (!result)
        return ctx.fail(result.error());
    for (const QString &w : result->warnings)
        ctx.warn(w);
    const PatternAnalysis &a = result->analysis;
    ctx.info(QStringLiteral("read %1 ms, detect %2 ms, store %3 ms")
                 .arg(result->readMs)
                 .arg(result->detectMs)
                 .arg(result->storeMs));

    if (ctx.json()) {
        QJsonArray patterns;
        for (int i = 0; i < a.patterns.size(); ++i) {
            QJsonObject o = patternJson(a.patterns[i]);
            o.insert(QStringLiteral("status"), result->created.value(i) ? QStringLiteral("new") : QStringLiteral("updated"));
            patterns.append(o);
        }
        ctx.printJson({{QStringLiteral("patterns"), patterns}, {QStringLiteral("analysis_summary"), result->summaryJson()}});
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << "Analysed " << a.tasksAnalyzed << " tasks of " << a.analyzedTypes.size() << " types from "
        << timeformat::toIsoUtc(a.window.from) << " to " << timeformat::toIsoUtc(a.window.until) << "." << Qt::endl;
    qint64 created = 0;
    for (bool c : result->created)
        created += c ? 1 : 0;
    out << "Found " << a.patterns.size() << " patterns with confidence >= " << *minConfidence << " (" << created
        << " new, " << a.patterns.size() - created << " updated); " << result->deactivatedIds.size()
        << " earlier patterns no longer seen were marked inactive." << Qt::endl
        << Qt::endl;
    if (ctx.detailed())
        printPatternDetails(ctx, a.patterns);
    else
        printPatternTable(ctx, a.patterns);
    const BehaviorProfile &profile = a.profile;
    QStringList hours, types;
    for (int h : profile.peakHours)
        hours << QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
    for (const auto &t : profile.preferredTaskTypes)
        types << QStringLiteral("%1 (%2%)").arg(t.first).arg(t.second * 100.0, 0, 'f', 1);
    out << Qt::endl
        << "User profile: " << QString::number(profile.interactionFrequency, 'f', 1) << " tasks/day; peak hours "
        << (hours.isEmpty() ? QStringLiteral("none") : hours.join(QStringLiteral(", "))) << " UTC; most run: "
        << (types.isEmpty() ? QStringLiteral("none") : types.join(QStringLiteral(", "))) << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("analyze-activity-patterns"),
    QStringLiteral("Phase 1: detect daily, weekly, monthly, interval, correlation and resource patterns."),
    QString(),
    QStringLiteral("  rulecast-cli analyze-activity-patterns\n"
                   "  rulecast-cli analyze-activity-patterns --days 90 --min-confidence 0.8\n"
                   "  rulecast-cli --output-format json analyze-activity-patterns --as-of 2027-03-01\n"
                   "  rulecast-cli --output-format detailed analyze-activity-patterns --days 14 --correlation-window 30"),
    &configureAnalyze,
    &runAnalyze,
});

} // namespace
} // namespace rulecast::cli
