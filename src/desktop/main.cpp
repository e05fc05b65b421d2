// rulecast: the desktop application. See docs/gui.md.
#include "app/paths.h"
#include "app/settings.h"
#include "gui/darkpalette.h"
#include "gui/mainwindow.h"
#include "gui/mainwindowowner.h"
#include "gui/screenshotter.h"
#include "gui/translations.h"
#include "storage/historystats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>

using namespace rulecast;

namespace {

bool databaseIsEmpty(const MainWindow &window)
{
    if (!window.database())
        return false;
    const Result<HistorySummary> s = summarizeHistory(*window.database());
    return s && s->tasks == 0;
}

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
    // Matches packaging/io.github.rulecast.Rulecast.desktop, so the desktop
    // shell groups the window with its launcher and icon.
    QApplication::setDesktopFileName(QStringLiteral("io.github.rulecast.Rulecast"));
    initGuiResources();
    QIcon icon = QIcon::fromTheme(QStringLiteral("io.github.rulecast.Rulecast"));
    if (icon.isNull()) {
        for (int size : {16, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/rulecast/icons/rulecast-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    // display.language: "" follows the system; a change in the settings
    // dialog rebuilds the window in the new language (MainWindowOwner).
    installTranslations(Settings().config().display.language);

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
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("If the database holds no tasks, fill it with the generated demo history (analysed, with rules,\n"
                       "validated predictions and an optimization run) without asking."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Render each main view to <dir>/<view>.png and exit (for the README and visual checks)."),
        QStringLiteral("dir"));
    // For visual checks only (with --screenshot): Fusion with a dark palette,
    // so colours that assume a light background show up.
    QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Use a dark Fusion palette (for checks)."));
    darkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addOption(darkOption);
    parser.process(app);
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkFusionPalette());
    }

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    const bool screenshot = parser.isSet(screenshotOption);
    const QString screenshotDir = parser.value(screenshotOption);

    MainWindowOwner owner;
    // The window of the start-up (screenshots, the demo question); a later
    // language switch replaces it (owner.window()).
    MainWindow &window = *owner.window();
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

    const bool empty = databaseIsEmpty(window);
    if (empty && parser.isSet(demoOption)) {
        if (screenshot) {
            QObject::connect(&window, &MainWindow::jobFinished, &window, [&window, screenshotDir](bool ok, const QString &msg) {
                if (!ok) {
                    std::fprintf(stderr, "error: %s\n", qPrintable(msg));
                    QApplication::exit(1);
                    return;
                }
                takeScreenshots(window, screenshotDir);
            });
        }
        window.startDemo();
    } else if (screenshot) {
        takeScreenshots(window, screenshotDir);
    } else if (empty) {
        // First start on an empty database: offer the demo history once the
        // window is up, so the user sees what they are being asked about.
        QTimer::singleShot(0, &window, [&window] {
            const auto answer = QMessageBox::question(
                &window, QApplication::translate("main", "Create a demo history?"),
                QApplication::translate("main",
                                        "This database has no task history yet.\n\n"
                                        "Create a demo history — 60 days of a home media pipeline with backups, "
                                        "transcodes, downloads and syncs, analysed into patterns, rules, checked "
                                        "predictions and an optimization run — to explore Rulecast? You can import "
                                        "your own history at any time with File → Import…"),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes)
                window.createDemoHistory();
        });
    }
    return QApplication::exec();
}
