#include "report/reportwriter.h"

#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "report/reporttables.h"
#include "report/reporttext.h"

#include <QSaveFile>

namespace rulecast {

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    if (name == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (name == QLatin1String("html"))
        return ReportFormat::Html;
    if (name == QLatin1String("csv"))
        return ReportFormat::Csv;
    return std::nullopt;
}

QString reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

QStringList reportFormatNames()
{
    return {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv")};
}

namespace {

QString cannotWrite(const QString &path, const QString &why)
{
    return phrase("Report", QT_TRANSLATE_NOOP("Report", "%1: cannot write the report (%2)")).arg(path, why);
}

// Renders into the open file in the current language and names the sections
// written (ids, the same in every language); the number of PDF pages.
Result<int> render(const ReportData &data, ReportFormat format, QSaveFile &file, QStringList *sections)
{
    const QList<ReportTable> tables = reportTables(data);
    *sections = reportSectionIds(tables, format == ReportFormat::Csv);
    switch (format) {
    case ReportFormat::Pdf: return writePdfReport(data, tables, &file);
    case ReportFormat::Html: file.write(htmlReport(data, tables)); break;
    case ReportFormat::Csv: file.write(csvReport(tables)); break;
    }
    return 0;
}

} // namespace

Result<WrittenReport> writeReport(const ReportData &data, ReportFormat format, const QString &path,
                                  ReportLanguage language)
{
    using R = Result<WrittenReport>;
    WrittenReport out;
    out.path = path;
    out.format = format;
    {
        // What callers print or put in JSON (the CLI): English.
        const EnglishOnly english;
        out.missing = data.missing();
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(cannotWrite(path, file.errorString()));
    Result<int> pages = 0;
    {
        // Programs read the CSV: its labels, texts and numbers must not
        // depend on who exported it.
        const ReportLanguageScope scope(format == ReportFormat::Csv ? ReportLanguage::English : language);
        pages = render(data, format, file, &out.sections);
    }
    if (!pages) {
        file.cancelWriting();
        return R::failure(QStringLiteral("%1: %2").arg(path, pages.error()));
    }
    out.pages = *pages;
    out.bytes = file.size();
    if (!file.commit())
        return R::failure(cannotWrite(path, file.errorString()));
    return out;
}

Result<WrittenReport> exportReport(const ExportReportRequest &request, const Progress &progress)
{
    Result<ReportData> data = gatherReportData(request.report, progress);
    if (!data)
        return Result<WrittenReport>::failure(data.error());
    if (progress.canceled())
        return Result<WrittenReport>::failure(phrase("Report", QT_TRANSLATE_NOOP("Report", "canceled; no report was written")));
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Writing the %1 report")).arg(reportFormatName(request.format).toUpper()));
    return writeReport(*data, request.format, request.outPath, request.language);
}

} // namespace rulecast
