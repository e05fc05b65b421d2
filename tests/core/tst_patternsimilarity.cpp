#include "core/patterndetector.h"
#include "core/patternsimilarity.h"
#include "testsupport/plantedhistory.h"

#include <QTest>

using namespace rulecast;

namespace {

ActivityPattern calendar(PatternKind kind, double minuteOfDay, QStringList types, QList<int> weekdays = {},
                         QList<int> monthDays = {})
{
    ActivityPattern p;
    p.kind = kind;
    p.minuteOfDay = minuteOfDay;
    p.spreadMinutes = 5;
    p.taskTypes = std::move(types);
    TimeWindow w;
    w.startHour = int(minuteOfDay / 60);
    w.endHour = (w.startHour + 1) % 24;
    w.minute = int(minuteOfDay) % 60;
    w.daysOfWeek = std::move(weekdays);
    w.daysOfMonth = std::move(monthDays);
    p.timeWindows << w;
    p.frequency = kind == PatternKind::Daily ? QStringLiteral("daily")
                  : kind == PatternKind::Weekly ? QStringLiteral("weekly") : QStringLiteral("monthly");
    return p;
}

ActivityPattern interval(int period, int startHour, int endHour, QStringList types)
{
    ActivityPattern p;
    p.kind = PatternKind::Interval;
    p.periodMinutes = period;
    p.minuteOfDay = 3;
    p.taskTypes = std::move(types);
    p.timeWindows << TimeWindow{startHour, endHour, -1, {}, {}};
    return p;
}

ActivityPattern correlation(const QString &a, const QString &b, double delay)
{
    ActivityPattern p;
    p.kind = PatternKind::Correlation;
    p.taskTypes = QStringList{a, b};
    p.delayMinutes = delay;
    p.delaySpreadMinutes = 4;
    p.occurrences = 20;
    p.analyzedFrom = 0;
    p.analyzedUntil = 20 * 86400;
    return p;
}

double sim(const ActivityPattern &a, const ActivityPattern &b) { return patternSimilarity(a, b).total; }

QList<ActivityPattern> zoo()
{
    const QStringList backup{QStringLiteral("backup")};
    return {calendar(PatternKind::Daily, 23 * 60 + 50, backup),
            calendar(PatternKind::Daily, 10, backup),
            calendar(PatternKind::Daily, 9 * 60 + 30, {QStringLiteral("report")}),
            calendar(PatternKind::Weekly, 9 * 60 + 30, {QStringLiteral("report")}, {1, 3, 5}),
            calendar(PatternKind::Weekly, 2 * 60, backup, {0}),
            calendar(PatternKind::Monthly, 4 * 60, {QStringLiteral("cleanup")}, {}, {15}),
            calendar(PatternKind::Monthly, 4 * 60, {QStringLiteral("cleanup")}, {}, {1}),
            interval(60, 0, 0, {QStringLiteral("poll")}),
            interval(15, 9, 17, {QStringLiteral("sync-photos")}),
            correlation(QStringLiteral("extract"), QStringLiteral("transform"), 12),
            correlation(QStringLiteral("download"), QStringLiteral("transcribe"), 40)};
}

} // namespace

class TestPatternSimilarity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalIsOne()
    {
        for (const ActivityPattern &p : zoo()) {
            const PatternSimilarity s = patternSimilarity(p, p, {600}, {600});
            QVERIFY2(std::abs(s.total - 1.0) < 1e-9, qPrintable(p.describe()));
            for (int i = 0; i < kSimilarityComponentCount; ++i)
                QVERIFY(s.score[std::size_t(i)] < 0 || std::abs(s.score[std::size_t(i)] - 1.0) < 1e-9);
        }
    }

    void symmetricAndBounded()
    {
        const QList<ActivityPattern> all = zoo();
        for (int i = 0; i < all.size(); ++i)
            for (int j = 0; j < all.size(); ++j) {
                const PatternSimilarity ab = patternSimilarity(all[i], all[j], {60.0 * (i + 1)}, {30.0 * (j + 1)});
                const PatternSimilarity ba = patternSimilarity(all[j], all[i], {30.0 * (j + 1)}, {60.0 * (i + 1)});
                QVERIFY(ab.total >= 0.0 && ab.total <= 1.0);
                QVERIFY2(std::abs(ab.total - ba.total) < 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(i).arg(j)));
                for (int c = 0; c < kSimilarityComponentCount; ++c) {
                    QVERIFY(ab.score[std::size_t(c)] <= 1.0);
                    QCOMPARE(ab.score[std::size_t(c)] < 0, ba.score[std::size_t(c)] < 0);
                }
                if (i != j)
                    QVERIFY(ab.total < 1.0 - 1e-6);
            }
    }

    void timeOfDayIsCircular()
    {
        const QList<ActivityPattern> all = zoo();
        // 23:50 and 00:10 are 20 minutes apart, not 23 h 40 min.
        const PatternSimilarity s = patternSimilarity(all[0], all[1]);
        QVERIFY2(s.of(SimilarityComponent::TimeOfDay) > 0.75, qPrintable(QString::number(s.of(SimilarityComponent::TimeOfDay))));
        QVERIFY(s.total > 0.9);
        const ActivityPattern noon = calendar(PatternKind::Daily, 12 * 60, {QStringLiteral("backup")});
        QVERIFY(patternSimilarity(all[0], noon).of(SimilarityComponent::TimeOfDay) < 0.01);
        // Closer in time scores higher, across midnight as elsewhere.
        double last = 2.0;
        for (int minutes : {0, 10, 30, 60, 120, 240}) {
            const double v = sim(all[0], calendar(PatternKind::Daily, std::fmod(23 * 60 + 50 + minutes, 1440.0),
                                                  {QStringLiteral("backup")}));
            QVERIFY2(v < last, qPrintable(QStringLiteral("%1 min: %2").arg(minutes).arg(v)));
            last = v;
        }
    }

    void dailyIsCloserToDailyThanToOtherKinds()
    {
        const QList<ActivityPattern> all = zoo();
        const ActivityPattern &daily = all[2]; // 09:30 report
        const ActivityPattern otherDaily = calendar(PatternKind::Daily, 14 * 60, {QStringLiteral("transcode")});
        const ActivityPattern monthly = calendar(PatternKind::Monthly, 14 * 60, {QStringLiteral("transcode")}, {}, {15});
        QVERIFY(sim(daily, otherDaily) > sim(daily, monthly));
        QVERIFY(sim(daily, all[3]) > sim(daily, all[5])); // weekly at the same time beats monthly
        QVERIFY(sim(daily, all[1]) > sim(daily, all[9]));  // any daily beats a correlation
        QVERIFY(sim(daily, all[1]) > sim(daily, all[7]));  // and an hourly poll
    }

    void weekdaysAndDaysOfMonth()
    {
        const QList<ActivityPattern> all = zoo();
        const PatternSimilarity dw = patternSimilarity(all[2], all[3]);
        // Daily against Mon/Wed/Fri: 3 of 7 days shared.
        QVERIFY(std::abs(dw.of(SimilarityComponent::Weekdays) - 3.0 / std::sqrt(21.0)) < 1e-9);
        QVERIFY(dw.of(SimilarityComponent::DaysOfMonth) < 0); // no monthly pattern: not applicable
        const PatternSimilarity mm = patternSimilarity(all[5], all[6]);
        QVERIFY(mm.of(SimilarityComponent::DaysOfMonth) < 0.05); // 15th vs 1st
        ActivityPattern the14th = all[5];
        the14th.timeWindows[0].daysOfMonth = {14};
        QVERIFY(patternSimilarity(all[5], the14th).of(SimilarityComponent::DaysOfMonth) > 0.5);
        QVERIFY(sim(all[5], the14th) > sim(all[5], all[6]));
    }

    void taskTypeOverlapIsWeightedJaccard()
    {
        const auto l = [](const char *a) { return QString::fromLatin1(a).split(QLatin1Char(',')); };
        QCOMPARE(taskTypeOverlap(l("backup"), l("backup")), 1.0);
        QCOMPARE(taskTypeOverlap(l("Backup,sync"), l("sync,backup")), 1.0);
        QCOMPARE(taskTypeOverlap(l("backup,sync"), l("backup")), 0.5);
        QCOMPARE(taskTypeOverlap(l("transcribe,analyze"), l("download,transcribe")), 1.0 / 3.0);
        QCOMPARE(taskTypeOverlap(l("sync"), l("sync-photos")), 0.5 / 1.5);
        QCOMPARE(taskTypeOverlap(l("backup"), l("transcode")), 0.0);
        QCOMPARE(taskTypeOverlap({}, l("transcode")), 0.0);
        QCOMPARE(taskTypeOverlap(l("a-x,b-x"), l("a-y")), taskTypeOverlap(l("a-y"), l("a-x,b-x")));
    }

    void correlationsCompareDelays()
    {
        const QList<ActivityPattern> all = zoo();
        ActivityPattern sameLater = all[9];
        sameLater.delayMinutes = 60;
        QVERIFY(sim(all[9], all[9]) > sim(all[9], sameLater));
        QVERIFY(patternSimilarity(all[9], all[10]).of(SimilarityComponent::Weekdays) < 0);
    }

    void durationAndFrequency()
    {
        const ActivityPattern a = calendar(PatternKind::Daily, 600, {QStringLiteral("x")});
        const PatternSimilarity unknown = patternSimilarity(a, a, {}, {600});
        QVERIFY(unknown.of(SimilarityComponent::Duration) < 0);
        QVERIFY(patternSimilarity(a, a, {60}, {600}).of(SimilarityComponent::Duration)
                > patternSimilarity(a, a, {60}, {6000}).of(SimilarityComponent::Duration));
        QCOMPARE(occurrencesPerDay(interval(15, 9, 17, {})), 96.0 / 3.0);
        QCOMPARE(occurrencesPerDay(calendar(PatternKind::Weekly, 0, {}, {1, 3, 5})), 3.0 / 7.0);
    }

    // On detected patterns of a planted history: the nearest neighbours of a
    // daily pattern are the other daily patterns.
    void plantedDailyNeighboursAreDaily()
    {
        test::PlantedSpec spec;
        spec.monthly = false;
        const test::PlantedHistory h = test::plantHistory(spec);
        const PatternAnalysis analysis = PatternDetector().analyze(h.tasks, h.end, spec.days);
        QList<ActivityPattern> daily;
        for (const ActivityPattern &p : analysis.patterns)
            if (p.kind == PatternKind::Daily)
                daily << p;
        QVERIFY(daily.size() >= 2);
        for (const ActivityPattern &d : daily) {
            double worstDaily = 2.0, bestOther = -1.0;
            for (const ActivityPattern &p : analysis.patterns) {
                if (&p == &d || (p.kind == d.kind && p.taskTypes == d.taskTypes && p.minuteOfDay == d.minuteOfDay))
                    continue;
                const double s = sim(d, p);
                if (p.kind == PatternKind::Daily)
                    worstDaily = std::min(worstDaily, s);
                else
                    bestOther = std::max(bestOther, s);
            }
            QVERIFY2(worstDaily > bestOther,
                     qPrintable(QStringLiteral("%1: worst daily %2, best other %3").arg(d.describe()).arg(worstDaily).arg(bestOther)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPatternSimilarity)
#include "tst_patternsimilarity.moc"
