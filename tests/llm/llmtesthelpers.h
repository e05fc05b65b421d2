#pragma once

// Shared by the tests in tests/llm: capture a callback's result and wait for it
// while the test thread's event loop runs.

#include "llm/llmtypes.h"
#include "llm/llmsetup.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpServer>

#include <memory>
#include <optional>

namespace rulecast::test {

template <typename T>
struct Capture : std::enable_shared_from_this<Capture<T>>
{
    std::optional<llm::LlmResult<T>> result;
    int calls = 0;
    qint64 elapsedMs = -1;
    QElapsedTimer clock;

    static std::shared_ptr<Capture> make()
    {
        auto c = std::make_shared<Capture>();
        c->clock.start();
        return c;
    }
    llm::Callback<T> callback()
    {
        return [weak = this->weak_from_this()](llm::LlmResult<T> r) {
            const auto self = weak.lock();
            if (!self)
                return;
            ++self->calls;
            self->elapsedMs = self->clock.elapsed();
            self->result.emplace(std::move(r));
        };
    }
    // Spins the event loop until the callback ran or `timeoutMs` passed.
    bool wait(int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!result && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        return result.has_value();
    }
    // Lets late events arrive, to prove the callback ran only once.
    void settle(int ms = 300)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
};

// A loopback port with nothing listening: connections are refused.
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

inline llm::ProviderConfig providerConfig(llm::Provider provider, const QString &baseUrl, int timeoutMs = 3000,
                                          const QString &apiKey = {})
{
    llm::ProviderConfig c;
    c.provider = provider;
    c.baseUrl = baseUrl;
    c.chatModel = provider == llm::Provider::Ollama ? QStringLiteral("qwen3:8b") : QStringLiteral("gpt-4o-mini");
    c.embeddingModel = provider == llm::Provider::Ollama ? QStringLiteral("nomic-embed-text")
                                                         : QStringLiteral("text-embedding-3-small");
    c.apiKey = apiKey;
    c.timeoutMs = timeoutMs;
    return c;
}

} // namespace rulecast::test
