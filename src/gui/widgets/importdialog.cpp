#include "importdialog.h"

#include "core/phrase.h"
#include "gui/tips.h"

#include "storage/importer.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace rulecast {

namespace {

const QString kLastDirKey = QStringLiteral("import/lastDirectory");
const QString kLastFormatKey = QStringLiteral("import/lastFormat");

} // namespace

ImportDialog::ImportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import History"));
    auto *form = new QFormLayout;

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    for (const ImportFormat &f : importFormatTable())
        m_format->addItem(f.name, f.name);
    setTips(m_format, tr("What kind of file this is; the line below says what it holds"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_summary);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("Choose a file…"));
    setTips(m_file, tr("The file to import"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    setTips(browse, tr("Choose the file in a file dialog"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("F&ile:"), fileRow);

    m_swfField = new QComboBox(this);
    m_swfField->setObjectName(QStringLiteral("swfTypeField"));
    m_swfField->addItem(tr("user id"), QStringLiteral("user"));
    m_swfField->addItem(tr("application"), QStringLiteral("app"));
    m_swfField->addItem(tr("queue"), QStringLiteral("queue"));
    m_swfField->addItem(tr("partition"), QStringLiteral("partition"));
    setTips(m_swfField, tr("Which SWF column becomes the task type"));
    m_swfLabel = new QLabel(tr("&Task type from:"), this);
    m_swfLabel->setBuddy(m_swfField);
    form->addRow(m_swfLabel, m_swfField);

    m_syslogYear = new QSpinBox(this);
    m_syslogYear->setRange(0, 9999);
    m_syslogYear->setSpecialValueText(tr("year the file was last modified"));
    setTips(m_syslogYear, tr("Classic syslog lines ('Nov 27 10:00:01') carry no year"));
    m_syslogLabel = new QLabel(tr("&Year of the lines:"), this);
    m_syslogLabel->setBuddy(m_syslogYear);
    form->addRow(m_syslogLabel, m_syslogYear);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(kLastFormatKey, m_format->currentData());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updateState);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    setFormat(QSettings().value(kLastFormatKey, QStringLiteral("csv")).toString());
    updateState();
    resize(520, sizeHint().height());
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.format = m_format->currentData().toString();
    r.filePath = m_file->text().trimmed();
    r.swfTypeField = m_swfField->currentData().toString();
    r.syslogYear = m_syslogYear->value();
    return r;
}

void ImportDialog::setFormat(const QString &format)
{
    const int i = m_format->findData(format);
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

void ImportDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
}

QString ImportDialog::fileFilter(const QString &format)
{
    QString patterns;
    if (format == QLatin1String("csv"))
        patterns = tr("CSV files (*.csv)");
    else if (format == QLatin1String("json") || format == QLatin1String("jobs-json"))
        patterns = tr("JSON files (*.json)");
    else if (format == QLatin1String("banana-bun"))
        patterns = tr("SQLite databases (*.db *.sqlite *.sqlite3)");
    else if (format == QLatin1String("swf"))
        patterns = tr("SWF traces (*.swf *.swf.gz *.gz)");
    else if (format == QLatin1String("syslog"))
        patterns = tr("Log files (*.log *.txt syslog*)");
    if (patterns.isEmpty())
        return tr("All files (*)");
    return patterns + QStringLiteral(";;") + tr("All files (*)");
}

void ImportDialog::browse()
{
    const QString format = m_format->currentData().toString();
    const QString start = m_file->text().isEmpty() ? QSettings().value(kLastDirKey).toString() : m_file->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import %1").arg(format), start, fileFilter(format));
    if (path.isEmpty())
        return;
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    m_file->setText(path);
}

void ImportDialog::updateState()
{
    const QString format = m_format->currentData().toString();
    if (const ImportFormat *f = findImportFormat(format)) {
        const QString summary = phrase("ImportFormat", f->summary.toUtf8().constData());
        m_summary->setText(summary.left(1).toUpper() + summary.mid(1) + u'.');
    }
    const bool swf = format == QLatin1String("swf");
    const bool syslog = format == QLatin1String("syslog");
    m_swfField->setVisible(swf);
    m_swfLabel->setVisible(swf);
    m_syslogYear->setVisible(syslog);
    m_syslogLabel->setVisible(syslog);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_file->text().trimmed().isEmpty());
}

} // namespace rulecast
