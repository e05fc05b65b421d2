#include "testsupport/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using rulecast::test::runCli;

namespace {

QStringList args(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

QJsonObject jsonOf(const QByteArray &out)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not one JSON document: %s", out.constData());
    return doc.object();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

class TestCronCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextAsJsonWithZoneOffsets()
    {
        const auto run = runCli(args({"--output-format", "json", "cron", "next", "30 2 * * *", "--tz", "Europe/Berlin",
                                      "--from", "2027-03-27", "--count", "3"}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = jsonOf(run.out);
        QCOMPARE(o.value(QStringLiteral("expression")).toString(), QStringLiteral("30 2 * * *"));
        QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Berlin"));
        // 02:30 does not exist on 2027-03-28: it fires shifted by the gap.
        QCOMPARE(strings(o.value(QStringLiteral("next"))),
                 args({"2027-03-27T02:30:00+01:00", "2027-03-28T03:30:00+02:00", "2027-03-29T02:30:00+02:00"}));
        QVERIFY(run.err.isEmpty());
    }

    void nextDefaultsToUtcAndFiveTimes()
    {
        const auto run = runCli(args({"--output-format", "json", "cron", "next", "@daily", "--from",
                                      "2027-01-04T09:30:00Z"}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = jsonOf(run.out);
        QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("UTC"));
        const QStringList next = strings(o.value(QStringLiteral("next")));
        QCOMPARE(next.size(), 5);
        QCOMPARE(next.first(), QStringLiteral("2027-01-05T00:00:00Z"));
    }

    void nextAsTableIsReadable()
    {
        const auto run = runCli(args({"cron", "next", "30 2 * * *", "--tz", "Europe/Berlin", "--from", "2027-03-27",
                                      "--count", "2"}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("(At 02:30) in Europe/Berlin"), run.out.constData());
        QVERIFY2(run.out.contains("Sun 2027-03-28 03:30 +02:00"), run.out.constData());
        // The fields may also come as separate arguments.
        const auto split = runCli(args({"cron", "next", "30", "2", "*", "*", "*", "--tz", "Europe/Berlin", "--from",
                                        "2027-03-27", "--count", "2"}));
        QCOMPARE(split.out, run.out);
    }

    void validate()
    {
        auto run = runCli(args({"--output-format", "json", "cron", "validate", "*/5 9-17 * * mon-fri"}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonOf(run.out).value(QStringLiteral("valid")).toBool(), true);

        run = runCli(args({"--output-format", "json", "cron", "validate", "61 25 * * *"}));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject o = jsonOf(run.out);
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(strings(o.value(QStringLiteral("errors"))),
                 args({"minute: 61 is out of range 0-59", "hour: 25 is out of range 0-23"}));
        QVERIFY(run.err.contains("not a valid cron expression"));

        run = runCli(args({"cron", "validate", "0 0 30 2 *"}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("can never fire"));
    }

    void describe()
    {
        auto run = runCli(args({"cron", "describe", "30 2 * * 1,5"}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("At 02:30, on Monday and Friday"));
        run = runCli(args({"--output-format", "json", "cron", "describe", "*/5 9-17 * * 1-5"}));
        QCOMPARE(jsonOf(run.out).value(QStringLiteral("description")).toString(),
                 QStringLiteral("Every 5 minutes, between 09:00 and 17:59, Monday through Friday"));
    }

    void usageErrorsNameTheFlag()
    {
        auto run = runCli(args({"cron", "next", "* * * * *", "--tz", "Mars/Base"}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--tz") && run.err.contains("Mars/Base"));
        run = runCli(args({"cron", "next", "* * * * *", "--count", "0"}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--count") && run.err.contains("1 to 1000"));
        run = runCli(args({"cron", "next", "* * * * *", "--from", "yesterday"}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--from"));
        run = runCli(args({"cron", "frobnicate", "* * * * *"}));
        QCOMPARE(run.exitCode, 2);
        run = runCli(args({"cron", "next"}));
        QCOMPARE(run.exitCode, 2);
        run = runCli(args({"cron", "describe", "* * * * *", "--tz", "UTC"}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
    }

    void batchAnswersEveryLineInOrder()
    {
        const QByteArray input = "0 9 * * 1-5\t2027-01-01T00:00:00Z\tEurope/Berlin\n"
                                 "61 * * * *\t2027-01-01T00:00:00Z\tUTC\n"
                                 "\n"
                                 "@hourly\t2027-01-01T00:30:00+01:00\tAsia/Kolkata\r\n"
                                 "*/30 * * * *\t\t\n";
        const auto run = runCli(args({"cron", "next", "--batch", "-", "--count", "2", "--from", "2027-06-01T00:00:00Z"}),
                                input);
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QJsonObject o = jsonOf(lines[0]);
        QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(strings(o.value(QStringLiteral("next"))), args({"2027-01-01T09:00:00+01:00", "2027-01-04T09:00:00+01:00"}));
        o = jsonOf(lines[1]);
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(strings(o.value(QStringLiteral("errors"))), args({"minute: 61 is out of range 0-59"}));
        o = jsonOf(lines[2]);
        QCOMPARE(strings(o.value(QStringLiteral("next"))), args({"2027-01-01T06:00:00+05:30", "2027-01-01T07:00:00+05:30"}));
        // Empty FROM and ZONE fall back to --from and --tz.
        o = jsonOf(lines[3]);
        QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("UTC"));
        QCOMPARE(strings(o.value(QStringLiteral("next"))), args({"2027-06-01T00:30:00Z", "2027-06-01T01:00:00Z"}));
    }

    void batchReportsMalformedLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.tsv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("* * * * *\t2027-01-01T00:00:00Z\tMars/Base\n* * * * *\tsoon\tUTC\n0 0 * * *\t2027-01-01\tUTC\n");
        f.close();
        const auto run = runCli({QStringLiteral("cron"), QStringLiteral("next"), QStringLiteral("--batch"), path,
                                 QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(strings(jsonOf(lines[0]).value(QStringLiteral("errors"))).first().contains(QStringLiteral("Mars/Base")));
        QCOMPARE(jsonOf(lines[0]).value(QStringLiteral("line")).toInt(), 1);
        QVERIFY(strings(jsonOf(lines[1]).value(QStringLiteral("errors"))).first().contains(QStringLiteral("soon")));
        QCOMPARE(strings(jsonOf(lines[2]).value(QStringLiteral("next"))), args({"2027-01-02T00:00:00Z"}));
        QVERIFY(run.err.contains("2 of 3 lines were malformed"));

        const auto missing = runCli(args({"cron", "next", "--batch", "/nonexistent/cases.tsv"}));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("/nonexistent/cases.tsv"));
    }

    void batchHandlesThousands()
    {
        QByteArray input;
        for (int i = 0; i < 5000; ++i)
            input += QByteArray::number(i % 60) + " */" + QByteArray::number(1 + i % 12) + " * * *\t2027-0"
                     + QByteArray::number(1 + i % 9) + "-15T12:00:00Z\t" + (i % 2 ? "America/Santiago" : "UTC") + '\n';
        const auto run = runCli(args({"cron", "next", "--batch", "-"}), input);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 5000);
        QVERIFY(!run.out.contains("errors"));
    }

    void helpHasExamples()
    {
        const auto run = runCli(args({"cron", "--help"}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Examples:"));
        QVERIFY(run.out.contains("--batch"));
        QVERIFY(run.out.contains("--tz"));
    }
};

QTEST_GUILESS_MAIN(TestCronCommand)
#include "tst_croncommand.moc"
