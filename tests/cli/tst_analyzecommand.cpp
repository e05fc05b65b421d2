#include "core/timeformat.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

QJsonObject parse(const CliRun &run)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &err);
    if (err.error != QJsonParseError::NoError)
        qWarning("not one JSON document: %s\n%s", qPrintable(err.errorString()), run.out.constData());
    return doc.object();
}

} // namespace

class TestAnalyzeCommand : public QObject
{
    Q_OBJECT
private:
    TempDatabase m_db;
    PlantedHistory m_history;
    QString m_asOf;

    QStringList args(const QStringList &rest, bool json = true) const
    {
        QStringList a{QStringLiteral("--db"), m_db.path()};
        if (json)
            a << QStringLiteral("--output-format") << QStringLiteral("json");
        return a + rest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PlantedSpec spec;
        spec.seed = 11;
        spec.monthly = false;
        m_history = plantHistory(spec);
        QVERIFY(insertPlanted(m_db.db(), m_history));
        m_db.db().closeThreadConnection();
        m_asOf = timeformat::toIsoUtc(m_history.end);
    }

    void analyzeFindsThePlantedPatternsAsJson()
    {
        const CliRun run = runCli(args({QStringLiteral("analyze-activity-patterns"), QStringLiteral("--as-of"), m_asOf}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = parse(run);
        const QJsonArray patterns = o.value(QStringLiteral("patterns")).toArray();
        QVERIFY(patterns.size() >= 6);
        bool weekly = false, interval = false, correlation = false;
        for (const QJsonValue &v : patterns) {
            const QJsonObject p = v.toObject();
            QVERIFY(p.value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(p.value(QStringLiteral("confidence_score")).toDouble() >= 0.7);
            QVERIFY(p.value(QStringLiteral("detection_count")).toInteger() >= 3);
            QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
            const QJsonObject data = p.value(QStringLiteral("pattern_data")).toObject();
            const QJsonArray types = data.value(QStringLiteral("task_types")).toArray();
            QVERIFY(!types.isEmpty());
            const QJsonArray windows = data.value(QStringLiteral("time_windows")).toArray();
            QVERIFY(!windows.isEmpty());
            const QJsonObject w = windows.first().toObject();
            QVERIFY(w.contains(QStringLiteral("start_hour")) && w.contains(QStringLiteral("end_hour")));
            for (const QString &noise : m_history.noiseTypes)
                QVERIFY(!types.contains(noise));
            const QString type = p.value(QStringLiteral("pattern_type")).toString();
            if (type == QLatin1String("weekly_recurring") && types.first() == QLatin1String("weekly-report")) {
                weekly = true;
                QCOMPARE(w.value(QStringLiteral("days_of_week")).toArray(), (QJsonArray{1, 3, 5}));
                QCOMPARE(w.value(QStringLiteral("start_hour")).toInt(), 9);
                QVERIFY(std::abs(w.value(QStringLiteral("minute")).toInt() - 30) <= 2);
                QCOMPARE(data.value(QStringLiteral("frequency")).toString(), QStringLiteral("weekly"));
            }
            if (type == QLatin1String("interval_recurring") && types.first() == QLatin1String("heartbeat")) {
                interval = true;
                QCOMPARE(data.value(QStringLiteral("period_minutes")).toInt(), 60);
            }
            if (type == QLatin1String("task_correlation")) {
                correlation = true;
                QCOMPARE(types, (QJsonArray{QStringLiteral("extract"), QStringLiteral("transform")}));
                QVERIFY(data.value(QStringLiteral("typical_delay_minutes")).toDouble() > 5.0);
                QVERIFY(data.value(QStringLiteral("correlation_strength")).toDouble() >= 0.7);
            }
        }
        QVERIFY(weekly && interval && correlation);
        const QJsonObject summary = o.value(QStringLiteral("analysis_summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("total_tasks_analyzed")).toInteger(), qint64(m_history.tasks.size()));
        QCOMPARE(summary.value(QStringLiteral("patterns_found")).toInt(), patterns.size());
        QCOMPARE(summary.value(QStringLiteral("as_of")).toString(), m_asOf);
        QVERIFY(summary.value(QStringLiteral("user_profile")).toObject().contains(QStringLiteral("peak_hours")));

        // Again: the same behaviours, merged into their rows.
        const CliRun again = runCli(args({QStringLiteral("analyze-activity-patterns"), QStringLiteral("--as-of"), m_asOf}));
        QCOMPARE(again.exitCode, 0);
        const QJsonObject o2 = parse(again);
        QCOMPARE(o2.value(QStringLiteral("patterns")).toArray().size(), patterns.size());
        for (const QJsonValue &v : o2.value(QStringLiteral("patterns")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
    }

    void asOfBeforeTheHistoryFindsNothing()
    {
        TempDatabase empty;
        empty.db().closeThreadConnection();
        const CliRun run = runCli({QStringLiteral("--db"), empty.path(), QStringLiteral("--output-format"),
                                   QStringLiteral("json"), QStringLiteral("analyze-activity-patterns"),
                                   QStringLiteral("--as-of"), QStringLiteral("2020-01-01")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = parse(run);
        QVERIFY(o.value(QStringLiteral("patterns")).toArray().isEmpty());
        QCOMPARE(o.value(QStringLiteral("analysis_summary")).toObject().value(QStringLiteral("total_tasks_analyzed")).toInt(), 0);
    }

    void viewFiltersSortsAndLimits()
    {
        const CliRun all = runCli(args({QStringLiteral("view-detected-patterns")}));
        QCOMPARE(all.exitCode, 0);
        const QJsonArray patterns = parse(all).value(QStringLiteral("patterns")).toArray();
        QVERIFY(patterns.size() >= 6);
        double last = 2.0;
        for (const QJsonValue &v : patterns) {
            const double c = v.toObject().value(QStringLiteral("confidence_score")).toDouble();
            QVERIFY(c <= last);
            last = c;
        }
        const CliRun daily = runCli(args({QStringLiteral("view-detected-patterns"), QStringLiteral("--pattern-type"),
                                          QStringLiteral("daily_recurring"), QStringLiteral("--sort-by"),
                                          QStringLiteral("frequency"), QStringLiteral("--limit"), QStringLiteral("1")}));
        QCOMPARE(daily.exitCode, 0);
        const QJsonObject o = parse(daily);
        const QJsonArray one = o.value(QStringLiteral("patterns")).toArray();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().toObject().value(QStringLiteral("pattern_type")).toString(), QStringLiteral("daily_recurring"));
        QCOMPARE(o.value(QStringLiteral("analysis_summary")).toObject().value(QStringLiteral("total_patterns")).toInt(),
                 patterns.size());

        const CliRun table = runCli(args({QStringLiteral("view-detected-patterns")}, false));
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("weekly_recurring"));
        QVERIFY(table.out.contains("Mon, Wed, Fri at 09:"));
        const CliRun detailed = runCli({QStringLiteral("--db"), m_db.path(), QStringLiteral("--output-format"),
                                        QStringLiteral("detailed"), QStringLiteral("view-detected-patterns"),
                                        QStringLiteral("--pattern-type"), QStringLiteral("task_correlation")});
        QCOMPARE(detailed.exitCode, 0);
        QVERIFY(detailed.out.contains("typical delay"));
        QVERIFY(detailed.out.contains("evidence tasks"));
    }

    void tableOutputOfTheAnalysis()
    {
        const CliRun run = runCli(args({QStringLiteral("analyze-activity-patterns"), QStringLiteral("--as-of"), m_asOf}, false));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Analysed"));
        QVERIFY(run.out.contains("interval_recurring"));
        QVERIFY(run.out.contains("User profile"));
        QVERIFY(run.err.isEmpty());
    }

    void badUsageExitsTwoAndNamesTheFlag_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("flag");
        QTest::newRow("days 0") << QStringList{QStringLiteral("analyze-activity-patterns"), QStringLiteral("--days"), QStringLiteral("0")} << QStringLiteral("--days");
        QTest::newRow("confidence 2") << QStringList{QStringLiteral("analyze-activity-patterns"), QStringLiteral("--min-confidence"), QStringLiteral("2")} << QStringLiteral("--min-confidence");
        QTest::newRow("bad as-of") << QStringList{QStringLiteral("analyze-activity-patterns"), QStringLiteral("--as-of"), QStringLiteral("yesterday")} << QStringLiteral("--as-of");
        QTest::newRow("bad sort") << QStringList{QStringLiteral("view-detected-patterns"), QStringLiteral("--sort-by"), QStringLiteral("size")} << QStringLiteral("--sort-by");
        QTest::newRow("bad type") << QStringList{QStringLiteral("view-detected-patterns"), QStringLiteral("--pattern-type"), QStringLiteral("hourly")} << QStringLiteral("--pattern-type");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("view-detected-patterns"), QStringLiteral("--limit"), QStringLiteral("-3")} << QStringLiteral("--limit");
    }
    void badUsageExitsTwoAndNamesTheFlag()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, flag);
        const CliRun run = runCli(args(arguments));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(flag.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void helpShowsExamples()
    {
        for (const QString &command : {QStringLiteral("analyze-activity-patterns"), QStringLiteral("view-detected-patterns")}) {
            const CliRun run = runCli({command, QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains(QString(QStringLiteral("rulecast-cli ") + command).toUtf8()));
            QVERIFY(run.out.contains("--min-confidence"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
