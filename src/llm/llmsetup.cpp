#include "llmsetup.h"
#include "llmtext.h"

namespace rulecast::llm {

int LlmSetup::effectiveTimeoutMs() const
{
    if (timeoutMs > 0)
        return timeoutMs;
    return qMax(1, config.timeoutSeconds) * 1000;
}

ProviderConfig LlmSetup::ollama() const
{
    ProviderConfig c;
    c.provider = Provider::Ollama;
    c.baseUrl = config.ollamaUrl;
    c.chatModel = config.ollamaModel;
    c.embeddingModel = config.embeddingModelOllama;
    c.timeoutMs = effectiveTimeoutMs();
    return c;
}

ProviderConfig LlmSetup::openAi() const
{
    ProviderConfig c;
    c.provider = Provider::OpenAi;
    c.baseUrl = config.openAiBaseUrl;
    c.chatModel = config.openAiModel;
    c.embeddingModel = config.embeddingModelOpenAi;
    c.apiKey = apiKey;
    c.timeoutMs = effectiveTimeoutMs();
    return c;
}

LlmSetup::Route LlmSetup::route() const
{
    Route r;
    switch (choice) {
    case ModelChoice::None:
        r.unavailable = llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "no language model in use (--use-model none)"));
        return r;
    case ModelChoice::Ollama:
        r.order = {Provider::Ollama};
        return r;
    case ModelChoice::OpenAi:
        // Kept even without a key: the client then answers with the sentence
        // that says how to configure it.
        r.order = {Provider::OpenAi};
        return r;
    case ModelChoice::Auto:
        break;
    }
    // The key table only allows the three strategies; anything else is read
    // as the default.
    const FallbackStrategy strategy =
        parseFallbackStrategy(config.fallbackStrategy).value_or(FallbackStrategy::OllamaFirst);
    r.order = strategy == FallbackStrategy::OpenAiFirst ? QList<Provider>{Provider::OpenAi, Provider::Ollama}
                                                        : QList<Provider>{Provider::Ollama, Provider::OpenAi};
    // "Configured" for OpenAI means a key is present; Ollama needs none.
    if (!openAiConfigured())
        r.order.removeAll(Provider::OpenAi);
    r.parallel = strategy == FallbackStrategy::Parallel && r.order.size() > 1;
    return r;
}

} // namespace rulecast::llm
