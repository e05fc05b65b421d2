// MainWindow's menus and the actions behind them that only show things:
// File, View, Tools, Help, the recent-databases list, Print, Help, About.
#include "mainwindow.h"

#include "gui/charts/chartexport.h"
#include "gui/recentdatabases.h"
#include "gui/tips.h"
#include "gui/views/historyview.h"
#include "gui/views/mainview.h"
#include "gui/widgets/crontesterdialog.h"
#include "gui/widgets/historyfilterbar.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QUrl>

namespace rulecast {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    describeAction(newDb, tr("Create an empty database file and open it"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDb->setObjectName(QStringLiteral("actionNewDatabase"));
    QAction *openDb = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    describeAction(openDb, tr("Open an existing Rulecast or banana-bun database"), QKeySequence(Qt::CTRL | Qt::Key_O));
    openDb->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->menuAction()->setStatusTip(tr("Open one of the databases used last"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::importHistory);
    describeAction(import, tr("Add a task history (CSV, JSON, banana-bun, SWF, syslog) or job definitions to this database"),
             QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("actionImport"));
    QAction *demo = file->addAction(tr("Create &Demo History"), this, &MainWindow::createDemoHistory);
    describeAction(demo, tr("Fill this database with a generated 60-day history to explore Rulecast"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    demo->setObjectName(QStringLiteral("actionDemo"));
    m_jobActions = {newDb, openDb, import, demo};
    file->addSeparator();
    QAction *exportReport = file->addAction(tr("&Export Report…"), this, &MainWindow::exportReport);
    exportReport->setObjectName(QStringLiteral("actionExportReport"));
    describeAction(exportReport, tr("Write a PDF, HTML or CSV report of the open database"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_jobActions.append(exportReport);
    m_printAction = file->addAction(tr("&Print…"), this, &MainWindow::printCurrentChart);
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    describeAction(m_printAction, tr("Print the main chart of the current view"), QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updatePrintAction);
    updatePrintAction();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    describeAction(quit, tr("Close Rulecast"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setObjectName(QStringLiteral("actionQuit"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *view = m_viewMenu;
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrentView);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    describeAction(refresh, tr("Read the current view again from the database"), QKeySequence(Qt::Key_F5));
    QAction *reload = view->addAction(tr("Reload &All Views"), this, &MainWindow::reloadViews);
    reload->setObjectName(QStringLiteral("actionReloadAll"));
    describeAction(reload, tr("Read every view again from the database"), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QAction *find = view->addAction(tr("&Find Tasks…"), this, [this] {
        showView(m_history);
        m_history->filterBar()->focusSearch();
    });
    find->setObjectName(QStringLiteral("actionFindTasks"));
    describeAction(find, tr("Search the task history"), QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction *reset = view->addAction(tr("Show &All Tasks"), this, [this] { m_history->filterBar()->clear(); });
    reset->setObjectName(QStringLiteral("actionShowAllTasks"));
    describeAction(reset, tr("Clear every filter of the task history"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
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
    describeAction(cronTester, tr("Check a cron expression and see when it fires"), QKeySequence(Qt::CTRL | Qt::Key_K));
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    describeAction(settings, tr("Change thresholds, capacity, language models, time zone and language"),
             QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *helpAction = help->addAction(tr("Rulecast &Help"), this, &MainWindow::showHelp);
    helpAction->setObjectName(QStringLiteral("actionHelp"));
    describeAction(helpAction, tr("Open the Rulecast documentation in the web browser"), QKeySequence(Qt::Key_F1));
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About Rulecast"), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    describeAction(aboutAction, tr("Version, licence and links"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    describeAction(aboutQt, tr("The Qt version Rulecast runs on and its licence"));
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

} // namespace rulecast
