#include "../commandregistry.h"
#include "../modeloption.h"

#include "app/settings.h"
#include "llm/llmservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rulecast::cli {
namespace {

using namespace rulecast::llm;

QJsonValue textOrNull(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

QJsonObject providerJson(const ProviderStatus &p)
{
    QJsonObject o{{QStringLiteral("provider"), providerId(p.provider)},
                  {QStringLiteral("url"), p.url},
                  {QStringLiteral("configured"), p.configured},
                  {QStringLiteral("reachable"), p.reachable},
                  {QStringLiteral("chat_model"), p.chatModel},
                  {QStringLiteral("chat_model_available"), p.chatModelOffered},
                  {QStringLiteral("embedding_model"), p.embeddingModel},
                  {QStringLiteral("embedding_model_available"), p.embeddingModelOffered},
                  {QStringLiteral("models"), QJsonArray::fromStringList(p.models)},
                  {QStringLiteral("latency_ms"), p.latencyMs >= 0 ? QJsonValue(p.latencyMs) : QJsonValue()},
                  {QStringLiteral("error"), textOrNull(p.error)}};
    if (p.provider == Provider::OpenAi)
        o.insert(QStringLiteral("key_source"), keySourceId(p.keySource)); // where from, never the key
    return o;
}

QString yesNo(bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); }

void printTable(CliContext &ctx, const LlmStatus &status, int timeoutSeconds)
{
    QTextStream &out = ctx.out();
    out << QStringLiteral("%1%2%3%4%5\n")
               .arg(QStringLiteral("Provider").leftJustified(10), QStringLiteral("Configured").leftJustified(12),
                    QStringLiteral("Reachable").leftJustified(11), QStringLiteral("Chat model").leftJustified(28),
                    QStringLiteral("URL"));
    for (const ProviderStatus &p : status.providers) {
        const QString reachable = p.configured ? yesNo(p.reachable) : QStringLiteral("-");
        const QString chat = p.chatModel + (p.reachable && !p.chatModelOffered ? QStringLiteral(" (missing)") : QString());
        out << QStringLiteral("%1%2%3%4%5\n")
                   .arg(providerId(p.provider).leftJustified(10), yesNo(p.configured).leftJustified(12),
                        reachable.leftJustified(11), chat.leftJustified(28), p.url);
    }
    for (const ProviderStatus &p : status.providers) {
        if (!p.error.isEmpty())
            out << "  " << providerId(p.provider) << ": " << p.error << '\n';
        if (ctx.detailed()) {
            out << "  " << providerId(p.provider) << ": embedding model " << p.embeddingModel
                << (p.reachable ? (p.embeddingModelOffered ? QStringLiteral(" (offered)") : QStringLiteral(" (missing)"))
                                : QString());
            if (p.latencyMs >= 0)
                out << ", answered in " << p.latencyMs << " ms";
            if (p.provider == Provider::OpenAi)
                out << ", key from: " << keySourceId(p.keySource);
            out << '\n';
            if (!p.models.isEmpty())
                out << "    models: " << p.models.join(QStringLiteral(", ")) << '\n';
        }
    }
    QStringList route;
    for (Provider p : status.route)
        route.append(providerId(p));
    out << "\n--use-model " << modelChoiceId(status.choice) << ": ";
    if (route.isEmpty())
        out << status.unavailable;
    else
        out << "asks " << route.join(status.parallel ? QStringLiteral(" and ") : QStringLiteral(", then "))
            << (status.parallel ? QStringLiteral(" at once") : QString()) << " (llm.fallback_strategy "
            << status.fallbackStrategy << ", timeout " << timeoutSeconds << " s)";
    out << Qt::endl;
}

int runStatus(CliContext &ctx, ModelChoice choice)
{
    const Settings settings;
    LlmSetup setup;
    setup.config = settings.config().llm;
    setup.choice = choice;
    // The worker thread answers while this thread waits: no event loop here.
    LlmService service(setup);
    const LlmStatus status = service.status().result();

    bool available = false;
    for (const ProviderStatus &p : status.providers)
        available = available || (status.route.contains(p.provider) && p.reachable);
    if (ctx.json()) {
        QJsonArray providers;
        for (const ProviderStatus &p : status.providers)
            providers.append(providerJson(p));
        QJsonArray route;
        for (Provider p : status.route)
            route.append(providerId(p));
        ctx.printJson({{QStringLiteral("use_model"), modelChoiceId(status.choice)},
                       {QStringLiteral("fallback_strategy"), status.fallbackStrategy},
                       {QStringLiteral("route"), route},
                       {QStringLiteral("parallel"), status.parallel},
                       {QStringLiteral("available"), available},
                       {QStringLiteral("timeout_seconds"), setup.config.timeoutSeconds},
                       {QStringLiteral("providers"), providers}});
    } else {
        printTable(ctx, status, setup.config.timeoutSeconds);
    }
    return ExitOk;
}

void configureLlm(QCommandLineParser &parser) { addUseModelOption(parser, ModelChoice::Auto); }

int runLlm(CliContext &ctx, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.isEmpty())
        return ctx.usage(QStringLiteral("llm: expected 'status'"));
    if (args.first() != QLatin1String("status"))
        return ctx.usage(QStringLiteral("llm: unknown action '%1' (expected status)").arg(args.first()));
    if (args.size() != 1)
        return ctx.usage(QStringLiteral("llm status takes no arguments"));
    const std::optional<ModelChoice> choice = useModelOption(ctx, parser, ModelChoice::Auto);
    if (!choice)
        return ExitUsage;
    return runStatus(ctx, *choice);
}

const CommandRegistration registration({
    QStringLiteral("llm"),
    QStringLiteral("Show which language models (Ollama, OpenAI) are configured and reachable (llm status)."),
    QStringLiteral("status"),
    QStringLiteral("  rulecast-cli llm status\n"
                   "  rulecast-cli llm status --use-model openai --output-format json\n"
                   "  OLLAMA_URL=http://gpu-box:11434 rulecast-cli llm status --output-format detailed\n"
                   "The OpenAI key comes from OPENAI_API_KEY or the system keychain; it is never printed.\n"
                   "See docs/llm.md."),
    &configureLlm,
    &runLlm,
});

} // namespace
} // namespace rulecast::cli
