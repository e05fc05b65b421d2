#include "core/ruleconflicts.h"
#include "testsupport/faketranslator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace rulecast;

namespace {

constexpr qint64 kFrom = 1798761600; // 2027-01-01T00:00:00Z

SchedulingRule rule(qint64 id, const QString &type, const QString &cron, int priority, qint64 seconds = 1800)
{
    SchedulingRule r;
    r.id = id;
    r.name = type;
    r.taskType = type;
    r.cron = cron;
    r.priority = priority;
    r.estimatedDurationSeconds = seconds;
    return r;
}

SchedulingRule after(const QString &type, const QString &before, int priority)
{
    SchedulingRule r = rule(0, type, QStringLiteral("0 0 30 2 *"), priority);
    r.afterTaskType = before;
    r.delayMinutes = 5;
    r.windowMinutes = 60;
    return r;
}

ConflictOptions options(int capacity = 1)
{
    ConflictOptions o;
    o.from = kFrom;
    o.capacity = capacity;
    return o;
}

// An existing 30-minute backup at 02:00 and a new, lower-priority index job at 02:10.
QList<SchedulingRule> plantedOverlap()
{
    return {rule(1, QStringLiteral("backup"), QStringLiteral("0 2 * * *"), 90),
            rule(0, QStringLiteral("index"), QStringLiteral("10 2 * * *"), 60, 600)};
}

} // namespace

class TestRuleConflicts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overlapAboveCapacityIsFound()
    {
        const QList<SchedulingRule> rules = plantedOverlap();
        const QList<RuleConflict> c = findConflicts(rules, options());
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].type, QStringLiteral("time_overlap"));
        QCOMPARE(c[0].severity, QStringLiteral("high"));
        QCOMPARE(c[0].occurrences, 7);
        QCOMPARE(c[0].rules, (QList<int>{0, 1}));
        QCOMPARE(c[0].firstAt, kFrom + 2 * 3600 + 600);
        QCOMPARE(c[0].peakConcurrent, 2);
        QVERIFY2(c[0].suggestion.toEnglish().contains(QStringLiteral("21 min later (02:31 UTC)")), qPrintable(c[0].suggestion.toEnglish()));
        // Within capacity there is nothing to report.
        QVERIFY(findConflicts(rules, options(2)).isEmpty());
        // Two existing rules overlapping are not this batch's business.
        QList<SchedulingRule> old = rules;
        old[1].id = 2;
        QVERIFY(findConflicts(old, options()).isEmpty());
        // ... unless every pair is asked for (the Rules view): then it is the same conflict.
        ConflictOptions all = options();
        all.everyPair = true;
        const QList<RuleConflict> stored = findConflicts(old, all);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].rules, (QList<int>{0, 1}));
        QCOMPARE(stored[0].occurrences, 7);
        QVERIFY2(stored[0].description.toEnglish().contains(QStringLiteral("#2 'index'")), qPrintable(stored[0].description.toEnglish()));
        // A disabled rule has no runs.
        QList<SchedulingRule> off = rules;
        off[1].enabled = false;
        QVERIFY(findConflicts(off, options()).isEmpty());
    }

    void weeklyOverlapIsLessSevere()
    {
        const QList<SchedulingRule> rules{rule(1, QStringLiteral("backup"), QStringLiteral("0 2 * * *"), 90),
                                          rule(0, QStringLiteral("report"), QStringLiteral("5 2 * * 1"), 60)};
        const QList<RuleConflict> c = findConflicts(rules, options());
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].occurrences, 1);
        QCOMPARE(c[0].severity, QStringLiteral("low"));
    }

    void priorityStrategyMovesTheLowerRuleClear()
    {
        QList<SchedulingRule> rules = plantedOverlap();
        QList<RuleConflict> c = findConflicts(rules, options());
        QCOMPARE(resolveConflicts(ConflictStrategy::Priority, rules, c), 1);
        QCOMPARE(rules[0].cron, QStringLiteral("0 2 * * *"));
        QCOMPARE(rules[1].cron, QStringLiteral("31 2 * * *"));
        QVERIFY(rules[1].enabled);
        QList<SchedulingRule> named = plantedOverlap();
        named[1].name = QStringLiteral("index daily at 02:10");
        QList<RuleConflict> nc = findConflicts(named, options());
        resolveConflicts(ConflictStrategy::Priority, named, nc);
        QCOMPARE(named[1].name, QStringLiteral("index daily at 02:31"));
        QVERIFY(!c[0].resolution.isEmpty());
        QVERIFY(findConflicts(rules, options()).isEmpty());
    }

    void mergeStrategyRunsThemInSequence()
    {
        QList<SchedulingRule> rules = plantedOverlap();
        QList<RuleConflict> c = findConflicts(rules, options());
        QCOMPARE(resolveConflicts(ConflictStrategy::Merge, rules, c), 1);
        QVERIFY(rules[1].isAfterRule());
        QCOMPARE(rules[1].afterTaskType, QStringLiteral("backup"));
        QCOMPARE(rules[1].delayMinutes, 30);
        QCOMPARE(rules[1].cron, QStringLiteral("30 2 * * *"));
        QCOMPARE(rules[1].actionType(), QStringLiteral("run_after"));
        QVERIFY(findConflicts(rules, options()).isEmpty());
    }

    void disableLowerStrategyDisablesIt()
    {
        QList<SchedulingRule> rules = plantedOverlap();
        QList<RuleConflict> c = findConflicts(rules, options());
        QCOMPARE(resolveConflicts(ConflictStrategy::DisableLower, rules, c), 1);
        QVERIFY(rules[0].enabled);
        QVERIFY(!rules[1].enabled);
        QCOMPARE(rules[1].cron, QStringLiteral("10 2 * * *"));
    }

    void existingRulesAreNeverEdited()
    {
        QList<SchedulingRule> rules = plantedOverlap();
        rules[1].priority = 99; // the new rule wins
        QList<RuleConflict> c = findConflicts(rules, options());
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].rules, (QList<int>{1, 0}));
        for (ConflictStrategy s : {ConflictStrategy::Priority, ConflictStrategy::Merge, ConflictStrategy::DisableLower}) {
            QList<SchedulingRule> copy = rules;
            QList<RuleConflict> cc = c;
            QCOMPARE(resolveConflicts(s, copy, cc), 0);
            QCOMPARE(copy[0].cron, rules[0].cron);
            QVERIFY(copy[0].enabled);
            QVERIFY(cc[0].resolution.toEnglish().contains(QStringLiteral("left for review")));
        }
    }

    void sharedHeavyResourceIsContention()
    {
        QList<SchedulingRule> rules = plantedOverlap();
        ConflictOptions o = options(10);
        o.heavyResources = {{QStringLiteral("backup"), {QStringLiteral("disk_mb")}},
                            {QStringLiteral("index"), {QStringLiteral("disk_mb"), QStringLiteral("cpu_percent")}}};
        const QList<RuleConflict> c = findConflicts(rules, o);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].type, QStringLiteral("resource_contention"));
        QCOMPARE(c[0].resource, QStringLiteral("disk_mb"));
        QCOMPARE(c[0].occurrences, 7);
        QList<RuleConflict> cc = c;
        QCOMPARE(resolveConflicts(ConflictStrategy::Priority, rules, cc), 1);
        QVERIFY(findConflicts(rules, o).isEmpty());
    }

    void heavyResourcesComeFromResourcePatterns()
    {
        ActivityPattern p;
        p.kind = PatternKind::ResourceUsage;
        p.taskTypes = {QStringLiteral("backup"), QStringLiteral("sync")};
        p.metrics.insert(QStringLiteral("metric"), QStringLiteral("disk_mb"));
        ActivityPattern daily;
        daily.taskTypes = {QStringLiteral("report")};
        const auto heavy = heavyResourcesFromPatterns({p, daily});
        QCOMPARE(heavy.size(), 2);
        QCOMPARE(heavy.value(QStringLiteral("sync")), QStringList{QStringLiteral("disk_mb")});
    }

    void afterRulesInACircleAreACycle()
    {
        QList<SchedulingRule> rules{after(QStringLiteral("a"), QStringLiteral("c"), 80),
                                    after(QStringLiteral("b"), QStringLiteral("a"), 50),
                                    after(QStringLiteral("c"), QStringLiteral("b"), 70),
                                    after(QStringLiteral("d"), QStringLiteral("a"), 10)};
        QList<RuleConflict> c = findConflicts(rules, options());
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].type, QStringLiteral("dependency_cycle"));
        QCOMPARE(c[0].severity, QStringLiteral("high"));
        QList<int> members = c[0].rules;
        std::sort(members.begin(), members.end());
        QCOMPARE(members, (QList<int>{0, 1, 2}));
        QVERIFY(c[0].suggestion.toEnglish().contains(QStringLiteral("'b'")));
        QCOMPARE(resolveConflicts(ConflictStrategy::Merge, rules, c), 1);
        QVERIFY(!rules[1].enabled);
        QVERIFY(rules[0].enabled && rules[2].enabled && rules[3].enabled);
        QVERIFY(findConflicts(rules, options()).isEmpty());
        // A cycle of stored rules only is reported when every pair is asked for.
        QList<SchedulingRule> stored{after(QStringLiteral("a"), QStringLiteral("b"), 80),
                                     after(QStringLiteral("b"), QStringLiteral("a"), 50)};
        stored[0].id = 1;
        stored[1].id = 2;
        QVERIFY(findConflicts(stored, options()).isEmpty());
        ConflictOptions all = options();
        all.everyPair = true;
        const QList<RuleConflict> storedCycle = findConflicts(stored, all);
        QCOMPARE(storedCycle.size(), 1);
        QCOMPARE(storedCycle[0].type, QStringLiteral("dependency_cycle"));
        // A chain is no cycle.
        QVERIFY(findConflicts({after(QStringLiteral("b"), QStringLiteral("a"), 1), after(QStringLiteral("c"), QStringLiteral("b"), 1)},
                              options())
                    .isEmpty());
    }

    // The Rules view shows conflicts in the user's language; JSON, reports and
    // the CLI read toEnglish().
    void shownInTheUsersLanguageExchangedInEnglish()
    {
        test::FakeTranslator german;
        german.add("RuleConflicts", "start %1 %2 min later (%3 UTC), after %4 ends",
                   QStringLiteral("%1 %2 min später starten (%3 UTC), nach dem Ende von %4"));
        german.add("RuleConflicts", "#%1 '%2'", QStringLiteral("#%1 „%2“"));
        german.add("RuleConflicts", "new '%1'", QStringLiteral("neue Regel „%1“"));
        german.add("RuleConflicts", "moved %1 min later ('%2' -> '%3') to clear %4 (priority %5 over %6)",
                   QStringLiteral("um %1 min verschoben („%2“ → „%3“), um %4 auszuweichen (Priorität %5 vor %6)"));
        QCoreApplication::installTranslator(&german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QList<SchedulingRule> rules = plantedOverlap();
        rules[0].id = 1234; // an id is not a number to group ("1.234")
        QList<RuleConflict> c = findConflicts(rules, options());
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].suggestion.toString(),
                 QStringLiteral("neue Regel „index“ 21 min später starten (02:31 UTC), nach dem Ende von #1234 „backup“"));
        QCOMPARE(c[0].suggestion.toEnglish(), QStringLiteral("start new 'index' 21 min later (02:31 UTC), after #1234 'backup' ends"));
        QCOMPARE(resolveConflicts(ConflictStrategy::Priority, rules, c), 1);
        QCOMPARE(rules[1].resolution.toString(),
                 QStringLiteral("um 21 min verschoben („10 2 * * *“ → „31 2 * * *“), um #1234 „backup“ auszuweichen "
                                "(Priorität 90 vor 60)"));
        const QJsonObject json = c[0].toJson(rules);
        QCOMPARE(json.value(QStringLiteral("suggestion")).toString(), c[0].suggestion.toEnglish());
        QCOMPARE(json.value(QStringLiteral("resolution")).toString(),
                 QStringLiteral("moved 21 min later ('10 2 * * *' -> '31 2 * * *') to clear #1234 'backup' (priority 90 over 60)"));
        QVERIFY(json.value(QStringLiteral("description")).toString().startsWith(QLatin1String("#1234 'backup' and new 'index' run")));
        QCoreApplication::removeTranslator(&german);
        QLocale::setDefault(QLocale::c());
    }

    void strategyNames()
    {
        for (const QString &n : {QStringLiteral("priority"), QStringLiteral("merge"), QStringLiteral("disable_lower")})
            QCOMPARE(conflictStrategyName(*conflictStrategyFromName(n)), n);
        QVERIFY(!conflictStrategyFromName(QStringLiteral("newest")));
    }
};

QTEST_GUILESS_MAIN(TestRuleConflicts)
#include "tst_ruleconflicts.moc"
