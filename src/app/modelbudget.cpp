#include "app/modelbudget.h"

#include <algorithm>

namespace rulecast {

llm::LlmSetup boundedModelSetup(const RulecastConfig::Llm &config, llm::ModelChoice choice)
{
    llm::LlmSetup setup;
    setup.config = config;
    setup.choice = choice;
    setup.timeoutMs = std::min(setup.effectiveTimeoutMs(), kModelCallTimeoutMs);
    return setup;
}

} // namespace rulecast
