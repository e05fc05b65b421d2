#include "report/reportdata.h"

#include "report/reporttext.h"

#include "storage/database.h"
#include "storage/patternrepository.h"
#include "storage/rulerepository.h"
#include "core/phrase.h"

#include <algorithm>

namespace rulecast {

int ReportData::enabledRules() const
{
    return int(std::count_if(rules.cbegin(), rules.cend(), [](const SchedulingRule &r) { return r.enabled; }));
}

QStringList ReportData::missing() const
{
    QStringList out;
    if (history.tasks == 0) {
        out << reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No task history: import one (rulecast-cli import) or "
                                                            "create a demo history (rulecast-cli demo)."));
        // Everything else is derived from the history; one sentence says it all.
        return out;
    }
    if (patterns.isEmpty())
        out << reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No active patterns: run analyze-activity-patterns."));
    if (rules.isEmpty())
        out << reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No scheduling rules: run generate-scheduling-rules --from-patterns."));
    if (upcoming.isEmpty())
        out << reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No upcoming predictions: run predict."));
    if (!lastOptimization)
        out << reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No optimization run: run optimize-resource-schedule."));
    else if (runLoad.isEmpty())
        out << reportText(QT_TRANSLATE_NOOP("ReportText", "The load of optimization run #%1 could not be replayed: %2"))
                   .arg(QString::number(lastOptimization->id)) // an id, never grouped
                   .arg(runLoadProblem)
                   .toString();
    if (accuracy.validated == 0)
        out << reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No validated predictions: run predict, wait for the "
                                                            "predicted hours to pass (or predict with --as-of in the "
                                                            "past), then validate-predictions."));
    return out;
}

Result<ReportData> gatherReportData(const ReportRequest &request, const Progress &progress)
{
    using R = Result<ReportData>;
    Result<Database> opened = Database::open(request.databasePath);
    if (!opened)
        return R::failure(opened.error());
    const Database &db = opened.value();
    const ThreadConnectionCloser closer(db);

    ReportData data;
    data.databasePath = db.path();
    data.generatedAt = request.now;
    data.conflictCapacity = std::max(1, request.capacity);
    data.conflictDays = request.conflictDays;

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading the history summary")));
    Result<HistorySummary> history = summarizeHistory(db);
    if (!history)
        return R::failure(history.error());
    data.history = *history;
    Result<QList<QPair<QString, qint64>>> types = countTasksByType(db);
    if (!types)
        return R::failure(types.error());
    data.taskTypes = *types;

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading patterns")));
    const PatternRepository patternRepository(db);
    Result<QList<ActivityPattern>> allPatterns = patternRepository.all();
    if (!allPatterns)
        return R::failure(allPatterns.error());
    for (const ActivityPattern &p : *allPatterns) {
        if (p.active)
            data.patterns.append(p);
        else
            ++data.inactivePatterns;
    }
    std::stable_sort(data.patterns.begin(), data.patterns.end(), [](const ActivityPattern &a, const ActivityPattern &b) {
        return a.confidence != b.confidence ? a.confidence > b.confidence : a.id < b.id;
    });
    if (progress.canceled())
        return R::failure(QStringLiteral("canceled"));

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading rules and checking them for conflicts")));
    Result<QList<SchedulingRule>> rules = RuleRepository(db).all();
    if (!rules)
        return R::failure(rules.error());
    data.rules = *rules;
    ConflictOptions conflictOptions;
    conflictOptions.from = request.now;
    conflictOptions.days = request.conflictDays;
    conflictOptions.capacity = data.conflictCapacity;
    conflictOptions.heavyResources = heavyResourcesFromPatterns(data.patterns);
    conflictOptions.everyPair = true;
    data.conflicts = findConflicts(data.rules, conflictOptions);
    if (progress.canceled())
        return R::failure(QStringLiteral("canceled"));

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading predictions")));
    const OptimizationStore store(db);
    data.upcomingUntil = request.now + qint64(request.predictionDays) * 86400;
    Result<QVector<StoredPrediction>> upcoming = store.predictions(request.now, data.upcomingUntil);
    if (!upcoming)
        return R::failure(upcoming.error());
    data.upcomingTotal = upcoming->size();
    data.upcoming = upcoming->mid(0, request.maxPredictions);
    Result<PredictionAccuracy> accuracy = readPredictionAccuracy(db);
    if (!accuracy)
        return R::failure(accuracy.error());
    data.accuracy = *accuracy;

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading the last optimization")));
    Result<QVector<OptimizationRecord>> runs = store.list(1);
    if (!runs)
        return R::failure(runs.error());
    if (!runs->isEmpty()) {
        data.lastOptimization = runs->first();
        Result<StoredRunLoad> load = replayStoredRunLoad(db, *data.lastOptimization);
        if (load)
            data.runLoad = *load;
        else
            data.runLoadProblem = load.error();
    }
    return data;
}

} // namespace rulecast
