#include "../commandregistry.h"
#include "patternoutput.h"

#include "storage/patternrepository.h"

namespace rulecast::cli {
namespace {

void configureView(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("pattern-type"),
                 QStringLiteral("Only this kind: %1.").arg(patternTypeNames().join(QLatin1Char('|'))), QStringLiteral("T")});
    p.addOption({QStringLiteral("min-confidence"), QStringLiteral("Only patterns with at least this confidence (0–1, default 0)."),
                 QStringLiteral("C")});
    p.addOption({QStringLiteral("sort-by"), QStringLiteral("confidence (default), frequency, date or type."),
                 QStringLiteral("KEY")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("At most N patterns (1–100000; default: all)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("include-inactive"), QStringLiteral("Also list behaviours no longer seen.")});
}

int runView(CliContext &ctx, const QCommandLineParser &p)
{
    PatternRepository::Filter filter;
    QStringList types = patternTypeNames();
    const auto type = ctx.choiceOption(p, QStringLiteral("pattern-type"), types, QString());
    if (!type)
        return ExitUsage;
    const auto minConfidence = ctx.doubleOption(p, QStringLiteral("min-confidence"), 0.0, 1.0, 0.0);
    if (!minConfidence)
        return ExitUsage;
    const auto sortBy = ctx.choiceOption(p, QStringLiteral("sort-by"), PatternRepository::sortKeys(), QStringLiteral("confidence"));
    if (!sortBy)
        return ExitUsage;
    const auto limit = ctx.intOption(p, QStringLiteral("limit"), 1, 100000, 0);
    if (!limit)
        return ExitUsage;
    filter.patternType = *type;
    filter.minConfidence = *minConfidence;
    filter.sortBy = *sortBy;
    filter.limit = int(*limit);
    filter.includeInactive = p.isSet(QStringLiteral("include-inactive"));

    std::optional<Database> db = ctx.openDatabase();
    if (!db)
        return ExitFailure;
    const PatternRepository repo(*db);
    Result<QList<ActivityPattern>> shown = repo.list(filter);
    if (!shown)
        return ctx.fail(shown.error());
    Result<QList<ActivityPattern>> all = repo.all();
    if (!all)
        return ctx.fail(all.error());

    if (ctx.json()) {
        QJsonObject byType;
        qint64 active = 0;
        for (const ActivityPattern &pat : all.value()) {
            active += pat.active ? 1 : 0;
            if (pat.active)
                byType.insert(pat.patternType(), byType.value(pat.patternType()).toInt() + 1);
        }
        QJsonObject filters{{QStringLiteral("min_confidence"), filter.minConfidence},
                            {QStringLiteral("sort_by"), filter.sortBy},
                            {QStringLiteral("include_inactive"), filter.includeInactive}};
        if (!filter.patternType.isEmpty())
            filters.insert(QStringLiteral("pattern_type"), filter.patternType);
        if (filter.limit > 0)
            filters.insert(QStringLiteral("limit"), filter.limit);
        ctx.printJson({{QStringLiteral("patterns"), patternsJson(shown.value())},
                       {QStringLiteral("analysis_summary"),
                        QJsonObject{{QStringLiteral("patterns_shown"), qint64(shown->size())},
                                    {QStringLiteral("total_patterns"), qint64(all->size())},
                                    {QStringLiteral("active_patterns"), active},
                                    {QStringLiteral("active_by_type"), byType},
                                    {QStringLiteral("filters"), filters}}}});
        return ExitOk;
    }
    if (ctx.detailed())
        printPatternDetails(ctx, shown.value());
    else
        printPatternTable(ctx, shown.value());
    ctx.out() << Qt::endl << shown->size() << " of " << all->size() << " stored patterns shown." << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("view-detected-patterns"),
    QStringLiteral("List stored activity patterns with filters and sorting."),
    QString(),
    QStringLiteral("  rulecast-cli view-detected-patterns\n"
                   "  rulecast-cli view-detected-patterns --pattern-type daily_recurring --min-confidence 0.8\n"
                   "  rulecast-cli view-detected-patterns --sort-by frequency --limit 10\n"
                   "  rulecast-cli --output-format json view-detected-patterns --sort-by date --include-inactive"),
    &configureView,
    &runView,
});

} // namespace
} // namespace rulecast::cli
