#include "core/cronexpression.h"
#include "core/phrase.h"
#include "core/rulegenerator.h"
#include "testsupport/faketranslator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace rulecast;

namespace {

ActivityPattern calendar(qint64 id, PatternKind kind, const QString &type, double minuteOfDay, double confidence = 0.95)
{
    ActivityPattern p;
    p.id = id;
    p.kind = kind;
    p.taskTypes = {type};
    p.minuteOfDay = minuteOfDay;
    p.confidence = confidence;
    p.occurrences = 29;
    p.opportunities = 30;
    TimeWindow w;
    w.startHour = int(minuteOfDay) / 60;
    w.endHour = w.startHour + 1;
    p.timeWindows = {w};
    return p;
}

ActivityPattern interval(qint64 id, int period, double phase, int startHour = 0, int endHour = 0,
                         const QList<int> &days = {})
{
    ActivityPattern p = calendar(id, PatternKind::Interval, QStringLiteral("sync"), phase);
    p.periodMinutes = period;
    p.timeWindows[0].startHour = startHour;
    p.timeWindows[0].endHour = endHour;
    p.timeWindows[0].daysOfWeek = days;
    return p;
}

ActivityPattern correlation(qint64 id, const QString &before, const QString &after, double delay, double confidence = 0.9)
{
    ActivityPattern p;
    p.id = id;
    p.kind = PatternKind::Correlation;
    p.taskTypes = {before, after};
    p.delayMinutes = delay;
    p.windowMinutes = 60;
    p.confidence = confidence;
    p.occurrences = 40;
    p.opportunities = 42;
    return p;
}

GeneratedRules run(const QList<ActivityPattern> &patterns, const QList<SchedulingRule> &existing = {},
                   RuleGenerationOptions options = {})
{
    return RuleGenerator(options).generate(patterns, existing, {});
}

} // namespace

class TestRuleGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void calendarPatternsBecomeMinutePreciseCron()
    {
        ActivityPattern weekly = calendar(2, PatternKind::Weekly, QStringLiteral("report"), 570.2);
        weekly.timeWindows[0].daysOfWeek = {5, 1, 3};
        ActivityPattern workdays = calendar(3, PatternKind::Weekly, QStringLiteral("transcode"), 1321);
        workdays.timeWindows[0].daysOfWeek = {1, 2, 3, 4, 5};
        ActivityPattern monthly = calendar(4, PatternKind::Monthly, QStringLiteral("invoice"), 240);
        monthly.timeWindows[0].daysOfMonth = {15};
        const GeneratedRules g =
            run({calendar(1, PatternKind::Daily, QStringLiteral("backup"), 133.4), weekly, workdays, monthly});
        QCOMPARE(g.rules.size(), 4);
        QCOMPARE(g.rules[0].cron, QStringLiteral("13 2 * * *"));
        QCOMPARE(g.rules[0].name, QStringLiteral("backup daily at 02:13"));
        QVERIFY2(g.rules[0].description.contains(QStringLiteral("seen on 29 of 30 days")), qPrintable(g.rules[0].description));
        QCOMPARE(g.rules[0].taskType, QStringLiteral("backup"));
        QCOMPARE(g.rules[0].patternId, 1);
        QCOMPARE(g.rules[1].cron, QStringLiteral("30 9 * * 1,3,5"));
        QCOMPARE(g.rules[2].cron, QStringLiteral("1 22 * * 1-5"));
        QCOMPARE(g.rules[3].cron, QStringLiteral("0 4 15 * *"));
        for (const SchedulingRule &r : g.rules) {
            QVERIFY2(CronExpression::parse(r.cron).ok(), qPrintable(r.cron));
            QCOMPARE(r.actionType(), QStringLiteral("run_task"));
            QCOMPARE(r.actionData().value(QStringLiteral("task_type")).toString(), r.taskType);
        }
    }

    void intervalPatternsFireExactlyAtTheirRuns()
    {
        QList<SchedulingRule> rules = run({interval(1, 240, 5)}).rules;
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0].cron, QStringLiteral("5 */4 * * *"));

        rules = run({interval(2, 15, 0, 9, 17, {1, 2, 3, 4, 5})}).rules;
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0].cron, QStringLiteral("*/15 9-16 * * 1-5"));

        // 90 minutes: runs at :00 in hours 0,3,..,21 and :30 in 1,4,..,22 — two rules.
        rules = run({interval(3, 90, 0)}).rules;
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[0].cron, QStringLiteral("0 */3 * * *"));
        QCOMPARE(rules[1].cron, QStringLiteral("30 1-23/3 * * *"));
        QCOMPARE(rules[1].name, QStringLiteral("sync every 90 min (2 of 2)"));
        QList<qint64> fires;
        for (const SchedulingRule &r : rules) {
            const auto e = CronExpression::parse(r.cron);
            QVERIFY2(e.ok(), qPrintable(r.cron));
            fires += e->between(1798761600, 1798761600 + 86400, QTimeZone::utc());
        }
        std::sort(fires.begin(), fires.end());
        QCOMPARE(fires.size(), 16);
        for (int i = 0; i < fires.size(); ++i)
            QCOMPARE(fires[i], 1798761600 + qint64(i) * 5400);
    }

    void intervalsCronCannotSayAreSkippedWithAReason()
    {
        RuleGenerationOptions one;
        one.maxRulesPerPattern = 1;
        GeneratedRules g = run({interval(3, 90, 0)}, {}, one);
        QVERIFY(g.rules.isEmpty());
        QCOMPARE(g.skipped.size(), 1);
        QVERIFY(g.skipped[0].reason.toEnglish().contains(QStringLiteral("max_rules_per_pattern")));
        g = run({interval(4, 7, 0)});
        QVERIFY(g.rules.isEmpty());
        QVERIFY(g.skipped[0].reason.toEnglish().contains(QStringLiteral("does not divide a day")));
    }

    void correlationsBecomeAfterRules()
    {
        // The predecessor's own pattern is below the threshold but still says when it runs.
        const ActivityPattern download = calendar(1, PatternKind::Daily, QStringLiteral("download"), 18 * 60 + 32, 0.72);
        const GeneratedRules g =
            run({correlation(2, QStringLiteral("download"), QStringLiteral("transcribe"), 6.6), download});
        QCOMPARE(g.rules.size(), 1);
        const SchedulingRule &r = g.rules[0];
        QVERIFY(r.isAfterRule());
        QCOMPARE(r.name, QStringLiteral("transcribe after download"));
        QCOMPARE(r.cron, QStringLiteral("39 18 * * *"));
        QCOMPARE(r.actionType(), QStringLiteral("run_after"));
        const QJsonObject data = r.actionData();
        QCOMPARE(data.value(QStringLiteral("after_task_type")).toString(), QStringLiteral("download"));
        QCOMPARE(data.value(QStringLiteral("task_type")).toString(), QStringLiteral("transcribe"));
        QCOMPARE(data.value(QStringLiteral("delay_minutes")).toInt(), 7);
        QCOMPARE(data.value(QStringLiteral("window_minutes")).toInt(), 60);

        // A predecessor rule made in the same run wins over patterns; none at all gives the never-firing cron.
        const GeneratedRules chained = run({correlation(5, QStringLiteral("a"), QStringLiteral("b"), 70),
                                            calendar(6, PatternKind::Daily, QStringLiteral("a"), 23 * 60 + 30)});
        QCOMPARE(chained.rules.size(), 2);
        QCOMPARE(chained.rules[1].cron, QStringLiteral("40 0 * * *"));
        const GeneratedRules lonely = run({correlation(7, QStringLiteral("x"), QStringLiteral("y"), 5)});
        QCOMPARE(lonely.rules[0].cron, neverFiringCron());
        QVERIFY(!CronExpression::parse(neverFiringCron()).ok());
    }

    void rerunningGeneratesNothingNew()
    {
        const QList<ActivityPattern> patterns{calendar(1, PatternKind::Daily, QStringLiteral("backup"), 133),
                                              correlation(2, QStringLiteral("backup"), QStringLiteral("verify"), 10),
                                              interval(3, 90, 0)};
        GeneratedRules first = run(patterns);
        QCOMPARE(first.rules.size(), 4);
        for (int i = 0; i < first.rules.size(); ++i)
            first.rules[i].id = i + 1;
        const GeneratedRules second = run(patterns, first.rules);
        QVERIFY(second.rules.isEmpty());
        QCOMPARE(second.skipped.size(), 4);
        // A user's rule running the same type at the same time counts as a duplicate too.
        SchedulingRule user;
        user.id = 9;
        user.name = QStringLiteral("nightly backup");
        user.taskType = QStringLiteral("backup");
        user.cron = QStringLiteral("13 2 * * *");
        QVERIFY(run({patterns[0]}, {user}).rules.isEmpty());
    }

    void priorityEnableFilterAndDuration()
    {
        QCOMPARE(RuleGenerator::priorityFor(1.0, 30), 100);
        QCOMPARE(RuleGenerator::priorityFor(0.8, 4), 68);
        QCOMPARE(RuleGenerator::priorityFor(0.0, 0), 1);
        const QList<ActivityPattern> patterns{calendar(1, PatternKind::Daily, QStringLiteral("a"), 60, 0.95),
                                              calendar(2, PatternKind::Daily, QStringLiteral("b"), 120, 0.85),
                                              calendar(3, PatternKind::Daily, QStringLiteral("c"), 180, 0.5)};
        GeneratedRules g = RuleGenerator({}).generate(patterns, {}, {{1, 321}});
        QCOMPARE(g.rules.size(), 2);
        QVERIFY(g.rules[0].enabled);
        QVERIFY(!g.rules[1].enabled);
        QCOMPARE(g.rules[0].estimatedDurationSeconds, 321);
        QCOMPARE(g.rules[1].estimatedDurationSeconds, -1);
        QVERIFY(g.rules[0].priority > g.rules[1].priority);
        QVERIFY(g.skipped[0].reason.toEnglish().contains(QStringLiteral("below 0.80")));

        RuleGenerationOptions o;
        o.autoEnable = true;
        o.minConfidence = 0.4;
        o.patternIds = {2, 3};
        g = run(patterns, {}, o);
        QCOMPARE(g.rules.size(), 2);
        QCOMPARE(g.rules[0].patternId, 2);
        QVERIFY(g.rules[0].enabled && g.rules[1].enabled);
    }

    void resourcePatternsAndInactiveOnesGiveNoRules()
    {
        ActivityPattern res = calendar(1, PatternKind::ResourceUsage, QStringLiteral("backup"), -1);
        ActivityPattern old = calendar(2, PatternKind::Daily, QStringLiteral("old"), 60);
        old.active = false;
        const GeneratedRules g = run({res, old});
        QVERIFY(g.rules.isEmpty());
        QCOMPARE(g.skipped.size(), 2);
    }

    // Names and descriptions are written in the generating program's language:
    // the desktop app's (phrase() translates), the CLI's English (it generates
    // inside an EnglishOnly scope, numbers with a dot whatever the locale).
    void namesAndDescriptionsInTheGeneratingProgramsLanguage()
    {
        test::FakeTranslator german;
        german.add("RuleGenerator", "%1 daily at %2", QStringLiteral("%1 täglich um %2"));
        german.add("RuleGenerator", "run %1: %2 UTC — %3", QStringLiteral("%1 ausführen: %2 UTC — %3"));
        german.add("RuleGenerator", "seen on %1 of %2 days (confidence %3)",
                   QStringLiteral("an %1 von %2 Tagen gesehen (Konfidenz %3)"));
        german.add("RuleGenerator", "%1 after %2", QStringLiteral("%1 nach %2"));
        german.add("RuleGenerator", "confidence %1 is below %2", QStringLiteral("Konfidenz %1 liegt unter %2"));
        german.add("CronDescription", "At %1", QStringLiteral("Um %1"));
        QCoreApplication::installTranslator(&german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QList<ActivityPattern> patterns = {calendar(1, PatternKind::Daily, QStringLiteral("backup"), 133.4),
                                                 correlation(2, QStringLiteral("download"), QStringLiteral("transcribe"), 6.6),
                                                 calendar(3, PatternKind::Daily, QStringLiteral("rare"), 60, 0.5)};
        GeneratedRules g = run(patterns);
        QCOMPARE(g.rules.size(), 2);
        QCOMPARE(g.rules[0].name, QStringLiteral("backup täglich um 02:13"));
        QCOMPARE(g.rules[0].description,
                 QStringLiteral("backup ausführen: Um 02:13 UTC — an 29 von 30 Tagen gesehen (Konfidenz 0,95)"));
        QCOMPARE(g.rules[1].name, QStringLiteral("transcribe nach download"));
        QCOMPARE(g.skipped.size(), 1);
        QCOMPARE(g.skipped[0].reason.toString(), QStringLiteral("Konfidenz 0,50 liegt unter 0,80"));
        QCOMPARE(g.skipped[0].reason.toEnglish(), QStringLiteral("confidence 0.50 is below 0.80"));
        {
            const EnglishOnly english;
            g = run(patterns);
        }
        QCOMPARE(g.rules[0].name, QStringLiteral("backup daily at 02:13"));
        QCOMPARE(g.rules[0].description,
                 QStringLiteral("run backup: At 02:13 UTC — seen on 29 of 30 days (confidence 0.95)"));
        QCOMPARE(g.rules[1].name, QStringLiteral("transcribe after download"));
        QVERIFY2(g.rules[1].description.endsWith(QLatin1String("within 60 min 40 of 42 times (confidence 0.90)")),
                 qPrintable(g.rules[1].description));
        QCoreApplication::removeTranslator(&german);
        QLocale::setDefault(QLocale::c());
    }

    void shiftCronCarriesMinutesIntoHours()
    {
        QCOMPARE(RuleGenerator::shiftCron(QStringLiteral("58 2 * * *"), 6), QStringLiteral("4 3 * * *"));
        QCOMPARE(RuleGenerator::shiftCron(QStringLiteral("30 9 * * 1,3,5"), 90), QStringLiteral("0 11 * * 1,3,5"));
        QCOMPARE(RuleGenerator::shiftCron(QStringLiteral("not cron"), 5), QStringLiteral("not cron"));
    }
};

QTEST_GUILESS_MAIN(TestRuleGenerator)
#include "tst_rulegenerator.moc"
