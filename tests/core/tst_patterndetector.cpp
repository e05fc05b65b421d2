#include "core/circularstats.h"
#include "core/patterndetector.h"
#include "testsupport/plantedhistory.h"

#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

bool matches(const ActivityPattern &p, const PlantedPattern &planted)
{
    if (p.kind != planted.kind || p.taskTypes != planted.taskTypes)
        return false;
    switch (planted.kind) {
    case PatternKind::Daily:
        return circular::distance(p.minuteOfDay, planted.minuteOfDay, 1440) <= 5;
    case PatternKind::Weekly:
        return circular::distance(p.minuteOfDay, planted.minuteOfDay, 1440) <= 5
               && p.timeWindows.value(0).daysOfWeek == planted.days;
    case PatternKind::Monthly:
        return circular::distance(p.minuteOfDay, planted.minuteOfDay, 1440) <= 5
               && p.timeWindows.value(0).daysOfMonth == planted.days;
    case PatternKind::Interval:
        return p.periodMinutes == planted.periodMinutes;
    case PatternKind::Correlation:
        return std::abs(p.delayMinutes - planted.delayMinutes) <= 3;
    case PatternKind::ResourceUsage:
        return true;
    }
    return false;
}

QString dump(const QList<ActivityPattern> &patterns)
{
    QString s;
    for (const ActivityPattern &p : patterns)
        s += QStringLiteral("  %1 %2 conf=%3 occ=%4/%5 %6\n")
                 .arg(p.patternType(), p.taskTypes.join(QLatin1Char(',')))
                 .arg(p.confidence, 0, 'f', 3)
                 .arg(p.occurrences)
                 .arg(p.opportunities)
                 .arg(p.describe());
    return s;
}

void checkHistory(const PlantedHistory &h, int days)
{
    const PatternDetector detector;
    const PatternAnalysis a = detector.analyze(h.tasks, h.end, days);
    for (const PlantedPattern &planted : h.planted) {
        bool found = false;
        for (const ActivityPattern &p : a.patterns)
            found = found || (matches(p, planted) && p.confidence >= 0.7);
        if (!found)
            QFAIL(qPrintable(QStringLiteral("planted %1 %2 not found with confidence >= 0.7; found:\n%3")
                                 .arg(patternTypeName(planted.kind), planted.taskTypes.join(QLatin1Char(',')),
                                      dump(a.patterns))));
    }
    for (const ActivityPattern &p : a.patterns) {
        for (const QString &noise : h.noiseTypes)
            if (p.taskTypes.contains(noise) && p.confidence >= 0.7)
                QFAIL(qPrintable(QStringLiteral("noise type %1 reported: %2").arg(noise, dump({p}))));
    }
    // Hourly and every-15-minutes work is one pattern each, never daily ones.
    for (const ActivityPattern &p : a.patterns)
        if (p.kind != PatternKind::Interval && p.kind != PatternKind::Correlation && p.kind != PatternKind::ResourceUsage)
            QVERIFY2(!p.taskTypes.contains(QStringLiteral("heartbeat")) && !p.taskTypes.contains(QStringLiteral("sync-inbox")),
                     qPrintable(dump({p})));
}

} // namespace

class TestPatternDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryPlantedPatternAndNoNoise_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1u, 2u, 3u, 4u, 5u, 6u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void findsEveryPlantedPatternAndNoNoise()
    {
        QFETCH(quint64, seed);
        PlantedSpec spec;
        spec.seed = seed;
        spec.days = 30;
        spec.monthly = false;
        checkHistory(plantHistory(spec), 30);
    }

    void findsMonthlyOverThreeMonths_data() { findsEveryPlantedPatternAndNoNoise_data(); }
    void findsMonthlyOverThreeMonths()
    {
        QFETCH(quint64, seed);
        PlantedSpec spec;
        spec.seed = seed + 100;
        spec.days = 100; // 2027-01-01 .. 2027-04-10: the 15th of Jan, Feb, Mar
        spec.noiseTypes = 25;
        checkHistory(plantHistory(spec), 100);
    }

    void dailyAcrossMidnightHasOneTypicalMinute()
    {
        PlantedSpec spec;
        spec.seed = 42;
        spec.monthly = false;
        const PlantedHistory h = plantHistory(spec);
        const PatternAnalysis a = PatternDetector().analyze(h.tasks, h.end, 30);
        int rotate = 0;
        for (const ActivityPattern &p : a.patterns) {
            if (p.taskTypes != QStringList{QStringLiteral("rotate-logs")} || p.kind == PatternKind::ResourceUsage)
                continue;
            ++rotate;
            QCOMPARE(p.kind, PatternKind::Daily);
            QVERIFY2(circular::distance(p.minuteOfDay, 23 * 60 + 58, 1440) <= 3, qPrintable(dump({p})));
            QVERIFY(p.occurrences >= 24); // runs after midnight count for the day before
            QVERIFY(p.spreadMinutes < 4);
        }
        QCOMPARE(rotate, 1);
    }

    void asOfExcludesTheFuture()
    {
        PlantedSpec spec;
        spec.seed = 7;
        spec.days = 60;
        spec.monthly = false;
        const PlantedHistory h = plantHistory(spec);
        const qint64 asOf = spec.start + 40 * 86400 + 5 * 3600;
        std::vector<TaskRecord> past;
        for (const TaskRecord &t : h.tasks)
            if (t.startedAt < asOf)
                past.push_back(t);
        const PatternAnalysis full = PatternDetector().analyze(h.tasks, asOf, 30);
        const PatternAnalysis cut = PatternDetector().analyze(past, asOf, 30);
        QVERIFY(!full.patterns.isEmpty());
        QCOMPARE(full.patterns.size(), cut.patterns.size());
        QCOMPARE(full.tasksAnalyzed, cut.tasksAnalyzed);
        for (int i = 0; i < full.patterns.size(); ++i) {
            QCOMPARE(full.patterns[i].toPatternData(), cut.patterns[i].toPatternData());
            for (qint64 t : full.patterns[i].occurrenceTimes)
                QVERIFY(t < asOf);
        }
        QCOMPARE(full.window.until, asOf);
        QVERIFY(full.window.from >= asOf - 30 * 86400);
    }

    void randomTimesGetLowConfidenceHoweverMany()
    {
        // One type at random times, 5 000 runs a day: nothing regular.
        PlantedSpec spec;
        spec.seed = 9;
        spec.monthly = false;
        spec.noiseTypes = 3;
        spec.maxNoisePerDay = 5000;
        PlantedHistory h = plantHistory(spec);
        const PatternAnalysis a = PatternDetector().analyze(h.tasks, h.end, 30);
        for (const ActivityPattern &p : a.patterns)
            for (const QString &noise : h.noiseTypes)
                QVERIFY2(!p.taskTypes.contains(noise) || p.kind == PatternKind::ResourceUsage, qPrintable(dump({p})));
    }

    void thresholdsApply()
    {
        PlantedSpec spec;
        spec.seed = 3;
        spec.monthly = false;
        const PlantedHistory h = plantHistory(spec);
        DetectionOptions strict;
        strict.minConfidence = 0.99;
        const PatternAnalysis a = PatternDetector(strict).analyze(h.tasks, h.end, 30);
        for (const ActivityPattern &p : a.patterns)
            QVERIFY(p.confidence >= 0.99);
        DetectionOptions many;
        many.minDetectionCount = 40; // more than 30 days can show for a daily pattern
        const PatternAnalysis b = PatternDetector(many).analyze(h.tasks, h.end, 30);
        for (const ActivityPattern &p : b.patterns)
            QVERIFY(p.occurrences >= 40 && p.kind != PatternKind::Daily && p.kind != PatternKind::Weekly);
    }

    void emptyHistoryGivesNothing()
    {
        const PatternAnalysis a = PatternDetector().analyze({}, 1798761600, 30);
        QVERIFY(a.patterns.isEmpty());
        QCOMPARE(a.tasksAnalyzed, qint64(0));
    }

    void everyPatternRecommendsSomething()
    {
        PlantedSpec spec;
        spec.monthly = false;
        const PlantedHistory h = plantHistory(spec);
        const PatternAnalysis a = PatternDetector().analyze(h.tasks, h.end, 30);
        for (const ActivityPattern &p : a.patterns) {
            const QString r = p.recommendation();
            QVERIFY(r == QLatin1String("create_rule") || r == QLatin1String("investigate_further"));
            if (p.kind != PatternKind::ResourceUsage)
                QCOMPARE(r == QLatin1String("create_rule"), p.confidence >= kCreateRuleConfidence);
        }
    }
};

QTEST_GUILESS_MAIN(TestPatternDetector)
#include "tst_patterndetector.moc"
