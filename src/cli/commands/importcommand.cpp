#include "../commandregistry.h"

#include "app/importusecase.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace rulecast::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to import."));
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Input format: %1 (see docs/import.md).").arg(importFormats().join(u'|')),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("type-field"),
                      QStringLiteral("swf: the job field that becomes the task type: user (default), app, queue "
                                     "or partition."),
                      QStringLiteral("FIELD"), QStringLiteral("user")});
    parser.addOption({QStringLiteral("year"),
                      QStringLiteral("syslog: the year of classic 'Mon DD HH:MM:SS' stamps (default: the year the "
                                     "file was last modified)."),
                      QStringLiteral("YEAR")});
}

// Progress on stderr in 10% steps, only once an import takes a moment, so a
// small file prints nothing and a large one shows it is alive.
Progress stderrProgress(CliContext &ctx, QElapsedTimer &timer, int &lastDecile)
{
    Progress progress;
    progress.onProgress = [&ctx, &timer, &lastDecile](qint64 done, qint64 total) {
        if (total <= 0 || timer.elapsed() < 500)
            return;
        const int decile = int(done * 10 / total);
        if (decile <= lastDecile || decile >= 10)
            return;
        lastDecile = decile;
        ctx.err() << "import: " << decile * 10 << "%" << Qt::endl;
    };
    return progress;
}

int runImportCommand(CliContext &ctx, const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (!parser.isSet(QStringLiteral("format")))
        return ctx.usage(QStringLiteral("--format is required: one of %1").arg(importFormats().join(u'|')));
    const std::optional<QString> format = ctx.choiceOption(parser, QStringLiteral("format"), importFormats(), QString());
    if (!format)
        return ExitUsage;
    if (files.size() != 1)
        return ctx.usage(files.isEmpty() ? QStringLiteral("FILE is required: rulecast-cli import --format %1 FILE").arg(*format)
                                         : QStringLiteral("one FILE at a time, got %1").arg(files.size()));
    const std::optional<QString> typeField =
        ctx.choiceOption(parser, QStringLiteral("type-field"),
                         {QStringLiteral("user"), QStringLiteral("app"), QStringLiteral("queue"), QStringLiteral("partition")},
                         QStringLiteral("user"));
    if (!typeField)
        return ExitUsage;
    const std::optional<qint64> year = ctx.intOption(parser, QStringLiteral("year"), 1970, 9999, 0);
    if (!year)
        return ExitUsage;

    ImportRequest request;
    request.databasePath = ctx.dbPath;
    request.format = *format;
    request.filePath = files.first();
    request.swfTypeField = *typeField;
    request.syslogYear = int(*year);
    QElapsedTimer timer;
    timer.start();
    int lastDecile = 0;
    const Result<ImportSummary> summary = runImport(request, stderrProgress(ctx, timer, lastDecile));
    if (!summary)
        return ctx.fail(summary.error());

    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("database"), ctx.dbPath},
                       {QStringLiteral("format"), summary->format},
                       {QStringLiteral("file"), summary->filePath},
                       {QStringLiteral("tasks_imported"), summary->tasksImported},
                       {QStringLiteral("rules_imported"), summary->rulesImported},
                       {QStringLiteral("skipped"), summary->skipped},
                       {QStringLiteral("elapsed_ms"), summary->elapsedMs}});
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    if (summary->rulesImported > 0 || *format == QLatin1String("crontab") || *format == QLatin1String("jobs-json"))
        out << "Imported " << summary->rulesImported << " job definitions as scheduling rules";
    else
        out << "Imported " << summary->tasksImported << " tasks";
    out << " from " << summary->filePath << " (" << summary->format << ") in "
        << QString::number(summary->elapsedMs / 1000.0, 'f', 2) << " s";
    if (summary->skipped > 0)
        out << "; skipped " << summary->skipped << " lines that are not task runs or job definitions";
    out << "." << Qt::endl;
    if (ctx.detailed())
        out << "Database: " << ctx.dbPath << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("import"),
    QStringLiteral("Add task history (csv, json, banana-bun, swf, syslog) or job definitions as rules (crontab, "
                   "jobs-json). All or nothing: a bad row stops the import and changes nothing."),
    QStringLiteral("--format F FILE"),
    QStringLiteral("  rulecast-cli import --format csv history.csv\n"
                   "  rulecast-cli import --format json tasks.json --output-format json\n"
                   "  rulecast-cli import --format banana-bun ~/banana-bun/data/banana-bun.db\n"
                   "  rulecast-cli import --format swf NASA-iPSC-1993-3.1-cln.swf.gz --type-field user\n"
                   "  rulecast-cli import --format syslog /var/log/syslog --year 2026\n"
                   "  journalctl -u cron -o short-iso > cron.log && rulecast-cli import --format syslog cron.log\n"
                   "  crontab -l > my.crontab && rulecast-cli import --format crontab my.crontab\n"
                   "  rulecast-cli import --format jobs-json jobs-1.json"),
    &configure,
    &runImportCommand,
});

} // namespace
} // namespace rulecast::cli
