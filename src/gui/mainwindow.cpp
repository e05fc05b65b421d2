#include "mainwindow.h"

#include "app/demopipeline.h"
#include "app/settings.h"
#include "gui/charts/chartexport.h"
#include "gui/progressjob.h"
#include "gui/recentdatabases.h"
#include "gui/reportexportdialog.h"
#include "gui/views/dashboardview.h"
#include "gui/views/historyview.h"
#include "gui/views/optimizationview.h"
#include "gui/views/patternsview.h"
#include "gui/views/predictionsview.h"
#include "gui/views/rulesview.h"
#include "gui/widgets/historyfilterbar.h"
#include "gui/widgets/crontesterdialog.h"
#include "gui/widgets/importdialog.h"
#include "gui/widgets/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <utility>

// The icons are compiled into rulecast_gui, a static library: without an
// explicit registration the linker drops them and ":/rulecast/…" is empty.
// Q_INIT_RESOURCE must be used outside any namespace.
static void registerGuiResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(rulecast);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace rulecast {

void initGuiResources()
{
    registerGuiResources();
}

namespace {

const QString kDatabaseFilter = QStringLiteral("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)");

// Gives an action its shortcut, and a tooltip and status tip that name it, so
// the key is discoverable from the menu, the tooltip and the status bar.
void describe(QAction *action, const QString &tip, const QKeySequence &shortcut = {})
{
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    const QString key = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key));
    action->setStatusTip(tip);
}

} // namespace

const char *const MainWindow::homepageUrl = "https://github.com/rulecast/rulecast";
const char *const MainWindow::documentationUrl = "https://github.com/rulecast/rulecast/blob/main/docs/gui.md";
const char *const MainWindow::issuesUrl = "https://github.com/rulecast/rulecast/issues";

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    initGuiResources();
    setWindowTitle(QStringLiteral("Rulecast"));
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    // The Dashboard comes first: the figures at a glance, each a way into the view behind it.
    addView(new DashboardView(this));
    m_history = new HistoryView(this);
    addView(m_history);
    connect(m_history, &HistoryView::overviewChanged, this, &MainWindow::updateStatus);
    connect(m_history, &HistoryView::importRequested, this, &MainWindow::importHistory);
    connect(m_history, &HistoryView::demoRequested, this, &MainWindow::createDemoHistory);
    addView(new PatternsView(this));
    addView(new RulesView(this));
    addView(new PredictionsView(this));
    addView(new OptimizationView(this));

    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dbLabel->setToolTip(tr("The open database"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setToolTip(tr("Tasks, task types and the days the history covers"));
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_dbLabel);

    createMenus();
    applyDisplaySettings();
    updateStatus(HistorySummary{});
    resize(1200, 780);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Background queries (overview, heatmap) and jobs (import, demo) hold
    // their own connections on pool threads; let them finish while the SQL
    // driver and the application still exist. Their results are dropped:
    // the watchers die with the views.
    QThreadPool::globalInstance()->waitForDone();
}

void MainWindow::addView(MainView *view)
{
    m_views.append(view);
    m_tabs->addTab(view, view->title());
    connect(view, &MainView::errorOccurred, this,
            [this](const QString &message) { showError(tr("Rulecast"), message); });
    connect(view, &MainView::viewRequested, this, [this](const QString &viewId) { showView(viewId); });
    // Ctrl+1 … Ctrl+9 switch views in tab order; listed in the View menu.
    if (m_views.size() <= 9) {
        auto *action = new QAction(view->title(), this);
        action->setObjectName(QStringLiteral("actionShow_%1").arg(view->viewId()));
        describe(action, tr("Show the %1 view").arg(view->title()),
                 QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + m_views.size())));
        connect(action, &QAction::triggered, this, [this, view] { showView(view); });
        addAction(action);
        m_tabs->setTabToolTip(int(m_views.size()) - 1, action->toolTip());
        m_viewActions.append(action);
        if (m_viewMenu)
            m_viewMenu->addAction(action);
    }
}

void MainWindow::applyDisplaySettings()
{
    // display.timezone decides which hour and weekday a start falls on; empty
    // (the default) is the system's local zone.
    const QString id = Settings().config().display.timeZone;
    const QTimeZone zone = id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
    m_history->setTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto languageChanged = std::make_shared<bool>(false);
    connect(dialog, &SettingsDialog::applied, this, [this, languageChanged](const QStringList &keys) {
        // The time zone applies at once; views re-read it (and every other
        // setting they use) when they reload.
        if (keys.contains(QStringLiteral("display.timezone"))) {
            applyDisplaySettings(); // the History view re-reads with the new zone
            for (MainView *view : std::as_const(m_views))
                if (view != m_history)
                    view->reload();
        }
        if (keys.contains(QStringLiteral("display.language")))
            *languageChanged = true;
        statusBar()->showMessage(tr("Settings saved (%n change(s)).", nullptr, int(keys.size())), 10000);
    });
    // The window is rebuilt in the new language once the dialog (its child)
    // has closed, also after Apply followed by Cancel.
    connect(dialog, &QDialog::finished, this, [this, languageChanged] {
        if (*languageChanged)
            Q_EMIT languageChangeRequested();
    });
    dialog->open();
}

MainWindow::Layout MainWindow::layout() const
{
    const MainView *view = currentView();
    return {saveGeometry(), saveState(), view ? view->viewId() : QString()};
}

void MainWindow::restoreLayout(const Layout &layout)
{
    restoreGeometry(layout.geometry);
    restoreState(layout.state);
    m_choosingStartView = false;
    if (MainView *v = view(layout.viewId))
        showView(v);
}

void MainWindow::showView(MainView *view)
{
    m_tabs->setCurrentWidget(view);
}

MainView *MainWindow::view(const QString &viewId) const
{
    for (MainView *v : m_views)
        if (v->viewId() == viewId)
            return v;
    return nullptr;
}

bool MainWindow::showView(const QString &viewId)
{
    if (MainView *v = view(viewId)) {
        showView(v);
        return true;
    }
    statusBar()->showMessage(tr("This version has no %1 view.").arg(viewId), 5000);
    return false;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    describe(newDb, tr("Create an empty database file and open it"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDb->setObjectName(QStringLiteral("actionNewDatabase"));
    QAction *openDb = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    describe(openDb, tr("Open an existing Rulecast or banana-bun database"), QKeySequence(Qt::CTRL | Qt::Key_O));
    openDb->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->menuAction()->setStatusTip(tr("Open one of the databases used last"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::importHistory);
    describe(import, tr("Add a task history (CSV, JSON, banana-bun, SWF, syslog) or job definitions to this database"),
             QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("actionImport"));
    QAction *demo = file->addAction(tr("Create &Demo History"), this, &MainWindow::createDemoHistory);
    describe(demo, tr("Fill this database with a generated 60-day history to explore Rulecast"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    demo->setObjectName(QStringLiteral("actionDemo"));
    m_jobActions = {newDb, openDb, import, demo};
    file->addSeparator();
    QAction *exportReport = file->addAction(tr("&Export Report…"), this, &MainWindow::exportReport);
    exportReport->setObjectName(QStringLiteral("actionExportReport"));
    describe(exportReport, tr("Write a PDF, HTML or CSV report of the open database"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_jobActions.append(exportReport);
    m_printAction = file->addAction(tr("&Print…"), this, &MainWindow::printCurrentChart);
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    describe(m_printAction, tr("Print the main chart of the current view"), QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updatePrintAction);
    updatePrintAction();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    describe(quit, tr("Close Rulecast"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setObjectName(QStringLiteral("actionQuit"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *view = m_viewMenu;
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrentView);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    describe(refresh, tr("Read the current view again from the database"), QKeySequence(Qt::Key_F5));
    QAction *reload = view->addAction(tr("Reload &All Views"), this, &MainWindow::reloadViews);
    reload->setObjectName(QStringLiteral("actionReloadAll"));
    describe(reload, tr("Read every view again from the database"), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QAction *find = view->addAction(tr("&Find Tasks…"), this, [this] {
        showView(m_history);
        m_history->filterBar()->focusSearch();
    });
    find->setObjectName(QStringLiteral("actionFindTasks"));
    describe(find, tr("Search the task history"), QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction *reset = view->addAction(tr("Show &All Tasks"), this, [this] { m_history->filterBar()->clear(); });
    reset->setObjectName(QStringLiteral("actionShowAllTasks"));
    describe(reset, tr("Clear every filter of the task history"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    view->addSeparator();
    view->addActions(m_viewActions);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QAction *cronTester = tools->addAction(tr("&Cron Expression Tester…"), this, [this] {
        auto *dialog = new CronTesterDialog(m_history->timeZone(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    cronTester->setObjectName(QStringLiteral("actionCronTester"));
    describe(cronTester, tr("Check a cron expression and see when it fires"), QKeySequence(Qt::CTRL | Qt::Key_K));
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    describe(settings, tr("Change thresholds, capacity, language models, time zone and language"),
             QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *helpAction = help->addAction(tr("Rulecast &Help"), this, &MainWindow::showHelp);
    helpAction->setObjectName(QStringLiteral("actionHelp"));
    describe(helpAction, tr("Open the Rulecast documentation in the web browser"), QKeySequence(Qt::Key_F1));
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About Rulecast"), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    describe(aboutAction, tr("Version, licence and links"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    describe(aboutQt, tr("The Qt version Rulecast runs on and its licence"));
}

void MainWindow::refreshCurrentView()
{
    if (MainView *view = currentView())
        view->reload();
}

void MainWindow::showHelp()
{
    QDesktopServices::openUrl(QUrl(QString::fromLatin1(documentationUrl)));
}

MainView *MainWindow::currentView() const
{
    return qobject_cast<MainView *>(m_tabs->currentWidget());
}

void MainWindow::updatePrintAction()
{
    const MainView *view = currentView();
    m_printAction->setEnabled(view && view->mainChart());
}

void MainWindow::printCurrentChart()
{
    const MainView *view = currentView();
    if (QWidget *chart = view ? view->mainChart() : nullptr)
        printWidgetInteractive(chart);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentDatabases::load();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // &1 … &8 give each entry a keyboard accelerator.
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(path));
        a->setData(path);
        a->setStatusTip(tr("Open %1").arg(path));
        connect(a, &QAction::triggered, this, [this, path] { openFromUi(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [this] {
        RecentDatabases::clear();
        rebuildRecentMenu();
    })->setStatusTip(tr("Forget the recently used databases (the files stay)"));
}

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

void MainWindow::reloadViews()
{
    for (MainView *view : std::as_const(m_views))
        view->reload();
}

void MainWindow::about()
{
    // Not modal-blocking (open(), not exec()): background work goes on, and
    // tests can read it.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Rulecast"));
    QIcon icon = QApplication::windowIcon();
    if (icon.availableSizes().isEmpty()) {
        // No application icon set (tests, embedders): the packaged one, with
        // the larger size for high-DPI screens.
        icon = QIcon();
        for (int size : {64, 128, 256})
            icon.addFile(QStringLiteral(":/rulecast/icons/rulecast-%1.png").arg(size), QSize(size, size));
    }
    box->setIconPixmap(icon.pixmap(QSize(64, 64), devicePixelRatio()));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>Rulecast %1</h3>"
           "<p>Learns when work happens from task histories, turns it into cron rules, "
           "predicts the coming hours and flattens the load.</p>"
           "<p>Stores its data in SQLite tables compatible with banana-bun's rule scheduler.</p>"
           "<p>Licence: MIT<br>Built with Qt %2, running on Qt %3</p>"
           "<p><a href=\"%4\">Home page</a> · <a href=\"%5\">Documentation</a> · "
           "<a href=\"%6\">Report a problem</a></p>")
            .arg(QStringLiteral(RULECAST_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 QString::fromLatin1(homepageUrl), QString::fromLatin1(documentationUrl),
                 QString::fromLatin1(issuesUrl)));
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
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

void MainWindow::showError(const QString &title, const QString &message)
{
    // Window-modal but not blocking: the event loop (and background work) keeps running.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::statusText() const
{
    return m_countsLabel->text();
}

void MainWindow::updateStatus(const HistorySummary &s)
{
    // An empty database opens on the History tab, whose empty state offers
    // the import and the demo; the Dashboard would only show dashes. A view
    // chosen meanwhile stays.
    if (std::exchange(m_choosingStartView, false) && m_db && s.tasks == 0
        && m_tabs->currentWidget() == view(QStringLiteral("dashboard")))
        showView(m_history);
    if (!m_db) {
        m_countsLabel->setText(tr("No database open"));
        return;
    }
    if (s.tasks == 0) {
        m_countsLabel->setText(tr("No tasks yet — import a history or create a demo history"));
        return;
    }
    QString text = tr("%Ln task(s)", nullptr, int(s.tasks)) + QStringLiteral(" · ") + tr("%Ln type(s)", nullptr, int(s.types));
    if (s.startedTasks > 0) {
        const QDate first = QDateTime::fromSecsSinceEpoch(s.firstStart, m_history->timeZone()).date();
        const QDate last = QDateTime::fromSecsSinceEpoch(s.lastStart, m_history->timeZone()).date();
        text += tr(" · %1 – %2 (%Ln day(s))", nullptr, int(first.daysTo(last) + 1))
                    .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    }
    m_countsLabel->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace rulecast
