#include "core/crondescription.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace rulecast;

namespace {

QString describe(const char *text)
{
    const Result<CronExpression> e = CronExpression::parse(QString::fromLatin1(text));
    return e ? describeCron(*e) : QStringLiteral("invalid: ") + e.error();
}

// Stands in for a loaded .qm file, to prove every phrase goes through
// QCoreApplication::translate in the CronDescription context.
class ShoutingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (qstrcmp(context, "CronDescription") != 0)
            return {};
        QString text = QString::fromUtf8(source).toUpper();
        if (n >= 0)
            text.replace(QStringLiteral("%N"), QString::number(n));
        return text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestCronDescription : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describes_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("text");
        auto row = [](const char *e, const char *t) { QTest::newRow(e) << QString::fromLatin1(e) << QString::fromLatin1(t); };
        row("30 2 * * 1,5", "At 02:30, on Monday and Friday");
        row("*/5 9-17 * * 1-5", "Every 5 minutes, between 09:00 and 17:59, Monday through Friday");
        row("* * * * *", "Every minute");
        row("0 * * * *", "Every hour");
        row("@hourly", "Every hour");
        row("15 * * * *", "At minute 15 of every hour");
        row("0 0 * * *", "At 00:00");
        row("@weekly", "At 00:00, on Sunday");
        row("@yearly", "At 00:00, on day 1 of the month, in January");
        row("0 */2 * * *", "Every 2 hours");
        row("30 */6 * * *", "At 00:30, 06:30, 12:30 and 18:30");
        row("30 */3 * * *", "At minute 30, every 3 hours");
        row("0 9,17 * * *", "At 09:00 and 17:00");
        row("15,45 9 * * *", "At 09:15 and 09:45");
        row("7,19,31 4-6 * * *", "At minutes 7, 19 and 31, between 04:00 and 06:59");
        row("*/15 * * * *", "Every 15 minutes");
        row("5/15 * * * *", "Every 15 minutes, starting at minute 5");
        row("* 9 * * *", "Every minute, between 09:00 and 09:59");
        row("0 12 13 * 5", "At 12:00, on day 13 of the month or on Friday");
        row("0 0 1,15 * *", "At 00:00, on days 1 and 15 of the month");
        row("0 0 1-7 * *", "At 00:00, on days 1 through 7 of the month");
        row("0 0 */2 * *", "At 00:00, every 2 days of the month");
        row("0 6 * 1-3 *", "At 06:00, January through March");
        row("0 6 * jan,jul *", "At 06:00, in January and July");
        row("0 22 * * 5-7", "At 22:00, Friday through Sunday");
        row("0 22 * * 0,6", "At 22:00, on Saturday and Sunday");
        row("10-20 3 * * *", "Every minute from minute 10 through 20, between 03:00 and 03:59");
        row("0,20,40 8-11,14-17 * * *", "Every 20 minutes, between 08:00 and 11:59 and between 14:00 and 17:59");
        // */1 is a restriction that covers every day: with the OR rule, every day.
        row("0 0 */1 * 1", "At 00:00");
    }
    void describes()
    {
        QFETCH(QString, expr);
        QFETCH(QString, text);
        const Result<CronExpression> e = CronExpression::parse(expr);
        QVERIFY2(e.ok(), qPrintable(e.error()));
        QCOMPARE(describeCron(*e), text);
    }

    void sameScheduleSameWords()
    {
        QCOMPARE(describe("0 9 * * mon-fri"), describe("0 9 * * 1-5"));
        QCOMPARE(describe("@daily"), describe("0 0 * * *"));
    }

    void isTranslatable()
    {
        ShoutingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const QString text = describe("*/5 9-17 * * 1-5");
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, QStringLiteral("EVERY 5 MINUTES, BETWEEN 09:00 AND 17:59, MONDAY THROUGH FRIDAY"));
    }
};

QTEST_GUILESS_MAIN(TestCronDescription)
#include "tst_crondescription.moc"
