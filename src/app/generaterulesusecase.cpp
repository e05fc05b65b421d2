#include "generaterulesusecase.h"

#include "app/modelbudget.h"
#include "llm/llmservice.h"
#include "storage/database.h"
#include "storage/patternrepository.h"
#include "storage/rulerepository.h"
#include "core/phrase.h"

#include <QJsonArray>

namespace rulecast {

QJsonObject GenerateRulesResult::summaryJson() const
{
    const QList<SchedulingRule> rules = newRules();
    int enabled = 0, after = 0;
    for (const SchedulingRule &r : rules) {
        enabled += r.enabled ? 1 : 0;
        after += r.isAfterRule() ? 1 : 0;
    }
    QJsonObject bySeverity, byType;
    for (const RuleConflict &c : conflicts) {
        bySeverity.insert(c.severity, bySeverity.value(c.severity).toInt() + 1);
        byType.insert(c.type, byType.value(c.type).toInt() + 1);
    }
    return {{QStringLiteral("patterns_considered"), patternsConsidered},
            {QStringLiteral("patterns_skipped"), qint64(skipped.size())},
            {QStringLiteral("rules_generated"), qint64(rules.size())},
            {QStringLiteral("rules_enabled"), enabled},
            {QStringLiteral("after_rules"), after},
            {QStringLiteral("existing_rules_checked"), existingCount},
            {QStringLiteral("conflicts_found"), qint64(conflicts.size())},
            {QStringLiteral("conflicts_by_type"), byType},
            {QStringLiteral("conflicts_by_severity"), bySeverity},
            {QStringLiteral("conflict_strategy"), strategy},
            {QStringLiteral("rules_changed_by_strategy"), rulesChanged},
            {QStringLiteral("conflicts_remaining"), conflictsRemaining},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("stored"), !dryRun && !rules.isEmpty()}};
}

QList<SchedulingRule> GenerateRulesResult::deterministicRules() const
{
    QList<SchedulingRule> out = all;
    for (int i = 0; i < wording.deterministicNames.size() && existingCount + i < out.size(); ++i) {
        out[existingCount + i].name = wording.deterministicNames.at(i);
        out[existingCount + i].description = wording.deterministicDescriptions.at(i);
    }
    return out;
}

Result<GenerateRulesResult> generateRules(const GenerateRulesRequest &request, const Progress &progress)
{
    using R = Result<GenerateRulesResult>;
    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return R::failure(db.error());
    const ThreadConnectionCloser closer(db.value());

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading patterns and rules")));
    Result<QList<ActivityPattern>> stored = PatternRepository(db.value()).all();
    if (!stored)
        return R::failure(stored.error());
    QList<ActivityPattern> active;
    for (const ActivityPattern &p : stored.value())
        if (p.active)
            active.append(p);
    for (qint64 id : request.options.patternIds) {
        const auto it = std::find_if(stored->begin(), stored->end(), [id](const ActivityPattern &p) { return p.id == id; });
        if (it == stored->end())
            return R::failure(QStringLiteral("--pattern-ids: there is no pattern %1 (see view-detected-patterns)").arg(id));
        if (!it->active)
            return R::failure(QStringLiteral("--pattern-ids: pattern %1 is inactive (no longer seen)").arg(id));
    }
    const RuleRepository rules(db.value());
    Result<QList<SchedulingRule>> existing = rules.all();
    if (!existing)
        return R::failure(existing.error());
    Result<QHash<qint64, qint64>> medians = rules.medianDurations(active);
    if (!medians)
        return R::failure(medians.error());
    if (progress.canceled())
        return R::failure(phrase("GenerateRules", QT_TRANSLATE_NOOP("GenerateRules", "canceled")));

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Generating rules")));
    GenerateRulesResult result;
    result.dryRun = request.dryRun;
    result.strategy = conflictStrategyName(request.strategy);
    for (const ActivityPattern &p : active)
        result.patternsConsidered +=
            request.options.patternIds.isEmpty() || request.options.patternIds.contains(p.id) ? 1 : 0;
    GeneratedRules generated = RuleGenerator(request.options).generate(active, existing.value(), medians.value());
    result.skipped = generated.skipped;
    result.all = existing.value();
    result.existingCount = int(result.all.size());
    result.all.append(generated.rules);

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Checking conflicts")));
    ConflictOptions conflictOptions;
    conflictOptions.from = request.now;
    conflictOptions.days = request.conflictDays;
    conflictOptions.capacity = std::max(1, request.capacity);
    conflictOptions.heavyResources = heavyResourcesFromPatterns(active);
    result.conflicts = findConflicts(result.all, conflictOptions);
    result.rulesChanged = resolveConflicts(request.strategy, result.all, result.conflicts);
    result.conflictsRemaining =
        result.rulesChanged > 0 ? int(findConflicts(result.all, conflictOptions).size()) : int(result.conflicts.size());
    if (progress.canceled())
        return R::failure(phrase("GenerateRules", QT_TRANSLATE_NOOP("GenerateRules", "canceled")));

    // Last, so nothing above can depend on it: the model may only reword.
    if (request.useModel != llm::ModelChoice::None && !generated.rules.isEmpty()) {
        progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Asking a language model for names and descriptions")));
        llm::LlmService service(boundedModelSetup(request.llm, request.useModel));
        QList<SchedulingRule> fresh = result.newRules();
        QStringList taken;
        for (int i = 0; i < result.existingCount; ++i)
            taken.append(result.all.at(i).name);
        result.wording = wordRules(service, fresh, taken, progress);
        for (int i = 0; i < fresh.size(); ++i)
            result.all[result.existingCount + i] = fresh.at(i);
        if (progress.canceled())
            return R::failure(phrase("GenerateRules", QT_TRANSLATE_NOOP("GenerateRules", "canceled")));
    }

    if (request.dryRun || generated.rules.isEmpty())
        return result;
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Storing rules")));
    Result<QList<SchedulingRule>> inserted = rules.insert(result.newRules(), request.now);
    if (!inserted)
        return R::failure(inserted.error());
    for (int i = 0; i < inserted->size(); ++i)
        result.all[result.existingCount + i] = inserted->at(i);
    return result;
}

} // namespace rulecast
