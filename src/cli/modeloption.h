#pragma once

#include "clicontext.h"
#include "llm/llmtypes.h"

#include <QCommandLineParser>

#include <optional>

namespace rulecast::cli {

// --use-model ollama|openai|auto|none, shared by every command that may ask a
// language model (llm status, optimize-resource-schedule, search-similar-patterns).
void addUseModelOption(QCommandLineParser &parser, llm::ModelChoice fallback);
// The choice, or nullopt after a usage message naming the allowed values.
std::optional<llm::ModelChoice> useModelOption(CliContext &ctx, const QCommandLineParser &parser,
                                               llm::ModelChoice fallback);

} // namespace rulecast::cli
