#include "core/cronexpression.h"
#include "core/rulegenerator.h"
#include "core/timeformat.h"
#include "testsupport/fakellmserver.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
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

qint64 count(const QString &dbPath, const QString &table)
{
    auto db = Database::open(dbPath);
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    const qint64 n = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    db->closeThreadConnection();
    return n;
}

const QString kGenerate = QStringLiteral("generate-scheduling-rules");
const QString kFrom = QStringLiteral("--from-patterns");

// A rule as --use-model may not change it: everything but its wording.
QJsonObject withoutWording(QJsonObject rule)
{
    rule.remove(QStringLiteral("rule_name"));
    rule.remove(QStringLiteral("description"));
    rule.remove(QStringLiteral("wording"));
    return rule;
}

QJsonArray rulesWithoutWording(const QJsonObject &doc)
{
    QJsonArray out;
    for (const QJsonValue &v : doc.value(QStringLiteral("rules")).toArray())
        out.append(withoutWording(v.toObject()));
    return out;
}

QStringList field(const QJsonObject &doc, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : doc.value(QStringLiteral("rules")).toArray())
        out.append(v.toObject().value(key).toString());
    return out;
}

// The model's answer for `n` rules: good wording for each, except that rule 1
// gets a name that is too long and rule 2 a description of two lines, and
// one key is not a rule number.
QString modelAnswer(int n)
{
    QJsonObject o;
    for (int i = 0; i < n; ++i)
        o.insert(QString::number(i),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Model rule %1").arg(i)},
                             {QStringLiteral("description"), QStringLiteral("Runs job %1 on its usual schedule.").arg(i)}});
    o.insert(QStringLiteral("1"), QJsonObject{{QStringLiteral("name"), QString(61, u'x')},
                                              {QStringLiteral("description"), QStringLiteral("Runs job 1 at its time.")}});
    o.insert(QStringLiteral("2"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Model rule 2")},
                                              {QStringLiteral("description"), QStringLiteral("Line one.\nrm -rf /")}});
    o.insert(QStringLiteral("x7"), QJsonObject{{QStringLiteral("name"), QStringLiteral("nobody")}});
    // Wrapped the way chat models like to wrap JSON.
    return QStringLiteral("```json\n") + QString::fromUtf8(QJsonDocument(o).toJson()) + QStringLiteral("\n```");
}

} // namespace

class TestGenerateRulesCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;
    TempDatabase m_db;
    QTemporaryDir m_demoDir;
    QString m_demo; // made by the first test that needs it

    QStringList args(const QStringList &rest, const QString &db = {}) const
    {
        return QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db.path() : db, QStringLiteral("--output-format"),
                           QStringLiteral("json")} +
               rest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Default settings whatever the user's file says.
        qputenv("RULECAST_CONFIG", m_config.filePath(QStringLiteral("rulecast.conf")).toUtf8());
        PlantedSpec spec;
        spec.seed = 5;
        spec.monthly = false;
        const PlantedHistory history = plantHistory(spec);
        QVERIFY(insertPlanted(m_db.db(), history));
        m_db.db().closeThreadConnection();
        const CliRun run = runCli(args({QStringLiteral("analyze-activity-patterns"), QStringLiteral("--as-of"),
                                        timeformat::toIsoUtc(history.end)}));
        QCOMPARE(run.exitCode, 0);
    }

    void dryRunWritesNothing()
    {
        const QByteArray before = fileBytes(m_db.path());
        const CliRun run = runCli(args({kGenerate, kFrom, QStringLiteral("--dry-run")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = parse(run);
        QVERIFY(!o.value(QStringLiteral("rules")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("rules")).toArray().first().toObject().value(QStringLiteral("id")).isNull());
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(fileBytes(m_db.path()), before);
        QVERIFY(!QFile::exists(m_db.path() + QStringLiteral("-wal")) ||
                QFileInfo(m_db.path() + QStringLiteral("-wal")).size() == 0);
    }

    void generatesMinutePreciseRulesFromThePlantedPatterns()
    {
        const CliRun run = runCli(args({kGenerate, kFrom}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = parse(run);
        const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
        QVERIFY(rules.size() >= 4);
        static const QRegularExpression number(QStringLiteral("^\\d+$"));
        bool weekly = false, after = false;
        for (const QJsonValue &v : rules) {
            const QJsonObject r = v.toObject();
            QVERIFY(r.value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(r.value(QStringLiteral("pattern_id")).toInteger() > 0);
            QVERIFY(r.value(QStringLiteral("confidence_score")).toDouble() >= 0.8);
            QVERIFY(!r.value(QStringLiteral("description")).toString().isEmpty());
            const QString cron = r.value(QStringLiteral("cron_expression")).toString();
            const QString name = r.value(QStringLiteral("rule_name")).toString();
            const QStringList fields = cron.split(u' ');
            QCOMPARE(fields.size(), 5);
            QVERIFY2(CronExpression::parse(cron).ok() || cron == neverFiringCron(), qPrintable(cron));
            if (name.contains(QStringLiteral(" daily at ")) || name.contains(QStringLiteral(" on "))) {
                QVERIFY2(number.match(fields[0]).hasMatch() && number.match(fields[1]).hasMatch(), qPrintable(cron));
            }
            if (r.value(QStringLiteral("task_type")).toString() == QLatin1String("weekly-report")) {
                weekly = true;
                QCOMPARE(fields[4], QStringLiteral("1,3,5"));
            }
            if (r.value(QStringLiteral("action_type")).toString() == QLatin1String("run_after")) {
                after = true;
                const QJsonObject data = r.value(QStringLiteral("action_data")).toObject();
                QCOMPARE(data.value(QStringLiteral("after_task_type")).toString(), QStringLiteral("extract"));
                QCOMPARE(r.value(QStringLiteral("task_type")).toString(), QStringLiteral("transform"));
            }
        }
        QVERIFY(weekly);
        QVERIFY(after);
        QCOMPARE(count(m_db.path(), QStringLiteral("scheduling_rules")), rules.size());
        QCOMPARE(count(m_db.path(), QStringLiteral("rule_actions")), rules.size());
    }

    void rerunIsIdempotent()
    {
        const qint64 before = count(m_db.path(), QStringLiteral("scheduling_rules"));
        const CliRun run = runCli(args({kGenerate, kFrom}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = parse(run);
        QVERIFY(o.value(QStringLiteral("rules")).toArray().isEmpty());
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("existing_rules_checked")).toInt(), before);
        QCOMPARE(count(m_db.path(), QStringLiteral("scheduling_rules")), before);
    }

    void badFlagsExitTwo_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --from-patterns") << QStringList{kGenerate} << QStringLiteral("--from-patterns");
        QTest::newRow("strategy") << QStringList{kGenerate, kFrom, QStringLiteral("--conflict-strategy"), QStringLiteral("newest")}
                                  << QStringLiteral("--conflict-strategy");
        QTest::newRow("confidence") << QStringList{kGenerate, kFrom, QStringLiteral("--min-confidence"), QStringLiteral("1.5")}
                                    << QStringLiteral("--min-confidence");
        QTest::newRow("ids") << QStringList{kGenerate, kFrom, QStringLiteral("--pattern-ids"), QStringLiteral("1,x")}
                             << QStringLiteral("--pattern-ids");
    }

    void badFlagsExitTwo()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, message);
        const QByteArray before = fileBytes(m_db.path());
        const CliRun run = runCli(args(flags));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileBytes(m_db.path()), before);
    }

    void unknownPatternFails()
    {
        const CliRun run = runCli(args({kGenerate, kFrom, QStringLiteral("--pattern-ids"), QStringLiteral("9999")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QString::fromUtf8(run.err).contains(QStringLiteral("no pattern 9999")));
    }

    // --use-model words names and descriptions and changes nothing else;
    // whatever the server does, the deterministic part is identical.
    void modelWording_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("provider");
        QTest::newRow("good ollama") << int(FakeLlmServer::Mode::Good) << QStringLiteral("ollama");
        QTest::newRow("good openai") << int(FakeLlmServer::Mode::Good) << QStringLiteral("openai");
        QTest::newRow("garbage") << int(FakeLlmServer::Mode::InvalidJson) << QStringLiteral("ollama");
        QTest::newRow("wrong shape") << int(FakeLlmServer::Mode::WrongShape) << QStringLiteral("openai");
        QTest::newRow("500") << int(FakeLlmServer::Mode::ServerError) << QStringLiteral("ollama");
        QTest::newRow("hang") << int(FakeLlmServer::Mode::Hang) << QStringLiteral("openai");
        QTest::newRow("not the JSON asked for") << -1 << QStringLiteral("ollama");
    }
    void modelWording()
    {
        QFETCH(int, mode);
        QFETCH(QString, provider);
        // The demo database: its rules collide when one run fits at a time.
        if (m_demo.isEmpty()) {
            m_demo = m_demoDir.filePath(QStringLiteral("demo.db"));
            QCOMPARE(runCli({QStringLiteral("--db"), m_demo, QStringLiteral("demo"), QStringLiteral("--history-only")}).exitCode, 0);
            QCOMPARE(runCli({QStringLiteral("--db"), m_demo, QStringLiteral("analyze-activity-patterns"),
                             QStringLiteral("--days"), QStringLiteral("30")})
                         .exitCode,
                     0);
        }
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(QFile::copy(m_demo, dbPath));
        // Room for one run at a time, so there are conflicts to compare.
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("capacity.concurrent_slots"),
                         QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.timeout_seconds"),
                         QStringLiteral("2")})
                     .exitCode,
                 0);
        const auto reset = qScopeGuard([] {
            runCli({QStringLiteral("config"), QStringLiteral("reset"), QStringLiteral("capacity.concurrent_slots")});
            runCli({QStringLiteral("config"), QStringLiteral("reset"), QStringLiteral("llm.timeout_seconds")});
            qunsetenv("OLLAMA_URL");
            qunsetenv("OPENAI_BASE_URL");
            qunsetenv("OPENAI_API_KEY");
            qunsetenv("RULECAST_NO_KEYCHAIN");
        });
        const QStringList base{kGenerate, kFrom, QStringLiteral("--dry-run")};
        const CliRun plainRun = runCli(args(base, dbPath));
        QCOMPARE(plainRun.exitCode, 0);
        const QJsonObject plain = parse(plainRun);
        const int n = int(plain.value(QStringLiteral("rules")).toArray().size());
        QVERIFY(n >= 4);
        QVERIFY(!plain.contains(QStringLiteral("llm_wording")));

        FakeLlmServer server;
        if (mode >= 0)
            server.setMode(FakeLlmServer::Mode(mode));
        server.setChatText(mode >= 0 ? modelAnswer(n) : QStringLiteral("Here are some nice names: Backup, Report."));
        qputenv("RULECAST_NO_KEYCHAIN", "1");
        qputenv("OLLAMA_URL", server.ollamaUrl().toUtf8());
        qputenv("OPENAI_BASE_URL", server.openAiBaseUrl().toUtf8());
        qputenv("OPENAI_API_KEY", "sk-test-wording");
        const QByteArray before = fileBytes(dbPath);
        QElapsedTimer timer;
        timer.start();
        const CliRun run = runCli(args(base + QStringList{QStringLiteral("--use-model"), provider}, dbPath));
        QVERIFY2(timer.elapsed() < 2000 + 6000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(fileBytes(dbPath), before);
        const QJsonObject o = parse(run);
        // The deterministic part, identical in every mode.
        QCOMPARE(rulesWithoutWording(o), rulesWithoutWording(plain));
        QCOMPARE(o.value(QStringLiteral("conflicts")), plain.value(QStringLiteral("conflicts")));
        QVERIFY(!o.value(QStringLiteral("conflicts")).toArray().isEmpty());
        QCOMPARE(o.value(QStringLiteral("summary")), plain.value(QStringLiteral("summary")));
        QCOMPARE(o.value(QStringLiteral("skipped_patterns")), plain.value(QStringLiteral("skipped_patterns")));
        QCOMPARE(server.requestCount() >= 1, true);
        const QJsonObject wording = o.value(QStringLiteral("llm_wording")).toObject();
        const QStringList names = field(o, QStringLiteral("rule_name"));
        const QStringList descriptions = field(o, QStringLiteral("description"));
        if (mode != int(FakeLlmServer::Mode::Good)) {
            QVERIFY2(run.err.contains("--use-model: kept the deterministic names and descriptions"), run.err.constData());
            QVERIFY(!wording.value(QStringLiteral("error")).toString().isEmpty());
            QCOMPARE(names, field(plain, QStringLiteral("rule_name")));
            QCOMPARE(descriptions, field(plain, QStringLiteral("description")));
            return;
        }
        QCOMPARE(wording.value(QStringLiteral("provider")).toString(), provider);
        QCOMPARE(wording.value(QStringLiteral("untrusted")).toBool(), true);
        QCOMPARE(wording.value(QStringLiteral("names_replaced")).toInt(), n - 1);
        QCOMPARE(wording.value(QStringLiteral("descriptions_replaced")).toInt(), n - 1);
        QCOMPARE(server.requestCount(), 1); // one request for all rules
        const QString prompt = QString::fromUtf8(server.requests().first().body);
        for (const QString &name : field(plain, QStringLiteral("rule_name")))
            QVERIFY2(prompt.contains(name), qPrintable(name));
        const QStringList plainNames = field(plain, QStringLiteral("rule_name"));
        const QStringList plainDescriptions = field(plain, QStringLiteral("description"));
        for (int i = 0; i < n; ++i) {
            QCOMPARE(names[i], i == 1 ? plainNames[1] : QStringLiteral("Model rule %1").arg(i));
            QCOMPARE(descriptions[i], i == 2 ? plainDescriptions[2] : i == 1 ? QStringLiteral("Runs job 1 at its time.")
                                                                            : QStringLiteral("Runs job %1 on its usual schedule.").arg(i));
            const QJsonObject w = o.value(QStringLiteral("rules")).toArray().at(i).toObject().value(QStringLiteral("wording")).toObject();
            QCOMPARE(w.value(QStringLiteral("deterministic_name")).toString(), plainNames[i]);
            QCOMPARE(w.value(QStringLiteral("name")).toString(), i == 1 ? QStringLiteral("deterministic") : QStringLiteral("model"));
        }
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("rule 1 name: longer than 60 characters")), run.err.constData());
        QVERIFY(err.contains(QStringLiteral("rule 2 description: more than one line")));
        QVERIFY(err.contains(QStringLiteral("key 'x7'")));

        // Stored, the model's wording is what the rows hold; the table says whose words they are.
        const CliRun stored = runCli({QStringLiteral("--db"), dbPath, kGenerate, kFrom, QStringLiteral("--use-model"), provider});
        QVERIFY2(stored.exitCode == 0, stored.err.constData());
        QVERIFY2(stored.out.contains(QByteArray(QByteArray("worded by ") + provider.toUtf8())), stored.out.constData());
        QVERIFY(stored.out.contains("Model rule 0"));
        QCOMPARE(count(dbPath, QStringLiteral("scheduling_rules WHERE rule_name LIKE 'Model rule %'")), n - 1);
    }

    void badModelChoiceExitsTwo()
    {
        const CliRun run = runCli(args({kGenerate, kFrom, QStringLiteral("--use-model"), QStringLiteral("gpt")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--use-model"), run.err.constData());
    }

    void demoDatabaseAsTheSeedGuideRunsIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--history-only")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("analyze-activity-patterns"), QStringLiteral("--days"),
                         QStringLiteral("30")})
                     .exitCode,
                 0);
        // With room for one run at a time the demo's rules do collide; the
        // lower one is disabled and says why.
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("capacity.concurrent_slots"),
                         QStringLiteral("1")})
                     .exitCode,
                 0);
        const QByteArray before = fileBytes(db);
        CliRun run = runCli(args({kGenerate, kFrom, QStringLiteral("--dry-run"), QStringLiteral("--conflict-strategy"),
                                  QStringLiteral("disable_lower")},
                                 db));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(fileBytes(db), before);
        const QJsonObject o = parse(run);
        const QJsonArray conflicts = o.value(QStringLiteral("conflicts")).toArray();
        QVERIFY(!conflicts.isEmpty());
        for (const QJsonValue &v : conflicts) {
            const QJsonObject c = v.toObject();
            QVERIFY(!c.value(QStringLiteral("severity")).toString().isEmpty());
            QVERIFY(!c.value(QStringLiteral("suggestion")).toString().isEmpty());
        }
        bool disabled = false;
        for (const QJsonValue &v : o.value(QStringLiteral("rules")).toArray())
            disabled |= v.toObject().value(QStringLiteral("resolution")).toString().startsWith(QStringLiteral("disabled"));
        QVERIFY(disabled);
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("reset"), QStringLiteral("capacity.concurrent_slots")}).exitCode, 0);

        run = runCli({QStringLiteral("--db"), db, kGenerate, kFrom});
        QCOMPARE(run.exitCode, 0);
        const QString table = QString::fromUtf8(run.out);
        QVERIFY2(table.contains(QStringLiteral("backup daily at 02:")), run.out.constData());
        QVERIFY(table.contains(QStringLiteral("transcribe after download")));
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("--output-format"), QStringLiteral("detailed"), kGenerate,
                      kFrom, QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("No new rules.")));
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("already runs")));
    }
};

QTEST_GUILESS_MAIN(TestGenerateRulesCommand)
#include "tst_generaterulescommand.moc"
