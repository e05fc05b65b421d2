#include "../commandregistry.h"
#include "../modeloption.h"
#include "patternoutput.h"

#include "app/settings.h"
#include "app/similarpatternsusecase.h"
#include "llm/llmservice.h"

#include <QJsonArray>

#include <memory>

namespace rulecast::cli {
namespace {

using Mode = SimilarSearchRequest::Mode;

void configureSearch(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("pattern-id"), QStringLiteral("Find the stored patterns nearest to pattern N."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("pattern-type"),
                 QStringLiteral("Find the patterns of this kind, most typical first: %1.")
                     .arg(patternTypeNames().join(QLatin1Char('|'))),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("task-types"),
                 QStringLiteral("Find the patterns sharing these task types (comma-separated), largest overlap first."),
                 QStringLiteral("a,b")});
    p.addOption({QStringLiteral("similarity"),
                 QStringLiteral("Only results scoring at least S (0–1; default: pattern_detection.pattern_similarity_"
                                "threshold for --pattern-id, 0 for the attribute searches)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("max-results"), QStringLiteral("At most N results (1–100, default 10)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("min-confidence"), QStringLiteral("Only patterns with at least this confidence (0–1, default 0)."),
                 QStringLiteral("C")});
    p.addOption({QStringLiteral("include-inactive"), QStringLiteral("Also consider behaviours no longer seen.")});
    p.addOption({QStringLiteral("use-embeddings"),
                 QStringLiteral("Blend in the similarity of the patterns' descriptions as a language model embeds "
                                "them (Ollama /api/embed or OpenAI /embeddings; docs/similarity.md).")});
    addUseModelOption(p, llm::ModelChoice::Auto);
}

QJsonObject matchJson(const SimilarMatch &m, Mode mode)
{
    QJsonObject o{{QStringLiteral("pattern"), patternJson(m.pattern)},
                  {QStringLiteral("similarity"), m.similarity},
                  {QStringLiteral("structural_similarity"), m.structural}};
    if (m.semantic)
        o.insert(QStringLiteral("semantic_similarity"), *m.semantic);
    if (mode == Mode::ByPattern)
        o.insert(QStringLiteral("components"), m.components.componentsJson());
    return o;
}

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::ByPattern:
        return QStringLiteral("pattern");
    case Mode::ByType:
        return QStringLiteral("pattern_type");
    case Mode::ByTaskTypes:
        return QStringLiteral("task_types");
    }
    return {};
}

QString scoreText(const SimilarMatch &m)
{
    QString s = QStringLiteral("similarity %1 (structure %2").arg(m.similarity, 0, 'f', 3).arg(m.structural, 0, 'f', 3);
    if (m.semantic)
        s += QStringLiteral(", meaning %1").arg(*m.semantic, 0, 'f', 3);
    return s + QLatin1Char(')');
}

void printHeading(CliContext &ctx, const SimilarSearchRequest &r, const SimilarSearchResult &res)
{
    QTextStream &out = ctx.out();
    switch (r.mode) {
    case Mode::ByPattern:
        out << "Patterns similar to pattern " << res.query->id << " (" << res.query->patternType() << ", "
            << res.query->taskTypes.join(QStringLiteral(", ")) << ": " << res.query->describeEnglish() << ")";
        break;
    case Mode::ByType:
        out << patternTypeName(r.patternType) << " patterns, most typical first";
        break;
    case Mode::ByTaskTypes:
        out << "Patterns with task types like " << r.taskTypes.join(QStringLiteral(", "));
        break;
    }
    out << ", similarity >= " << QString::number(r.threshold, 'f', 2);
    if (!res.embeddingModel.isEmpty())
        out << ", blended with embeddings of " << res.embeddingModel;
    out << ":" << Qt::endl;
}

void printTable(CliContext &ctx, const QList<SimilarMatch> &results)
{
    QTextStream &out = ctx.out();
    out << cell(QStringLiteral("SIM"), 7) << cell(QStringLiteral("ID"), 6) << cell(QStringLiteral("TYPE"), 20)
        << cell(QStringLiteral("TASK TYPES"), 28) << cell(QStringLiteral("WHEN"), 52) << cell(QStringLiteral("CONF"), 6)
        << QStringLiteral("ACTIVE") << Qt::endl;
    for (const SimilarMatch &m : results) {
        const ActivityPattern &p = m.pattern;
        out << cell(QString::number(m.similarity, 'f', 3), 7) << cell(QString::number(p.id), 6) << cell(p.patternType(), 20)
            << cell(p.taskTypes.join(p.kind == PatternKind::Correlation ? QStringLiteral(" -> ") : QStringLiteral(", ")), 28)
            << cell(p.describeEnglish(), 52) << cell(QString::number(p.confidence, 'f', 2), 6) << (p.active ? "yes" : "no")
            << Qt::endl;
    }
}

void printDetails(CliContext &ctx, const QList<SimilarMatch> &results, Mode mode)
{
    for (int i = 0; i < results.size(); ++i) {
        const SimilarMatch &m = results[i];
        ctx.out() << "#" << (i + 1) << "  " << scoreText(m) << Qt::endl;
        if (mode == Mode::ByPattern) {
            QStringList parts;
            const QJsonObject c = m.components.componentsJson();
            for (auto it = c.begin(); it != c.end(); ++it)
                parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toDouble(), 0, 'f', 2);
            ctx.out() << "    components: " << parts.join(QStringLiteral(", ")) << Qt::endl;
        }
        printPatternDetails(ctx, {m.pattern});
    }
}

int runSearch(CliContext &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() > 1)
        return ctx.usage(QStringLiteral("search-similar-patterns takes no arguments, got '%1'").arg(p.positionalArguments().at(1)));
    const int given = int(p.isSet(QStringLiteral("pattern-id"))) + int(p.isSet(QStringLiteral("pattern-type")))
                      + int(p.isSet(QStringLiteral("task-types")));
    if (given != 1)
        return ctx.usage(QStringLiteral("search-similar-patterns: give exactly one of --pattern-id N, --pattern-type T, "
                                        "--task-types a,b"));
    SimilarSearchRequest r;
    r.databasePath = ctx.dbPath;
    r.now = ctx.now;
    if (p.isSet(QStringLiteral("pattern-id"))) {
        const auto id = ctx.intOption(p, QStringLiteral("pattern-id"), 1, std::numeric_limits<qint64>::max(), 0);
        if (!id)
            return ExitUsage;
        r.mode = Mode::ByPattern;
        r.patternId = *id;
    } else if (p.isSet(QStringLiteral("pattern-type"))) {
        const auto type = ctx.choiceOption(p, QStringLiteral("pattern-type"), patternTypeNames(), QString());
        if (!type)
            return ExitUsage;
        r.mode = Mode::ByType;
        r.patternType = *patternKindFromName(*type);
    } else {
        for (const QString &t : p.value(QStringLiteral("task-types")).split(QLatin1Char(',')))
            if (!t.trimmed().isEmpty() && !r.taskTypes.contains(t.trimmed()))
                r.taskTypes << t.trimmed();
        if (r.taskTypes.isEmpty())
            return ctx.usage(QStringLiteral("--task-types: expected task type names separated by commas, got '%1'")
                                 .arg(p.value(QStringLiteral("task-types"))));
        r.mode = Mode::ByTaskTypes;
    }
    const Settings settings;
    const RulecastConfig config = settings.config();
    const auto threshold = ctx.doubleOption(p, QStringLiteral("similarity"), 0.0, 1.0,
                                            r.mode == Mode::ByPattern ? config.patterns.patternSimilarityThreshold : 0.0);
    const auto maxResults = ctx.intOption(p, QStringLiteral("max-results"), 1, 100, 10);
    const auto minConfidence = ctx.doubleOption(p, QStringLiteral("min-confidence"), 0.0, 1.0, 0.0);
    const auto choice = useModelOption(ctx, p, llm::ModelChoice::Auto);
    if (!threshold || !maxResults || !minConfidence || !choice)
        return ExitUsage;
    r.threshold = *threshold;
    r.maxResults = int(*maxResults);
    r.minConfidence = *minConfidence;
    r.includeInactive = p.isSet(QStringLiteral("include-inactive"));

    std::unique_ptr<llm::LlmService> service;
    if (p.isSet(QStringLiteral("use-embeddings"))) {
        llm::LlmSetup setup;
        setup.config = config.llm;
        setup.choice = *choice;
        service = std::make_unique<llm::LlmService>(setup);
        r.embeddings = service.get();
    } else if (p.isSet(QStringLiteral("use-model"))) {
        ctx.warn(QStringLiteral("--use-model is used only with --use-embeddings; searching by structure"));
    }
    Progress progress;
    progress.onStage = [&ctx](const QString &stage) { ctx.info(stage); };
    const Result<SimilarSearchResult> res = searchSimilarPatterns(r, progress);
    if (!res)
        return ctx.fail(res.error());
    for (const QString &w : res->warnings)
        ctx.warn(w);
    ctx.info(QStringLiteral("%1 candidate(s), %2 at or above %3, %4 shown")
                 .arg(res->candidates)
                 .arg(res->aboveThreshold)
                 .arg(r.threshold, 0, 'f', 2)
                 .arg(res->results.size()));
    if (!res->embeddingModel.isEmpty())
        ctx.info(QStringLiteral("embeddings of %1: %2 computed, %3 reused")
                     .arg(res->embeddingModel)
                     .arg(res->embeddingsComputed)
                     .arg(res->embeddingsReused));

    if (ctx.json()) {
        QJsonArray results;
        for (const SimilarMatch &m : res->results)
            results.append(matchJson(m, r.mode));
        QJsonObject search{{QStringLiteral("mode"), modeName(r.mode)},
                           {QStringLiteral("threshold"), r.threshold},
                           {QStringLiteral("max_results"), r.maxResults},
                           {QStringLiteral("min_confidence"), r.minConfidence},
                           {QStringLiteral("include_inactive"), r.includeInactive},
                           {QStringLiteral("candidates"), res->candidates},
                           {QStringLiteral("above_threshold"), res->aboveThreshold},
                           {QStringLiteral("embedding_model"), res->embeddingModel.isEmpty() ? QJsonValue() : QJsonValue(res->embeddingModel)},
                           {QStringLiteral("semantic_weight"), res->embeddingModel.isEmpty() ? 0.0 : kSemanticWeight}};
        if (r.mode == Mode::ByType)
            search.insert(QStringLiteral("pattern_type"), patternTypeName(r.patternType));
        if (r.mode == Mode::ByTaskTypes)
            search.insert(QStringLiteral("task_types"), QJsonArray::fromStringList(r.taskTypes));
        QJsonObject doc{{QStringLiteral("results"), results}, {QStringLiteral("search"), search}};
        if (res->query)
            doc.insert(QStringLiteral("query"), patternJson(*res->query));
        ctx.printJson(doc);
        return ExitOk;
    }
    printHeading(ctx, r, *res);
    if (res->results.isEmpty()) {
        ctx.out() << "No patterns at or above similarity " << QString::number(r.threshold, 'f', 2) << " ("
                  << res->candidates << " compared). Lower --similarity"
                  << (r.includeInactive ? QString() : QStringLiteral(" or add --include-inactive")) << " to see more."
                  << Qt::endl;
        return ExitOk;
    }
    if (ctx.detailed())
        printDetails(ctx, res->results, r.mode);
    else
        printTable(ctx, res->results);
    ctx.out() << Qt::endl
              << res->results.size() << " of " << res->aboveThreshold << " matching patterns shown (" << res->candidates
              << " compared)." << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("search-similar-patterns"),
    QStringLiteral("Find stored patterns similar to one pattern, of one kind, or with given task types."),
    QStringLiteral("(--pattern-id N | --pattern-type T | --task-types a,b) [--similarity S] [--max-results N] "
                   "[--min-confidence C] [--include-inactive] [--use-embeddings [--use-model M]]"),
    QStringLiteral("  rulecast-cli search-similar-patterns --pattern-id 5 --similarity 0.7\n"
                   "  rulecast-cli search-similar-patterns --pattern-type daily_recurring\n"
                   "  rulecast-cli search-similar-patterns --task-types \"transcribe,analyze\"\n"
                   "  rulecast-cli search-similar-patterns --pattern-id 3 --similarity 0.8\n"
                   "  rulecast-cli search-similar-patterns --pattern-type weekly_recurring\n"
                   "  rulecast-cli search-similar-patterns --task-types \"backup,sync\" --max-results 5\n"
                   "  rulecast-cli search-similar-patterns --pattern-type daily_recurring --verbose\n"
                   "  rulecast-cli search-similar-patterns --pattern-id 3 --use-embeddings --use-model ollama\n"
                   "See docs/similarity.md."),
    &configureSearch,
    &runSearch,
});

} // namespace
} // namespace rulecast::cli
