#pragma once

#include "app/importusecase.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace rulecast {

// File → Import…: choose a format and a file (and the SWF type field or the
// syslog year where they matter). The import itself runs in MainWindow on a
// worker thread; this dialog only builds the request.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    // databasePath is left empty: the window fills in the open database.
    ImportRequest request() const;
    void setFormat(const QString &format);
    void setFilePath(const QString &path);

    // The file-dialog name filter for a format ("CSV files (*.csv);;All files (*)").
    static QString fileFilter(const QString &format);

private:
    void browse();
    void updateState();

    QComboBox *m_format = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_swfField = nullptr;
    QLabel *m_swfLabel = nullptr;
    QSpinBox *m_syslogYear = nullptr;
    QLabel *m_syslogLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rulecast
