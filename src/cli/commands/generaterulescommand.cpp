#include "../commandregistry.h"
#include "../modeloption.h"
#include "patternoutput.h"

#include "app/generaterulesusecase.h"
#include "app/settings.h"
#include "core/crondescription.h"
#include "core/cronexpression.h"
#include "core/phrase.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QTimeZone>

namespace rulecast::cli {
namespace {

void configureGenerate(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("from-patterns"), QStringLiteral("Generate from the stored active patterns (required).")});
    p.addOption({QStringLiteral("pattern-ids"),
                 QStringLiteral("Only these patterns, comma-separated ids (default: every active pattern)."),
                 QStringLiteral("IDS")});
    p.addOption({QStringLiteral("min-confidence"),
                 QStringLiteral("Only patterns with at least this confidence (0–1; default: the "
                                "rule_generation.min_pattern_confidence setting, 0.8)."),
                 QStringLiteral("C")});
    p.addOption({QStringLiteral("conflict-strategy"),
                 QStringLiteral("priority, merge or disable_lower (default: the "
                                "rule_generation.conflict_resolution_strategy setting, priority)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("auto-enable"),
                 QStringLiteral("Enable every generated rule (default: only those with confidence >= 0.9).")});
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("Show what would be generated; write nothing.")});
    // A model may only reword the new rules' names and descriptions.
    addUseModelOption(p, llm::ModelChoice::None);
}

QJsonObject ruleJson(const SchedulingRule &r, const RuleWording &wording, int index)
{
    QJsonObject o{{QStringLiteral("id"), r.id > 0 ? QJsonValue(r.id) : QJsonValue()},
                  {QStringLiteral("rule_name"), r.name},
                  {QStringLiteral("cron_expression"), r.cron},
                  {QStringLiteral("description"), r.description},
                  {QStringLiteral("priority"), r.priority},
                  {QStringLiteral("is_enabled"), r.enabled},
                  {QStringLiteral("confidence_score"), r.confidence},
                  {QStringLiteral("pattern_id"), r.patternId > 0 ? QJsonValue(r.patternId) : QJsonValue()},
                  {QStringLiteral("task_type"), r.taskType},
                  {QStringLiteral("estimated_duration_seconds"),
                   r.estimatedDurationSeconds >= 0 ? QJsonValue(r.estimatedDurationSeconds) : QJsonValue()},
                  {QStringLiteral("action_type"), r.actionType()},
                  {QStringLiteral("action_data"), r.actionData()},
                  {QStringLiteral("resolution"), r.resolution.isEmpty() ? QJsonValue() : QJsonValue(r.resolution.toEnglish())}};
    if (wording.asked && index < wording.nameFromModel.size()) {
        // Which words are the model's (untrusted), and the deterministic ones beside them.
        const auto source = [](bool model) { return model ? QStringLiteral("model") : QStringLiteral("deterministic"); };
        o.insert(QStringLiteral("wording"),
                 QJsonObject{{QStringLiteral("name"), source(wording.nameFromModel.at(index))},
                             {QStringLiteral("description"), source(wording.descriptionFromModel.at(index))},
                             {QStringLiteral("deterministic_name"), wording.deterministicNames.at(index)},
                             {QStringLiteral("deterministic_description"), wording.deterministicDescriptions.at(index)}});
    }
    return o;
}

QStringList nextFires(const SchedulingRule &r, qint64 after, int count)
{
    QStringList out;
    const Result<CronExpression> cron = CronExpression::parse(r.cron);
    if (cron)
        for (qint64 t : cron->nextN(after, count, QTimeZone::utc()))
            out << timeformat::toIsoUtc(t);
    return out;
}

void printWording(CliContext &ctx, const RuleWording &w)
{
    if (!w.asked)
        return;
    QTextStream &out = ctx.out();
    if (!w.error.isEmpty())
        out << "Names and descriptions: the deterministic ones (no usable answer from a language model)." << Qt::endl;
    else
        out << "Names and descriptions: " << w.namesReplaced() << " name(s) and " << w.descriptionsReplaced() << " of "
            << w.nameFromModel.size() << " description(s) worded by " << w.provider << " " << w.model
            << " (untrusted text; cron, priority, enabled and conflicts are the deterministic ones)." << Qt::endl;
    out << Qt::endl;
}

void printConflicts(CliContext &ctx, const GenerateRulesResult &result)
{
    QTextStream &out = ctx.out();
    if (result.conflicts.isEmpty())
        return;
    out << Qt::endl << "Conflicts:" << Qt::endl;
    for (const RuleConflict &c : result.conflicts) {
        out << "  [" << c.severity << "] " << c.type << ": " << c.description.toEnglish() << Qt::endl
            << "      suggestion: " << c.suggestion.toEnglish() << Qt::endl;
        if (!c.resolution.isEmpty())
            out << "      resolution: " << c.resolution.toEnglish() << Qt::endl;
    }
}

void printTable(CliContext &ctx, const GenerateRulesResult &result)
{
    QTextStream &out = ctx.out();
    const QList<SchedulingRule> rules = result.newRules();
    if (rules.isEmpty()) {
        out << "No new rules." << Qt::endl;
    } else {
        out << cell(QStringLiteral("ID"), 6) << cell(QStringLiteral("NAME"), 46) << cell(QStringLiteral("CRON"), 20)
            << cell(QStringLiteral("PRIO"), 5) << cell(QStringLiteral("ON"), 4) << cell(QStringLiteral("CONF"), 6)
            << cell(QStringLiteral("PATTERN"), 8) << QStringLiteral("TRIGGER") << Qt::endl;
        for (const SchedulingRule &r : rules)
            out << cell(r.id > 0 ? QString::number(r.id) : QStringLiteral("-"), 6) << cell(r.name, 46) << cell(r.cron, 20)
                << cell(QString::number(r.priority), 5) << cell(r.enabled ? QStringLiteral("yes") : QStringLiteral("no"), 4)
                << cell(QString::number(r.confidence, 'f', 2), 6) << cell(QString::number(r.patternId), 8)
                << (r.isAfterRule() ? QStringLiteral("after %1 +%2 min").arg(r.afterTaskType).arg(r.delayMinutes)
                                    : QStringLiteral("cron"))
                << Qt::endl;
    }
    printConflicts(ctx, result);
}

void printDetails(CliContext &ctx, const GenerateRulesResult &result)
{
    QTextStream &out = ctx.out();
    const QList<SchedulingRule> rules = result.newRules();
    if (rules.isEmpty())
        out << "No new rules." << Qt::endl << Qt::endl;
    for (const SchedulingRule &r : rules) {
        out << "Rule " << (r.id > 0 ? QString::number(r.id) : QStringLiteral("(not stored)")) << ": " << r.name << Qt::endl;
        out << "  description:     " << r.description << Qt::endl;
        const Result<CronExpression> cron = CronExpression::parse(r.cron);
        out << "  cron:            " << r.cron << "  ("
            << (cron ? describeCron(cron.value()) : QStringLiteral("never fires; started only by its action")) << ")"
            << Qt::endl;
        out << "  task type:       " << r.taskType << Qt::endl;
        if (r.isAfterRule())
            out << "  trigger:         " << r.delayMinutes << " min after each " << r.afterTaskType << " (within "
                << r.windowMinutes << " min)" << Qt::endl;
        out << "  priority:        " << r.priority << "   enabled: " << (r.enabled ? "yes" : "no")
            << "   confidence: " << QString::number(r.confidence, 'f', 3) << "   pattern: " << r.patternId << Qt::endl;
        out << "  est. duration:   "
            << (r.estimatedDurationSeconds >= 0 ? QStringLiteral("%1 s").arg(r.estimatedDurationSeconds)
                                                : QStringLiteral("unknown"))
            << Qt::endl;
        const QStringList fires = nextFires(r, ctx.now, 3);
        if (!fires.isEmpty())
            out << "  next runs:       " << fires.join(QStringLiteral(", ")) << Qt::endl;
        if (!r.resolution.isEmpty())
            out << "  conflict change: " << r.resolution.toEnglish() << Qt::endl;
        const int index = int(&r - rules.constData());
        const RuleWording &w = result.wording;
        if (w.asked && index < w.nameFromModel.size() && (w.nameFromModel.at(index) || w.descriptionFromModel.at(index)))
            out << "  deterministic:   " << w.deterministicNames.at(index) << " — "
                << w.deterministicDescriptions.at(index) << Qt::endl;
        out << Qt::endl;
    }
    for (const SkippedPattern &s : result.skipped)
        out << "Pattern " << s.patternId << " skipped: " << s.reason.toEnglish() << Qt::endl;
    if (!result.skipped.isEmpty())
        out << Qt::endl;
    printConflicts(ctx, result);
}

int runGenerate(CliContext &ctx, const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("from-patterns")))
        return ctx.usage(QStringLiteral("generate-scheduling-rules needs --from-patterns (rules are generated from the "
                                        "stored patterns; run analyze-activity-patterns first)"));
    const RulecastConfig config = Settings().config();
    GenerateRulesRequest request;
    request.databasePath = ctx.dbPath;
    request.now = ctx.now;
    request.options.maxRulesPerPattern = config.rules.maxRulesPerPattern;
    request.capacity = config.capacity.concurrentSlots;
    const auto minConfidence =
        ctx.doubleOption(p, QStringLiteral("min-confidence"), 0.0, 1.0, config.rules.minPatternConfidence);
    if (!minConfidence)
        return ExitUsage;
    request.options.minConfidence = *minConfidence;
    const auto strategy = ctx.choiceOption(
        p, QStringLiteral("conflict-strategy"),
        {QStringLiteral("priority"), QStringLiteral("merge"), QStringLiteral("disable_lower")},
        conflictStrategyFromName(config.rules.conflictResolutionStrategy) ? config.rules.conflictResolutionStrategy
                                                                          : QStringLiteral("priority"));
    if (!strategy)
        return ExitUsage;
    request.strategy = *conflictStrategyFromName(*strategy);
    if (p.isSet(QStringLiteral("pattern-ids"))) {
        const QString text = p.value(QStringLiteral("pattern-ids"));
        for (const QString &part : text.split(u',')) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return ctx.usage(QStringLiteral("--pattern-ids: '%1' is not a list of pattern ids (expected e.g. 1,2,5)")
                                     .arg(text));
            request.options.patternIds.append(id);
        }
    }
    request.options.autoEnable = p.isSet(QStringLiteral("auto-enable"));
    request.dryRun = p.isSet(QStringLiteral("dry-run"));
    const std::optional<llm::ModelChoice> useModel = useModelOption(ctx, p, llm::ModelChoice::None);
    if (!useModel)
        return ExitUsage;
    request.useModel = *useModel;
    request.llm = config.llm;
    Progress progress;
    if (ctx.verbose)
        progress.onStage = [&ctx](const QString &stage) { ctx.info(stage); };

    // Generated names and descriptions are written in the generating program's
    // language: the CLI's is English, also where the system locale is not.
    const EnglishOnly english;
    Result<GenerateRulesResult> result = generateRules(request, progress);
    if (!result)
        return ctx.fail(result.error());
    const GenerateRulesResult &r = result.value();
    if (r.wording.asked && !r.wording.error.isEmpty())
        ctx.warn(QStringLiteral("--use-model: kept the deterministic names and descriptions: %1").arg(r.wording.error));
    else if (!r.wording.rejected.isEmpty())
        ctx.warn(QStringLiteral("--use-model: kept the deterministic wording where the model's was not usable: %1")
                     .arg(r.wording.rejected.mid(0, 5).join(QStringLiteral("; ")) +
                          (r.wording.rejected.size() > 5 ? QStringLiteral("; and %1 more").arg(r.wording.rejected.size() - 5)
                                                         : QString())));
    // Conflicts are reported as they were found: with the deterministic names.
    const QList<SchedulingRule> found = r.deterministicRules();
    if (ctx.json()) {
        QJsonArray rules, skipped, conflicts;
        const QList<SchedulingRule> fresh = r.newRules();
        for (int i = 0; i < fresh.size(); ++i)
            rules.append(ruleJson(fresh.at(i), r.wording, i));
        for (const SkippedPattern &s : r.skipped)
            skipped.append(QJsonObject{{QStringLiteral("pattern_id"), s.patternId}, {QStringLiteral("reason"), s.reason.toEnglish()}});
        for (const RuleConflict &c : r.conflicts)
            conflicts.append(c.toJson(found));
        QJsonObject doc{{QStringLiteral("rules"), rules},
                        {QStringLiteral("skipped_patterns"), skipped},
                        {QStringLiteral("conflicts"), conflicts},
                        {QStringLiteral("summary"), r.summaryJson()}};
        if (r.wording.asked)
            doc.insert(QStringLiteral("llm_wording"), r.wording.toJson());
        ctx.printJson(doc);
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << (r.dryRun ? "Dry run: would generate " : "Generated ") << r.newRules().size() << " rules from "
        << r.patternsConsidered << " active patterns (" << r.skipped.size() << " skipped), checked against "
        << r.existingCount << " existing rules; " << r.conflicts.size() << " conflicts, strategy " << r.strategy
        << " changed " << r.rulesChanged << " rules (" << r.conflictsRemaining << " conflicts remain)." << (r.dryRun ? " Nothing was stored." : "") << Qt::endl
        << Qt::endl;
    printWording(ctx, r.wording);
    if (ctx.detailed())
        printDetails(ctx, r);
    else
        printTable(ctx, r);
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("generate-scheduling-rules"),
    QStringLiteral("Phase 2: turn detected patterns into cron and \"after A, run B\" rules, resolving conflicts."),
    QString(),
    QStringLiteral("  rulecast-cli generate-scheduling-rules --from-patterns\n"
                   "  rulecast-cli generate-scheduling-rules --from-patterns --dry-run\n"
                   "  rulecast-cli generate-scheduling-rules --from-patterns --pattern-ids 3,8 --auto-enable\n"
                   "  rulecast-cli --output-format json generate-scheduling-rules --from-patterns "
                   "--min-confidence 0.9 --conflict-strategy disable_lower\n"
                   "  rulecast-cli generate-scheduling-rules --from-patterns --dry-run --use-model ollama"),
    &configureGenerate,
    &runGenerate,
});

} // namespace
} // namespace rulecast::cli
