#include "core/joblist.h"
#include "core/scheduleload.h"

#include "testsupport/testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;
using rulecast::test::dataFile;
using rulecast::test::fileBytes;
using rulecast::test::runCli;
using rulecast::test::sharedDataFile;

namespace {

const QString kStart = QStringLiteral("2027-01-04");

QStringList optimizeArgs(const QStringList &extra)
{
    return QStringList{QStringLiteral("optimize-resource-schedule"), QStringLiteral("--target-date"), kStart,
                       QStringLiteral("--capacity"), QStringLiteral("8")}
           + extra;
}

// Runs per day over the 28-day horizon, counted by the cron engine.
QVector<int> runsPerDay(const QString &schedule)
{
    QVector<int> perDay(28, 0);
    bool never = false;
    Result<CronExpression> e = parseJobRule(schedule, &never);
    if (!e || never)
        return perDay;
    const qint64 start = QDateTime(QDate(2027, 1, 4), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (qint64 t : e->between(start, start + 28 * 86400, QTimeZone::utc()))
        ++perDay[int((t - start) / 86400)];
    return perDay;
}

// Every job present in order, each keeping its runs; keepTime jobs and
// everything but the schedules unchanged.
void checkRewrite(const QString &inputPath, const QString &outputPath)
{
    Result<JobList> before = JobList::load(inputPath);
    Result<JobList> after = JobList::load(outputPath);
    QVERIFY2(before.ok(), qPrintable(before.error()));
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QCOMPARE(after->format(), before->format());
    QCOMPARE(after->entries().size(), before->entries().size());
    QVector<QString> original;
    for (int i = 0; i < before->entries().size(); ++i) {
        const JobListEntry &b = before->entries().at(i);
        const JobListEntry &a = after->entries().at(i);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.line, b.line);
        QCOMPARE(a.user, b.user);
        QCOMPARE(a.estimationSeconds, b.estimationSeconds);
        if (b.keepTime || !b.schedulable)
            QCOMPARE(a.schedule, b.schedule);
        QCOMPARE(runsPerDay(a.schedule), runsPerDay(b.schedule));
        original << b.schedule;
    }
    // Putting the old schedules back gives the input byte for byte.
    QCOMPARE(after->render(original).value(), fileBytes(inputPath));
}

QJsonObject resultOf(const QByteArray &out)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("stdout is not one JSON document: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class TestOptimizeCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("cli.conf")).toUtf8());
    }

    void rewritesAJsonList()
    {
        const QString in = dataFile(QStringLiteral("jobs/mixed.json"));
        const QString out = m_dir.filePath(QStringLiteral("mixed.out.json"));
        const auto run = runCli(optimizeArgs({QStringLiteral("--jobs-file"), in, QStringLiteral("--out"), out}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("load_balancing"));
        QVERIFY(run.out.contains(QByteArray(QByteArray("Wrote ") + out.toUtf8())));
        checkRewrite(in, out);

        // Same input, same seed: the same file.
        const QString again = m_dir.filePath(QStringLiteral("mixed.again.json"));
        QCOMPARE(runCli(optimizeArgs({QStringLiteral("--jobs-file"), in, QStringLiteral("--out"), again})).exitCode, 0);
        QCOMPARE(fileBytes(again), fileBytes(out));
    }

    void printsOneJsonDocument()
    {
        const QString in = dataFile(QStringLiteral("jobs/small.json"));
        const auto run = runCli(optimizeArgs({QStringLiteral("--jobs-file"), in, QStringLiteral("--output-format"),
                                              QStringLiteral("json"), QStringLiteral("--peak-mitigation"),
                                              // 0.9 x 2 slots: the peak of 5 is above the threshold
                                              QStringLiteral("--capacity"), QStringLiteral("2")}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject doc = resultOf(run.out);
        QVERIFY(doc.value(QStringLiteral("predictive_schedules")).isArray());
        const QJsonObject result = doc.value(QStringLiteral("optimization_result")).toObject();
        QVERIFY(result.value(QStringLiteral("id")).isNull());
        QCOMPARE(result.value(QStringLiteral("optimization_type")).toString(), QStringLiteral("peak_mitigation"));
        const QJsonObject metrics = result.value(QStringLiteral("improvement_metrics")).toObject();
        const int before = metrics.value(QStringLiteral("before")).toObject().value(QStringLiteral("peak")).toInt();
        const int after = metrics.value(QStringLiteral("after")).toObject().value(QStringLiteral("peak")).toInt();
        QCOMPARE(before, 5); // at midnight: two */42 jobs, two hourly ones and the daily one
        QVERIFY(after < before);
        QVERIFY(metrics.contains(QStringLiteral("efficiency_gain")));
        QVERIFY(metrics.contains(QStringLiteral("impact")));
        QVERIFY(metrics.contains(QStringLiteral("waiting_time_saved_minutes")));
        QCOMPARE(metrics.value(QStringLiteral("after")).toObject().value(QStringLiteral("runs")),
                 metrics.value(QStringLiteral("before")).toObject().value(QStringLiteral("runs")));
        const QJsonArray changes = result.value(QStringLiteral("changes")).toArray();
        QVERIFY(!changes.isEmpty());
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            QVERIFY(c.value(QStringLiteral("name")).toString() != QLatin1String("pinned"));
            QCOMPARE(runsPerDay(c.value(QStringLiteral("new_schedule")).toString()),
                     runsPerDay(c.value(QStringLiteral("old_schedule")).toString()));
        }
        QCOMPARE(result.value(QStringLiteral("jobs_file")).toObject().value(QStringLiteral("written")).toBool(), false);
    }

    void rewritesASystemCrontab()
    {
        const QString in = dataFile(QStringLiteral("jobs/system.crontab"));
        const QString out = m_dir.filePath(QStringLiteral("crontab"));
        const auto run = runCli(optimizeArgs({QStringLiteral("--jobs-file"), in, QStringLiteral("--out"), out,
                                              QStringLiteral("--conflict-resolution"), QStringLiteral("--output-format"),
                                              QStringLiteral("detailed")}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        checkRewrite(in, out);
        const QList<QByteArray> inLines = fileBytes(in).split('\n');
        const QList<QByteArray> outLines = fileBytes(out).split('\n');
        QCOMPARE(outLines.size(), inLines.size());
        for (int i = 0; i < inLines.size(); ++i) {
            if (inLines.at(i).startsWith('#') || inLines.at(i).contains('=') || inLines.at(i).isEmpty()
                || inLines.at(i).startsWith("@reboot"))
                QCOMPARE(outLines.at(i), inLines.at(i));
        }
        QVERIFY(JobList::load(out)->hasUserColumn());
    }

    void dryRunWritesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("never.json"));
        const auto run = runCli(optimizeArgs({QStringLiteral("--jobs-file"), dataFile(QStringLiteral("jobs/small.json")),
                                              QStringLiteral("--out"), out, QStringLiteral("--dry-run")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Dry run"));
        QVERIFY(!QFile::exists(out));
    }

    void autoApplyWritesOnlyAGain()
    {
        // One job alone: nothing to gain, so --auto-apply leaves --out unwritten.
        const QString flat = m_dir.filePath(QStringLiteral("flat.json"));
        QFile f(flat);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"name\": \"only\", \"schedule\": \"0 3 * * *\", \"estimation\": 600}]\n");
        f.close();
        const QString out = m_dir.filePath(QStringLiteral("flat.out.json"));
        auto run = runCli(optimizeArgs({QStringLiteral("--jobs-file"), flat, QStringLiteral("--out"), out,
                                        QStringLiteral("--auto-apply")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Not written: efficiency gain 0.0%"), run.out.constData());
        QVERIFY(!QFile::exists(out));

        // In place, with a gain: the input itself is rewritten.
        const QString inPlace = m_dir.filePath(QStringLiteral("in-place.json"));
        QVERIFY(QFile::copy(dataFile(QStringLiteral("jobs/small.json")), inPlace));
        run = runCli(optimizeArgs({QStringLiteral("--jobs-file"), inPlace, QStringLiteral("--out"), inPlace,
                                   QStringLiteral("--auto-apply")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(fileBytes(inPlace) != fileBytes(dataFile(QStringLiteral("jobs/small.json"))));
        checkRewrite(dataFile(QStringLiteral("jobs/small.json")), inPlace);
    }

    void badFilesFailWithFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("json") << QStringLiteral("jobs/bad-schedule.json") << QStringLiteral("bad-schedule.json:3:");
        QTest::newRow("crontab") << QStringLiteral("jobs/bad-hour.crontab") << QStringLiteral("bad-hour.crontab:4:");
        QTest::newRow("missing") << QStringLiteral("jobs/no-such-file.json") << QStringLiteral("cannot read");
    }
    void badFilesFailWithFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString out = m_dir.filePath(QStringLiteral("bad.out"));
        const auto run = runCli(optimizeArgs({QStringLiteral("--jobs-file"), dataFile(file), QStringLiteral("--out"), out}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void badFlagsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two strategies") << QStringList{QStringLiteral("--balance-load"), QStringLiteral("--peak-mitigation")}
                                        << QStringLiteral("give one of");
        QTest::newRow("look-ahead 0") << QStringList{QStringLiteral("--look-ahead-hours"), QStringLiteral("0")}
                                      << QStringLiteral("--look-ahead-hours");
        QTest::newRow("look-ahead 169") << QStringList{QStringLiteral("--look-ahead-hours"), QStringLiteral("169")}
                                        << QStringLiteral("1 to 168");
        QTest::newRow("model") << QStringList{QStringLiteral("--use-model"), QStringLiteral("gpt")}
                               << QStringLiteral("ollama|openai|auto|none");
        QTest::newRow("target date") << QStringList{QStringLiteral("--target-date"), QStringLiteral("someday")}
                                     << QStringLiteral("--target-date");
        QTest::newRow("capacity") << QStringList{QStringLiteral("--capacity"), QStringLiteral("0")}
                                  << QStringLiteral("--capacity");
        QTest::newRow("dry and auto") << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--auto-apply")}
                                      << QStringLiteral("contradict");
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--flatten")} << QStringLiteral("flatten");
        QTest::newRow("jobs format") << QStringList{QStringLiteral("--jobs-format"), QStringLiteral("yaml")}
                                     << QStringLiteral("auto|json|crontab");
    }
    void badFlagsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const auto run = runCli(optimizeArgs(QStringList{QStringLiteral("--jobs-file"),
                                                         dataFile(QStringLiteral("jobs/small.json"))}
                                             + args));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    }

    void databaseModeOnAnEmptyDatabase()
    {
        // The database mode is tested in tst_optimizedatabase; here only that
        // --out needs --jobs-file and an empty database is not an error.
        const QString db = m_dir.filePath(QStringLiteral("x.db"));
        auto run = runCli({QStringLiteral("--db"), db, QStringLiteral("optimize-resource-schedule"),
                           QStringLiteral("--balance-load")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Nothing to optimize"), run.out.constData());
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("optimize-resource-schedule"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("o.json"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--jobs-file"), run.err.constData());
    }

    void helpHasExamples()
    {
        const auto run = runCli({QStringLiteral("optimize-resource-schedule"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Examples:"));
        QVERIFY(run.out.contains("--jobs-file"));
    }

    void sharedListOneThroughTheCli()
    {
        const QString in = sharedDataFile(QStringLiteral("cron-jobs/jobs-1.json"));
        if (in.isEmpty())
            QSKIP("../shared/data/cron-jobs is not present");
        const QString out = m_dir.filePath(QStringLiteral("jobs-1.out.json"));
        const auto run = runCli(optimizeArgs({QStringLiteral("--jobs-file"), in, QStringLiteral("--out"), out,
                                              QStringLiteral("--output-format"), QStringLiteral("json")}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject metrics = resultOf(run.out)
                                        .value(QStringLiteral("optimization_result"))
                                        .toObject()
                                        .value(QStringLiteral("improvement_metrics"))
                                        .toObject();
        QVERIFY(metrics.value(QStringLiteral("after")).toObject().value(QStringLiteral("peak")).toInt() <= 55);
        checkRewrite(in, out);
    }
};

QTEST_GUILESS_MAIN(TestOptimizeCommand)
#include "tst_optimizecommand.moc"
