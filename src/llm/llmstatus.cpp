#include "llmstatus.h"

namespace rulecast::llm {

bool modelOffered(Provider provider, const QStringList &offered, const QString &model)
{
    if (model.isEmpty())
        return false;
    if (offered.contains(model))
        return true;
    return provider == Provider::Ollama && !model.contains(u':')
           && offered.contains(model + QStringLiteral(":latest"));
}

} // namespace rulecast::llm
