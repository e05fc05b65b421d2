#pragma once

#include <QString>
#include <QVariantMap>

namespace rulecast {

// The typed view of the configuration that algorithms receive: plain data,
// filled from the key table (configkeys.h), which alone holds the defaults
// (the seed's, PRODUCT.md). Start from defaults(), never from {}.
struct RulecastConfig
{
    struct PredictiveScheduling
    {
        bool enabled{};
        double predictionConfidenceThreshold{};
        int maxPredictionsPerHour{};
        bool resourceReservationEnabled{};
        int predictionValidationWindowHours{};
    } predictive;

    struct Optimization
    {
        bool autoOptimizationEnabled{};
        int optimizationFrequencyHours{};
        double loadBalancingThreshold{};
        double peakMitigationThreshold{};
        double resourceEfficiencyTarget{};
    } optimization;

    struct PatternDetection
    {
        double minConfidenceThreshold{};
        int minDetectionCount{};
        int analysisWindowDays{};
        double patternSimilarityThreshold{};
    } patterns;

    struct RuleGeneration
    {
        double minPatternConfidence{};
        int maxRulesPerPattern{};
        QString conflictResolutionStrategy{};
    } rules;

    struct Llm
    {
        QString ollamaUrl{};
        QString ollamaModel{};
        QString openAiBaseUrl{};
        QString openAiModel{};
        QString embeddingModelOllama{};
        QString embeddingModelOpenAi{};
        QString fallbackStrategy{};
        int timeoutSeconds{};
        QString useModel{}; // the app's choice (auto|ollama|openai|none); the CLI has --use-model
    } llm;

    // What the optimizer simulates against. 0 means "this machine" and is
    // resolved by the app layer (cores, physical memory).
    struct Capacity
    {
        int concurrentSlots{};
        double cpuPercent{};
        double memoryMb{};
    } capacity;

    struct Display
    {
        QString timeZone;  // IANA id; empty = the system's zone
        QString language;  // "en", "de"; empty = the system's language
    } display;

    static RulecastConfig defaults() { return fromValues({}); }
    // Builds the typed config from key → value; missing keys take the table's default.
    static RulecastConfig fromValues(const QVariantMap &values);
    // The inverse: every key of the table with this config's value.
    QVariantMap toValues() const;
};

} // namespace rulecast
