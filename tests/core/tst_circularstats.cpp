#include "core/circularstats.h"
#include "core/patternstatistics.h"

#include <QTest>

#include <cmath>

using namespace rulecast;

class TestCircularStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void meanAcrossMidnightIsMidnight()
    {
        const double minutes[] = {23 * 60 + 55.0, 5.0};
        const circular::Summary s = circular::summarize(minutes, 2, 1440);
        QVERIFY(circular::distance(s.mean, 0.0, 1440) < 1e-6);
        QVERIFY(s.spread > 4.9 && s.spread < 5.1); // ±5 minutes
        QVERIFY(s.resultantLength > 0.99);
    }
    void meanOfATightClusterIsItsCentre()
    {
        const double minutes[] = {568, 570, 572, 569, 571};
        const circular::Summary s = circular::summarize(minutes, 5, 1440);
        QCOMPARE(std::round(s.mean * 1000) / 1000, 570.0);
        QVERIFY(s.spread < 2.0);
    }
    void spreadAllAroundHasNoConcentration()
    {
        double minutes[24];
        for (int h = 0; h < 24; ++h)
            minutes[h] = h * 60.0;
        const circular::Summary s = circular::summarize(minutes, 24, 1440);
        QVERIFY(s.resultantLength < 1e-9);
        QVERIFY(s.spread > 500);
    }
    void distancesAndWrapping()
    {
        QCOMPARE(circular::distance(1435, 5, 1440), 10.0);
        QCOMPARE(circular::distance(5, 1435, 1440), 10.0);
        QCOMPARE(circular::wrapSigned(1435 - 5, 1440), -10.0);
        QCOMPARE(circular::wrap(-10, 1440), 1430.0);
        QCOMPARE(circular::wrap(1440, 1440), 0.0);
        QCOMPARE(circular::distance(0, 720, 1440), 720.0);
    }
    void shrunkRateIsConfidentButNotCertain()
    {
        QCOMPARE(patternstats::shrunkRate(3, 3), 0.875);
        QVERIFY(patternstats::shrunkRate(30, 30) < 1.0);
        QCOMPARE(patternstats::shrunkRate(0, 0), 0.5);
        QVERIFY(patternstats::shrunkRate(27, 30) > 0.85);
    }
    void chanceCorrectionRemovesWhatDensityExplains()
    {
        QCOMPARE(patternstats::chanceCorrected(0.9, 0.0), 0.9);
        QCOMPARE(patternstats::chanceCorrected(0.6, 0.6), 0.0);
        QCOMPARE(patternstats::chanceCorrected(0.5, 0.6), 0.0);
        QCOMPARE(patternstats::chanceCorrected(1.0, 0.5), 1.0);
        QCOMPARE(patternstats::chanceCorrected(0.75, 0.5), 0.5);
    }
    void tails()
    {
        QVERIFY(std::abs(patternstats::binomialUpperTail(3, 3, 0.5) - 0.125) < 1e-12);
        QVERIFY(std::abs(patternstats::binomialUpperTail(1, 10, 0.1) - (1 - std::pow(0.9, 10))) < 1e-12);
        QCOMPARE(patternstats::binomialUpperTail(0, 10, 0.3), 1.0);
        QCOMPARE(patternstats::binomialUpperTail(11, 10, 0.3), 0.0);
        QVERIFY(std::abs(patternstats::poissonUpperTail(1, 2.0) - (1 - std::exp(-2.0))) < 1e-12);
        QVERIFY(patternstats::poissonUpperTail(30, 2.0) < 1e-20);
        QVERIFY(std::abs(patternstats::chanceOfAnyEvent(1.0 / 60, 60) - (1 - std::exp(-1.0))) < 1e-12);
    }
    void calendarHelpers()
    {
        QCOMPARE(patternstats::weekdayOfDay(0), 4);              // 1970-01-01, Thursday
        QCOMPARE(patternstats::weekdayOfDay(1798761600 / 86400), 5); // 2027-01-01, Friday
        QCOMPARE(patternstats::dayIndex(-1), qint64(-1));
        QCOMPARE(patternstats::minuteOfDay(86400 + 570 * 60 + 30), 570.5);
    }
};

QTEST_GUILESS_MAIN(TestCircularStats)
#include "tst_circularstats.moc"
