#include "app/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        qunsetenv("OLLAMA_URL");
        qunsetenv("OPENAI_BASE_URL");
    }

    void storesValidatedValues()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rulecast.conf"));
        {
            Settings s(file);
            QVERIFY(s.isDefault(QStringLiteral("optimization.peak_mitigation_threshold")));
            QVERIFY(s.set(QStringLiteral("optimization.peak_mitigation_threshold"), QStringLiteral("0.6")).ok());
            const Status bad = s.set(QStringLiteral("optimization.peak_mitigation_threshold"), QStringLiteral("7"));
            QVERIFY(!bad.ok());
            QVERIFY(bad.error().contains(QLatin1String("from 0 to 1")));
            QVERIFY(!s.set(QStringLiteral("no.such.key"), QStringLiteral("1")).ok());
        }
        Settings reopened(file);
        QCOMPARE(reopened.value(QStringLiteral("optimization.peak_mitigation_threshold")).toDouble(), 0.6);
        QCOMPARE(reopened.config().optimization.peakMitigationThreshold, 0.6);
        QVERIFY(!reopened.isDefault(QStringLiteral("optimization.peak_mitigation_threshold")));
    }

    void resetsToDefaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("r.conf")));
        QVERIFY(s.set(QStringLiteral("pattern_detection.analysis_window_days"), QStringLiteral("90")).ok());
        QVERIFY(s.set(QStringLiteral("llm.fallback_strategy"), QStringLiteral("parallel")).ok());
        QVERIFY(s.reset(QStringLiteral("pattern_detection.analysis_window_days")).ok());
        QCOMPARE(s.config().patterns.analysisWindowDays, 30);
        QCOMPARE(s.config().llm.fallbackStrategy, QStringLiteral("parallel"));
        s.resetToDefaults();
        QCOMPARE(s.config().llm.fallbackStrategy, QStringLiteral("ollama_first"));
    }

    void handEditedInvalidValueFallsBackToDefault()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("r.conf"));
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("predictive_scheduling.max_predictions_per_hour"), QStringLiteral("lots"));
        }
        Settings s(file);
        QCOMPARE(s.config().predictive.maxPredictionsPerHour, 10);
    }

    void environmentOverridesEndpointsAndCapacityResolves()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("r.conf")));
        qputenv("OLLAMA_URL", "http://127.0.0.1:9");
        const RulecastConfig c = s.config();
        QCOMPARE(c.llm.ollamaUrl, QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(c.capacity.concurrentSlots, machineCores());
        QCOMPARE(c.capacity.cpuPercent, 100.0 * machineCores());
        QVERIFY(c.capacity.memoryMb > 0);
        QVERIFY(s.set(QStringLiteral("capacity.concurrent_slots"), QStringLiteral("12")).ok());
        QCOMPARE(s.config().capacity.concurrentSlots, 12);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
