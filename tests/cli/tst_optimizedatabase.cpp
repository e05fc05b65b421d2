// optimize-resource-schedule on a database: every example of the seed's
// phase 3 guide, as written, on a demo database with imported job lists.
#include "testsupport/fakellmserver.h"
#include "testsupport/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

int count(const QString &dbPath, const QString &sql)
{
    Result<Database> db = Database::open(dbPath);
    if (!db)
        return -1;
    int n = 0;
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql))
            return -1;
        while (q.next())
            ++n;
    }
    db->closeThreadConnection();
    return n;
}

QString rules(const QString &dbPath)
{
    Result<Database> db = Database::open(dbPath);
    QString out;
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT * FROM scheduling_rules ORDER BY id"));
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                out += q.value(c).toString() + QLatin1Char('|');
    }
    db->closeThreadConnection();
    return out;
}

} // namespace

class TestOptimizeDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    CliRun optimize(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("optimize-resource-schedule")} + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--days"),
                             QStringLiteral("21"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("--format"),
                      QStringLiteral("crontab"), dataFile(QStringLiteral("optimizer/demo.crontab"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("--format"),
                      QStringLiteral("jobs-json"), dataFile(QStringLiteral("jobs/small.json"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    // First, while the demo schedule is as imported (the examples below apply some runs).
    void jsonShape()
    {
        const CliRun run = optimize({QStringLiteral("--balance-load"), QStringLiteral("--dry-run"),
                                     QStringLiteral("--capacity"), QStringLiteral("1"), QStringLiteral("--output-format"),
                                     QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject result = doc.value(QLatin1String("optimization_result")).toObject();
        QVERIFY(result.value(QLatin1String("id")).toInteger() > 0);
        QCOMPARE(result.value(QLatin1String("optimization_type")).toString(), QStringLiteral("load_balancing"));
        QVERIFY(result.value(QLatin1String("improvement_metrics")).toObject().contains(QLatin1String("efficiency_gain")));
        QVERIFY(!result.contains(QLatin1String("applied_at")));
        const QJsonArray changes = result.value(QLatin1String("changes")).toArray();
        QVERIFY(!changes.isEmpty()); // capacity 1: the two hourly 20-minute jobs collide
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            for (const char *key : {"rule_id", "rule_name", "old_cron", "new_cron", "old_description", "new_description",
                                    "shift_minutes", "reason"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
            QVERIFY(c.value(QLatin1String("old_cron")) != c.value(QLatin1String("new_cron")));
        }
        const QJsonArray predicted = doc.value(QLatin1String("predictive_schedules")).toArray();
        QVERIFY(!predicted.isEmpty());
        QVERIFY(predicted.first().toObject().contains(QLatin1String("predicted_execution_time")));
    }

    void seedExamples_data()
    {
        QTest::addColumn<QStringList>("args");
        const auto row = [](const char *name, const QString &args) {
            QTest::newRow(name) << args.split(QLatin1Char(' '));
        };
        row("basic load balancing", QStringLiteral("--balance-load"));
        row("peak mitigation detailed", QStringLiteral("--peak-mitigation --output-format detailed"));
        row("resource efficiency auto-apply", QStringLiteral("--resource-efficiency --auto-apply"));
        row("24 h predictive schedule", QStringLiteral("--balance-load --look-ahead-hours 24"));
        row("load balancing auto-apply", QStringLiteral("--balance-load --auto-apply"));
        row("peak mitigation verbose", QStringLiteral("--peak-mitigation --verbose"));
        row("efficiency dry run", QStringLiteral("--resource-efficiency --dry-run"));
        row("predictive test dry run verbose", QStringLiteral("--balance-load --dry-run --verbose"));
        row("efficiency 48 h", QStringLiteral("--resource-efficiency --look-ahead-hours 48"));
    }
    void seedExamples()
    {
        QFETCH(QStringList, args);
        const int runsBefore = count(m_db, QStringLiteral("SELECT id FROM optimization_results"));
        const QString rulesBefore = rules(m_db);
        const CliRun run = optimize(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Optimization run #"), run.out.constData());
        QVERIFY(run.out.contains("efficiency gain"));
        if (args.contains(QStringLiteral("--verbose")))
            QVERIFY2(run.err.contains("Generating predictions"), run.err.constData());
        else
            QVERIFY2(run.err.isEmpty(), run.err.constData());
        if (args.contains(QStringLiteral("detailed")))
            QVERIFY(run.out.contains("lower bound on peak"));
        if (args.contains(QStringLiteral("--dry-run")))
            QVERIFY(run.out.contains("Not applied: dry run"));
        if (!args.contains(QStringLiteral("--auto-apply")))
            QCOMPARE(rules(m_db), rulesBefore);
        // The guide's troubleshooting queries find the run and the predictions.
        QCOMPARE(count(m_db, QStringLiteral("SELECT id FROM optimization_results")), runsBefore + 1);
        QVERIFY(count(m_db, QStringLiteral("SELECT * FROM optimization_results ORDER BY created_at DESC LIMIT 5")) >= 1);
        QVERIFY(count(m_db, QStringLiteral("SELECT * FROM predictive_schedules ORDER BY created_at DESC LIMIT 10")) >= 1);
    }

    // --use-model: the model's text is shown as untrusted advice, cleaned of
    // control characters, and changes nothing.
    void modelSuggestionsAreShownNotApplied()
    {
        FakeLlmServer server;
        server.setChatText(QStringLiteral("- Pin backup\x1b[31m\n- rm -rf / is not advice"));
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("llm.conf")).toUtf8());
        qputenv("RULECAST_NO_KEYCHAIN", "1");
        qputenv("OLLAMA_URL", server.ollamaUrl().toUtf8());
        const QString before = rules(m_db);
        CliRun run = optimize({QStringLiteral("--balance-load"), QStringLiteral("--use-model"), QStringLiteral("ollama"),
                               QStringLiteral("--capacity"), QStringLiteral("1"), QStringLiteral("--output-format"),
                               QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result =
            QJsonDocument::fromJson(run.out).object().value(QLatin1String("optimization_result")).toObject();
        const QJsonObject s = result.value(QLatin1String("llm_suggestions")).toObject();
        QCOMPARE(s.value(QLatin1String("provider")).toString(), QStringLiteral("ollama"));
        QCOMPARE(s.value(QLatin1String("text")).toString(), QStringLiteral("- Pin backup[31m\n- rm -rf / is not advice"));
        QCOMPARE(s.value(QLatin1String("applied")).toBool(), false);
        QCOMPARE(rules(m_db), before);
        QCOMPARE(server.requestCount(), 1);

        // No model answering: the run still succeeds and says why there are none.
        qputenv("OLLAMA_URL", "http://127.0.0.1:1");
        run = optimize({QStringLiteral("--balance-load"), QStringLiteral("--dry-run"), QStringLiteral("--use-model"),
                        QStringLiteral("ollama")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("No language-model suggestions"), run.out.constData());
        QVERIFY(run.err.contains("no language-model suggestions"));
        qunsetenv("OLLAMA_URL");
        qunsetenv("RULECAST_CONFIG");
    }

    void emptyDatabaseIsNotAnError()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
        CliRun run = runCli({QStringLiteral("--db"), empty, QStringLiteral("optimize-resource-schedule"),
                             QStringLiteral("--balance-load")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Nothing to optimize"));
        QVERIFY(run.err.contains("nothing to optimize"));
        run = runCli({QStringLiteral("--db"), empty, QStringLiteral("optimize-resource-schedule"),
                      QStringLiteral("--output-format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QVERIFY(doc.value(QLatin1String("optimization_result")).toObject().value(QLatin1String("id")).isNull());
        QCOMPARE(count(empty, QStringLiteral("SELECT id FROM optimization_results")), 0);
    }
};

QTEST_GUILESS_MAIN(TestOptimizeDatabase)
#include "tst_optimizedatabase.moc"
