#include "app/settings.h"
#include "gui/charts/dailyvolumechart.h"
#include "gui/charts/heatmapwidget.h"
#include "gui/charts/loadcomparisonchart.h"
#include "gui/darkpalette.h"
#include "gui/views/mainview.h"
#include "gui/widgets/importdialog.h"
#include "gui/mainwindow.h"
#include "gui/models/tasktablemodel.h"
#include "gui/recentdatabases.h"
#include "gui/screenshotter.h"
#include "gui/translations.h"
#include "gui/views/historyview.h"
#include "gui/widgets/historyfilterbar.h"
#include "gui/widgets/settingsdialog.h"
#include "storage/historystats.h"
#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QMenu>
#include <QPointer>
#include <QUrl>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QScopeGuard>
#include <QTabWidget>
#include <QStyle>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace rulecast;
using namespace rulecast::test;

// Receives the URLs QDesktopServices would open in a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 T0 = 1790000000; // a Thursday

    // 2,000 tasks over ~14 days: three types, every tenth failed.
    static void fill(TempDatabase &tmp)
    {
        QList<TaskRecord> tasks;
        for (int i = 0; i < 2000; ++i) {
            const QString type = i % 3 == 0 ? QStringLiteral("backup")
                                 : i % 3 == 1 ? QStringLiteral("transcode")
                                              : QStringLiteral("sync");
            TaskRecord t = makeTask(type, T0 + qint64(i) * 601, 120, i % 10 == 0 ? QStringLiteral("failed")
                                                                                     : QStringLiteral("completed"),
                                    i % 2 ? QStringLiteral("nas") : QStringLiteral("media"));
            t.description = QStringLiteral("%1 job %2").arg(type).arg(i);
            tasks << t;
        }
        QVERIFY(insertTasks(tmp.db(), tasks));
    }

    // Pages arrive from the model's worker thread: wait for each.
    static void fetchAll(QTableView *table)
    {
        auto *model = qobject_cast<TaskTableModel *>(table->model());
        for (;;) {
            QTRY_VERIFY(!model->isLoading());
            if (!model->canFetchMore({}))
                return;
            model->fetchMore({});
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent files go to a test settings file
        RecentDatabases::clear();
    }

    void titleMenusAndEmptyState()
    {
        TempDatabase tmp;
        MainWindow w;
        QCOMPARE(w.windowTitle(), QStringLiteral("Rulecast"));
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text().remove(u'&');
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("View"), QStringLiteral("Tools"),
                                      QStringLiteral("Help")}));
        QStringList fileItems;
        for (QAction *a : w.menuBar()->actions().first()->menu()->actions())
            if (!a->isSeparator())
                fileItems << a->text().remove(u'&');
        QVERIFY2(fileItems.contains(QStringLiteral("New Database…")), qPrintable(fileItems.join(u',')));
        QVERIFY(fileItems.contains(QStringLiteral("Open Database…")));
        QVERIFY(fileItems.contains(QStringLiteral("Open Recent")));
        QVERIFY(fileItems.contains(QStringLiteral("Quit")));
        // An empty database explains itself instead of showing an empty table.
        QTRY_VERIFY(!w.historyView()->isBusy());
        QVERIFY(w.historyView()->isShowingEmptyState());
        QVERIFY(w.statusText().contains(QLatin1String("No tasks yet")));
        QCOMPARE(RecentDatabases::load().value(0), QFileInfo(tmp.path()).absoluteFilePath());
    }

    void historyShowsTheDatabase()
    {
        TempDatabase tmp;
        fill(tmp);
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        HistoryView *history = w.historyView();
        QTRY_VERIFY(!history->isBusy());
        QVERIFY(!history->isShowingEmptyState());
        fetchAll(history->table());
        QCOMPARE(history->table()->model()->rowCount(), 2000);
        QCOMPARE(history->heatmap()->total(), 2000);
        QCOMPARE(history->dailyChart()->total(), 2000);
        QVERIFY(history->dailyChart()->pointCount() >= 14);
        QVERIFY2(w.statusText().contains(QLatin1String("2,000 tasks")), qPrintable(w.statusText()));
        QVERIFY(w.statusText().contains(QLatin1String("3 types")));
    }

    // The columns fit what they show, also when the rows arrive while the
    // table is on screen (sized too early, each fitted only its header).
    void historyColumnsFitTheirContent()
    {
        TempDatabase first;
        fill(first);
        TempDatabase second;
        QList<TaskRecord> tasks;
        for (int i = 0; i < 300; ++i)
            tasks << makeTask(i % 2 ? QStringLiteral("download-podcasts") : QStringLiteral("sync-photos"),
                              T0 + qint64(i) * 3600, 90, QStringLiteral("completed"), QStringLiteral("media"));
        QVERIFY(insertTasks(second.db(), tasks));
        MainWindow w;
        w.resize(1280, 820);
        QVERIFY(w.openDatabase(first.path()));
        w.show();
        HistoryView *history = w.historyView();
        w.showView(history);
        QTRY_VERIFY(!history->isBusy());
        QTRY_VERIFY(history->table()->isVisible());
        QVERIFY(w.openDatabase(second.path()));
        QTableView *table = history->table();
        QTRY_VERIFY(!history->isBusy());
        QTRY_COMPARE(table->model()->rowCount() > 0, true);
        const int margin = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table);
        for (int column : {int(TaskTableModel::TypeColumn), int(TaskTableModel::StatusColumn),
                           int(TaskTableModel::StartedColumn), int(TaskTableModel::FinishedColumn)}) {
            int needed = 0;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                needed = std::max(needed, table->fontMetrics().horizontalAdvance(
                                              table->model()->index(row, column).data().toString()));
            QTRY_VERIFY2(table->columnWidth(column) >= needed + margin,
                         qPrintable(QStringLiteral("column %1: %2 px for text of %3 px")
                                        .arg(column)
                                        .arg(table->columnWidth(column))
                                        .arg(needed)));
        }
    }

    void filtersNarrowTableAndCharts()
    {
        TempDatabase tmp;
        fill(tmp);
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        HistoryView *history = w.historyView();
        w.showView(history); // the Dashboard is the first tab
        QTRY_VERIFY(!history->isBusy());
        HistoryFilterBar *bar = history->filterBar();
        bar->setType(QStringLiteral("backup"));
        QTRY_COMPARE(history->heatmap()->total(), 667);
        fetchAll(history->table());
        QCOMPARE(history->table()->model()->rowCount(), 667);
        bar->setStatus(QStringLiteral("failed")); // i % 30 == 0
        QTRY_COMPARE(history->heatmap()->total(), 67);
        // Typing in the search box (debounced) narrows further.
        bar->clear();
        auto *search = history->findChild<QLineEdit *>(QStringLiteral("historySearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("job 19"));
        // "job 19", "job 190".."job 199", "job 1900".."job 1999": 1 + 10 + 100.
        QTRY_COMPARE(history->stats().summary.tasks, 111);
        QTRY_COMPARE(history->heatmap()->total(), 111);
        fetchAll(history->table());
        QCOMPARE(history->table()->model()->rowCount(), 111);
        // A filter that matches nothing says so, and the heatmap is empty.
        search->setText(QStringLiteral("no such task"));
        QTRY_COMPARE(history->stats().summary.tasks, 0);
        fetchAll(history->table());
        QCOMPARE(history->table()->model()->rowCount(), 0);
        QTRY_VERIFY(history->findChild<QLabel *>(QStringLiteral("historyNoMatch"))->isVisible());
        bar->clear();
        QTRY_COMPARE(history->heatmap()->total(), 2000);
    }

    void displayTimeZoneComesFromSettings()
    {
        TempDatabase tmp;
        // Monday 2026-11-23 09:40 UTC is 15:10 in Kolkata.
        const qint64 start = QDateTime(QDate(2026, 11, 23), QTime(9, 40), Qt::UTC).toSecsSinceEpoch();
        QVERIFY(insertTasks(tmp.db(), {makeTask(QStringLiteral("backup"), start)}));
        Settings settings(tmp.dir() + QStringLiteral("/rulecast.conf"));
        QVERIFY(settings.set(QStringLiteral("display.timezone"), QStringLiteral("Asia/Kolkata")));
        qputenv("RULECAST_CONFIG", settings.filePath().toUtf8());
        MainWindow w;
        qunsetenv("RULECAST_CONFIG");
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        QTRY_VERIFY(!w.historyView()->isBusy());
        QCOMPARE(w.historyView()->timeZone().id(), QByteArray("Asia/Kolkata"));
        QCOMPARE(w.historyView()->heatmap()->counts()[15], 1); // Monday, 15:00–16:00
        QCOMPARE(w.historyView()->model()->index(0, TaskTableModel::StartedColumn).data().toString(),
                 QStringLiteral("2026-11-23 15:10:00"));
    }

    void rowMenuFiltersToItsType()
    {
        TempDatabase tmp;
        fill(tmp);
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        HistoryView *history = w.historyView();
        QTRY_VERIFY(!history->isBusy());
        const QString type = history->model()->task(0).type;
        QCOMPARE(type, QStringLiteral("transcode")); // the newest task, i = 1999; 667 of 2000 are transcodes
        const QList<QAction *> actions = history->taskActions(0, &w);
        QVERIFY(actions.size() >= 4);
        QVERIFY(actions.first()->text().contains(type));
        actions.first()->trigger();
        QCOMPARE(history->filterBar()->filter().type, type);
        QTRY_COMPARE(history->heatmap()->total(), 667);
        actions.last()->trigger(); // Copy Row
        QVERIFY(QGuiApplication::clipboard()->text().contains(type));
    }

    void unreadableFileKeepsTheOpenDatabase()
    {
        TempDatabase tmp;
        fill(tmp);
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        const QString garbage = tmp.dir() + QStringLiteral("/garbage.db");
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const Status s = w.openDatabase(garbage);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String("garbage.db")), qPrintable(s.error()));
        QCOMPARE(w.database()->path(), tmp.path());
        QTRY_VERIFY(!w.historyView()->isBusy());
        QCOMPARE(w.historyView()->overview().tasks, 2000);
    }

    void sortingByHeaderQueriesSql()
    {
        TempDatabase tmp;
        fill(tmp);
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        QTableView *table = w.historyView()->table();
        QTRY_VERIFY(!w.historyView()->isBusy());
        table->sortByColumn(TaskTableModel::IdColumn, Qt::AscendingOrder);
        QTRY_COMPARE(table->model()->index(0, TaskTableModel::IdColumn).data().toLongLong(), 1);
        table->sortByColumn(TaskTableModel::IdColumn, Qt::DescendingOrder);
        QTRY_COMPARE(table->model()->index(0, TaskTableModel::IdColumn).data().toLongLong(), 2000);
    }

    void screenshotsAreWritten()
    {
        TempDatabase tmp;
        fill(tmp);
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.resize(1000, 700);
        w.show();
        QTemporaryDir out;
        auto *shooter = new Screenshotter(&w, out.filePath(QStringLiteral("shots")));
        std::optional<Result<QStringList>> result;
        shooter->start([&result](Result<QStringList> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->ok(), qPrintable(result->error()));
        // Every view, then every page of the settings dialog.
        QCOMPARE(result->value().size(), w.views().size() + SettingsDialog().sections().size());
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("shots/settings-display.png"))));
        const QImage image(out.filePath(QStringLiteral("shots/history.png")));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), w.size() * w.devicePixelRatio());
    }

    void desktopBinaryScreenshotOption()
    {
        const QString binary = qEnvironmentVariable("RULECAST_DESKTOP");
        QVERIFY2(QFileInfo(binary).isExecutable(), "RULECAST_DESKTOP must name the built rulecast binary");
        TempDatabase tmp;
        fill(tmp);
        tmp.db().closeThreadConnection();
        QTemporaryDir out;
        QProcess p;
        p.start(binary, {QStringLiteral("--db"), tmp.path(), QStringLiteral("--screenshot"), out.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QFileInfo png(out.filePath(QStringLiteral("history.png")));
        QVERIFY(png.exists());
        QVERIFY(png.size() > 10000);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("history.png")));
        // --demo fills an empty database first, then the screenshots show it.
        const QString demoDb = out.filePath(QStringLiteral("demo.db"));
        QProcess demo;
        demo.start(binary, {QStringLiteral("--db"), demoDb, QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                            out.filePath(QStringLiteral("demo"))});
        QVERIFY(demo.waitForFinished(120000));
        QCOMPARE(demo.exitCode(), 0);
        png.setFile(out.filePath(QStringLiteral("demo/history.png")));
        QVERIFY(png.exists() && png.size() > 10000);
        Result<Database> filled = Database::open(demoDb);
        QVERIFY(filled);
        QVERIFY(summarizeHistory(*filled)->tasks > 500);
        filled->closeThreadConnection();
        // A database that cannot be opened is an error, not a window.
        QProcess bad;
        bad.start(binary, {QStringLiteral("--db"), out.filePath(QStringLiteral("missing/dir/x.db")),
                           QStringLiteral("--screenshot"), out.path()});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(QLatin1String("does not exist")));
    }

    void demoHistoryFromTheEmptyState()
    {
        TempDatabase tmp;
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        HistoryView *history = w.historyView();
        QTRY_VERIFY(!history->isBusy());
        QVERIFY(history->isShowingEmptyState());
        // An empty database opens on the History tab, not the Dashboard.
        QTRY_VERIFY(w.findChild<QTabWidget *>()->currentWidget() == history);
        QSignalSpy finished(&w, &MainWindow::jobFinished);
        // The empty state's own button starts the demo (runDemo on a worker thread).
        QPushButton *demo = nullptr;
        for (QPushButton *b : history->findChildren<QPushButton *>())
            if (b->text().contains(QLatin1String("demo")))
                demo = b;
        QVERIFY(demo && demo->isVisible());
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QTRY_VERIFY(!history->isShowingEmptyState());
        QTRY_VERIFY(!history->isBusy());
        const HistorySummary overview = history->overview();
        QVERIFY(overview.tasks > 500);
        QVERIFY(overview.types >= 5);
        QCOMPARE(history->heatmap()->total(), overview.startedTasks);
        QCOMPARE(history->dailyChart()->total(), overview.startedTasks);
        QVERIFY(history->dailyChart()->pointCount() >= 59);
        fetchAll(history->table());
        QCOMPARE(history->table()->model()->rowCount(), int(overview.tasks));
        QVERIFY(w.statusText().contains(QLocale().toString(overview.tasks) + QStringLiteral(" tasks")));
    }

    void importRunsInTheBackgroundAndReloads()
    {
        TempDatabase tmp;
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        QTRY_VERIFY(w.historyView()->isShowingEmptyState());
        QSignalSpy finished(&w, &MainWindow::jobFinished);
        ImportRequest request;
        request.format = QStringLiteral("csv");
        request.filePath = dataFile(QStringLiteral("import/tasks.csv"));
        w.startImport(request);
        QVERIFY(w.isJobRunning());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("tasks.csv")));
        QTRY_VERIFY(!w.historyView()->isShowingEmptyState());
        QTRY_VERIFY(w.historyView()->overview().tasks > 0);
        QTRY_COMPARE(w.historyView()->heatmap()->total(), w.historyView()->overview().startedTasks);
    }

    void cancelingAnImportRollsBack()
    {
        TempDatabase tmp;
        // Big enough that the import is still running when Cancel is pressed.
        const QString csv = tmp.dir() + QStringLiteral("/many.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("type,started_at,finished_at,status\n");
        for (int i = 0; i < 200000; ++i)
            f.write(QStringLiteral("job%1,2027-01-04T02:%2:00Z,2027-01-04T03:00:00Z,completed\n")
                        .arg(i % 7)
                        .arg(i % 60, 2, 10, QLatin1Char('0'))
                        .toUtf8());
        f.close();
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        QSignalSpy finished(&w, &MainWindow::jobFinished);
        ImportRequest request;
        request.format = QStringLiteral("csv");
        request.filePath = csv;
        w.startImport(request);
        auto *dialog = w.findChild<QProgressDialog *>();
        QVERIFY(dialog);
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("canceled")),
                 qPrintable(finished.first().at(1).toString()));
        QCOMPARE(summarizeHistory(tmp.db())->tasks, 0);
        QTRY_VERIFY(w.findChild<QProgressDialog *>() == nullptr);
    }

    // In either language the box and the job's message name the file, the
    // line and the field (the importer's message in the user's language),
    // and the database keeps its rows.
    void badImportExplainsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("problem");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral(":3: field 'started_at': expected an ISO-8601 time, got 'not-a-date'");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral(":3: Feld „started_at“: erwartet wird eine ISO-8601-Zeit, erhalten: „not-a-date“");
    }

    void badImportExplainsAndChangesNothing()
    {
        QFETCH(QString, language);
        QFETCH(QString, problem);
        installTranslations(language);
        {
            TempDatabase tmp;
            fill(tmp);
            MainWindow w;
            QVERIFY(w.openDatabase(tmp.path()));
            w.show();
            QTRY_VERIFY(!w.historyView()->isBusy());
            QSignalSpy finished(&w, &MainWindow::jobFinished);
            ImportRequest request;
            request.format = QStringLiteral("csv");
            request.filePath = dataFile(QStringLiteral("import/tasks-bad-date.csv"));
            w.startImport(request);
            QTRY_COMPARE(finished.count(), 1);
            QVERIFY(!finished.first().at(0).toBool());
            QCOMPARE(finished.first().at(1).toString(), request.filePath + problem);
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("errorBox"))) != nullptr);
            QVERIFY2(box->text().contains(QStringLiteral("tasks-bad-date.csv") + problem), qPrintable(box->text()));
            box->close();
            QCOMPARE(summarizeHistory(tmp.db())->tasks, 2000);
            QVERIFY(!w.isJobRunning());
        }
        installTranslations(QStringLiteral("en"));
    }

    // The progress dialog's stage line comes from the import use case, in
    // the user's language.
    void importProgressInGerman()
    {
        installTranslations(QStringLiteral("de"));
        {
            TempDatabase tmp;
            const QString csv = tmp.dir() + QStringLiteral("/many.csv");
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("type,started_at,finished_at,status\n");
            for (int i = 0; i < 200000; ++i)
                f.write("backup,2027-01-04T02:13:00Z,2027-01-04T03:00:00Z,completed\n");
            f.close();
            MainWindow w;
            QVERIFY(w.openDatabase(tmp.path()));
            w.show();
            QSignalSpy finished(&w, &MainWindow::jobFinished);
            ImportRequest request;
            request.format = QStringLiteral("csv");
            request.filePath = csv;
            w.startImport(request);
            const QPointer<QProgressDialog> dialog = w.findChild<QProgressDialog *>();
            QVERIFY(dialog);
            QTRY_VERIFY2(dialog && dialog->labelText().endsWith(QStringLiteral("\nmany.csv wird importiert")),
                         qPrintable(dialog ? dialog->labelText() : QStringLiteral("(the import ended first)")));
            dialog->findChild<QPushButton *>()->click();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
            QCOMPARE(summarizeHistory(tmp.db())->tasks, 0);
        }
        installTranslations(QStringLiteral("en"));
    }

    void shortcutsAreShownInTheMenus_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("new") << QStringLiteral("actionNewDatabase") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
        QTest::newRow("open") << QStringLiteral("actionOpenDatabase") << QKeySequence(Qt::CTRL | Qt::Key_O);
        QTest::newRow("import") << QStringLiteral("actionImport") << QKeySequence(Qt::CTRL | Qt::Key_I);
        QTest::newRow("demo") << QStringLiteral("actionDemo") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
        QTest::newRow("print") << QStringLiteral("actionPrint") << QKeySequence(Qt::CTRL | Qt::Key_P);
        QTest::newRow("quit") << QStringLiteral("actionQuit") << QKeySequence(Qt::CTRL | Qt::Key_Q);
        QTest::newRow("refresh") << QStringLiteral("actionRefresh") << QKeySequence(Qt::Key_F5);
        QTest::newRow("reload all") << QStringLiteral("actionReloadAll") << QKeySequence(Qt::SHIFT | Qt::Key_F5);
        QTest::newRow("find") << QStringLiteral("actionFindTasks") << QKeySequence(Qt::CTRL | Qt::Key_F);
        QTest::newRow("all tasks") << QStringLiteral("actionShowAllTasks") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
        QTest::newRow("cron tester") << QStringLiteral("actionCronTester") << QKeySequence(Qt::CTRL | Qt::Key_K);
        QTest::newRow("settings") << QStringLiteral("actionSettings") << QKeySequence(Qt::CTRL | Qt::Key_Comma);
        QTest::newRow("help") << QStringLiteral("actionHelp") << QKeySequence(Qt::Key_F1);
        QTest::newRow("dashboard") << QStringLiteral("actionShow_dashboard") << QKeySequence(Qt::CTRL | Qt::Key_1);
        QTest::newRow("history") << QStringLiteral("actionShow_history") << QKeySequence(Qt::CTRL | Qt::Key_2);
        QTest::newRow("patterns") << QStringLiteral("actionShow_patterns") << QKeySequence(Qt::CTRL | Qt::Key_3);
    }
    void shortcutsAreShownInTheMenus()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, keys);
        MainWindow w;
        auto *a = w.findChild<QAction *>(action);
        QVERIFY2(a, qPrintable(action));
        QCOMPARE(a->shortcut(), keys);
        bool inMenu = false;
        for (QObject *o : a->associatedObjects())
            inMenu |= qobject_cast<QMenu *>(o) != nullptr;
        QVERIFY2(inMenu, "the shortcut is listed in a menu");
        QVERIFY(a->toolTip().contains(keys.toString(QKeySequence::NativeText)));
        QVERIFY(!a->statusTip().isEmpty());
    }

    void everyMenuActionExplainsItselfAndNoShortcutIsTwice()
    {
        MainWindow w;
        QStringList missing;
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isEnabled())
                    continue;
                if (a->menu())
                    walk(a->menu());
                else if (a->statusTip().isEmpty())
                    missing << a->text();
            }
        };
        for (QAction *top : w.menuBar()->actions())
            walk(top->menu());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u',')));
        QHash<QKeySequence, QString> seen;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut().isEmpty() || a->shortcutContext() == Qt::WidgetShortcut
                || a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
                continue;
            QVERIFY2(!seen.contains(a->shortcut()),
                     qPrintable(a->shortcut().toString() + QStringLiteral(": ") + seen.value(a->shortcut()) +
                                QStringLiteral(" and ") + a->text()));
            seen.insert(a->shortcut(), a->text());
        }
    }

    // Every control of the History, Patterns and Optimization views says what it does.
    void everyControlHasATooltip()
    {
        TempDatabase tmp;
        fill(tmp);
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        QStringList missing;
        for (MainView *view : w.views()) {
            if (!QStringList{QStringLiteral("history"), QStringLiteral("patterns"), QStringLiteral("optimization")}
                     .contains(view->viewId()))
                continue;
            for (QWidget *c : view->findChildren<QWidget *>()) {
                const bool control = qobject_cast<QAbstractButton *>(c) || qobject_cast<QComboBox *>(c)
                                     || qobject_cast<QAbstractSpinBox *>(c) || qobject_cast<QLineEdit *>(c)
                                     || qobject_cast<QAbstractItemView *>(c);
                // Parts of another control (a spin box's editor, a table's corner button) are covered by it.
                QWidget *p = c->parentWidget();
                const bool part = qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p) || qobject_cast<QLineEdit *>(p)
                                  || qobject_cast<QAbstractItemView *>(p) || (p && qobject_cast<QAbstractItemView *>(p->parentWidget()))
                                  || c->inherits("QComboBoxPrivateContainer") || (p && p->inherits("QComboBoxPrivateContainer"));
                if (control && !part && c->toolTip().isEmpty())
                    missing << view->viewId() + u'/' + QString::fromLatin1(c->metaObject()->className()) + u'/'
                                   + c->objectName();
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void keysDoWhatTheMenusSay()
    {
        TempDatabase tmp;
        fill(tmp);
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY(!w.historyView()->isBusy());

        // Ctrl+2 shows the second view, Ctrl+1 the first.
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentView(), w.views().at(1));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentView(), w.views().at(0));

        // F5 re-reads the current view only (the History view, the second tab).
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentView(), static_cast<MainView *>(w.historyView()));
        QTRY_VERIFY(!w.historyView()->isBusy());
        QSignalSpy refresh(w.findChild<QAction *>(QStringLiteral("actionRefresh")), &QAction::triggered);
        QSignalSpy busy(w.historyView(), &MainView::busyChanged);
        QTest::keyClick(&w, Qt::Key_F5);
        QCOMPARE(refresh.count(), 1);
        QTRY_VERIFY(!busy.isEmpty());
        QTRY_VERIFY(!w.historyView()->isBusy());

        // F1 opens the documentation.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        QTest::keyClick(&w, Qt::Key_F1);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(QString::fromLatin1(MainWindow::documentationUrl))});

        // Ctrl+I opens the import dialog (not modal-blocking).
        QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier);
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ImportDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(w.findChild<ImportDialog *>() == nullptr || !w.findChild<ImportDialog *>()->isVisible());
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // Ctrl+Q closes the window.
        QTest::keyClick(&w, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!w.isVisible());
    }

    void aboutNamesVersionLicenceQtAndLinks()
    {
        MainWindow w;
        w.show();
        w.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("aboutBox"))) != nullptr);
        const QString text = box->text();
        QVERIFY(text.contains(QStringLiteral(RULECAST_VERSION)));
        QVERIFY(text.contains(QStringLiteral("MIT")));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QString::fromLatin1(MainWindow::homepageUrl)));
        QVERIFY(text.contains(QString::fromLatin1(MainWindow::documentationUrl)));
        QVERIFY(text.contains(QString::fromLatin1(MainWindow::issuesUrl)));
        QVERIFY(!box->iconPixmap().isNull());
        box->close();
    }

    // The charts of the History and Optimization views take their colours
    // from the palette, so they read in dark mode too.
    void chartsFollowADarkPalette()
    {
        const QPalette before = QApplication::palette();
        QApplication::setPalette(darkFusionPalette());
        const auto restore = qScopeGuard([before] { QApplication::setPalette(before); });
        MainWindow w;
        const QColor base = darkFusionPalette().color(QPalette::Base);
        QList<QChartView *> charts;
        charts << w.findChild<DailyVolumeChart *>() << w.findChild<LoadComparisonChart *>();
        for (QChartView *chart : charts) {
            QVERIFY(chart);
            QCOMPARE(chart->chart()->backgroundBrush().color(), base);
            for (QAbstractAxis *axis : chart->chart()->axes())
                QCOMPARE(axis->labelsBrush().color(), darkFusionPalette().color(QPalette::Text));
        }
        // The chart of a run, with its axes, as well.
        auto *load = w.findChild<LoadComparisonChart *>();
        load->setLoads({1, 2, 3}, {1, 1, 1}, 2, 0);
        QVERIFY(!load->chart()->axes().isEmpty());
        for (QAbstractAxis *axis : load->chart()->axes())
            QCOMPARE(axis->labelsBrush().color(), darkFusionPalette().color(QPalette::Text));
        QCOMPARE(load->chart()->titleBrush().color(), darkFusionPalette().color(QPalette::Text));
    }

    void recentListIsCappedAndNewestFirst()
    {
        RecentDatabases::clear();
        for (int i = 0; i < 12; ++i)
            RecentDatabases::add(QStringLiteral("/tmp/db%1.db").arg(i));
        RecentDatabases::add(QStringLiteral("/tmp/db5.db"));
        const QStringList list = RecentDatabases::load();
        QCOMPARE(list.size(), RecentDatabases::MaxEntries);
        QCOMPARE(list.first(), QStringLiteral("/tmp/db5.db"));
        QCOMPARE(list.at(1), QStringLiteral("/tmp/db11.db"));
        QCOMPARE(list.count(QStringLiteral("/tmp/db5.db")), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
