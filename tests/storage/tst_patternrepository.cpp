#include "core/patterndetector.h"
#include "storage/patternrepository.h"
#include "storage/taskreader.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

constexpr qint64 kStart = 1798761600; // 2027-01-01

ActivityPattern daily(const QString &type, double minute, double confidence = 0.9)
{
    ActivityPattern p;
    p.kind = PatternKind::Daily;
    p.taskTypes = {type};
    p.minuteOfDay = minute;
    p.confidence = confidence;
    p.occurrences = 20;
    p.opportunities = 22;
    p.frequency = QStringLiteral("daily");
    p.timeWindows = {TimeWindow{int(minute) / 60, (int(minute) / 60 + 1) % 24, int(minute) % 60, {}, {}}};
    return p;
}

PatternAnalysis analysisOf(QList<ActivityPattern> patterns, qint64 until, int days = 30)
{
    PatternAnalysis a;
    a.window.until = until;
    a.requestedFrom = until - days * 86400;
    a.window.from = a.requestedFrom;
    for (ActivityPattern &p : patterns) {
        p.analyzedFrom = a.window.from;
        p.analyzedUntil = until;
        for (int d = 0; d < p.occurrences; ++d)
            p.occurrenceTimes << until - (d + 1) * 86400;
    }
    a.patterns = patterns;
    a.profile.peakHours = {9, 10};
    a.profile.preferredTaskTypes = {{QStringLiteral("backup"), 0.5}};
    a.profile.interactionFrequency = 12.5;
    return a;
}

qint64 count(Database &db, const QString &where)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM activity_patterns WHERE ") + where);
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

class TestPatternRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storesNewPatternsWithTheirData()
    {
        TempDatabase t;
        const PatternRepository repo(t.db());
        auto out = repo.store(analysisOf({daily(QStringLiteral("backup"), 133)}, kStart + 30 * 86400), kStart);
        QVERIFY2(out, qPrintable(out.error()));
        QCOMPARE(out->stored.size(), 1);
        QVERIFY(out->created.first());
        QVERIFY(out->stored.first().id > 0);
        const auto listed = repo.list({});
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        const ActivityPattern &p = listed->first();
        QCOMPARE(p.kind, PatternKind::Daily);
        QCOMPARE(p.taskTypes, QStringList{QStringLiteral("backup")});
        QCOMPARE(p.storedDetectionCount, qint64(20));
        QCOMPARE(p.timeWindows.first().minute, 13);
        QCOMPARE(p.lastDetectedAt, QStringLiteral("2027-01-31 00:00:00"));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT peak_hours, interaction_frequency FROM user_behavior_profiles WHERE user_id = 'default'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("[9,10]"));
        QCOMPARE(q.value(1).toDouble(), 12.5);
    }

    void sameBehaviourMergesIntoOneRow()
    {
        TempDatabase t;
        const PatternRepository repo(t.db());
        const qint64 first = kStart + 30 * 86400;
        QVERIFY(repo.store(analysisOf({daily(QStringLiteral("backup"), 133, 0.8)}, first), first));
        // A week later the same job, drifted by 6 minutes: the same behaviour.
        const qint64 second = first + 7 * 86400;
        auto out = repo.store(analysisOf({daily(QStringLiteral("backup"), 139, 0.95)}, second), second);
        QVERIFY2(out, qPrintable(out.error()));
        QVERIFY(!out->created.first());
        QCOMPARE(count(t.db(), QStringLiteral("1")), qint64(1));
        const ActivityPattern p = repo.list({})->first();
        QCOMPARE(p.confidence, 0.95);
        // Only the 7 occurrences after the first analysis are new.
        QCOMPARE(p.storedDetectionCount, qint64(20 + 7));
        QCOMPARE(p.firstDetectedAt, QStringLiteral("2027-01-31 00:00:00"));
        QCOMPARE(p.lastDetectedAt, QStringLiteral("2027-02-07 00:00:00"));
        // The same analysis again changes no count.
        QVERIFY(repo.store(analysisOf({daily(QStringLiteral("backup"), 139, 0.95)}, second), second));
        QCOMPARE(repo.list({})->first().storedDetectionCount, qint64(27));
    }

    void differentBehavioursNeverMerge()
    {
        TempDatabase t;
        const PatternRepository repo(t.db());
        const qint64 until = kStart + 30 * 86400;
        QVERIFY(repo.store(analysisOf({daily(QStringLiteral("backup"), 133)}, until), until));
        ActivityPattern weekly = daily(QStringLiteral("backup"), 133);
        weekly.kind = PatternKind::Weekly;
        weekly.timeWindows.first().daysOfWeek = {1, 3, 5};
        ActivityPattern monWedOnly = weekly;
        monWedOnly.timeWindows.first().daysOfWeek = {1, 3};
        monWedOnly.minuteOfDay = 600;
        QList<ActivityPattern> next = {daily(QStringLiteral("backup"), 133 + 120), // two hours later
                                       daily(QStringLiteral("cleanup"), 133),       // other type
                                       weekly, monWedOnly,
                                       daily(QStringLiteral("backup"), 140)};       // the original one
        auto out = repo.store(analysisOf(next, until + 86400), until + 86400);
        QVERIFY2(out, qPrintable(out.error()));
        QCOMPARE(out->created, (QList<bool>{true, true, true, true, false}));
        QCOMPARE(count(t.db(), QStringLiteral("1")), qint64(5));
        // Two detections close to one row: only the closer one merges.
        auto twice = repo.store(analysisOf({daily(QStringLiteral("cleanup"), 140), daily(QStringLiteral("cleanup"), 150)},
                                           until + 2 * 86400),
                                until + 2 * 86400);
        QVERIFY(twice);
        QCOMPARE(twice->created, (QList<bool>{false, true}));
    }

    void behaviourNoLongerSeenBecomesInactive()
    {
        TempDatabase t;
        const PatternRepository repo(t.db());
        const qint64 until = kStart + 30 * 86400;
        ActivityPattern monthly = daily(QStringLiteral("billing"), 240);
        monthly.kind = PatternKind::Monthly;
        monthly.timeWindows.first().daysOfMonth = {15};
        QVERIFY(repo.store(analysisOf({daily(QStringLiteral("backup"), 133), daily(QStringLiteral("report"), 600), monthly}, until), until));
        auto out = repo.store(analysisOf({daily(QStringLiteral("backup"), 133)}, until + 86400), until + 86400);
        QVERIFY(out);
        // The daily report is gone; a 30-day window cannot judge a monthly job.
        QCOMPARE(out->deactivatedIds.size(), 1);
        QCOMPARE(count(t.db(), QStringLiteral("is_active = 0 AND pattern_data LIKE '%report%'")), qint64(1));
        QCOMPARE(count(t.db(), QStringLiteral("is_active = 1")), qint64(2));
        QCOMPARE(repo.list({})->size(), 2);
        PatternRepository::Filter all;
        all.includeInactive = true;
        QCOMPARE(repo.list(all)->size(), 3);
        // An analysis of an earlier as-of deactivates nothing it cannot judge.
        auto earlier = repo.store(analysisOf({}, until - 10 * 86400), until - 10 * 86400);
        QVERIFY(earlier);
        QVERIFY(earlier->deactivatedIds.isEmpty());
        // Seen again: active again, same row.
        auto back = repo.store(analysisOf({daily(QStringLiteral("report"), 602)}, until + 2 * 86400), until + 2 * 86400);
        QVERIFY(back);
        QVERIFY(!back->created.first());
        QCOMPARE(count(t.db(), QStringLiteral("is_active = 1 AND pattern_data LIKE '%report%'")), qint64(1));
    }

    void listFiltersAndSorts()
    {
        TempDatabase t;
        const PatternRepository repo(t.db());
        ActivityPattern a = daily(QStringLiteral("a"), 60, 0.75);
        ActivityPattern b = daily(QStringLiteral("b"), 120, 0.95);
        b.occurrences = 5;
        ActivityPattern c = daily(QStringLiteral("c"), 180, 0.85);
        c.kind = PatternKind::Weekly;
        c.timeWindows.first().daysOfWeek = {2};
        QVERIFY(repo.store(analysisOf({a, b, c}, kStart + 30 * 86400), kStart));
        PatternRepository::Filter f;
        auto byConfidence = repo.list(f);
        QCOMPARE(byConfidence->first().taskTypes.first(), QStringLiteral("b"));
        f.sortBy = QStringLiteral("frequency");
        QCOMPARE(repo.list(f)->last().taskTypes.first(), QStringLiteral("b"));
        f.sortBy = QStringLiteral("type");
        QCOMPARE(repo.list(f)->last().kind, PatternKind::Weekly);
        f.patternType = QStringLiteral("daily_recurring");
        f.minConfidence = 0.8;
        QCOMPARE(repo.list(f)->size(), 1);
        f = {};
        f.limit = 2;
        QCOMPARE(repo.list(f)->size(), 2);
    }

    void failedStoreChangesNothing()
    {
        TempDatabase t;
        const PatternRepository repo(t.db());
        QVERIFY(repo.store(analysisOf({daily(QStringLiteral("backup"), 133)}, kStart + 30 * 86400), kStart));
        QSqlQuery q(t.db().connection());
        // Make the profile upsert fail after the pattern rows were written.
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER block BEFORE UPDATE ON user_behavior_profiles "
                                      "BEGIN SELECT RAISE(ABORT, 'blocked'); END")));
        auto out = repo.store(analysisOf({daily(QStringLiteral("x"), 10), daily(QStringLiteral("backup"), 133)},
                                         kStart + 31 * 86400), kStart);
        QVERIFY(!out);
        QVERIFY(out.error().contains(QStringLiteral("blocked")));
        QCOMPARE(count(t.db(), QStringLiteral("1")), qint64(1));
        QCOMPARE(repo.list({})->first().storedDetectionCount, qint64(20));
    }

    void readsTasksInRangeSortedWithSharedTypes()
    {
        TempDatabase t;
        PlantedSpec spec;
        spec.days = 10;
        spec.noiseTypes = 3;
        const PlantedHistory h = plantHistory(spec);
        QVERIFY(insertPlanted(t.db(), h));
        const qint64 from = spec.start + 2 * 86400, until = spec.start + 5 * 86400;
        auto tasks = TaskReader(t.db()).read(from, until);
        QVERIFY2(tasks, qPrintable(tasks.error()));
        std::size_t expected = 0;
        for (const TaskRecord &r : h.tasks)
            expected += (r.startedAt >= from && r.startedAt < until) ? 1 : 0;
        QCOMPARE(tasks->size(), expected);
        for (std::size_t i = 1; i < tasks->size(); ++i)
            QVERIFY((*tasks)[i - 1].startedAt <= (*tasks)[i].startedAt);
        const TaskRecord &first = tasks->front();
        const TaskRecord &orig = h.tasks[std::size_t(first.id - 1)];
        QCOMPARE(first.type, orig.type);
        QCOMPARE(first.finishedAt, orig.finishedAt);
        QCOMPARE(first.cpuPercent, orig.cpuPercent);
        QVERIFY(std::isnan(first.diskMb));
        auto withText = TaskReader(t.db()).read(from, until, true);
        QCOMPARE(withText->front().status, QStringLiteral("completed"));
    }

    void analysisRoundTripsThroughStorage()
    {
        TempDatabase t;
        PlantedSpec spec;
        spec.monthly = false;
        const PlantedHistory h = plantHistory(spec);
        QVERIFY(insertPlanted(t.db(), h));
        auto tasks = TaskReader(t.db()).read(h.end - 30 * 86400, h.end);
        const PatternAnalysis a = PatternDetector().analyze(tasks.value(), h.end, 30);
        const PatternRepository repo(t.db());
        auto out = repo.store(a, h.end);
        QVERIFY(out);
        auto stored = repo.list({});
        QCOMPARE(stored->size(), a.patterns.size());
        // Stored and read back, every pattern is the same behaviour as detected.
        for (const ActivityPattern &p : a.patterns) {
            bool same = false;
            for (const ActivityPattern &s : stored.value())
                same = same || behaviourDistance(p, s, 1.0).has_value();
            QVERIFY2(same, qPrintable(p.describe()));
        }
        // And analysing again merges everything.
        auto again = repo.store(a, h.end);
        QVERIFY(!again->created.contains(true));
    }
};

QTEST_GUILESS_MAIN(TestPatternRepository)
#include "tst_patternrepository.moc"
