#include "rulecastconfig.h"

#include "configkeys.h"

namespace rulecast {

namespace {

// Visits every (key, member) pair once; used in both directions so the
// mapping between the key table and the typed struct is written once.
template <typename Config, typename Visitor>
void bindAll(Config &c, Visitor &&v)
{
    v("predictive_scheduling.enabled", c.predictive.enabled);
    v("predictive_scheduling.prediction_confidence_threshold", c.predictive.predictionConfidenceThreshold);
    v("predictive_scheduling.max_predictions_per_hour", c.predictive.maxPredictionsPerHour);
    v("predictive_scheduling.resource_reservation_enabled", c.predictive.resourceReservationEnabled);
    v("predictive_scheduling.prediction_validation_window_hours", c.predictive.predictionValidationWindowHours);
    v("optimization.auto_optimization_enabled", c.optimization.autoOptimizationEnabled);
    v("optimization.optimization_frequency_hours", c.optimization.optimizationFrequencyHours);
    v("optimization.load_balancing_threshold", c.optimization.loadBalancingThreshold);
    v("optimization.peak_mitigation_threshold", c.optimization.peakMitigationThreshold);
    v("optimization.resource_efficiency_target", c.optimization.resourceEfficiencyTarget);
    v("pattern_detection.min_confidence_threshold", c.patterns.minConfidenceThreshold);
    v("pattern_detection.min_detection_count", c.patterns.minDetectionCount);
    v("pattern_detection.analysis_window_days", c.patterns.analysisWindowDays);
    v("pattern_detection.pattern_similarity_threshold", c.patterns.patternSimilarityThreshold);
    v("rule_generation.min_pattern_confidence", c.rules.minPatternConfidence);
    v("rule_generation.max_rules_per_pattern", c.rules.maxRulesPerPattern);
    v("rule_generation.conflict_resolution_strategy", c.rules.conflictResolutionStrategy);
    v("llm.ollama_url", c.llm.ollamaUrl);
    v("llm.ollama_model", c.llm.ollamaModel);
    v("llm.ollama_embedding_model", c.llm.embeddingModelOllama);
    v("llm.openai_base_url", c.llm.openAiBaseUrl);
    v("llm.openai_model", c.llm.openAiModel);
    v("llm.openai_embedding_model", c.llm.embeddingModelOpenAi);
    v("llm.fallback_strategy", c.llm.fallbackStrategy);
    v("llm.timeout_seconds", c.llm.timeoutSeconds);
    v("llm.use_model", c.llm.useModel);
    v("capacity.concurrent_slots", c.capacity.concurrentSlots);
    v("capacity.cpu_percent", c.capacity.cpuPercent);
    v("capacity.memory_mb", c.capacity.memoryMb);
    v("display.timezone", c.display.timeZone);
    v("display.language", c.display.language);
}

void assign(bool &m, const QVariant &v) { m = v.toBool(); }
void assign(int &m, const QVariant &v) { m = v.toInt(); }
void assign(double &m, const QVariant &v) { m = v.toDouble(); }
void assign(QString &m, const QVariant &v) { m = v.toString(); }

} // namespace

RulecastConfig RulecastConfig::fromValues(const QVariantMap &values)
{
    RulecastConfig c;
    bindAll(c, [&values](const char *key, auto &member) {
        const QString k = QString::fromLatin1(key);
        const ConfigKey *def = findConfigKey(k);
        Q_ASSERT_X(def, "RulecastConfig", key);
        assign(member, values.contains(k) ? values.value(k) : def->defaultValue);
    });
    return c;
}

QVariantMap RulecastConfig::toValues() const
{
    QVariantMap out;
    bindAll(*this, [&out](const char *key, const auto &member) { out.insert(QString::fromLatin1(key), QVariant(member)); });
    return out;
}

} // namespace rulecast
