#include "gui/charts/dailyvolumechart.h"
#include "gui/localedates.h"

#include <QDate>
#include <QChart>
#include <QDateTimeAxis>
#include <QTest>

using namespace rulecast;

class TestLocaleDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void formats_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("dayMonth");
        QTest::addColumn<QString>("monthYear");
        QTest::addColumn<QString>("weekdayDay");
        QTest::addColumn<QString>("shown"); // 2026-11-28 as day and month
        QTest::newRow("German") << "de_DE" << "d. MMM" << "MMM yyyy" << "ddd d." << "28. Nov.";
        QTest::newRow("US English") << "en_US" << "MMM d" << "MMM yyyy" << "ddd d" << "Nov 28";
        QTest::newRow("British English") << "en_GB" << "d MMM" << "MMM yyyy" << "ddd d" << "28 Nov";
        QTest::newRow("Spanish (quoted text)") << "es_ES" << "d 'de' MMM" << "MMM 'de' yyyy" << "ddd d" << "28 de nov";
    }

    void formats()
    {
        QFETCH(QString, locale);
        const QLocale l(locale);
        QTEST(dayMonthFormat(l), "dayMonth");
        QTEST(monthYearFormat(l), "monthYear");
        QTEST(weekdayDayFormat(l), "weekdayDay");
        QTEST(l.toString(QDate(2026, 11, 28), dayMonthFormat(l)), "shown");
    }

    void germanWeekdayLabel()
    {
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(de.toString(QDate(2026, 11, 28), weekdayDayFormat(de)), QStringLiteral("Sa. 28."));
    }

    // The History view's tasks-per-day axis follows the default locale.
    void dailyChartAxisInGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        DailyVolumeChart chart;
        QList<QPair<QDate, qint64>> days;
        for (int i = 0; i < 60; ++i)
            days.append({QDate(2026, 9, 28).addDays(i), i % 7});
        chart.setDays(days, QTimeZone::utc());
        auto *axis = qobject_cast<QDateTimeAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->format(), QStringLiteral("d. MMM"));

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        DailyVolumeChart english;
        english.setDays(days, QTimeZone::utc());
        QCOMPARE(qobject_cast<QDateTimeAxis *>(english.chart()->axes(Qt::Horizontal).value(0))->format(),
                 QStringLiteral("MMM d"));
    }
};

QTEST_MAIN(TestLocaleDates)
#include "tst_localedates.moc"
