#include "mainwindowowner.h"

#include "app/settings.h"
#include "gui/mainwindow.h"
#include "gui/translations.h"

namespace rulecast {

MainWindowOwner::MainWindowOwner(QObject *parent) : QObject(parent)
{
    adopt(new MainWindow);
}

MainWindowOwner::~MainWindowOwner()
{
    delete m_window;
}

void MainWindowOwner::adopt(MainWindow *window)
{
    m_window = window;
    // Queued: the request comes from the closing settings dialog, a child of
    // the window about to be deleted.
    connect(window, &MainWindow::languageChangeRequested, this,
            [this] { switchLanguage(Settings().config().display.language); }, Qt::QueuedConnection);
}

void MainWindowOwner::switchLanguage(const QString &language)
{
    MainWindow *old = m_window;
    // An import or demo writing to the database would lose its progress
    // dialog and its result: switch when it is done.
    if (old->isJobRunning()) {
        connect(old, &MainWindow::jobFinished, this, [this, language] { switchLanguage(language); },
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    const MainWindow::Layout layout = old->layout();
    const QString path = old->database() ? old->database()->path() : QString();
    const bool visible = old->isVisible();

    installTranslations(language);
    auto *window = new MainWindow;
    window->restoreGeometry(layout.geometry);
    // The new window is shown before the old one goes, so the application
    // never has no window (and does not quit on the last one closing).
    if (visible)
        window->show();
    old->hide();
    // Deleting the old window waits for its background queries; the new
    // window starts its own only after that, when it opens the database.
    delete old;
    adopt(window);
    if (!path.isEmpty())
        window->openFromUi(path);
    window->restoreLayout(layout);
    Q_EMIT windowReplaced(window);
}

} // namespace rulecast
