#include "gui/mainwindow.h"
#include "gui/widgets/croneditor.h"
#include "gui/widgets/crontesterdialog.h"
#include "testsupport/testsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

// The cron editor is reachable in the app: Tools → Cron Expression Tester on
// the real main window, typed into like a user would.
class TestCronTesterDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensFromTheToolsMenuAndExplainsWhatIsTyped()
    {
        TempDatabase tmp;
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        auto *action = w.findChild<QAction *>(QStringLiteral("actionCronTester"));
        QVERIFY(action);
        action->trigger();
        CronTesterDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<CronTesterDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());

        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("cronExpression"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("cronMessage"));
        auto *times = dialog->findChild<QListWidget *>(QStringLiteral("cronNextTimes"));
        QVERIFY(edit && message && times);

        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("0 9 * * 1"));
        QVERIFY(dialog->editor()->isValid());
        QVERIFY2(dialog->editor()->description().contains(QLatin1String("09:00")),
                 qPrintable(dialog->editor()->description()));
        QCOMPARE(times->count(), CronEditor::FireTimeCount);

        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("61 * * * *"));
        QVERIFY(!dialog->editor()->isValid());
        QVERIFY2(dialog->editor()->message().contains(QLatin1String("61 is out of range 0-59")),
                 qPrintable(dialog->editor()->message()));
        dialog->close();
    }
};

QTEST_MAIN(TestCronTesterDialog)
#include "tst_crontesterdialog.moc"
