#include "core/cronexpression.h"
#include "core/phrase.h"
#include "core/timeformat.h"
#include "testsupport/faketranslator.h"

#include <QCoreApplication>
#include <QTest>

using namespace rulecast;

namespace {

qint64 at(const char *iso) { return *timeformat::parse(QString::fromLatin1(iso)); }

QStringList isoList(const QList<qint64> &times)
{
    QStringList out;
    for (qint64 t : times)
        out << timeformat::toIsoUtc(t);
    return out;
}

QStringList fire(const char *expr, const char *from, const char *zone, int count)
{
    const Result<CronExpression> e = CronExpression::parse(QString::fromLatin1(expr));
    if (!e)
        return {QStringLiteral("error: ") + e.error()};
    return isoList(e->nextN(at(from), count, QTimeZone(zone)));
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromLatin1(i);
    return out;
}

} // namespace

class TestCronExpression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejectsWithPreciseMessages_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("message");
        auto row = [](const char *e, const char *m) {
            QTest::newRow(e) << QString::fromUtf8(e) << QString::fromUtf8(m);
        };
        row("61 * * * *", "minute: 61 is out of range 0-59");
        row("* 24 * * *", "hour: 24 is out of range 0-23");
        row("* * 0 * *", "day-of-month: 0 is out of range 1-31");
        row("* * 32 * *", "day-of-month: 32 is out of range 1-31");
        row("* * * 13 *", "month: 13 is out of range 1-12");
        row("* * * * 8", "day-of-week: 8 is out of range 0-7");
        row("* 22-25 * * *", "hour: 25 is out of range 0-23");
        row("60/5 * * * *", "minute: 60 is out of range 0-59");
        row("5-1 * * * *", "minute: range 5-1 runs backwards (5 is greater than 1)");
        row("*/0 * * * *", "minute: the step in '*/0' must be a whole number of at least 1");
        row("5/ * * * *", "minute: the step in '5/' must be a whole number of at least 1");
        row("1/2/3 * * * *", "minute: '1/2/3' has more than one '/'");
        row("1,,2 * * * *", "minute: empty item in the list '1,,2'");
        row("1- * * * *", "minute: '1-' is not a range a-b of two numbers");
        row("1-2-3 * * * *", "minute: '1-2-3' is not a range a-b of two numbers");
        row("*-5 * * * *", "minute: '*' may stand only alone or before a step (*/n), not in '*-5'");
        row("x * * * *", "minute: 'x' is not a number (names are allowed only for months and weekdays)");
        row("5% * * * *", "minute: unexpected character '%' in '5%'");
        row("* * * foo *", "month: unknown name 'foo' (expected jan-dec)");
        row("* * * * monday", "day-of-week: unknown name 'monday' (expected sun-sat)");
        row("* * * * jan", "day-of-week: unknown name 'jan' (expected sun-sat)");
        row("1,1 * * * *", "minute: 1 is listed more than once in '1,1'");
        row("* * * * 0,7", "day-of-week: 0 is listed more than once in '0,7' (0 and 7 are both Sunday)");
        row("*,5 * * * *", "minute: 5 is listed more than once in '*,5'");
        row("* * L * *", "day-of-month: 'L' (last day) is not supported in 'L'");
        row("* * * * 1#2", "day-of-week: '#' (nth weekday of the month) is not supported in '1#2'");
        row("H * * * *", "minute: 'H' (hashed value) is not supported in 'H'");
        row("0 0 30 2 *", "day-of-month: the expression can never fire: there is no day 30 in February");
        row("0 0 31 2,4 *", "day-of-month: the expression can never fire: there is no day 31 in February, April");
        row("* * * *", "expected 5 fields (minute hour day-of-month month day-of-week), got 4");
        row("0 * * * * *", "expected 5 fields (minute hour day-of-month month day-of-week), got 6");
        row("", "expression is empty (expected 5 fields: minute hour day-of-month month day-of-week)");
        row("@fortnightly", "unknown macro '@fortnightly' (expected one of @yearly, @annually, @monthly, @weekly, "
                            "@daily, @midnight, @hourly, @minutely, @weekdays, @weekends, written exactly so)");
        row("@reboot", "@reboot runs when cron starts and has no fire times");
    }
    void rejectsWithPreciseMessages()
    {
        QFETCH(QString, expr);
        QFETCH(QString, message);
        const Result<CronExpression> e = CronExpression::parse(expr);
        QVERIFY(!e);
        QCOMPARE(e.error(), message);
        QCOMPARE(CronExpression::validate(expr), QStringList{message});
    }

    void reportsEveryProblem()
    {
        const QStringList errors = CronExpression::validate(QStringLiteral("61 25 * * *"));
        QCOMPARE(errors, list({"minute: 61 is out of range 0-59", "hour: 25 is out of range 0-23"}));
        QVERIFY(CronExpression::validate(QStringLiteral("*/5 9-17 * * mon-fri")).isEmpty());
        const QString longText = QStringLiteral("0 0 * * ") + QString(1100, u'0') + u'1';
        QCOMPARE(CronExpression::validate(longText), QStringList{QStringLiteral("expression is longer than 1024 characters")});
    }

    void repeatsOfDaysTheOnlyMonthLacksAreForgiven()
    {
        // cron-parser drops days a single month lacks before looking for
        // repeats: 31 twice is fine in November, an error in December.
        QVERIFY(CronExpression::validate(QStringLiteral("0 0 31,*/15 11 *")).isEmpty());
        QCOMPARE(CronExpression::validate(QStringLiteral("0 0 31,*/15 12 *")),
                 QStringList{QStringLiteral("day-of-month: 31 is listed more than once in '31,*/15'")});
        QCOMPARE(CronExpression::validate(QStringLiteral("0 0 31,*/15 11,12 *")).size(), 1);
    }

    void fieldsParse()
    {
        const CronExpression e = *CronExpression::parse(QStringLiteral("*/15 9-17/4 1,15 JAN-mar Mon-FRI"));
        QCOMPARE(e.minutes().count(), size_t(4));
        QVERIFY(e.minutes().test(45));
        QVERIFY(e.hours().test(9) && e.hours().test(13) && e.hours().test(17) && !e.hours().test(10));
        QCOMPARE(e.daysOfMonth().count(), size_t(2));
        QVERIFY(e.months().test(1) && e.months().test(3) && !e.months().test(4));
        QCOMPARE(e.daysOfWeek().count(), size_t(5));
        QVERIFY(!e.daysOfWeek().test(0));
        QVERIFY(e.dayOfMonthRestricted() && e.dayOfWeekRestricted());

        // a/n runs from a to the end of the field.
        const CronExpression step = *CronExpression::parse(QStringLiteral("50/4 20/2 * * 3/2"));
        QCOMPARE(step.minutes().to_ullong(), (1ULL << 50) | (1ULL << 54) | (1ULL << 58));
        QCOMPARE(step.hours().to_ullong(), (1ULL << 20) | (1ULL << 22));
        // 3/2 = 3,5,7 and 7 is Sunday.
        QCOMPARE(step.daysOfWeek().to_ullong(), (1ULL << 0) | (1ULL << 3) | (1ULL << 5));

        // 7 and 0 both mean Sunday; a bare * leaves a field unrestricted.
        const CronExpression sunday = *CronExpression::parse(QStringLiteral("0 0 * * 7"));
        QCOMPARE(sunday.daysOfWeek().to_ullong(), 1ULL);
        QVERIFY(!sunday.dayOfMonthRestricted());
        const CronExpression range = *CronExpression::parse(QStringLiteral("0 0 * * 5-7"));
        QCOMPARE(range.daysOfWeek().to_ullong(), (1ULL << 0) | (1ULL << 5) | (1ULL << 6));
        // */1 covers every value but is written as a restriction (OR rule).
        QVERIFY(CronExpression::parse(QStringLiteral("0 0 */1 * 1"))->dayOfMonthRestricted());
    }

    void macros_data()
    {
        QTest::addColumn<QString>("macro");
        QTest::addColumn<QString>("equivalent");
        auto row = [](const char *m, const char *e) { QTest::newRow(m) << QString::fromLatin1(m) << QString::fromLatin1(e); };
        row("@yearly", "0 0 1 1 *");
        row("@annually", "0 0 1 1 *");
        row("@monthly", "0 0 1 * *");
        row("@weekly", "0 0 * * 0");
        row("@daily", "0 0 * * *");
        row("@midnight", "0 0 * * *");
        row("@hourly", "0 * * * *");
        row("@minutely", "* * * * *");
        row("@weekdays", "0 0 * * 1-5");
        row("@weekends", "0 0 * * 0,6");
    }
    void macros()
    {
        QFETCH(QString, macro);
        QFETCH(QString, equivalent);
        const Result<CronExpression> m = CronExpression::parse(macro);
        const Result<CronExpression> e = CronExpression::parse(equivalent);
        QVERIFY2(m.ok(), qPrintable(m.error()));
        QCOMPARE(m->text(), macro);
        const qint64 from = at("2027-02-27T13:17:00Z");
        QCOMPARE(m->nextN(from, 6, QTimeZone("Europe/Berlin")), e->nextN(from, 6, QTimeZone("Europe/Berlin")));
        QVERIFY(!CronExpression::parse(QStringLiteral("@DAILY")));
    }

    void macroFireTimes()
    {
        QCOMPARE(fire("@yearly", "2027-06-01T00:00:00Z", "UTC", 2), list({"2028-01-01T00:00:00Z", "2029-01-01T00:00:00Z"}));
        QCOMPARE(fire("@weekly", "2027-01-01T00:00:00Z", "UTC", 2), list({"2027-01-03T00:00:00Z", "2027-01-10T00:00:00Z"}));
        QCOMPARE(fire("@hourly", "2027-01-01T00:00:00Z", "UTC", 2), list({"2027-01-01T01:00:00Z", "2027-01-01T02:00:00Z"}));
    }

    void orRuleWhenBothDayFieldsRestricted()
    {
        // 13th of the month OR any Friday.
        QCOMPARE(fire("0 12 13 * 5", "2027-08-01T00:00:00Z", "UTC", 4),
                 list({"2027-08-06T12:00:00Z", "2027-08-13T12:00:00Z", "2027-08-20T12:00:00Z", "2027-08-27T12:00:00Z"}));
        QCOMPARE(fire("0 12 14 * 5", "2027-08-01T00:00:00Z", "UTC", 3),
                 list({"2027-08-06T12:00:00Z", "2027-08-13T12:00:00Z", "2027-08-14T12:00:00Z"}));
        // Only one restricted: it alone decides.
        QCOMPARE(fire("0 12 * * 5", "2027-08-01T00:00:00Z", "UTC", 1), list({"2027-08-06T12:00:00Z"}));
        QCOMPARE(fire("0 12 14 * *", "2027-08-01T00:00:00Z", "UTC", 1), list({"2027-08-14T12:00:00Z"}));
        // 30 February never happens, but the Mondays of February do.
        QCOMPARE(fire("0 0 30 2 1", "2027-01-01T00:00:00Z", "UTC", 2), list({"2027-02-01T00:00:00Z", "2027-02-08T00:00:00Z"}));
    }

    void leapYearsAnd31st()
    {
        QCOMPARE(fire("0 0 29 2 *", "2027-01-01T00:00:00Z", "UTC", 3),
                 list({"2028-02-29T00:00:00Z", "2032-02-29T00:00:00Z", "2036-02-29T00:00:00Z"}));
        // 2100 is not a leap year.
        QCOMPARE(fire("0 0 29 2 *", "2096-03-01T00:00:00Z", "UTC", 1), list({"2104-02-29T00:00:00Z"}));
        QCOMPARE(fire("0 6 31 * *", "2027-01-31T06:00:00Z", "UTC", 4),
                 list({"2027-03-31T06:00:00Z", "2027-05-31T06:00:00Z", "2027-07-31T06:00:00Z", "2027-08-31T06:00:00Z"}));
        QCOMPARE(fire("59 23 31 12 *", "2027-12-31T23:59:00Z", "UTC", 1), list({"2028-12-31T23:59:00Z"}));
    }

    void stepsRangesAndNames()
    {
        QCOMPARE(fire("*/20 9-10 * * mon-fri", "2027-01-01T10:30:00Z", "UTC", 4),
                 list({"2027-01-01T10:40:00Z", "2027-01-04T09:00:00Z", "2027-01-04T09:20:00Z", "2027-01-04T09:40:00Z"}));
        QCOMPARE(fire("0 0 1 jan,JUL *", "2027-01-01T00:00:00Z", "UTC", 2), list({"2027-07-01T00:00:00Z", "2028-01-01T00:00:00Z"}));
        // Strictly after: a start on a fire time is not returned.
        QCOMPARE(fire("30 9 * * *", "2027-01-04T09:30:00Z", "UTC", 1), list({"2027-01-05T09:30:00Z"}));
        // Seconds in the start round up to the next whole minute.
        QCOMPARE(fire("* * * * *", "2027-01-04T09:30:01Z", "UTC", 1), list({"2027-01-04T09:31:00Z"}));
        // A fixed offset zone.
        QCOMPARE(fire("30 9 * * *", "2027-01-04T00:00:00Z", "Asia/Kolkata", 1), list({"2027-01-04T04:00:00Z"}));
    }

    void previousAndBetween()
    {
        const CronExpression e = *CronExpression::parse(QStringLiteral("0 */6 * * *"));
        const QTimeZone utc = QTimeZone::utc();
        QCOMPARE(e.previous(at("2027-01-04T12:00:00Z"), utc), at("2027-01-04T06:00:00Z"));
        QCOMPARE(e.previous(at("2027-01-01T00:00:00Z"), utc), at("2026-12-31T18:00:00Z"));
        QCOMPARE(isoList(e.between(at("2027-01-04T06:00:00Z"), at("2027-01-05T00:00:00Z"), utc)),
                 list({"2027-01-04T06:00:00Z", "2027-01-04T12:00:00Z", "2027-01-04T18:00:00Z"}));
        const CronExpression leap = *CronExpression::parse(QStringLiteral("0 0 29 2 *"));
        QCOMPARE(leap.previous(at("2031-01-01T00:00:00Z"), utc), at("2028-02-29T00:00:00Z"));
        QCOMPARE(leap.next(at("2028-02-28T00:00:00Z"), utc), at("2028-02-29T00:00:00Z"));
        QVERIFY(e.nextN(0, 0, utc).isEmpty());
    }

    // The expected answers below are cron-parser v5's (see docs/cron.md).
    void dstSpringForward()
    {
        // Berlin 2027-03-28 02:00 -> 03:00: 02:30 fires at 03:30 CEST, once.
        QCOMPARE(fire("30 2 * * *", "2027-03-27T12:00:00Z", "Europe/Berlin", 3),
                 list({"2027-03-28T01:30:00Z", "2027-03-29T00:30:00Z", "2027-03-30T00:30:00Z"}));
        // New York 2027-03-14 02:00 -> 03:00: 02:00 fires at 03:00 EDT.
        QCOMPARE(fire("0 2 * * *", "2027-03-13T12:00:00Z", "America/New_York", 2),
                 list({"2027-03-14T07:00:00Z", "2027-03-15T06:00:00Z"}));
        // Sydney 2027-10-03 02:00 -> 03:00.
        QCOMPARE(fire("30 2 * * *", "2027-10-02T12:00:00Z", "Australia/Sydney", 2),
                 list({"2027-10-02T16:30:00Z", "2027-10-03T15:30:00Z"}));
        // Santiago 2027-09-05 skips midnight (00:00 -> 01:00): midnight fires at 01:00.
        QCOMPARE(fire("0 0 * * *", "2027-09-04T12:00:00Z", "America/Santiago", 2),
                 list({"2027-09-05T04:00:00Z", "2027-09-06T03:00:00Z"}));
        // Lord Howe 2027-10-03 02:00 -> 02:30 (a half-hour gap): cron-parser
        // lands 02:15 on 02:45, past the minute it wants, and that day is
        // skipped; we agree.
        QCOMPARE(fire("15 2 * * *", "2027-10-02T12:00:00Z", "Australia/Lord_Howe", 2),
                 list({"2027-10-03T15:15:00Z", "2027-10-04T15:15:00Z"}));
    }

    void dstFallBack()
    {
        // Berlin 2027-10-31 03:00 CEST -> 02:00 CET: fixed 02:30 fires once, first pass.
        QCOMPARE(fire("30 2 * * *", "2027-10-30T12:00:00Z", "Europe/Berlin", 3),
                 list({"2027-10-31T00:30:00Z", "2027-11-01T01:30:00Z", "2027-11-02T01:30:00Z"}));
        // Wildcard hours follow the wall clock through both passes.
        QCOMPARE(fire("*/30 * * * *", "2027-10-31T00:00:00Z", "Europe/Berlin", 4),
                 list({"2027-10-31T00:30:00Z", "2027-10-31T01:00:00Z", "2027-10-31T01:30:00Z", "2027-10-31T02:00:00Z"}));
        // A fixed hour with stepped minutes runs through the first pass only.
        QCOMPARE(fire("*/20 2 * * *", "2027-10-30T23:30:00Z", "Europe/Berlin", 5),
                 list({"2027-10-31T00:00:00Z", "2027-10-31T00:20:00Z", "2027-10-31T00:40:00Z", "2027-11-01T01:00:00Z",
                       "2027-11-01T01:20:00Z"}));
        // New York 2027-11-07 02:00 EDT -> 01:00 EST.
        QCOMPARE(fire("30 1 * * *", "2027-11-06T12:00:00Z", "America/New_York", 3),
                 list({"2027-11-07T05:30:00Z", "2027-11-08T06:30:00Z", "2027-11-09T06:30:00Z"}));
        // Lord Howe 2027-04-04 02:00 -> 01:30 repeats half an hour.
        QCOMPARE(fire("45 1 * * *", "2027-04-03T12:00:00Z", "Australia/Lord_Howe", 2),
                 list({"2027-04-03T14:45:00Z", "2027-04-04T15:15:00Z"}));
        QCOMPARE(fire("*/15 1 * * *", "2027-04-03T13:00:00Z", "Australia/Lord_Howe", 8),
                 list({"2027-04-03T14:00:00Z", "2027-04-03T14:15:00Z", "2027-04-03T14:30:00Z", "2027-04-03T14:45:00Z",
                       "2027-04-04T14:30:00Z", "2027-04-04T14:45:00Z", "2027-04-04T15:00:00Z", "2027-04-04T15:15:00Z"}));
    }

    void whereCronParserGivesUp()
    {
        // cron-parser loops ("loop limit exceeded") on Lord Howe's half-hour
        // fall-back day 2026-04-05; the plain search answers 23:00 (+10:30).
        QCOMPARE(fire("0 23 * 4 7", "2026-03-07T07:09:17Z", "Australia/Lord_Howe", 2),
                 list({"2026-04-05T12:30:00Z", "2026-04-12T12:30:00Z"}));
        // Backwards over the spring-forward day 2027-10-03, where 02:00 does
        // not exist: it fires shifted by the gap, at 02:30 (+11).
        const CronExpression e = *CronExpression::parse(QStringLiteral("0 2 29 * 0"));
        QCOMPARE(timeformat::toIsoUtc(*e.previous(at("2027-10-08T18:04:47Z"), QTimeZone("Australia/Lord_Howe"))),
                 QStringLiteral("2027-10-02T15:30:00Z"));
    }
    // The cron editor shows the messages in the user's language; without a
    // translator (the CLI) and inside EnglishOnly they stay English.
    void errorsInTheUsersLanguage()
    {
        test::FakeTranslator german;
        german.add("CronExpression", "%1: %2 is out of range %3-%4", QStringLiteral("%1: %2 liegt außerhalb des Bereichs %3-%4"))
            .add("CronExpression", "minute", QStringLiteral("Minute"))
            .add("CronExpression", "%1: '%2' is not a number%3", QStringLiteral("%1: „%2“ ist keine Zahl%3"))
            .add("CronExpression", " (names are allowed only for months and weekdays)",
                 QStringLiteral(" (Namen sind nur für Monate und Wochentage erlaubt)"))
            .add("CronExpression", "hour", QStringLiteral("Stunde"))
            .add("CronExpression", "day-of-month: the expression can never fire: there is no day %1 in %2",
                 QStringLiteral("Tag des Monats: der Ausdruck wird nie ausgelöst: %2 hat keinen Tag %1"))
            .add("CronDescription", "February", QStringLiteral("Februar"));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(CronExpression::parse(QStringLiteral("61 * * * *")).error(),
                 QStringLiteral("Minute: 61 liegt außerhalb des Bereichs 0-59"));
        QCOMPARE(CronExpression::parse(QStringLiteral("0 x9 * * *")).error(),
                 QStringLiteral("Stunde: „x9“ ist keine Zahl (Namen sind nur für Monate und Wochentage erlaubt)"));
        QCOMPARE(CronExpression::parse(QStringLiteral("0 0 30 2 *")).error(),
                 QStringLiteral("Tag des Monats: der Ausdruck wird nie ausgelöst: Februar hat keinen Tag 30"));
        {
            const EnglishOnly english;
            QCOMPARE(CronExpression::parse(QStringLiteral("61 * * * *")).error(),
                     QStringLiteral("minute: 61 is out of range 0-59"));
        }
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(CronExpression::parse(QStringLiteral("0 0 30 2 *")).error(),
                 QStringLiteral("day-of-month: the expression can never fire: there is no day 30 in February"));
    }
};

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
