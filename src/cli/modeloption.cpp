#include "modeloption.h"

namespace rulecast::cli {

void addUseModelOption(QCommandLineParser &parser, llm::ModelChoice fallback)
{
    parser.addOption({QStringLiteral("use-model"),
                      QStringLiteral("Language model to ask: ollama, openai, auto (whatever is configured and "
                                     "reachable, in the order of llm.fallback_strategy) or none (default: %1).")
                          .arg(llm::modelChoiceId(fallback)),
                      QStringLiteral("MODEL")});
}

std::optional<llm::ModelChoice> useModelOption(CliContext &ctx, const QCommandLineParser &parser,
                                               llm::ModelChoice fallback)
{
    const std::optional<QString> text =
        ctx.choiceOption(parser, QStringLiteral("use-model"), llm::modelChoiceIds(), llm::modelChoiceId(fallback));
    if (!text)
        return std::nullopt;
    return llm::parseModelChoice(*text);
}

} // namespace rulecast::cli
