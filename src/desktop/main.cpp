// rulecast: the desktop application. See docs/gui.md.
#include "app/paths.h"
#include "gui/mainwindow.h"
#include "gui/screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

using namespace rulecast;

namespace {

void takeScreenshots(MainWindow &window, const QString &dir)
{
    auto *shooter = new Screenshotter(&window, dir);
    shooter->start([](Result<QStringList> written) {
        if (!written) {
            std::fprintf(stderr, "error: %s\n", qPrintable(written.error()));
            QApplication::exit(1);
            return;
        }
        for (const QString &file : *written)
            std::printf("%s\n", qPrintable(file));
        std::fflush(stdout);
        QApplication::exit(0);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rulecast"));
    QApplication::setOrganizationName(QStringLiteral("Rulecast"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rulecast"));
    QApplication::setApplicationVersion(QStringLiteral(RULECAST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("rulecast"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Rulecast learns when work happens from task histories, turns it into cron rules,\n"
                       "predicts the coming hours and flattens the load."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file (default: $RULECAST_DB, else rulecast.db in the application-data folder)."),
        QStringLiteral("path"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Render each main view to <dir>/<view>.png and exit (for the README and visual checks)."),
        QStringLiteral("dir"));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    const bool screenshot = parser.isSet(screenshotOption);
    const QString screenshotDir = parser.value(screenshotOption);

    MainWindow window;
    if (const Status opened = window.openDatabase(dbPath); !opened) {
        if (screenshot) {
            std::fprintf(stderr, "error: %s\n", qPrintable(opened.error()));
            return 1;
        }
        QMessageBox::warning(&window, QStringLiteral("Rulecast"),
                             QApplication::translate("main", "Cannot open the database:\n%1").arg(opened.error()));
    }
    if (screenshot)
        window.resize(1280, 820);
    window.show();

    if (screenshot)
        takeScreenshots(window, screenshotDir);
    return QApplication::exec();
}
