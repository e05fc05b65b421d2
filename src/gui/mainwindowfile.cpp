// MainWindow's File operations: opening and creating databases, and the
// jobs that write to the open one (import, demo history, report export).
#include "mainwindow.h"

#include "app/demopipeline.h"
#include "app/settings.h"
#include "gui/progressjob.h"
#include "gui/recentdatabases.h"
#include "gui/reportexportdialog.h"
#include "gui/views/mainview.h"
#include "gui/widgets/importdialog.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace rulecast {

namespace {

const QString kDatabaseFilter = QStringLiteral("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)");

} // namespace

Status MainWindow::openDatabase(const QString &path)
{
    Result<Database> db = Database::open(path);
    if (!db)
        return Status::failure(db.error());
    if (m_db && m_db->path() != db->path())
        m_db->closeThreadConnection();
    m_db = db.value();
    RecentDatabases::add(path);
    rebuildRecentMenu();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_dbLabel->setText(QFileInfo(path).fileName());
    m_dbLabel->setToolTip(absolute);
    m_choosingStartView = true;
    for (MainView *view : std::as_const(m_views))
        view->setDatabase(m_db);
    Q_EMIT databaseChanged();
    return Status::success();
}

void MainWindow::openFromUi(const QString &path)
{
    if (const Status s = openDatabase(path); !s) {
        if (!QFileInfo::exists(path)) {
            RecentDatabases::remove(path);
            rebuildRecentMenu();
        }
        showError(tr("Cannot open the database"), s.error());
    }
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QString(), kDatabaseFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    // The save dialog already asked about replacing; a fresh database means an empty file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Cannot create the database"), tr("%1: cannot replace the existing file").arg(path));
        return;
    }
    openFromUi(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(), kDatabaseFilter);
    if (!path.isEmpty())
        openFromUi(path);
}

void MainWindow::importHistory()
{
    if (!m_db || m_jobRunning)
        return;
    auto *dialog = new ImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startImport(dialog->request()); });
    dialog->open();
}

void MainWindow::startImport(ImportRequest request)
{
    if (!m_db || m_jobRunning)
        return;
    request.databasePath = m_db->path();
    m_jobRunning = true;
    for (QAction *a : std::as_const(m_jobActions))
        a->setEnabled(false);
    const QString file = QFileInfo(request.filePath).fileName();
    runWithProgress<ImportSummary>(
        this, tr("Importing %1…").arg(file), [request](const Progress &p) { return runImport(request, p); },
        [this, file](Result<ImportSummary> result, bool canceled) {
            if (canceled) {
                finishJob(false, tr("Import of %1 canceled; the database is unchanged.").arg(file));
                return;
            }
            if (!result) {
                showError(tr("Import failed"),
                          tr("Nothing was imported; the database is unchanged.\n\n%1").arg(result.error()));
                finishJob(false, result.error());
                return;
            }
            const QLocale locale;
            QString text = result->rulesImported > 0
                               ? tr("Imported %Ln job definition(s) from %1", nullptr, int(result->rulesImported)).arg(file)
                               : tr("Imported %Ln task(s) from %1", nullptr, int(result->tasksImported)).arg(file);
            if (result->skipped > 0)
                text += tr(" (%Ln line(s) skipped)", nullptr, int(result->skipped));
            text += tr(" in %1 s.").arg(locale.toString(double(result->elapsedMs) / 1000.0, 'f', 1));
            reloadViews();
            finishJob(true, text);
        });
}

void MainWindow::createDemoHistory()
{
    if (!m_db || m_jobRunning)
        return;
    startDemo();
}

void MainWindow::startDemo(int days)
{
    if (!m_db || m_jobRunning)
        return;
    // The whole demo: the history, then patterns, rules, validated past
    // predictions, the next 24 hours and an optimization run, so that every
    // view has something to show (app/demopipeline.h).
    DemoPipelineRequest request;
    request.demo.databasePath = m_db->path();
    request.demo.days = days;
    request.demo.endTime = QDateTime::currentSecsSinceEpoch();
    request.config = Settings().config();
    m_jobRunning = true;
    for (QAction *a : std::as_const(m_jobActions))
        a->setEnabled(false);
    runWithProgress<DemoPipelineSummary>(
        this, tr("Creating a demo history of %n day(s)…", nullptr, days),
        [request](const Progress &p) { return runDemoPipeline(request, p); },
        [this](Result<DemoPipelineSummary> result, bool canceled) {
            // A pipeline that finished before Cancel arrived has landed: trust the result.
            if (!result && canceled) {
                reloadViews();
                finishJob(false, tr("Demo history canceled; the database is unchanged."));
                return;
            }
            if (!result) {
                reloadViews();
                showError(tr("Cannot create the demo history"), result.error());
                finishJob(false, result.error());
                return;
            }
            reloadViews();
            finishJob(true, tr("Created a demo history of %1 with %2, %3, %4 and an optimization run.")
                                .arg(tr("%Ln task(s)", nullptr, int(result->history.tasksCreated)),
                                     tr("%Ln pattern(s)", nullptr, int(result->patternsFound)),
                                     tr("%Ln rule(s)", nullptr, int(result->rulesCreated)),
                                     tr("%Ln validated prediction(s)", nullptr, int(result->predictionsValidated))));
        });
}

void MainWindow::exportReport()
{
    if (!m_db || m_jobRunning)
        return;
    auto *dialog = new ReportExportDialog(this, QFileInfo(m_db->path()).completeBaseName() + QStringLiteral("-report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startReportExport(dialog->format(), dialog->filePath()); });
    dialog->open();
}

void MainWindow::startReportExport(ReportFormat format, const QString &path)
{
    if (!m_db || m_jobRunning || path.isEmpty())
        return;
    ExportReportRequest request;
    request.report.databasePath = m_db->path();
    request.report.now = QDateTime::currentSecsSinceEpoch();
    request.report.capacity = Settings().config().capacity.concurrentSlots;
    request.format = format;
    request.outPath = path;
    request.language = ReportLanguage::User; // the CSV stays English (writeReport)
    m_jobRunning = true;
    for (QAction *a : std::as_const(m_jobActions))
        a->setEnabled(false);
    const QString file = QFileInfo(path).fileName();
    runWithProgress<WrittenReport>(
        this, tr("Writing the report %1…").arg(file), [request](const Progress &p) { return rulecast::exportReport(request, p); },
        [this, file](Result<WrittenReport> result, bool canceled) {
            if (canceled) {
                finishJob(false, tr("Report canceled; no file was written."));
                return;
            }
            if (!result) {
                showError(tr("Cannot write the report"), result.error());
                finishJob(false, result.error());
                return;
            }
            finishJob(true, result->pages > 0 ? tr("Wrote the report %1 (%Ln page(s)).", nullptr, result->pages).arg(file)
                                              : tr("Wrote the report %1.").arg(file));
        });
}

void MainWindow::finishJob(bool ok, const QString &message)
{
    m_jobRunning = false;
    for (QAction *a : std::as_const(m_jobActions))
        a->setEnabled(true);
    statusBar()->showMessage(message, 15000);
    Q_EMIT jobFinished(ok, message);
}

} // namespace rulecast
