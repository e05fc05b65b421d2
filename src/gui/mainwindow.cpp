// MainWindow: the views in their tabs, the status bar, settings, and the
// layout a rebuilt window takes over. Menus: mainwindowmenus.cpp; File
// operations and jobs: mainwindowfile.cpp.
#include "mainwindow.h"

#include "app/settings.h"
#include "gui/tips.h"
#include "gui/views/dashboardview.h"
#include "gui/views/historyview.h"
#include "gui/views/optimizationview.h"
#include "gui/views/patternsview.h"
#include "gui/views/predictionsview.h"
#include "gui/views/rulesview.h"
#include "gui/widgets/settingsdialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimeZone>

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
        describeAction(action, tr("Show the %1 view").arg(view->title()),
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

MainView *MainWindow::currentView() const
{
    return qobject_cast<MainView *>(m_tabs->currentWidget());
}

void MainWindow::reloadViews()
{
    for (MainView *view : std::as_const(m_views))
        view->reload();
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
