#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace rulecast::llm {

enum class Provider { Ollama, OpenAi };

// "ollama" / "openai": the names the CLI, settings and JSON output use.
QString providerId(Provider provider);
// "Ollama" / "OpenAI": for sentences.
QString providerName(Provider provider);

// --use-model: which model a command may ask. Auto = whatever is configured
// and reachable, in the order of llm.fallback_strategy.
enum class ModelChoice { None, Ollama, OpenAi, Auto };
std::optional<ModelChoice> parseModelChoice(const QString &text); // "ollama|openai|auto|none"
QString modelChoiceId(ModelChoice choice);
QStringList modelChoiceIds();

// llm.fallback_strategy.
enum class FallbackStrategy { OllamaFirst, OpenAiFirst, Parallel };
std::optional<FallbackStrategy> parseFallbackStrategy(const QString &text);

// Why a call failed, so the router can tell "that server is not there"
// (skip it from now on) from "that answer was not usable" (try the next one).
enum class FailureKind {
    None,
    NotConfigured, // no URL / no API key / --use-model none
    Unreachable,   // connection refused, host not found, closed before answering
    Timeout,       // no complete answer within the timeout
    Http,          // an HTTP error status (after the retry, for 5xx)
    BadReply,      // not JSON, or JSON of another shape than the API promises
    Cancelled,
};

// Result<T> plus the kind of failure. Callers that only care about the value
// or the sentence use it as a Result<T>.
template <typename T>
class LlmResult : public Result<T>
{
public:
    LlmResult(T value) : Result<T>(std::move(value)) {}
    static LlmResult failure(FailureKind kind, QString error)
    {
        return LlmResult(Result<T>::failure(std::move(error)), kind);
    }
    FailureKind failureKind() const { return this->ok() ? FailureKind::None : m_kind; }

private:
    LlmResult(Result<T> result, FailureKind kind) : Result<T>(std::move(result)), m_kind(kind) {}
    FailureKind m_kind = FailureKind::None;
};

struct ChatMessage
{
    enum class Role { System, User, Assistant };
    Role role = Role::User;
    QString content;

    static ChatMessage system(QString text) { return {Role::System, std::move(text)}; }
    static ChatMessage user(QString text) { return {Role::User, std::move(text)}; }
    static QString roleId(Role role); // "system" / "user" / "assistant", as both APIs spell them
};

struct ChatReply
{
    Provider provider = Provider::Ollama;
    QString model; // the model that answered, as the server named it
    QString text;
};

using Embedding = QList<float>;

struct Embeddings
{
    Provider provider = Provider::Ollama;
    QString model;
    int dimension = 0;
    QList<Embedding> vectors; // one per input text, in input order, all of `dimension`
};

// The models a server offers (Ollama /api/tags, OpenAI /models).
struct ModelList
{
    Provider provider = Provider::Ollama;
    QStringList models;
};

template <typename T>
using Callback = std::function<void(LlmResult<T>)>;

// What the router and the clients need to know; built from RulecastConfig::Llm
// by llmconfig.h. The API key is here only in memory.
struct ProviderConfig
{
    Provider provider = Provider::Ollama;
    QString baseUrl;        // Ollama: http://host:11434; OpenAI: https://api.openai.com/v1
    QString chatModel;
    QString embeddingModel;
    QString apiKey;         // OpenAI only; never logged, never stored
    int timeoutMs = 20000;  // for one call, including its retry
};

} // namespace rulecast::llm
