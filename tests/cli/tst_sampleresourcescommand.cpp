#include "testsupport/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace rulecast;
using rulecast::test::runCli;

class TestSampleResourcesCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesSamplesAndPrintsJson()
    {
        test::TempDatabase tmp;
        const auto run = runCli({QStringLiteral("--db"), tmp.path(), QStringLiteral("sample-resources"),
                                 QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--count"),
                                 QStringLiteral("2"), QStringLiteral("--output-format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(QStringLiteral("stored")).toInt(), 2);
        const QJsonArray samples = doc.value(QStringLiteral("samples")).toArray();
        QCOMPARE(samples.size(), 2);
        QVERIFY(samples[0].toObject().value(QStringLiteral("cpu_percent")).isDouble());
        QVERIFY(samples[0].toObject().value(QStringLiteral("sampled_at")).toString().endsWith(QLatin1Char('Z')));
        QSqlQuery q(tmp.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM resource_samples")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void refusesBadFlags()
    {
        test::TempDatabase tmp;
        const auto bad = runCli({QStringLiteral("--db"), tmp.path(), QStringLiteral("sample-resources"),
                                 QStringLiteral("--interval"), QStringLiteral("0")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--interval"), bad.err.constData());
        const auto forever = runCli({QStringLiteral("--db"), tmp.path(), QStringLiteral("sample-resources"),
                                     QStringLiteral("--count"), QStringLiteral("0"), QStringLiteral("--output-format"),
                                     QStringLiteral("json")});
        QCOMPARE(forever.exitCode, 2);
    }

    void namesABrokenProcRoot()
    {
        test::TempDatabase tmp;
        const auto run = runCli({QStringLiteral("--db"), tmp.path(), QStringLiteral("sample-resources"),
                                 QStringLiteral("--proc"), tmp.dir() + QStringLiteral("/nothing")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("stat: cannot read"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSampleResourcesCommand)
#include "tst_sampleresourcescommand.moc"
