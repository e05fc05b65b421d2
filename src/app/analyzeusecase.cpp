#include "analyzeusecase.h"

#include "core/timeformat.h"
#include "core/phrase.h"
#include "storage/database.h"
#include "storage/patternrepository.h"
#include "storage/resourcesamplestore.h"
#include "storage/taskreader.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>

namespace rulecast {

QJsonObject AnalyzeResult::summaryJson() const
{
    const PatternAnalysis &a = analysis;
    QJsonObject byType;
    qint64 createRule = 0;
    QJsonArray recommendations;
    for (const ActivityPattern &p : a.patterns) {
        byType.insert(p.patternType(), byType.value(p.patternType()).toInt() + 1);
        const QString r = p.recommendation();
        createRule += r == QLatin1String("create_rule") ? 1 : 0;
        recommendations.append(QJsonObject{{QStringLiteral("pattern_id"), p.id},
                                           {QStringLiteral("type"), r},
                                           {QStringLiteral("reason"), p.recommendationReasonEnglish()},
                                           {QStringLiteral("description"), p.describeEnglish()}});
    }
    qint64 newCount = 0;
    for (bool c : created)
        newCount += c ? 1 : 0;
    return {
        {QStringLiteral("as_of"), timeformat::toIsoUtc(a.window.until)},
        {QStringLiteral("window_start"), timeformat::toIsoUtc(a.requestedFrom)},
        {QStringLiteral("analyzed_from"), timeformat::toIsoUtc(a.window.from)},
        {QStringLiteral("window_days"), std::round(double(a.window.until - a.requestedFrom) / 864.0) / 100.0},
        {QStringLiteral("total_tasks_analyzed"), a.tasksAnalyzed},
        {QStringLiteral("task_types_analyzed"), qint64(a.analyzedTypes.size())},
        {QStringLiteral("patterns_found"), qint64(a.patterns.size())},
        {QStringLiteral("patterns_new"), newCount},
        {QStringLiteral("patterns_updated"), qint64(a.patterns.size()) - newCount},
        {QStringLiteral("patterns_deactivated"), qint64(deactivatedIds.size())},
        {QStringLiteral("candidates_below_threshold"), a.candidatesBelowThreshold},
        {QStringLiteral("patterns_by_type"), byType},
        {QStringLiteral("create_rule_recommended"), createRule},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("user_profile"), a.profile.toJson()},
        {QStringLiteral("timing_ms"), QJsonObject{{QStringLiteral("read"), readMs},
                                                  {QStringLiteral("detect"), detectMs},
                                                  {QStringLiteral("store"), storeMs}}},
    };
}

Result<AnalyzeResult> runAnalysis(const AnalyzeRequest &request, const Progress &progress)
{
    using R = Result<AnalyzeResult>;
    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return R::failure(db.error());
    const ThreadConnectionCloser closer(db.value());

    AnalyzeResult result;
    QElapsedTimer timer;
    timer.start();
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading tasks")));
    const qint64 from = request.asOf - qint64(request.days) * 86400;
    Result<std::vector<TaskRecord>> tasks = TaskReader(db.value()).read(from, request.asOf);
    if (!tasks)
        return R::failure(tasks.error());
    Result<std::vector<ResourceSample>> samples = ResourceSampleStore(db.value()).read(from, request.asOf);
    if (!samples)
        return R::failure(samples.error());
    result.readMs = timer.restart();
    if (progress.canceled()) {
        result.canceled = true;
        return result;
    }

    result.analysis = PatternDetector(request.options).analyze(tasks.value(), request.asOf, request.days, progress, samples.value());
    result.detectMs = timer.restart();
    if (result.analysis.canceled || progress.canceled()) {
        result.canceled = true;
        return result;
    }

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Storing patterns")));
    Result<PatternStoreOutcome> stored =
        PatternRepository(db.value()).store(result.analysis, request.now > 0 ? request.now : request.asOf);
    if (!stored)
        return R::failure(stored.error());
    result.analysis.patterns = stored->stored;
    result.created = stored->created;
    result.deactivatedIds = stored->deactivatedIds;
    result.warnings = stored->warnings;
    result.storeMs = timer.elapsed();
    return result;
}

} // namespace rulecast
