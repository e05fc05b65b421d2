#include "testsupport/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

QString rules(const Database &db)
{
    QString out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT * FROM scheduling_rules ORDER BY id"));
    while (q.next()) {
        for (int c = 0; c < q.record().count(); ++c)
            out += (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString()) + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

class TestUndoOptimizationCommand : public QObject
{
    Q_OBJECT

    static CliRun cli(const TempDatabase &temp, const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("--db"), temp.path()} + args);
    }
    static qint64 optimize(const TempDatabase &temp, const QString &mode)
    {
        const CliRun run = cli(temp, {QStringLiteral("optimize-resource-schedule"), QStringLiteral("--balance-load"), mode,
                                      QStringLiteral("--capacity"), QStringLiteral("1"), QStringLiteral("--target-date"),
                                      QStringLiteral("2027-01-04"), QStringLiteral("--output-format"), QStringLiteral("json")});
        if (run.exitCode != 0)
            return -1;
        return QJsonDocument::fromJson(run.out).object().value(QLatin1String("optimization_result")).toObject()
            .value(QLatin1String("id")).toInteger();
    }
    static void importSmall(const TempDatabase &temp)
    {
        const CliRun run = cli(temp, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("jobs-json"),
                                      dataFile(QStringLiteral("jobs/small.json"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

private Q_SLOTS:
    void dryRunApplyUndoRoundTrip()
    {
        TempDatabase temp;
        importSmall(temp);
        const QString before = rules(temp.db());
        const qint64 dry = optimize(temp, QStringLiteral("--dry-run"));
        QVERIFY(dry > 0);
        QCOMPARE(rules(temp.db()), before);
        CliRun run = cli(temp, {QStringLiteral("undo-optimization"), QString::number(dry)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("dry run"), run.err.constData());

        const qint64 applied = optimize(temp, QStringLiteral("--auto-apply"));
        QVERIFY(applied > dry);
        QVERIFY(rules(temp.db()) != before);
        run = cli(temp, {QStringLiteral("undo-optimization"), QString::number(applied), QStringLiteral("--output-format"),
                         QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(QLatin1String("id")).toInteger(), applied);
        QVERIFY(doc.value(QLatin1String("restored")).toObject().value(QLatin1String("scheduling_rules")).toInt() > 0);
        QCOMPARE(rules(temp.db()), before); // byte for byte

        run = cli(temp, {QStringLiteral("undo-optimization"), QString::number(applied)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("already undone"), run.err.constData());
    }

    void refusesEditedRules()
    {
        TempDatabase temp;
        importSmall(temp);
        const qint64 applied = optimize(temp, QStringLiteral("--auto-apply"));
        QVERIFY(applied > 0);
        {
            QSqlQuery q(temp.db().connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE scheduling_rules SET updated_at = '2030-01-01 00:00:00' WHERE id IN "
                                          "(SELECT id FROM scheduling_rules WHERE cron_expression NOT IN "
                                          "('*/42 * * * *', '0 * * * *', '@daily') LIMIT 1)")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        const QString edited = rules(temp.db());
        const CliRun run = cli(temp, {QStringLiteral("undo-optimization"), QString::number(applied)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("was edited since"), run.err.constData());
        QCOMPARE(rules(temp.db()), edited);
    }

    void badIds_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList{QStringLiteral("42")} << 1 << QStringLiteral("no optimization run #42");
        QTest::newRow("not a number") << QStringList{QStringLiteral("abc")} << 2 << QStringLiteral("ID: expected");
        QTest::newRow("missing") << QStringList{} << 2 << QStringLiteral("give the id");
        QTest::newRow("two") << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 2 << QStringLiteral("unexpected");
    }
    void badIds()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        TempDatabase temp;
        const CliRun run = cli(temp, QStringList{QStringLiteral("undo-optimization")} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUndoOptimizationCommand)
#include "tst_undooptimizationcommand.moc"
