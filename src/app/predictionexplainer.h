#pragma once

#include "llm/llmsetup.h"
#include "llm/llmtypes.h"

#include <QFutureWatcher>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rulecast {

namespace llm {
class LlmService;
}
struct PredictedTask;

// One prediction as "Explain this prediction" sees it: everything the
// deterministic explanation says, so the Predictions view (or any other) can
// fill it from what it lists.
struct PredictionExplanationInput
{
    QString taskType;
    qint64 predictedTime = 0; // epoch seconds, UTC: start of the slot
    int slotMinutes = 30;
    double confidence = 0;    // calibrated probability, 0..1
    QString explanation;      // the predictor's own, "source; source; ..." (English)
    QString explanationText;  // the same as LocalizedText JSON; empty when unknown (older rows)
    std::optional<qint64> ruleId;
    std::optional<qint64> patternId;
    double estimatedDurationMinutes = 0;
    double cpuPercent = 0;
    double memoryMb = 0;
    bool resourcesEstimated = false; // some figures are defaults, not from the type's history

    static PredictionExplanationInput fromPrediction(const PredictedTask &task, int slotMinutes);
    // The explanation's sources ("a; b; c" as the predictor joins them), one per entry.
    QStringList sources() const;
    // The same in the user's language, from explanationText; the English
    // sources() when it is empty or cannot be read.
    QStringList localizedSources() const;
};

// The model's wording on top of the deterministic explanation, or why there is none.
struct PredictionExplanation
{
    QString provider;
    QString model;
    QString text;  // cleaned plain text (optimizationsuggestions.h cleanModelText)
    QString error; // empty when `text` is usable
    bool cancelled = false;
    qint64 elapsedMs = 0;

    bool ok() const { return error.isEmpty(); }
};

// The two messages sent: the task and the facts (never more than the input).
QList<llm::ChatMessage> predictionExplanationPrompt(const PredictionExplanationInput &input);

// Asks a language model, asynchronously, to put one prediction into plain
// words. Lives on the GUI thread and never blocks it: the call runs on an
// LlmService (its own thread) and is watched with a QFutureWatcher. Failure
// handling as everywhere (docs/llm.md): a timeout, an HTTP error or an
// unusable reply ends in finished() with an error, never in anything else;
// the deterministic explanation is the caller's and stays as it is.
class PredictionExplainer : public QObject
{
    Q_OBJECT
public:
    // The app's model (llm.use_model) with the shared budget (modelbudget.h).
    static llm::LlmSetup setupFromSettings();

    explicit PredictionExplainer(QObject *parent = nullptr); // setupFromSettings()
    PredictionExplainer(llm::LlmSetup setup, QObject *parent = nullptr);
    ~PredictionExplainer() override;

    // Why no model can be asked with this setup ("no language model in use"),
    // or empty when one can (whether it answers is found out by asking).
    QString unavailableReason() const;
    bool isBusy() const { return m_busy; }

    // Starts asking; a request still running is cancelled first (without a
    // finished() for it). finished() follows exactly once, later, never
    // inside this call.
    void explain(const PredictionExplanationInput &input);
    // Ends the running request at once: finished() with cancelled set.
    void cancel();

Q_SIGNALS:
    void finished(const rulecast::PredictionExplanation &result);

private:
    void onReply(int generation);

    llm::LlmSetup m_setup;
    std::unique_ptr<llm::LlmService> m_service; // made on the first request
    QFutureWatcher<llm::LlmResult<llm::ChatReply>> *m_watcher = nullptr;
    qint64 m_startedMs = 0;
    int m_generation = 0; // a newer request or a cancel makes older answers stale
    bool m_busy = false;
};

} // namespace rulecast

Q_DECLARE_METATYPE(rulecast::PredictionExplanation)
