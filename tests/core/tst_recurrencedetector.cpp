#include "core/intervaldetector.h"
#include "core/recurrencedetector.h"

#include <QTest>

#include <random>

using namespace rulecast;

namespace {

constexpr qint64 kStart = 1798761600; // 2027-01-01T00:00:00Z, a Friday
constexpr qint64 kDay = 86400;

TypeSeries series(const QString &type, std::vector<qint64> starts)
{
    std::sort(starts.begin(), starts.end());
    TypeSeries s;
    s.type = type;
    s.starts = starts;
    for (std::size_t i = 0; i < starts.size(); ++i)
        s.ids.push_back(qint64(i) + 1);
    return s;
}

AnalysisWindow window(int days)
{
    return {kStart, kStart + days * kDay};
}

} // namespace

class TestRecurrenceDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dailyHasItsTypicalMinute()
    {
        std::vector<qint64> t;
        for (int d = 0; d < 30; ++d)
            if (d % 10 != 3) // a skipped day in ten
                t.push_back(kStart + d * kDay + (2 * 60 + 13) * 60 + (d % 5 - 2) * 60);
        const auto found = RecurrenceDetector().detect(series(QStringLiteral("backup"), t), window(30));
        QCOMPARE(found.size(), 1);
        const ActivityPattern &p = found.first();
        QCOMPARE(p.kind, PatternKind::Daily);
        QVERIFY(std::abs(p.minuteOfDay - 133) < 1.0);
        QCOMPARE(p.timeWindows.first().startHour, 2);
        QCOMPARE(p.timeWindows.first().minute, 13);
        QCOMPARE(p.occurrences, qint64(27));
        QCOMPARE(p.opportunities, qint64(30));
        QVERIFY(p.confidence > 0.85);
        QCOMPARE(p.evidenceTaskIds.size(), 27);
    }

    void weekdaysSharingATimeAreOnePattern()
    {
        std::vector<qint64> t;
        for (int d = 0; d < 35; ++d) {
            const int wd = (5 + d) % 7; // day 0 is a Friday
            if (wd == 1 || wd == 3 || wd == 5)
                t.push_back(kStart + d * kDay + (9 * 60 + 30) * 60);
        }
        const auto found = RecurrenceDetector().detect(series(QStringLiteral("report"), t), window(35));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, PatternKind::Weekly);
        QCOMPARE(found.first().timeWindows.first().daysOfWeek, (QList<int>{1, 3, 5}));
        QVERIFY(found.first().confidence > 0.9);
    }

    void monthlyOnTheFifteenth()
    {
        std::vector<qint64> t;
        for (qint64 day : {14, 14 + 31, 14 + 31 + 28}) // Jan 15, Feb 15, Mar 15
            t.push_back(kStart + day * kDay + 4 * 3600 + 120);
        const auto found = RecurrenceDetector().detect(series(QStringLiteral("billing"), t), window(90));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, PatternKind::Monthly);
        QCOMPARE(found.first().timeWindows.first().daysOfMonth, QList<int>{15});
        QCOMPARE(found.first().confidence, 0.875); // 3 of 3: confident, not certain
    }

    void busyTypeHittingSomeDaysOfTheMonthByLuckIsNotMonthly()
    {
        // Nine runs a day at random times for 93 days: some day of the month
        // sees a run at some minute in two or three months out of three.
        std::mt19937_64 rng(5);
        std::uniform_int_distribution<qint64> u(0, 93 * kDay - 1);
        std::vector<qint64> t;
        for (int i = 0; i < 9 * 93; ++i)
            t.push_back(kStart + u(rng));
        const auto found = RecurrenceDetector().detect(series(QStringLiteral("busy"), t), window(93));
        for (const ActivityPattern &p : found)
            QVERIFY2(p.confidence < 0.5, qPrintable(p.describe()));
    }

    void runsAcrossMidnightBelongToTheirNominalDay()
    {
        std::vector<qint64> t;
        for (int d = 1; d < 30; ++d)
            t.push_back(kStart + d * kDay + (d % 2 ? -3 * 60 : 4 * 60)); // 23:57 or 00:04
        const auto found = RecurrenceDetector().detect(series(QStringLiteral("rotate"), t), window(30));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, PatternKind::Daily);
        QVERIFY(std::min(found.first().minuteOfDay, 1440 - found.first().minuteOfDay) < 2.0);
        QCOMPARE(found.first().occurrences, qint64(29));
    }

    void hourlyIsOneIntervalPattern()
    {
        std::vector<qint64> t;
        for (int h = 0; h < 30 * 24; ++h)
            t.push_back(kStart + h * 3600 + 7 * 60 + (h % 3 - 1) * 60);
        const TypeSeries s = series(QStringLiteral("heartbeat"), t);
        std::vector<char> explained;
        const auto p = IntervalDetector().detect(s, window(30), explained);
        QVERIFY(p.has_value());
        QCOMPARE(p->periodMinutes, 60);
        QCOMPARE(p->frequency, QStringLiteral("hourly"));
        QCOMPARE(p->timeWindows.first().minute, 7);
        QCOMPARE(p->timeWindows.first().startHour, p->timeWindows.first().endHour); // all day
        QCOMPARE(std::count(explained.begin(), explained.end(), char(1)), std::ptrdiff_t(t.size()));
        // Everything explained: no daily patterns are left.
        QVERIFY(RecurrenceDetector().detect(s, window(30), &explained).isEmpty());
    }

    void everyTwoHoursIsNotHourlyAndOfficeHoursAreTheWindow()
    {
        std::vector<qint64> two, office;
        for (int h = 0; h < 30 * 24; h += 2)
            two.push_back(kStart + h * 3600 + 30 * 60);
        for (int d = 0; d < 30; ++d)
            for (int q = 8 * 4; q < 18 * 4; ++q)
                office.push_back(kStart + d * kDay + q * 900 + 60);
        std::vector<char> explained;
        const auto p2 = IntervalDetector().detect(series(QStringLiteral("two"), two), window(30), explained);
        QVERIFY(p2.has_value());
        QCOMPARE(p2->periodMinutes, 120);
        QCOMPARE(p2->frequency, QStringLiteral("every_2_hours"));
        const auto p15 = IntervalDetector().detect(series(QStringLiteral("sync"), office), window(30), explained);
        QVERIFY(p15.has_value());
        QCOMPARE(p15->periodMinutes, 15);
        QCOMPARE(p15->timeWindows.first().startHour, 8);
        QCOMPARE(p15->timeWindows.first().endHour, 18);
        QCOMPARE(p15->timeWindows.first().minute, 1);
    }

    void randomTimesAreNoInterval()
    {
        std::mt19937_64 rng(8);
        std::uniform_int_distribution<qint64> u(0, 30 * kDay - 1);
        std::vector<qint64> t;
        for (int i = 0; i < 30 * 500; ++i)
            t.push_back(kStart + u(rng));
        std::vector<char> explained;
        const auto p = IntervalDetector().detect(series(QStringLiteral("noise"), t), window(30), explained);
        QVERIFY(!p.has_value() || p->confidence < 0.5);
    }
};

QTEST_GUILESS_MAIN(TestRecurrenceDetector)
#include "tst_recurrencedetector.moc"
