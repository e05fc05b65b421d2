#include "core/timeformat.h"

#include <QDateTime>
#include <QTest>

using namespace rulecast;

class TestTimeFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAcceptedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epoch");
        const qint64 base = QDateTime(QDate(2027, 1, 4), QTime(9, 30), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("zulu") << QStringLiteral("2027-01-04T09:30:00Z") << base;
        QTest::newRow("no offset is UTC") << QStringLiteral("2027-01-04T09:30:00") << base;
        QTest::newRow("sql form") << QStringLiteral("2027-01-04 09:30:00") << base;
        QTest::newRow("no seconds") << QStringLiteral("2027-01-04T09:30") << base;
        QTest::newRow("fraction") << QStringLiteral("2027-01-04T09:30:00.123Z") << base;
        QTest::newRow("plus offset") << QStringLiteral("2027-01-04T10:30:00+01:00") << base;
        QTest::newRow("minus offset compact") << QStringLiteral("2027-01-04T04:00:00-0530") << base;
        QTest::newRow("bare date") << QStringLiteral("2027-01-04") << base - 9 * 3600 - 1800;
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z")
                                  << QDateTime(QDate(2028, 2, 29), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("before epoch") << QStringLiteral("1969-12-31T23:59:59Z") << qint64(-1);
    }
    void parsesAcceptedForms()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epoch);
        const auto parsed = timeformat::parse(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, epoch);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "not-a-date", "2027-13-01", "2027-02-29", "2027-01-04T24:00",
                                "2027-01-04T09:61", "2027-01-04X09:30", "2027-01-04T09:30:00+25:00",
                                "2027-01-04T09:30:00Zjunk", "27-01-04"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejectsBadInput()
    {
        QFETCH(QString, text);
        QVERIFY(!timeformat::parse(text).has_value());
    }

    void formatsRoundTrip()
    {
        for (qint64 t : {qint64(0), qint64(1700000000), qint64(-86400 * 400), qint64(253402300799)}) {
            QCOMPARE(timeformat::parse(timeformat::toIsoUtc(t)).value(), t);
            QCOMPARE(timeformat::parse(timeformat::toSqlTime(t)).value(), t);
            QCOMPARE(timeformat::toIsoUtc(t),
                     QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate));
        }
        QCOMPARE(timeformat::toSqlTime(1700000000), QStringLiteral("2023-11-14 22:13:20"));
    }

    void formatsWithZoneOffset()
    {
        const qint64 t = *timeformat::parse(QStringLiteral("2027-03-28T01:30:00Z"));
        QCOMPARE(timeformat::toIsoWithOffset(t, 7200), QStringLiteral("2027-03-28T03:30:00+02:00"));
        QCOMPARE(timeformat::toIsoWithOffset(t, -16200), QStringLiteral("2027-03-27T21:00:00-04:30"));
        QCOMPARE(timeformat::toIsoWithOffset(t, 0), QStringLiteral("2027-03-28T01:30:00Z"));
        QCOMPARE(timeformat::parse(timeformat::toIsoWithOffset(t, 37800)).value(), t);
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
