#include "app/predictionexplainer.h"

#include "app/modelbudget.h"
#include "app/optimizationsuggestions.h"
#include "app/predictusecase.h"
#include "app/settings.h"
#include "core/localizedtext.h"
#include "core/timeformat.h"
#include "llm/apikeystore.h"
#include "llm/llmservice.h"

#include <cmath>

namespace rulecast {

PredictionExplanationInput PredictionExplanationInput::fromPrediction(const PredictedTask &task, int slotMinutes)
{
    PredictionExplanationInput in;
    const SlotPrediction &p = task.prediction;
    in.taskType = p.taskType;
    in.predictedTime = p.slotStart;
    in.slotMinutes = slotMinutes;
    in.confidence = p.probability;
    in.explanation = p.explanation;
    if (!p.explanationText.isEmpty())
        in.explanationText = p.explanationText.toJsonText();
    if (p.ruleId > 0)
        in.ruleId = p.ruleId;
    if (p.patternId > 0)
        in.patternId = p.patternId;
    in.estimatedDurationMinutes = task.resources.durationMinutes;
    in.cpuPercent = task.resources.cpuPercent;
    in.memoryMb = task.resources.memoryMb;
    in.resourcesEstimated = !task.resources.estimated.isEmpty();
    return in;
}

QStringList PredictionExplanationInput::sources() const
{
    QStringList out;
    for (const QString &part : explanation.split(u';', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QStringList PredictionExplanationInput::localizedSources() const
{
    if (explanationText.isEmpty())
        return sources();
    const std::optional<LocalizedText> text = LocalizedText::fromJsonText(explanationText);
    if (!text)
        return sources();
    QList<LocalizedText> parts = text->parts();
    if (parts.isEmpty())
        parts << *text;
    QStringList out;
    for (const LocalizedText &part : parts) {
        const QString s = part.toString().trimmed();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

QList<llm::ChatMessage> predictionExplanationPrompt(const PredictionExplanationInput &in)
{
    QString facts = QStringLiteral("Task type: '%1'.\nPredicted start: between %2 and %3 (UTC).\nConfidence: %4%.\n")
                        .arg(in.taskType.left(80), timeformat::toIsoUtc(in.predictedTime),
                             timeformat::toIsoUtc(in.predictedTime + qint64(in.slotMinutes) * 60))
                        .arg(std::lround(in.confidence * 100));
    facts += QStringLiteral("Evidence found by the predictor:\n");
    for (const QString &s : in.sources())
        facts += QStringLiteral("- %1\n").arg(s.left(300));
    if (in.ruleId)
        facts += QStringLiteral("Strongest scheduling rule behind it: #%1.\n").arg(*in.ruleId);
    if (in.patternId)
        facts += QStringLiteral("Strongest detected pattern behind it: #%1.\n").arg(*in.patternId);
    facts += QStringLiteral("Expected needs: about %1 min, %2% CPU, %3 MB memory%4.\n")
                 .arg(in.estimatedDurationMinutes, 0, 'f', 0)
                 .arg(in.cpuPercent, 0, 'f', 0)
                 .arg(in.memoryMb, 0, 'f', 0)
                 .arg(in.resourcesEstimated ? QStringLiteral(" (partly defaults: too little history)") : QString());
    return {llm::ChatMessage::system(QStringLiteral(
                "You explain a prediction of a task scheduler to an operator. In two to four plain sentences, say why "
                "the task is expected then and how sure the prediction is, using only the facts given. Do not invent "
                "numbers, times or causes. No lists, no code, no commands.")),
            llm::ChatMessage::user(facts)};
}

llm::LlmSetup PredictionExplainer::setupFromSettings()
{
    const RulecastConfig::Llm config = Settings().config().llm;
    return boundedModelSetup(config, llm::parseModelChoice(config.useModel).value_or(llm::ModelChoice::Auto));
}

PredictionExplainer::PredictionExplainer(QObject *parent) : PredictionExplainer(setupFromSettings(), parent) {}

PredictionExplainer::PredictionExplainer(llm::LlmSetup setup, QObject *parent) : QObject(parent), m_setup(std::move(setup))
{
    qRegisterMetaType<PredictionExplanation>();
}

PredictionExplainer::~PredictionExplainer()
{
    ++m_generation; // whatever is still pending is dropped
    if (m_watcher)
        m_watcher->disconnect(this);
}

QString PredictionExplainer::unavailableReason() const
{
    const llm::LlmSetup::Route route = m_setup.route();
    if (!route.unavailable.isEmpty())
        return route.unavailable;
    if (route.order.isEmpty())
        return QStringLiteral("no language model is configured");
    // OpenAI alone needs a key; the keychain can only be asked asynchronously,
    // so with a keychain the answer is found out by asking.
    if (route.order == QList<llm::Provider>{llm::Provider::OpenAi} && m_setup.apiKey.isEmpty()
        && qEnvironmentVariableIsEmpty("OPENAI_API_KEY") && !llm::ApiKeyStore::keychainEnabled())
        return QStringLiteral("OpenAI is not configured: set OPENAI_API_KEY or store the key in the system keychain");
    return {};
}

void PredictionExplainer::explain(const PredictionExplanationInput &input)
{
    if (m_busy && m_service)
        m_service->cancelAll();
    const int generation = ++m_generation;
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_busy = true;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_service)
        m_service = std::make_unique<llm::LlmService>(m_setup);
    m_watcher = new QFutureWatcher<llm::LlmResult<llm::ChatReply>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation]() { onReply(generation); });
    m_watcher->setFuture(m_service->chat(predictionExplanationPrompt(input)));
}

void PredictionExplainer::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    m_busy = false;
    if (m_service)
        m_service->cancelAll();
    PredictionExplanation result;
    result.cancelled = true;
    result.error = QStringLiteral("cancelled");
    result.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    Q_EMIT finished(result);
}

void PredictionExplainer::onReply(int generation)
{
    if (generation != m_generation || !m_watcher)
        return;
    const llm::LlmResult<llm::ChatReply> reply = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_busy = false;
    PredictionExplanation result;
    result.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    if (!reply) {
        result.error = reply.error();
        result.cancelled = reply.failureKind() == llm::FailureKind::Cancelled;
    } else {
        result.provider = llm::providerId(reply->provider);
        result.model = cleanModelText(reply->model, 200);
        // Plain text for a label: capped, control characters dropped.
        result.text = cleanModelText(reply->text, 2000);
        if (result.text.isEmpty())
            result.error = QStringLiteral("the model's answer was empty once cleaned");
    }
    Q_EMIT finished(result);
}

} // namespace rulecast
