#pragma once

#include "core/rulecastconfig.h"
#include "llmtypes.h"

namespace rulecast::llm {

// Everything needed to decide which model to ask: the settings (with the
// environment overrides Settings::config() applies), the --use-model choice
// and the API key, already resolved (apikeystore.h). Plain data, no I/O.
struct LlmSetup
{
    RulecastConfig::Llm config = RulecastConfig::defaults().llm;
    ModelChoice choice = ModelChoice::Auto;
    QString apiKey;    // in memory only
    int timeoutMs = 0; // 0: config.timeoutSeconds; tests use shorter ones

    int effectiveTimeoutMs() const;
    bool openAiConfigured() const { return !apiKey.isEmpty(); }
    ProviderConfig ollama() const;
    ProviderConfig openAi() const;

    // The providers a call may ask, in the order they are asked (all at once
    // when `parallel`); when there are none, `unavailable` says why.
    struct Route
    {
        QList<Provider> order;
        bool parallel = false;
        QString unavailable;
    };
    Route route() const;
};

} // namespace rulecast::llm
