#include "core/configkeys.h"
#include "core/rulecastconfig.h"

#include <QSet>
#include <QTest>

using namespace rulecast;

class TestConfigKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreTheSeeds()
    {
        const RulecastConfig c = RulecastConfig::defaults();
        QCOMPARE(c.predictive.enabled, true);
        QCOMPARE(c.predictive.predictionConfidenceThreshold, 0.7);
        QCOMPARE(c.predictive.maxPredictionsPerHour, 10);
        QCOMPARE(c.predictive.resourceReservationEnabled, true);
        QCOMPARE(c.predictive.predictionValidationWindowHours, 24);
        QCOMPARE(c.optimization.autoOptimizationEnabled, true);
        QCOMPARE(c.optimization.optimizationFrequencyHours, 6);
        QCOMPARE(c.optimization.loadBalancingThreshold, 0.8);
        QCOMPARE(c.optimization.peakMitigationThreshold, 0.9);
        QCOMPARE(c.optimization.resourceEfficiencyTarget, 0.75);
        QCOMPARE(c.patterns.minConfidenceThreshold, 0.7);
        QCOMPARE(c.patterns.minDetectionCount, 3);
        QCOMPARE(c.patterns.analysisWindowDays, 30);
        QCOMPARE(c.patterns.patternSimilarityThreshold, 0.8);
        QCOMPARE(c.rules.minPatternConfidence, 0.8);
        QCOMPARE(c.rules.maxRulesPerPattern, 3);
        QCOMPARE(c.rules.conflictResolutionStrategy, QStringLiteral("priority"));
        QCOMPARE(c.llm.ollamaUrl, QStringLiteral("http://localhost:11434"));
        QCOMPARE(c.llm.ollamaModel, QStringLiteral("qwen3:8b"));
        QCOMPARE(c.llm.fallbackStrategy, QStringLiteral("ollama_first"));
        QCOMPARE(c.llm.timeoutSeconds, 20);
    }

    void everyKeyIsBoundToTheTypedConfigExactlyOnce()
    {
        const QVariantMap values = RulecastConfig::defaults().toValues();
        QSet<QString> tableKeys;
        for (const ConfigKey &k : configKeys()) {
            QVERIFY2(!tableKeys.contains(k.key), qPrintable(k.key));
            tableKeys.insert(k.key);
            QVERIFY2(values.contains(k.key), qPrintable(k.key + QStringLiteral(" is not bound")));
            QCOMPARE(configValueText(k, values.value(k.key)), configValueText(k, k.defaultValue));
        }
        QCOMPARE(values.size(), tableKeys.size());
    }

    void roundTripsThroughValues()
    {
        RulecastConfig c = RulecastConfig::defaults();
        c.optimization.peakMitigationThreshold = 0.5;
        c.llm.fallbackStrategy = QStringLiteral("parallel");
        const RulecastConfig back = RulecastConfig::fromValues(c.toValues());
        QCOMPARE(back.optimization.peakMitigationThreshold, 0.5);
        QCOMPARE(back.llm.fallbackStrategy, QStringLiteral("parallel"));
    }

    void parsesAndRefusesValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("double in range") << "optimization.peak_mitigation_threshold" << "0.85" << true << "";
        QTest::newRow("double above range") << "optimization.peak_mitigation_threshold" << "1.5" << false
                                            << "expected a number from 0 to 1, got '1.5'";
        QTest::newRow("double not a number") << "pattern_detection.min_confidence_threshold" << "high" << false
                                             << "expected a number from 0 to 1";
        QTest::newRow("int") << "predictive_scheduling.max_predictions_per_hour" << "25" << true << "";
        QTest::newRow("int zero refused") << "predictive_scheduling.max_predictions_per_hour" << "0" << false
                                          << "a whole number from 1 to 1000";
        QTest::newRow("int fraction refused") << "pattern_detection.analysis_window_days" << "2.5" << false
                                              << "a whole number";
        QTest::newRow("bool yes") << "predictive_scheduling.enabled" << "no" << true << "";
        QTest::newRow("bool junk") << "predictive_scheduling.enabled" << "maybe" << false << "true or false";
        QTest::newRow("choice") << "rule_generation.conflict_resolution_strategy" << "merge" << true << "";
        QTest::newRow("choice junk") << "rule_generation.conflict_resolution_strategy" << "random" << false
                                     << "one of priority, merge, disable_lower";
        QTest::newRow("url") << "llm.ollama_url" << "http://127.0.0.1:8080" << true << "";
        QTest::newRow("url junk") << "llm.ollama_url" << "localhost" << false << "an http:// or https:// URL";
        QTest::newRow("zone") << "display.timezone" << "Europe/Berlin" << true << "";
        QTest::newRow("zone empty") << "display.timezone" << "" << true << "";
        QTest::newRow("zone junk") << "display.timezone" << "Mars/Olympus" << false << "IANA time zone";
        QTest::newRow("language") << "display.language" << "de" << true << "";
        QTest::newRow("language junk") << "display.language" << "fr" << false << "one of";
    }
    void parsesAndRefusesValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QString, errorPart);
        const ConfigKey *k = findConfigKey(key);
        QVERIFY(k);
        const Result<QVariant> r = parseConfigValue(*k, text);
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QVERIFY2(r.error().startsWith(key + u':'), qPrintable(r.error()));
            QVERIFY2(r.error().contains(errorPart), qPrintable(r.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigKeys)
#include "tst_configkeys.moc"
