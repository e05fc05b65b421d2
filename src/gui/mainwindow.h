#pragma once

#include "app/importusecase.h"
#include "report/reportwriter.h"
#include "core/result.h"
#include "storage/database.h"
#include "storage/historystats.h"

#include <QMainWindow>

#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
QT_END_NAMESPACE

namespace rulecast {

class HistoryView;
class MainView;

// Makes the compiled-in icons (":/rulecast/icons/…") available; MainWindow
// calls it, the desktop main calls it before it sets the window icon.
void initGuiResources();

// The Rulecast window: File and Help menus, one tab per main view, and a
// status bar with the open database and its counts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static const char *const homepageUrl;
    static const char *const documentationUrl;
    static const char *const issuesUrl;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating and migrating if needed) the database at `path` and
    // shows it in every view; on failure the previous database stays open.
    Status openDatabase(const QString &path);
    // openDatabase, telling the user in a message box when it fails (and
    // dropping a vanished file from the recent list).
    void openFromUi(const QString &path);
    const std::optional<Database> &database() const { return m_db; }

    QList<MainView *> views() const { return m_views; }
    MainView *currentView() const;
    void showView(MainView *view);
    // The view with this viewId ("history", "patterns", …); nullptr when the
    // window has none.
    MainView *view(const QString &viewId) const;
    // Switches to the view with this viewId; false (and a note in the status
    // bar) when there is none.
    bool showView(const QString &viewId);
    HistoryView *historyView() const { return m_history; }
    // Whole-database figures as the status bar shows them.
    QString statusText() const;

    // What a rebuilt window takes over from this one (MainWindowOwner).
    struct Layout
    {
        QByteArray geometry;
        QByteArray state;
        QString viewId;
    };
    Layout layout() const;
    // Places the window like `layout` and shows its view; the view stays
    // shown even when the database turns out to be empty.
    void restoreLayout(const Layout &layout);

    // Every view re-reads the database (after an import or a demo history).
    void reloadViews();

    // Runs an import (databasePath is filled in) on a worker thread with a
    // progress dialog; the views reload when it succeeds.
    void startImport(ImportRequest request);
    // Fills the open database with the generated demo history, likewise.
    void startDemo(int days = 60);
    bool isJobRunning() const { return m_jobRunning; }
    // Writes the open database's report to `path`; jobFinished reports the outcome.
    void startReportExport(ReportFormat format, const QString &path);

public Q_SLOTS:
    void newDatabase();
    void openDatabaseDialog();
    void importHistory();
    void createDemoHistory();
    // File → Export Report…: asks for the format and file, then writes it on a
    // worker thread with progress (startReportExport).
    void exportReport();
    // Tools → Settings… (Ctrl+,), window-modal.
    void showSettings();
    // File → Print…: the current view's main chart (MainView::mainChart()).
    void printCurrentChart();
    // View → Refresh (F5): the shown view re-reads the database.
    void refreshCurrentView();
    // Help → Rulecast Help (F1): the documentation in the web browser.
    void showHelp();
    // Help → About: version, licence, Qt version and links (a non-blocking box "aboutBox").
    void about();

Q_SIGNALS:
    void databaseChanged();
    // The settings dialog closed after display.language changed: the owner
    // (MainWindowOwner) installs the language and rebuilds the window in it.
    void languageChangeRequested();
    // An import or demo job ended; `message` is what the user was told.
    void jobFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addView(MainView *view);
    void applyDisplaySettings();
    void createMenus();
    void rebuildRecentMenu();
    void updatePrintAction();
    void showError(const QString &title, const QString &message);
    void updateStatus(const HistorySummary &summary);

    void finishJob(bool ok, const QString &message);

    std::optional<Database> m_db;
    bool m_jobRunning = false;
    bool m_choosingStartView = false; // until the first overview of a newly opened database
    QList<QAction *> m_jobActions; // disabled while a job writes to the database
    QTabWidget *m_tabs = nullptr;
    QList<MainView *> m_views;
    HistoryView *m_history = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_viewActions; // Ctrl+1 … Ctrl+9, in tab order
    QAction *m_printAction = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
};

} // namespace rulecast
