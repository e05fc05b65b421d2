#include "llmtypes.h"

namespace rulecast::llm {

QString providerId(Provider provider)
{
    return provider == Provider::Ollama ? QStringLiteral("ollama") : QStringLiteral("openai");
}

QString providerName(Provider provider)
{
    return provider == Provider::Ollama ? QStringLiteral("Ollama") : QStringLiteral("OpenAI");
}

std::optional<ModelChoice> parseModelChoice(const QString &text)
{
    if (text == QLatin1String("ollama"))
        return ModelChoice::Ollama;
    if (text == QLatin1String("openai"))
        return ModelChoice::OpenAi;
    if (text == QLatin1String("auto"))
        return ModelChoice::Auto;
    if (text == QLatin1String("none"))
        return ModelChoice::None;
    return std::nullopt;
}

QString modelChoiceId(ModelChoice choice)
{
    switch (choice) {
    case ModelChoice::Ollama:
        return QStringLiteral("ollama");
    case ModelChoice::OpenAi:
        return QStringLiteral("openai");
    case ModelChoice::Auto:
        return QStringLiteral("auto");
    case ModelChoice::None:
        break;
    }
    return QStringLiteral("none");
}

QStringList modelChoiceIds()
{
    return {QStringLiteral("ollama"), QStringLiteral("openai"), QStringLiteral("auto"), QStringLiteral("none")};
}

std::optional<FallbackStrategy> parseFallbackStrategy(const QString &text)
{
    if (text == QLatin1String("ollama_first"))
        return FallbackStrategy::OllamaFirst;
    if (text == QLatin1String("openai_first"))
        return FallbackStrategy::OpenAiFirst;
    if (text == QLatin1String("parallel"))
        return FallbackStrategy::Parallel;
    return std::nullopt;
}

QString ChatMessage::roleId(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::User:
        break;
    }
    return QStringLiteral("user");
}

} // namespace rulecast::llm
