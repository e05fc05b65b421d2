#include "gui/widgets/croneditor.h"

#include "core/timeformat.h"
#include "gui/translations.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace rulecast;

class TestCronEditor : public QObject
{
    Q_OBJECT

private:
    static qint64 at(const char *iso) { return *timeformat::parse(QString::fromLatin1(iso)); }

private Q_SLOTS:
    void typingValidatesLive()
    {
        CronEditor editor;
        editor.setTimeZone(QTimeZone("Europe/Berlin"));
        editor.setReferenceTime(at("2027-03-27T00:00:00Z"));
        auto *edit = editor.findChild<QLineEdit *>(QStringLiteral("cronExpression"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("cronMessage"));
        auto *description = editor.findChild<QLabel *>(QStringLiteral("cronDescription"));
        auto *times = editor.findChild<QListWidget *>(QStringLiteral("cronNextTimes"));
        QVERIFY(edit && message && description && times);
        QSignalSpy changed(&editor, &CronEditor::expressionChanged);

        QTest::keyClicks(edit, QStringLiteral("30 2 * *"));
        QVERIFY(!editor.isValid());
        QCOMPARE(message->property("error").toBool(), true);
        QCOMPARE(message->text(), QStringLiteral("expected 5 fields (minute hour day-of-month month day-of-week), got 4"));
        QVERIFY(description->text().isEmpty());
        QCOMPARE(times->count(), 0);
        QCOMPARE(changed.count(), 8); // one per key
        QCOMPARE(changed.last().at(1).toBool(), false);

        QTest::keyClicks(edit, QStringLiteral(" *"));
        QVERIFY(editor.isValid());
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("30 2 * * *"));
        QCOMPARE(changed.last().at(1).toBool(), true);
        QCOMPARE(message->property("error").toBool(), false);
        QCOMPARE(description->text(), QStringLiteral("At 02:30"));
        QCOMPARE(times->count(), 10);
        // 02:30 falls into the 2027-03-28 DST gap: shifted to 03:30 CEST.
        QVERIFY2(times->item(0)->text().contains(QStringLiteral("2027-03-27 02:30 +01:00")), qPrintable(times->item(0)->text()));
        QVERIFY2(times->item(1)->text().contains(QStringLiteral("2027-03-28 03:30 +02:00")), qPrintable(times->item(1)->text()));

        // A typo turns the message red with the precise problem.
        QTest::keyClick(edit, Qt::Key_Home);
        QTest::keyClicks(edit, QStringLiteral("6"));
        QCOMPARE(edit->text(), QStringLiteral("630 2 * * *"));
        QCOMPARE(message->text(), QStringLiteral("minute: 630 is out of range 0-59"));
        QVERIFY(message->palette().color(QPalette::WindowText) != editor.palette().color(QPalette::WindowText));
        QCOMPARE(times->count(), 0);
    }

    void zoneChoiceMovesTheFireTimes()
    {
        CronEditor editor;
        editor.setReferenceTime(at("2027-01-04T00:00:00Z"));
        editor.setTimeZone(QTimeZone::utc());
        editor.setExpression(QStringLiteral("0 9 * * mon-fri"));
        QVERIFY(editor.isValid());
        QCOMPARE(editor.description(), QStringLiteral("At 09:00, Monday through Friday"));
        QVERIFY(editor.fireTimes().first().contains(QStringLiteral("2027-01-04 09:00 +00:00")));
        auto *zone = editor.findChild<QComboBox *>(QStringLiteral("cronZone"));
        QVERIFY(zone && zone->count() > 100);
        zone->setCurrentIndex(zone->findText(QStringLiteral("Asia/Kolkata")));
        QCOMPARE(editor.timeZone().id(), QByteArray("Asia/Kolkata"));
        QVERIFY(editor.fireTimes().first().contains(QStringLiteral("2027-01-04 09:00 +05:30")));
        QCOMPARE(editor.fireTimes().size(), 10);
    }

    void emptyIsNeutral()
    {
        CronEditor editor;
        QVERIFY(!editor.isValid());
        QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("cronMessage"))->property("error").toBool(), false);
        QVERIFY(editor.message().contains(QStringLiteral("Enter a cron expression")));
    }
    // In German the editor explains a bad expression in German, with the
    // field's German name and the value as typed.
    void explainsInGerman()
    {
        installTranslations(QStringLiteral("de"));
        {
            CronEditor editor;
            auto *edit = editor.findChild<QLineEdit *>(QStringLiteral("cronExpression"));
            auto *message = editor.findChild<QLabel *>(QStringLiteral("cronMessage"));
            QVERIFY(edit && message);
            QTest::keyClicks(edit, QStringLiteral("61 * * * *"));
            QCOMPARE(message->text(), QStringLiteral("Minute: 61 liegt außerhalb des Bereichs 0-59"));
            edit->clear();
            QTest::keyClicks(edit, QStringLiteral("0 9 * * mon-fry"));
            QCOMPARE(message->text(), QStringLiteral("Wochentag: unbekannter Name „fry“ (erwartet: sun-sat)"));
            edit->clear();
            QTest::keyClicks(edit, QStringLiteral("0 9 * *"));
            QCOMPARE(message->text(), QStringLiteral("erwartet werden 5 Felder (Minute Stunde Tag-des-Monats Monat "
                                                     "Wochentag), erhalten: 4"));
        }
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestCronEditor)
#include "tst_croneditor.moc"
