#include "llmworker.h"
#include "llmtext.h"

#include "llmrouter.h"
#include "ollamaclient.h"
#include "openaiclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <memory>

namespace rulecast::llm {

LlmWorker::LlmWorker(LlmSetup setup, bool lookUpKey) : m_setup(std::move(setup)), m_lookUpKey(lookUpKey) {}

void LlmWorker::start()
{
    m_network = new QNetworkAccessManager(this);
    if (!m_setup.apiKey.isEmpty()) {
        becomeReady(ApiKey{m_setup.apiKey, KeySource::Given, {}});
    } else if (m_lookUpKey) {
        ApiKeyStore::read(this, [this](ApiKey key) { becomeReady(std::move(key)); });
    } else {
        becomeReady(ApiKey{{}, KeySource::None, llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "no API key was given"))});
    }
}

void LlmWorker::becomeReady(ApiKey key)
{
    m_key = std::move(key);
    m_setup.apiKey = m_key.key;
    m_ollama = new OllamaClient(m_setup.ollama(), m_network, this);
    m_openAi = new OpenAiClient(m_setup.openAi(), m_network, this);
    const LlmSetup::Route route = m_setup.route();
    QList<LanguageModel *> models;
    for (Provider p : route.order)
        models.append(model(p));
    m_router = new LlmRouter(models, route.parallel, route.unavailable, this);
    m_ready = true;
    const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
    for (const auto &run : waiting)
        run();
}

LanguageModel *LlmWorker::model(Provider provider) const
{
    return provider == Provider::Ollama ? m_ollama : m_openAi;
}

void LlmWorker::submit(Begin begin, std::function<void()> abort)
{
    const quint64 id = ++m_nextId;
    m_pending.insert(id, Pending{CallHandle(), std::move(abort)});
    auto run = [this, id, begin = std::move(begin)]() {
        if (!m_pending.contains(id)) // aborted while waiting for the key
            return;
        const CallHandle handle = begin([this, id]() { m_pending.remove(id); });
        const auto it = m_pending.find(id);
        if (it != m_pending.end())
            it->handle = handle;
    };
    if (m_ready)
        run();
    else
        m_waiting.append(std::move(run));
}

void LlmWorker::cancelAll()
{
    const QHash<quint64, Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        p.handle.cancel(); // its late callback finds its future already finished
        p.abort();
    }
}

void LlmWorker::shutdown()
{
    cancelAll();
    m_waiting.clear();
    delete m_router;
    m_router = nullptr;
    delete m_ollama;
    delete m_openAi;
    m_ollama = m_openAi = nullptr;
    delete m_network; // with it every call still in flight, without callbacks
    m_network = nullptr;
}

void LlmWorker::probe(std::function<void(LlmStatus)> done)
{
    auto status = std::make_shared<LlmStatus>();
    status->choice = m_setup.choice;
    status->fallbackStrategy = m_setup.config.fallbackStrategy;
    const LlmSetup::Route route = m_setup.route();
    status->route = route.order;
    status->parallel = route.parallel;
    status->unavailable = route.unavailable;

    auto remaining = std::make_shared<int>(0);
    auto complete = [status, remaining, done]() {
        if (--*remaining == 0)
            done(*status);
    };
    for (Provider p : {Provider::Ollama, Provider::OpenAi}) {
        LanguageModel *m = model(p);
        ProviderStatus s;
        s.provider = p;
        s.url = m->baseUrl();
        s.chatModel = m->chatModel();
        s.embeddingModel = m->embeddingModel();
        if (p == Provider::OpenAi) {
            s.keySource = m_key.source;
            s.configured = !m_key.key.isEmpty();
            if (!s.configured)
                s.error = m_key.note.isEmpty() ? llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "OPENAI_API_KEY is not set")) : m_key.note;
        } else {
            s.configured = !s.url.trimmed().isEmpty();
            if (!s.configured)
                s.error = llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "llm.ollama_url is empty"));
        }
        const int index = int(status->providers.size());
        status->providers.append(s);
        if (!s.configured)
            continue;
        ++*remaining;
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        m->listModels([status, index, clock, complete](LlmResult<ModelList> list) {
            ProviderStatus &ps = status->providers[index];
            ps.latencyMs = clock->elapsed();
            if (list) {
                ps.reachable = true;
                ps.models = list->models;
                ps.chatModelOffered = modelOffered(ps.provider, ps.models, ps.chatModel);
                ps.embeddingModelOffered = modelOffered(ps.provider, ps.models, ps.embeddingModel);
            } else {
                ps.error = list.error();
            }
            complete();
        });
    }
    if (*remaining == 0) {
        ++*remaining;
        QMetaObject::invokeMethod(this, complete, Qt::QueuedConnection);
    }
}

} // namespace rulecast::llm
