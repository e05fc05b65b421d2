#include "core/scheduleload.h"

#include <QDateTime>
#include <QTest>

using namespace rulecast;

namespace {

const Horizon kHorizon{QDate(2027, 1, 25), 28}; // crosses a month end, Monday start

qint64 startEpoch()
{
    return QDateTime(kHorizon.startDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

ScheduledJob job(const QString &schedule, int duration)
{
    ScheduledJob j;
    j.name = schedule;
    j.schedule = schedule;
    j.durationMinutes = duration;
    return j;
}

// The load computed the slow way: every fire time from the engine, from the
// days before the horizon that can still reach into it.
QVector<int> bruteForceLoad(const QString &schedule, int duration)
{
    QVector<int> load(kHorizon.minutes(), 0);
    Result<CronExpression> e = CronExpression::parse(schedule);
    const qint64 from = startEpoch() - qint64(carryInDays(duration)) * 86400;
    for (qint64 t : e->between(from, startEpoch() + qint64(kHorizon.days) * 86400, QTimeZone::utc())) {
        const qint64 start = (t - startEpoch()) / 60;
        for (qint64 m = std::max<qint64>(0, start); m < std::min<qint64>(load.size(), start + duration); ++m)
            ++load[int(m)];
    }
    return load;
}

} // namespace

class TestScheduleLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheEngine_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<int>("duration");
        QTest::newRow("every 5") << QStringLiteral("*/5 * * * *") << 7;
        QTest::newRow("daily carries past midnight") << QStringLiteral("30 23 * * *") << 180;
        QTest::newRow("weekdays") << QStringLiteral("23 * * * 1-5") << 20;
        QTest::newRow("month days") << QStringLiteral("5 * 24-31 * *") << 30;
        QTest::newRow("dom or dow") << QStringLiteral("0 12 1,15 * 5") << 90;
        QTest::newRow("monthly late") << QStringLiteral("50 23 1 * *") << 1500;
        QTest::newRow("every 10 days") << QStringLiteral("0 0 */10 * *") << 60;
        QTest::newRow("one month only") << QStringLiteral("40 */12 * 2 *") << 45;
        QTest::newRow("zero duration") << QStringLiteral("0 * * * *") << 0;
    }
    void matchesTheEngine()
    {
        QFETCH(QString, schedule);
        QFETCH(int, duration);
        Result<JobPattern> p = buildJobPattern(job(schedule, duration), kHorizon);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        ScheduleLoad load(kHorizon.days);
        load.addRuns(*p, p->shape.fireMinutesOfDay(0, 0), +1);
        QCOMPARE(load.values(), bruteForceLoad(schedule, duration));

        Result<CronExpression> e = CronExpression::parse(schedule);
        QCOMPARE(p->runsInHorizon,
                 int(e->between(startEpoch(), startEpoch() + qint64(kHorizon.days) * 86400, QTimeZone::utc()).size()));
        load.addRuns(*p, p->shape.fireMinutesOfDay(0, 0), -1);
        QCOMPARE(load.peak(), 0);
    }

    void classifiesJobs()
    {
        Result<JobPattern> daily = buildJobPattern(job(QStringLiteral("0 3 * * *"), 30), kHorizon);
        QVERIFY(daily->everyDay);
        QVERIFY(daily->movable);
        Result<JobPattern> weekly = buildJobPattern(job(QStringLiteral("0 3 * * 1"), 30), kHorizon);
        QVERIFY(!weekly->everyDay);
        QCOMPARE(weekly->runsInHorizon, 4);

        ScheduledJob pinned = job(QStringLiteral("0 3 * * *"), 30);
        pinned.pinned = true;
        QVERIFY(!buildJobPattern(pinned, kHorizon)->movable);
        QVERIFY(!buildJobPattern(job(QStringLiteral("* * * * *"), 1), kHorizon)->movable); // nowhere else to go

        ScheduledJob important = job(QStringLiteral("0 3 * * *"), 30);
        important.priority = 4;
        QCOMPARE(buildJobPattern(important, kHorizon)->maxShift, 90);
    }

    void impossibleDatesAreKeptNotRefused()
    {
        bool never = false;
        QVERIFY(parseJobRule(QStringLiteral("0 0 30 2 *"), &never).ok());
        QVERIFY(never);
        Result<JobPattern> p = buildJobPattern(job(QStringLiteral("0 0 31 2 *"), 10), kHorizon);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QVERIFY(p->neverFires);
        QCOMPARE(p->runsInHorizon, 0);
        QVERIFY(!p->movable);
    }

    void refusesBadRules()
    {
        Result<JobPattern> bad = buildJobPattern(job(QStringLiteral("61 * * * *"), 1), kHorizon);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QStringLiteral("61 * * * *")), qPrintable(bad.error()));
        bool never = false;
        QVERIFY(!parseJobRule(QStringLiteral("0 0 30 2"), &never).ok());
        QVERIFY(!buildJobPattern(job(QStringLiteral("@reboot"), 1), kHorizon).ok());
    }
};

QTEST_GUILESS_MAIN(TestScheduleLoad)
#include "tst_scheduleload.moc"
