#include "core/activitypattern.h"
#include "core/phrase.h"
#include "testsupport/faketranslator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace rulecast;

namespace {

ActivityPattern interval()
{
    ActivityPattern p;
    p.kind = PatternKind::Interval;
    p.taskTypes = {QStringLiteral("sync-photos")};
    p.periodMinutes = 240;
    p.minuteOfDay = 5.2;
    p.spreadMinutes = 0.24;
    p.timeWindows = {TimeWindow{0, 0, -1, {}, {}}};
    p.confidence = 1.0;
    return p;
}

ActivityPattern weekly()
{
    ActivityPattern p;
    p.kind = PatternKind::Weekly;
    p.taskTypes = {QStringLiteral("report")};
    p.minuteOfDay = 570;
    p.spreadMinutes = 0.1;
    p.timeWindows = {TimeWindow{9, 10, 30, {1, 3, 5}, {}}};
    p.confidence = 0.5;
    return p;
}

ActivityPattern correlation()
{
    ActivityPattern p;
    p.kind = PatternKind::Correlation;
    p.taskTypes = {QStringLiteral("download"), QStringLiteral("transcribe")};
    p.delayMinutes = 6.62;
    p.windowMinutes = 60;
    p.confidence = 0.9;
    return p;
}

ActivityPattern resourceUsage()
{
    ActivityPattern p;
    p.kind = PatternKind::ResourceUsage;
    p.taskTypes = {QStringLiteral("backup")};
    p.timeWindows = {TimeWindow{0, 1, -1, {}, {}}, TimeWindow{13, 15, -1, {}, {}}};
    p.metrics.insert(QStringLiteral("metric"), QStringLiteral("network_mbps"));
    p.metrics.insert(QStringLiteral("peak_to_average"), 7.43);
    return p;
}

} // namespace

// ActivityPattern's sentences: describe() in the user's language,
// describeEnglish() (what pattern_data, JSON, reports and the CLI carry)
// always English with the CLI's numbers.
class TestActivityPattern : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale::c()); }
    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_german);
        QLocale::setDefault(QLocale::c());
    }

    void englishSentences()
    {
        QCOMPARE(interval().describe(), QStringLiteral("every 4 hours at +5 min, all day (±0.2 min)"));
        ActivityPattern hourly = interval();
        hourly.periodMinutes = 60;
        hourly.spreadMinutes = 0;
        hourly.timeWindows = {TimeWindow{9, 17, -1, {}, {}}};
        QCOMPARE(hourly.describe(), QStringLiteral("every hour at +5 min, 09:00–17:00 UTC"));
        hourly.periodMinutes = 15;
        QCOMPARE(hourly.describe(), QStringLiteral("every 15 minutes at +5 min, 09:00–17:00 UTC"));
        QCOMPARE(weekly().describe(), QStringLiteral("Mon, Wed, Fri at 09:30 UTC (±0.1 min)"));
        QCOMPARE(correlation().describe(), QStringLiteral("transcribe starts about 6.6 min after download (within 60 min)"));
        QCOMPARE(resourceUsage().describe(),
                 QStringLiteral("network_mbps demand peaks at 00–01h, 13–15h UTC (7.4x the average)"));
        ActivityPattern daily = weekly();
        daily.kind = PatternKind::Daily;
        daily.spreadMinutes = 3;
        QCOMPARE(daily.describe(), QStringLiteral("every day at 09:30 UTC (±3.0 min)"));
        ActivityPattern monthly = daily;
        monthly.kind = PatternKind::Monthly;
        monthly.timeWindows[0].daysOfMonth = {1, 15};
        QCOMPARE(monthly.describe(), QStringLiteral("day 1, 15 of the month at 09:30 UTC (±3.0 min)"));
        monthly.timeWindows[0].daysOfMonth = {15};
        QCOMPARE(monthly.describe(), QStringLiteral("day 15 of the month at 09:30 UTC (±3.0 min)"));
        QCOMPARE(interval().recommendationReason(),
                 QStringLiteral("regular enough (confidence 1.00 >= 0.80) to become a scheduling rule"));
        QCOMPARE(weekly().recommendationReason(),
                 QStringLiteral("confidence 0.50 is below 0.80: watch it over a longer window before automating it"));
    }

    void germanInTheGuiEnglishWhereStored()
    {
        installGerman();
        QCOMPARE(interval().describe(), QStringLiteral("alle 4 Stunden bei +5 min, ganztägig (±0,2 min)"));
        QCOMPARE(weekly().describe(), QStringLiteral("Mo, Mi, Fr um 09:30 UTC (±0,1 min)"));
        QCOMPARE(correlation().describe(),
                 QStringLiteral("transcribe startet etwa 6,6 min nach download (innerhalb von 60 min)"));
        QCOMPARE(interval().recommendationReason(),
                 QStringLiteral("regelmäßig genug (Konfidenz 1,00 ≥ 0,80), um eine Planungsregel zu werden"));

        // The English entry points and everything stored stay English, with a dot.
        QCOMPARE(interval().describeEnglish(), QStringLiteral("every 4 hours at +5 min, all day (±0.2 min)"));
        QCOMPARE(weekly().describeEnglish(), QStringLiteral("Mon, Wed, Fri at 09:30 UTC (±0.1 min)"));
        QCOMPARE(interval().recommendationReasonEnglish(),
                 QStringLiteral("regular enough (confidence 1.00 >= 0.80) to become a scheduling rule"));
        const QJsonObject data = weekly().toPatternData();
        QCOMPARE(data.value(QStringLiteral("description")).toString(), QStringLiteral("Mon, Wed, Fri at 09:30 UTC (±0.1 min)"));
        QCOMPARE(data.value(QStringLiteral("recommendation")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("confidence 0.50 is below 0.80: watch it over a longer window before automating it"));
        {
            const EnglishOnly english;
            QCOMPARE(correlation().describe(), QStringLiteral("transcribe starts about 6.6 min after download (within 60 min)"));
        }
        // The sentence read back from stored data renders the same way.
        const Result<ActivityPattern> back =
            ActivityPattern::fromStored(QStringLiteral("weekly_recurring"), data, QStringLiteral("row 1"));
        QVERIFY(back.ok());
        QCOMPARE(back->describe(), QStringLiteral("Mo, Mi, Fr um 09:30 UTC (±0,1 min)"));
    }

private:
    void installGerman()
    {
        const char *c = "ActivityPattern";
        m_german.add(c, "every %n hour(s)", QStringLiteral("alle %n Stunden"));
        m_german.add(c, "%1 at +%2 min, %3", QStringLiteral("%1 bei +%2 min, %3"));
        m_german.add(c, "all day", QStringLiteral("ganztägig"));
        m_german.add(c, "%1 (±%2 min)", QStringLiteral("%1 (±%2 min)"));
        m_german.add(c, "%1 at %2 UTC", QStringLiteral("%1 um %2 UTC"));
        m_german.add(c, "Mon", QStringLiteral("Mo"));
        m_german.add(c, "Wed", QStringLiteral("Mi"));
        m_german.add(c, "Fri", QStringLiteral("Fr"));
        m_german.add(c, "%1 starts about %2 min after %3 (within %4 min)",
                     QStringLiteral("%1 startet etwa %2 min nach %3 (innerhalb von %4 min)"));
        m_german.add(c, "regular enough (confidence %1 >= %2) to become a scheduling rule",
                     QStringLiteral("regelmäßig genug (Konfidenz %1 ≥ %2), um eine Planungsregel zu werden"));
        QCoreApplication::installTranslator(&m_german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }

    test::FakeTranslator m_german;
};

QTEST_GUILESS_MAIN(TestActivityPattern)
#include "tst_activitypattern.moc"
