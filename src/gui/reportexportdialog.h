#pragma once

#include "report/reportwriter.h"

#include <QFileDialog>

namespace rulecast {

// File → Export Report…: a save dialog whose file type is the report format
// (PDF, HTML or CSV). Window-modal via open(), so the event loop runs.
class ReportExportDialog : public QFileDialog
{
    Q_OBJECT

public:
    explicit ReportExportDialog(QWidget *parent = nullptr, const QString &suggestedStem = QStringLiteral("rulecast-report"));

    ReportFormat format() const;
    void setFormat(ReportFormat format);
    // The chosen file, with the format's suffix when it has none.
    QString filePath() const;

private:
    QStringList m_filters;
};

} // namespace rulecast
