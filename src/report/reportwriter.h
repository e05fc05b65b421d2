#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "report/reportdata.h"
#include "report/reporttext.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace rulecast {

enum class ReportFormat { Pdf, Html, Csv };

std::optional<ReportFormat> reportFormatFromName(const QString &name); // "pdf", "html", "csv"
QString reportFormatName(ReportFormat format);
QStringList reportFormatNames();

struct WrittenReport
{
    QString path;
    ReportFormat format = ReportFormat::Pdf;
    int pages = 0;        // PDF only
    QStringList sections; // table ids in the file, in order
    qint64 bytes = 0;
    QStringList missing;  // ReportData::missing(), in English (the CLI prints it)
};

// Renders `data` and writes it to `path` atomically (QSaveFile): a failure
// leaves an existing file as it was. The error names the file. PDF and HTML
// are written in `language`; the CSV always in English with C-locale numbers.
Result<WrittenReport> writeReport(const ReportData &data, ReportFormat format, const QString &path,
                                  ReportLanguage language = ReportLanguage::English);

// Gathers the data and writes the file: what `rulecast-cli report` and
// File → Export Report… run (on a worker thread in the GUI). PDF and HTML
// need a QGuiApplication for fonts.
struct ExportReportRequest
{
    ReportRequest report;
    ReportFormat format = ReportFormat::Pdf;
    QString outPath;
    // English for the CLI (as it always wrote); the desktop app asks for the
    // user's language.
    ReportLanguage language = ReportLanguage::English;
};
Result<WrittenReport> exportReport(const ExportReportRequest &request, const Progress &progress = {});

} // namespace rulecast
