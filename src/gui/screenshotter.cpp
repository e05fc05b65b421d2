#include "screenshotter.h"

#include "gui/mainwindow.h"
#include "gui/views/mainview.h"
#include "gui/widgets/settingsdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace rulecast {

namespace {

constexpr int kPollMs = 50;
constexpr int kMaxWaitMs = 120000; // a million-row history takes a few seconds to aggregate

} // namespace

Screenshotter::Screenshotter(MainWindow *window, QString directory)
    : QObject(window), m_window(window), m_directory(std::move(directory))
{
}

void Screenshotter::start(std::function<void(Result<QStringList>)> done)
{
    m_done = std::move(done);
    if (!QDir().mkpath(m_directory)) {
        fail(tr("%1: cannot create the folder").arg(m_directory));
        return;
    }
    m_index = 0;
    m_written.clear();
    QTimer::singleShot(0, this, &Screenshotter::next);
}

void Screenshotter::next()
{
    const QList<MainView *> views = m_window->views();
    if (m_index >= views.size()) {
        if (const Status s = captureSettings(); !s) {
            fail(s.error());
            return;
        }
        m_done(m_written);
        return;
    }
    m_window->showView(views.at(m_index));
    captureWhenIdle(0);
}

void Screenshotter::captureWhenIdle(int attempt)
{
    MainView *view = m_window->views().at(m_index);
    // Busy views are still querying; give layout and charts one more turn of
    // the event loop after they finish, so the PNG shows the final state.
    if (view->isBusy() || attempt == 0) {
        if (attempt * kPollMs > kMaxWaitMs) {
            fail(tr("the %1 view did not finish loading within %2 seconds").arg(view->viewId()).arg(kMaxWaitMs / 1000));
            return;
        }
        QTimer::singleShot(kPollMs, this, [this, attempt] { captureWhenIdle(attempt + 1); });
        return;
    }
    // Transient messages ("Created a demo history…") would hide the counts.
    m_window->statusBar()->clearMessage();
    const QString file = QDir(m_directory).filePath(view->viewId() + QStringLiteral(".png"));
    const QPixmap shot = m_window->grab();
    if (shot.isNull() || !shot.save(file, "PNG")) {
        fail(tr("%1: cannot write the screenshot").arg(file));
        return;
    }
    m_written << file;
    ++m_index;
    next();
}

Status Screenshotter::captureSettings()
{
    // Each page of the settings dialog, for checking translations and layout
    // by eye (a German label that does not fit shows here first).
    SettingsDialog dialog(m_window);
    dialog.show();
    for (const QString &section : dialog.sections()) {
        dialog.showSection(section);
        QCoreApplication::sendPostedEvents();
        const QString file = QDir(m_directory).filePath(QStringLiteral("settings-%1.png").arg(section));
        if (!dialog.grab().save(file, "PNG"))
            return Status::failure(tr("%1: cannot write the screenshot").arg(file));
        m_written << file;
    }
    return Status::success();
}

void Screenshotter::fail(const QString &error)
{
    m_done(Result<QStringList>::failure(error));
}

} // namespace rulecast
