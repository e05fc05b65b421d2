#include "app/settings.h"
#include "gui/mainwindow.h"
#include "gui/mainwindowowner.h"
#include "gui/recentdatabases.h"
#include "gui/translations.h"
#include "gui/views/historyview.h"
#include "gui/views/mainview.h"
#include "gui/widgets/configfield.h"
#include "gui/widgets/settingsdialog.h"
#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

class TestMainWindowOwner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList menuTitles(const MainWindow &w)
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }

    static QString historyHeader(const MainWindow &w, int column)
    {
        auto *table = w.findChild<QTableView *>(QStringLiteral("historyTable"));
        return table ? table->model()->headerData(column, Qt::Horizontal).toString() : QString();
    }

    // Opens Tools → Settings… in `w`, picks `language` on the Display page
    // and presses OK, as a user would.
    static void chooseLanguage(MainWindow &w, const QString &language)
    {
        w.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        SettingsDialog *d = nullptr;
        QTRY_VERIFY((d = w.findChild<SettingsDialog *>()) != nullptr);
        QTRY_VERIFY(d->isVisible());
        d->showSection(QStringLiteral("display"));
        // The dialog says the switch is immediate, not "after a restart".
        auto *note = d->findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(note);
        QVERIFY2(!note->text().contains(QLatin1String("next start")), qPrintable(note->text()));
        auto *combo = qobject_cast<QComboBox *>(d->field(QStringLiteral("display.language"))->widget());
        QVERIFY(combo);
        const int index = combo->findData(language);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentDatabases::clear();
        qputenv("RULECAST_NO_KEYCHAIN", "1");
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("rulecast.conf")).toUtf8());
    }

    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void switchesLanguageOnTheSameDatabaseAndView()
    {
        TempDatabase tmp;
        QList<TaskRecord> tasks;
        for (int i = 0; i < 50; ++i)
            tasks << makeTask(i % 2 ? QStringLiteral("backup") : QStringLiteral("sync"), 1790000000 + qint64(i) * 3600);
        QVERIFY(insertTasks(tmp.db(), tasks));
        installTranslations(QStringLiteral("en"));

        MainWindowOwner owner;
        QSignalSpy replaced(&owner, &MainWindowOwner::windowReplaced);
        QPointer<MainWindow> english = owner.window();
        QVERIFY(english->openDatabase(tmp.path()));
        english->resize(1100, 720);
        english->show();
        QVERIFY(QTest::qWaitForWindowExposed(english));
        QVERIFY(english->showView(QStringLiteral("rules")));
        QVERIFY(menuTitles(*english).contains(QStringLiteral("&File")));
        QCOMPARE(historyHeader(*english, 1), QStringLiteral("Type"));
        const QSize size = english->size();

        chooseLanguage(*english, QStringLiteral("de"));
        QTRY_COMPARE(replaced.count(), 1);
        QTRY_VERIFY(english.isNull()); // the old window (and its dialog) is gone
        MainWindow *german = owner.window();
        QVERIFY(german);
        QCOMPARE(replaced.at(0).at(0).value<MainWindow *>(), german);
        QVERIFY(german->isVisible());
        QCOMPARE(Settings().config().display.language, QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);

        const QStringList titles = menuTitles(*german);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(u',')));
        QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
        QVERIFY(!titles.contains(QStringLiteral("&File")));
        QCOMPARE(historyHeader(*german, 1), QStringLiteral("Typ"));
        auto *tabs = german->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(tabs->indexOf(german->view(QStringLiteral("rules")))), QStringLiteral("Regeln"));
        // Same database, same view, same place on the screen.
        QVERIFY(german->database());
        QCOMPARE(german->database()->path(), tmp.path());
        QCOMPARE(german->currentView()->viewId(), QStringLiteral("rules"));
        QCOMPARE(german->size(), size);
        // The views read the database again: the status bar counts its tasks, in German.
        QTRY_VERIFY2(german->statusText().contains(QLatin1String("50 Aufgaben")), qPrintable(german->statusText()));

        // And back: the German window is replaced by an English one.
        QPointer<MainWindow> old = german;
        chooseLanguage(*german, QStringLiteral("en"));
        QTRY_COMPARE(replaced.count(), 2);
        QTRY_VERIFY(old.isNull());
        MainWindow *back = owner.window();
        QVERIFY(menuTitles(*back).contains(QStringLiteral("&File")));
        QCOMPARE(historyHeader(*back, 1), QStringLiteral("Type"));
        QCOMPARE(back->currentView()->viewId(), QStringLiteral("rules"));
        QCOMPARE(back->database()->path(), tmp.path());
        QCOMPARE(QLocale().language(), QLocale::English);
        QTRY_VERIFY2(back->statusText().contains(QLatin1String("50 tasks")), qPrintable(back->statusText()));
    }

    // A change of anything else keeps the window.
    void otherSettingsKeepTheWindow()
    {
        TempDatabase tmp;
        MainWindowOwner owner;
        QSignalSpy replaced(&owner, &MainWindowOwner::windowReplaced);
        MainWindow *w = owner.window();
        QVERIFY(w->openDatabase(tmp.path()));
        w->show();
        w->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        SettingsDialog *d = nullptr;
        QTRY_VERIFY((d = w->findChild<SettingsDialog *>()) != nullptr);
        auto *combo = qobject_cast<QComboBox *>(d->field(QStringLiteral("display.timezone"))->widget());
        combo->setCurrentText(QStringLiteral("Asia/Kolkata"));
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!w->findChild<SettingsDialog *>());
        QTest::qWait(50);
        QCOMPARE(replaced.count(), 0);
        QCOMPARE(owner.window(), w);
        QCOMPARE(w->historyView()->timeZone(), QTimeZone("Asia/Kolkata"));
    }
};

QTEST_MAIN(TestMainWindowOwner)
#include "tst_mainwindowowner.moc"
