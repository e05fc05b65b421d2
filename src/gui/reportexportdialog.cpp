#include "gui/reportexportdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rulecast {

ReportExportDialog::ReportExportDialog(QWidget *parent, const QString &suggestedStem)
    : QFileDialog(parent, tr("Export Report"))
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setAcceptMode(QFileDialog::AcceptSave);
    // The order follows reportFormatNames(): pdf, html, csv.
    m_filters = {tr("PDF document (*.pdf)"), tr("HTML page (*.html)"), tr("CSV tables (*.csv)")};
    setNameFilters(m_filters);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setDirectory(documents.isEmpty() ? QDir::homePath() : documents);
    connect(this, &QFileDialog::filterSelected, this, [this] {
        const QString suffix = reportFormatName(format());
        setDefaultSuffix(suffix);
        // Keep the typed name, with the new format's suffix.
        const QString current = selectedFiles().value(0);
        if (!current.isEmpty())
            selectFile(QFileInfo(current).completeBaseName() + u'.' + suffix);
    });
    setFormat(ReportFormat::Pdf);
    selectFile(suggestedStem + QStringLiteral(".pdf"));
}

ReportFormat ReportExportDialog::format() const
{
    const int index = int(m_filters.indexOf(selectedNameFilter()));
    return reportFormatFromName(reportFormatNames().value(std::max(0, index))).value_or(ReportFormat::Pdf);
}

void ReportExportDialog::setFormat(ReportFormat format)
{
    selectNameFilter(m_filters.value(int(reportFormatNames().indexOf(reportFormatName(format)))));
    setDefaultSuffix(reportFormatName(format));
}

QString ReportExportDialog::filePath() const
{
    QString path = selectedFiles().value(0);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + reportFormatName(format());
    return path;
}

} // namespace rulecast
