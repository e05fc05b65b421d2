#include "core/cronexpression.h"
#include "core/rulegenerator.h"
#include "core/timeformat.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QDir>
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

} // namespace

class TestGenerateRulesCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;
    TempDatabase m_db;

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

    void demoDatabaseAsTheSeedGuideRunsIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode, 0);
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
