#pragma once

#include "core/rulecastconfig.h"
#include "llm/llmsetup.h"

namespace rulecast {

// The budget of an optional language-model call made on top of a
// deterministic result (optimization suggestions, rule wording, "Explain this
// prediction"): at most 20 s per provider, or less when llm.timeout_seconds
// says so. A route holds at most two providers, so one call ends within 40 s
// whatever the servers do (docs/llm.md).
constexpr int kModelCallTimeoutMs = 20000;

llm::LlmSetup boundedModelSetup(const RulecastConfig::Llm &config, llm::ModelChoice choice);

} // namespace rulecast
