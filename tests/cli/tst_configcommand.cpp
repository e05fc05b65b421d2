#include "testsupport/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using rulecast::test::runCli;

namespace {
QJsonObject shownSettings()
{
    const auto run = runCli({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--output-format"),
                             QStringLiteral("json")});
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("settings")).toObject();
}
} // namespace

class TestConfigCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("cli.conf")).toUtf8());
        QFile::remove(m_dir.filePath(QStringLiteral("cli.conf")));
    }

    void showListsEveryKeyAsJson()
    {
        const auto run = runCli({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--output-format"),
                                 QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject settings = doc.object().value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("predictive_scheduling.prediction_confidence_threshold")).toDouble(), 0.7);
        QCOMPARE(settings.value(QStringLiteral("optimization.optimization_frequency_hours")).toInt(), 6);
        QCOMPARE(settings.value(QStringLiteral("rule_generation.conflict_resolution_strategy")).toString(),
                 QStringLiteral("priority"));
    }

    void setThenShow()
    {
        auto run = runCli({QStringLiteral("config"), QStringLiteral("set"),
                           QStringLiteral("optimization.load_balancing_threshold"), QStringLiteral("0.65")});
        QCOMPARE(run.exitCode, 0);
        run = runCli({QStringLiteral("config"), QStringLiteral("show")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("optimization.load_balancing_threshold"));
        QVERIFY(run.out.contains("0.65"));
    }

    void badValuesAreUsageErrorsNamingWhatIsAllowed()
    {
        auto run = runCli({QStringLiteral("config"), QStringLiteral("set"),
                           QStringLiteral("optimization.load_balancing_threshold"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("expected a number from 0 to 1, got '2'"), run.err.constData());
        run = runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("nope"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown setting 'nope'"));
        run = runCli({QStringLiteral("config"), QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        // A refused value left the setting as it was.
        QCOMPARE(shownSettings().value(QStringLiteral("optimization.load_balancing_threshold")).toDouble(), 0.8);
    }

    void resetRestoresDefault()
    {
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.timeout_seconds"),
                         QStringLiteral("45")})
                     .exitCode,
                 0);
        QCOMPARE(shownSettings().value(QStringLiteral("llm.timeout_seconds")).toInt(), 45);
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("reset")}).exitCode, 0);
        QCOMPARE(shownSettings().value(QStringLiteral("llm.timeout_seconds")).toInt(), 20);
    }
};

QTEST_GUILESS_MAIN(TestConfigCommand)
#include "tst_configcommand.moc"
