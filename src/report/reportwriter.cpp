#include "report/reportwriter.h"

#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "report/reporttables.h"
#include "core/phrase.h"

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

Result<WrittenReport> writeReport(const ReportData &data, ReportFormat format, const QString &path)
{
    using R = Result<WrittenReport>;
    const QList<ReportTable> tables = reportTables(data);
    WrittenReport out;
    out.path = path;
    out.format = format;
    out.missing = data.missing();
    out.sections = reportSectionIds(tables, format == ReportFormat::Csv);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(phrase("Report", QT_TRANSLATE_NOOP("Report", "%1: cannot write the report (%2)")).arg(path, file.errorString()));
    switch (format) {
    case ReportFormat::Pdf: {
        Result<int> pages = writePdfReport(data, tables, &file);
        if (!pages) {
            file.cancelWriting();
            return R::failure(QStringLiteral("%1: %2").arg(path, pages.error()));
        }
        out.pages = *pages;
        break;
    }
    case ReportFormat::Html: file.write(htmlReport(data, tables)); break;
    case ReportFormat::Csv: file.write(csvReport(tables)); break;
    }
    out.bytes = file.size();
    if (!file.commit())
        return R::failure(phrase("Report", QT_TRANSLATE_NOOP("Report", "%1: cannot write the report (%2)")).arg(path, file.errorString()));
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
    return writeReport(*data, request.format, request.outPath);
}

} // namespace rulecast
