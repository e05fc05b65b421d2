#include "../commandregistry.h"

#include "app/settings.h"
#include "report/reportwriter.h"

#include <QJsonArray>

namespace rulecast::cli {
namespace {

void configureReport(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("format"), QStringLiteral("pdf, html or csv (required)."), QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("out"),
                 QStringLiteral("The file to write (required); replaced only once the new report is complete."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("conflict-days"),
                 QStringLiteral("Days of rule runs, from now, checked for conflicts (1–28, default 7)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("prediction-days"),
                 QStringLiteral("Upcoming predictions up to this many days ahead (1–30, default 7)."),
                 QStringLiteral("N")});
}

int runReportCommand(CliContext &ctx, const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("format")))
        return ctx.usage(QStringLiteral("--format is required: one of %1").arg(reportFormatNames().join(QStringLiteral(", "))));
    const std::optional<QString> formatName =
        ctx.choiceOption(p, QStringLiteral("format"), reportFormatNames(), QStringLiteral("pdf"));
    if (!formatName)
        return ExitUsage;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usage(QStringLiteral("--out FILE is required: the report file to write"));
    const auto conflictDays = ctx.intOption(p, QStringLiteral("conflict-days"), 1, 28, 7);
    if (!conflictDays)
        return ExitUsage;
    const auto predictionDays = ctx.intOption(p, QStringLiteral("prediction-days"), 1, 30, 7);
    if (!predictionDays)
        return ExitUsage;

    ExportReportRequest request;
    request.format = *reportFormatFromName(*formatName);
    request.outPath = out;
    request.report.databasePath = ctx.dbPath;
    request.report.now = ctx.now;
    request.report.capacity = Settings().config().capacity.concurrentSlots;
    request.report.conflictDays = int(*conflictDays);
    request.report.predictionDays = int(*predictionDays);
    Progress progress;
    if (ctx.verbose)
        progress.onStage = [&ctx](const QString &stage) { ctx.info(stage); };
    const Result<WrittenReport> written = exportReport(request, progress);
    if (!written)
        return ctx.fail(written.error());

    const WrittenReport &w = *written;
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("file"), w.path},
                      {QStringLiteral("format"), reportFormatName(w.format)},
                      {QStringLiteral("bytes"), w.bytes},
                      {QStringLiteral("sections"), QJsonArray::fromStringList(w.sections)},
                      {QStringLiteral("missing"), QJsonArray::fromStringList(w.missing)}};
        if (w.format == ReportFormat::Pdf)
            o.insert(QStringLiteral("pages"), w.pages);
        ctx.printJson(o);
        return ExitOk;
    }
    QTextStream &s = ctx.out();
    s << "Wrote " << w.path << " (" << reportFormatName(w.format).toUpper();
    if (w.format == ReportFormat::Pdf)
        s << ", " << w.pages << (w.pages == 1 ? " page" : " pages");
    s << ", " << w.sections.size() << " sections, " << w.bytes << " bytes)." << Qt::endl;
    if (!w.missing.isEmpty()) {
        s << "Not in the database yet:" << Qt::endl;
        for (const QString &m : w.missing)
            s << "  - " << m << Qt::endl;
    }
    if (ctx.detailed())
        s << "Sections: " << w.sections.join(QStringLiteral(", ")) << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("report"),
    QStringLiteral("Write the report (summary, patterns, rules, predictions, last optimization, prediction "
                   "accuracy) as PDF, HTML or CSV."),
    QString(),
    QStringLiteral("  rulecast-cli report --format pdf --out rulecast-report.pdf\n"
                   "  rulecast-cli report --format html --out report.html\n"
                   "  rulecast-cli --output-format json report --format csv --out report.csv"),
    &configureReport,
    &runReportCommand,
    true,
});

} // namespace
} // namespace rulecast::cli
