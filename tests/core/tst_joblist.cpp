#include "core/joblist.h"

#include "testsupport/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rulecast;
using rulecast::test::dataFile;
using rulecast::test::fileBytes;

namespace {

QVector<QString> schedulesOf(const JobList &list)
{
    QVector<QString> out;
    for (const JobListEntry &e : list.entries())
        out << e.schedule;
    return out;
}

} // namespace

class TestJobList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsJson()
    {
        Result<JobList> list = JobList::load(dataFile(QStringLiteral("jobs/small.json")));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->format(), JobListFormat::Json);
        QCOMPARE(list->entries().size(), 5);
        const JobListEntry &first = list->entries().at(0);
        QCOMPARE(first.name, QStringLiteral("forty-two"));
        QCOMPARE(first.schedule, QStringLiteral("*/42 * * * *"));
        QCOMPARE(first.estimationSeconds, 300);
        QCOMPARE(first.line, 2);
        QVERIFY(!first.keepTime);
        QVERIFY(list->entries().at(1).keepTime);
        const QVector<ScheduledJob> jobs = list->scheduledJobs();
        QCOMPARE(jobs.size(), 5);
        QCOMPARE(jobs.at(0).durationMinutes, 5);
        QVERIFY(jobs.at(1).pinned);
    }

    void writesJsonBackWithOnlySchedulesChanged()
    {
        const QString path = dataFile(QStringLiteral("jobs/small.json"));
        Result<JobList> list = JobList::load(path);
        QVERIFY(list.ok());
        // Unchanged schedules: byte-identical.
        QCOMPARE(list->render(schedulesOf(*list)).value(), fileBytes(path));

        QVector<QString> schedules = schedulesOf(*list);
        schedules[0] = QStringLiteral("7,49 * * * *");
        schedules[4] = QStringLiteral("30 2 * * *");
        const QByteArray out = list->render(schedules).value();
        QByteArray expected = fileBytes(path);
        expected.replace("{\"schedule\": \"*/42 * * * *\", \"name\": \"forty-two\"",
                         "{\"schedule\": \"7,49 * * * *\", \"name\": \"forty-two\"");
        expected.replace("\"schedule\": \"@daily\"", "\"schedule\": \"30 2 * * *\"");
        QCOMPARE(out, expected);
        // Still valid JSON with the unknown field and its escape intact.
        const QJsonArray array = QJsonDocument::fromJson(out).array();
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("x-note")).toString(), QStringLiteral("f\u00fcr dich"));
    }

    void keepsUnknownFieldsOfALargerList()
    {
        const QString path = dataFile(QStringLiteral("jobs/mixed.json"));
        Result<JobList> list = JobList::load(path);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->entries().size(), 72);
        QVector<QString> schedules = schedulesOf(*list);
        for (QString &s : schedules)
            if (s == QLatin1String("0 * * * *"))
                s = QStringLiteral("13 * * * *");
        const QByteArray out = list->render(schedules).value();
        const QJsonArray before = QJsonDocument::fromJson(fileBytes(path)).array();
        const QJsonArray after = QJsonDocument::fromJson(out).array();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QJsonObject a = after.at(i).toObject();
            QJsonObject b = before.at(i).toObject();
            QCOMPARE(a.value(QStringLiteral("schedule")).toString(), schedules.at(i));
            a.remove(QStringLiteral("schedule"));
            b.remove(QStringLiteral("schedule"));
            QCOMPARE(a, b);
        }
        QCOMPARE(out.count('\n'), fileBytes(path).count('\n'));
    }

    void reportsJsonErrorsWithFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing estimation") << QStringLiteral("jobs/missing-estimation.json")
                                            << QStringLiteral("missing-estimation.json:3: job 2 ('b'): field 'estimation'");
        QTest::newRow("bad schedule") << QStringLiteral("jobs/bad-schedule.json")
                                      << QStringLiteral("bad-schedule.json:3: job 2 ('b'): field 'schedule'");
        QTest::newRow("broken") << QStringLiteral("jobs/broken.json") << QStringLiteral("broken.json:3: not valid JSON");
    }
    void reportsJsonErrorsWithFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        Result<JobList> list = JobList::load(dataFile(file));
        QVERIFY(!list.ok());
        QVERIFY2(list.error().contains(expected), qPrintable(list.error()));
    }

    void rejectsWrongShapes()
    {
        QVERIFY(JobList::parse("{\"name\": 1}", QStringLiteral("x.json"), JobListFormat::Json)
                    .error()
                    .contains(QStringLiteral("x.json:1: expected a JSON array")));
        QVERIFY(JobList::parse("[1]", QStringLiteral("x.json")).error().contains(QStringLiteral("job 1: expected an object")));
        QVERIFY(JobList::parse("[{\"name\":\"a\",\"schedule\":\"0 * * * *\",\"estimation\":1,\"keepTime\":\"yes\"}]",
                               QStringLiteral("x.json"))
                    .error()
                    .contains(QStringLiteral("'keepTime'")));
        QVERIFY(JobList::parse("[{\"name\":\"a\",\"schedule\":\"0 * * * *\",\"estimation\":-5}]", QStringLiteral("x.json"))
                    .error()
                    .contains(QStringLiteral("'estimation'")));
        QVERIFY(JobList::parse("[]", QStringLiteral("x.json"))->entries().isEmpty());
    }

    void readsSystemCrontabWithUserColumn()
    {
        const QString path = dataFile(QStringLiteral("jobs/system.crontab"));
        Result<JobList> list = JobList::load(path);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->format(), JobListFormat::Crontab);
        QVERIFY(list->hasUserColumn());
        QCOMPARE(list->entries().size(), 8);
        const JobListEntry &hourly = list->entries().at(0);
        QCOMPARE(hourly.name, QStringLiteral("hourly-parts"));
        QCOMPARE(hourly.schedule, QStringLiteral("17 *\t* * *"));
        QCOMPARE(hourly.user, QStringLiteral("root"));
        QCOMPARE(hourly.estimationSeconds, 1200);
        QCOMPARE(hourly.line, 8);
        QVERIFY(list->entries().at(2).keepTime);
        QCOMPARE(list->entries().at(4).priority, 2);
        QCOMPARE(list->entries().at(4).user, QStringLiteral("backup"));
        const JobListEntry &reboot = list->entries().at(6);
        QCOMPARE(reboot.schedule, QStringLiteral("@reboot"));
        QVERIFY(!reboot.schedulable);
        QCOMPARE(list->entries().at(7).schedule, QStringLiteral("@hourly"));
        QCOMPARE(list->entries().at(7).user, QStringLiteral("www-data"));
        QCOMPARE(list->scheduledJobs().size(), 7);

        QVector<QString> schedules = schedulesOf(*list);
        QCOMPARE(list->render(schedules).value(), fileBytes(path));
        schedules[0] = QStringLiteral("3 * * * *");
        schedules[7] = QStringLiteral("41 * * * *");
        QByteArray expected = fileBytes(path);
        expected.replace("17 *\t* * *\troot    cd /", "3 * * * *\troot    cd /");
        expected.replace("@hourly\twww-data", "41 * * * *\twww-data");
        QCOMPARE(list->render(schedules).value(), expected);
    }

    void readsUserCrontab()
    {
        const QString path = dataFile(QStringLiteral("jobs/user.crontab"));
        Result<JobList> list = JobList::load(path);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QVERIFY(!list->hasUserColumn());
        QCOMPARE(list->entries().size(), 6);
        QCOMPARE(list->entries().at(0).name, QStringLiteral("sync"));
        QCOMPARE(list->entries().at(1).name, QStringLiteral("/home/alice/bin/report hourly"));
        QCOMPARE(list->entries().at(3).estimationSeconds, 7200);
        QCOMPARE(list->entries().at(5).estimationSeconds, 60); // no rulecast comment: one minute
        QCOMPARE(list->entries().at(5).schedule, QStringLiteral("0 0 30 2 *"));
        QCOMPARE(list->render(schedulesOf(*list)).value(), fileBytes(path));
    }

    void detectsAndForcesTheUserColumn()
    {
        const QByteArray text = "0 * * * * root /bin/true\n";
        QVERIFY(JobList::parse(text, QStringLiteral("x"))->hasUserColumn());
        QVERIFY(!JobList::parse(text, QStringLiteral("x"), std::nullopt, false)->hasUserColumn());
        QVERIFY(!JobList::parse("0 * * * * backup.sh --all\n", QStringLiteral("x"))->hasUserColumn());
        QVERIFY(JobList::parse("0 * * * * alice /bin/x\n", QStringLiteral("/etc/cron.d/alice"))->hasUserColumn());
        QCOMPARE(JobList::parse("0 * * * * alice /bin/x\n", QStringLiteral("x"))->entries().at(0).name,
                 QStringLiteral("alice /bin/x"));
    }

    void reportsCrontabErrorsWithFileAndLine()
    {
        Result<JobList> bad = JobList::load(dataFile(QStringLiteral("jobs/bad-hour.crontab")));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QStringLiteral("bad-hour.crontab:4: bad schedule '0 25 * * *'")), qPrintable(bad.error()));
        QVERIFY2(bad.error().contains(QStringLiteral("hour")), qPrintable(bad.error()));

        QVERIFY(JobList::parse("0 * * *\n", QStringLiteral("c"), JobListFormat::Crontab)
                    .error()
                    .startsWith(QStringLiteral("c:1: expected five schedule fields")));
        QVERIFY(JobList::parse("\n# rulecast: estimation=soon\n0 * * * * x\n", QStringLiteral("c"))
                    .error()
                    .startsWith(QStringLiteral("c:2: rulecast comment: 'estimation'")));
        QVERIFY(JobList::parse("# rulecast: colour=red\n0 * * * * x\n", QStringLiteral("c"))
                    .error()
                    .contains(QStringLiteral("unknown key 'colour'")));
    }

    void keepsCrlfLines()
    {
        const QByteArray text = "# c\r\nA=b\r\n0 * * * * /bin/x\r\n";
        Result<JobList> list = JobList::parse(text, QStringLiteral("c"));
        QVERIFY(list.ok());
        QCOMPARE(list->render({QStringLiteral("5 * * * *")}).value(), QByteArray("# c\r\nA=b\r\n5 * * * * /bin/x\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestJobList)
#include "tst_joblist.moc"
