#pragma once

#include "apikeystore.h"
#include "llmtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rulecast::llm {

// What `rulecast-cli llm status` and the settings dialog show of one provider.
struct ProviderStatus
{
    Provider provider = Provider::Ollama;
    QString url;
    QString chatModel;
    QString embeddingModel;
    bool configured = false;  // Ollama: a URL; OpenAI: a key
    bool reachable = false;   // its model list was read
    QStringList models;       // what the server offers (when reachable)
    bool chatModelOffered = false;
    bool embeddingModelOffered = false;
    QString error;            // why not configured / not reachable
    qint64 latencyMs = -1;    // of the model-list request
    KeySource keySource = KeySource::None; // OpenAI only; never the key itself
};

struct LlmStatus
{
    ModelChoice choice = ModelChoice::Auto;
    QString fallbackStrategy;
    QList<Provider> route;     // whom a call would ask, in order
    bool parallel = false;
    QString unavailable;       // why the route is empty
    QList<ProviderStatus> providers; // Ollama, then OpenAI
};

// Whether `offered` (a server's model list) contains `model`. Ollama lists
// "name:tag" and treats a name without a tag as ":latest".
bool modelOffered(Provider provider, const QStringList &offered, const QString &model);

} // namespace rulecast::llm
