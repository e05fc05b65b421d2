#include "core/cronexpression.h"
#include "core/cronshift.h"

#include <QDateTime>
#include <QTest>

using namespace rulecast;

namespace {

CronShape shapeOf(const QString &text)
{
    Result<CronExpression> e = CronExpression::parse(text);
    if (!e)
        qFatal("bad test expression %s: %s", qPrintable(text), qPrintable(e.error()));
    Result<CronShape> s = CronShape::fromExpression(*e);
    if (!s)
        qFatal("no shape for %s: %s", qPrintable(text), qPrintable(s.error()));
    return s.value();
}

qint64 day0()
{
    return QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestCronShift : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsFields_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all") << [] { QList<int> v; for (int i = 0; i < 60; ++i) v << i; return v; }() << 59
                             << QStringLiteral("*");
        QTest::newRow("single") << QList<int>{7} << 59 << QStringLiteral("7");
        QTest::newRow("step from zero") << QList<int>{0, 15, 30, 45} << 59 << QStringLiteral("*/15");
        QTest::newRow("step offset") << QList<int>{2, 7, 12, 17, 22, 27, 32, 37, 42, 47, 52, 57} << 59
                                     << QStringLiteral("2-59/5");
        QTest::newRow("hour step offset") << QList<int>{1, 7, 13, 19} << 23 << QStringLiteral("1-23/6");
        QTest::newRow("bounded step") << QList<int>{5, 10, 15} << 59 << QStringLiteral("5-15/5");
        QTest::newRow("pair") << QList<int>{7, 49} << 59 << QStringLiteral("7,49");
        QTest::newRow("ranges") << QList<int>{0, 1, 2, 3, 15, 16, 17, 18, 19, 20, 21, 22, 23} << 23
                                << QStringLiteral("0-3,15-23");
        QTest::newRow("mixed") << QList<int>{1, 2, 9, 10, 11, 30} << 59 << QStringLiteral("1,2,9-11,30");
    }
    void formatsFields()
    {
        QFETCH(QList<int>, values);
        QFETCH(int, max);
        QFETCH(QString, expected);
        QCOMPARE(CronShape::formatField(values, max), expected);
    }

    void shiftsKeepingRecurrence_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<int>("dm");
        QTest::addColumn<int>("dh");
        QTest::addColumn<QString>("expected");
        QTest::newRow("every 5") << QStringLiteral("*/5 * * * *") << 2 << 0 << QStringLiteral("2-59/5 * * * *");
        QTest::newRow("every 42 keeps two a hour") << QStringLiteral("*/42 * * * *") << 7 << 0
                                                   << QStringLiteral("7,49 * * * *");
        QTest::newRow("every 6 hours") << QStringLiteral("0 */6 * * *") << 17 << 1
                                       << QStringLiteral("17 1-23/6 * * *");
        QTest::newRow("weekday kept") << QStringLiteral("0 4 * * 6") << 10 << 1 << QStringLiteral("10 5 * * 6");
        QTest::newRow("names kept") << QStringLiteral("30 9 * JAN-MAR MON-FRI") << 5 << 2
                                    << QStringLiteral("35 11 * JAN-MAR MON-FRI");
        QTest::newRow("macro spelled out") << QStringLiteral("@daily") << 30 << 3 << QStringLiteral("30 3 * * *");
        QTest::newRow("weekly macro") << QStringLiteral("@weekly") << 0 << 5 << QStringLiteral("0 5 * * 0");
        QTest::newRow("hour range wraps") << QStringLiteral("0 0-12 1 * *") << 0 << 15
                                          << QStringLiteral("0 0-3,15-23 1 * *");
        QTest::newRow("no move keeps text") << QStringLiteral("0  3 * * *") << 0 << 0 << QStringLiteral("0  3 * * *");
        QTest::newRow("only hour moves") << QStringLiteral("*/10 2 * * *") << 0 << 4
                                         << QStringLiteral("*/10 6 * * *");
    }
    void shiftsKeepingRecurrence()
    {
        QFETCH(QString, original);
        QFETCH(int, dm);
        QFETCH(int, dh);
        QFETCH(QString, expected);
        QCOMPARE(shapeOf(original).shiftedText(dm, dh), expected);
    }

    void periods()
    {
        QCOMPARE(shapeOf(QStringLiteral("*/5 * * * *")).minutePeriod(), 5);
        QCOMPARE(shapeOf(QStringLiteral("*/5 * * * *")).hourPeriod(), 1);
        QCOMPARE(shapeOf(QStringLiteral("*/42 * * * *")).minutePeriod(), 60);
        QCOMPARE(shapeOf(QStringLiteral("0,30 * * * *")).minutePeriod(), 30);
        QCOMPARE(shapeOf(QStringLiteral("0 */6 * * *")).hourPeriod(), 6);
        QCOMPARE(shapeOf(QStringLiteral("0 */6 * * *")).dayPatternPeriod(), 360);
        QCOMPARE(shapeOf(QStringLiteral("* * * * *")).placementCount(), 1);
        QCOMPARE(shapeOf(QStringLiteral("15 3 * * *")).placementCount(), 1440);
    }

    void displacementIsTheShortWay()
    {
        // */5 moved by 3 is two minutes earlier.
        QCOMPARE(shapeOf(QStringLiteral("*/5 * * * *")).displacement(3, 0), 2);
        // 03:50 -> minute 10 of hour 4: twenty minutes later.
        QCOMPARE(shapeOf(QStringLiteral("50 3 * * *")).displacement(20, 1), 20);
        // 03:50 -> 03:10: forty minutes earlier.
        QCOMPARE(shapeOf(QStringLiteral("50 3 * * *")).displacement(20, 0), 40);
        // 00:00 -> 23:00 the day before, same day in cron terms: one hour.
        QCOMPARE(shapeOf(QStringLiteral("0 0 * * *")).displacement(0, 23), 60);
        // Every six hours, +1h17: 77 minutes.
        QCOMPARE(shapeOf(QStringLiteral("0 */6 * * *")).displacement(17, 1), 77);
        QCOMPARE(shapeOf(QStringLiteral("0 */6 * * *")).displacement(0, 0), 0);
    }

    // Fire minutes from the shape agree with the engine, before and after
    // moving, and every move keeps the runs per day.
    void agreesWithTheEngine_data()
    {
        QTest::addColumn<QString>("original");
        for (const char *e : {"*/5 * * * *", "*/42 * * * *", "*/13 * * * *", "0 */6 * * *", "10,40 5,17 * * *",
                              "0 0-12 * * *", "20 */3 * * *", "7-59/10 * * * *", "0,30,45 * * * *", "@hourly"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }
    void agreesWithTheEngine()
    {
        QFETCH(QString, original);
        const CronShape shape = shapeOf(original);
        for (int dm = 0; dm < shape.minutePeriod(); dm += 3)
            for (int dh = 0; dh < shape.hourPeriod(); dh += 2) {
                const QString moved = shape.shiftedText(dm, dh);
                Result<CronExpression> e = CronExpression::parse(moved);
                QVERIFY2(e.ok(), qPrintable(moved + QStringLiteral(": ") + e.error()));
                const QList<qint64> fires = e->between(day0(), day0() + 86400, QTimeZone::utc());
                QList<int> minutes;
                for (qint64 t : fires)
                    minutes << int((t - day0()) / 60);
                QCOMPARE(minutes, shape.fireMinutesOfDay(dm, dh));
                QCOMPARE(minutes.size(), shape.runsPerActiveDay());
            }
    }
};

QTEST_GUILESS_MAIN(TestCronShift)
#include "tst_cronshift.moc"
