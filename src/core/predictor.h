#pragma once

#include "core/historymodel.h"
#include "core/localizedtext.h"
#include "core/predictionsources.h"
#include "core/progress.h"
#include "core/result.h"
#include "core/slotgrid.h"
#include "core/taskrecord.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace rulecast {

struct PredictorOptions
{
    int lookAheadHours = 24;
    int slotMinutes = 30;
    // Predictions below this probability are not listed (the grid keeps them).
    double minProbability = 0.0;
    // Days of history indexed before the cutoff: the replay days plus enough
    // for their own features.
    int historyWindowDays = 91;
    HistoryModel::Options model;
};

struct PredictorInput
{
    qint64 asOf = 0;
    const std::vector<TaskRecord> *history = nullptr; // may hold later tasks: they are ignored
    QStringList types;                                // types to predict besides those in the window
    std::vector<RuleSource> rules;
    std::vector<PatternSource> patterns;
    std::vector<CorrelationSource> correlations;
};

struct PredictionSource
{
    enum Kind { History, Rule, Pattern, Correlation };
    Kind kind = History;
    qint64 id = 0; // rule / pattern / correlation id; 0 for history
    double probability = 0;
    // "rule #12 fires 02:30 (hit 27/28)": English through toEnglish() (CLI,
    // stored explanation), in the reader's language through toString().
    LocalizedText detail;
    static QString kindName(Kind kind);
};

struct SlotPrediction
{
    QString taskType;
    qint64 slotStart = 0;
    qint64 slotEnd = 0;
    double probability = 0;
    qint64 ruleId = 0;    // strongest rule behind it, 0 if none
    qint64 patternId = 0; // strongest pattern behind it, 0 if none
    std::vector<PredictionSource> sources;
    // The sources' details joined with "; ": `explanation` is its English
    // (CLI, predictive_schedules.explanation, prompts), `explanationText` the
    // re-renderable form stored beside it (predictive_schedules.explanation_text).
    QString explanation;
    LocalizedText explanationText;
};

// Probabilities for every (type, slot) of the grid, plus the listed
// predictions (probability >= minProbability), most probable first.
struct PredictionSet
{
    SlotGrid grid = *SlotGrid::create(0, 24, 60);
    QStringList types;
    std::vector<double> probabilities; // types.size() * grid.count(), row per type
    std::vector<SlotPrediction> predictions;

    double probability(int type, int slot) const
    {
        return probabilities[size_t(type) * size_t(grid.count()) + size_t(slot)];
    }
};

// Combines the sources into one calibrated probability per (type, slot):
// the history model (HistoryModel) and, when given, rule fires weighted by
// their hit rate, active patterns and correlations from recent or predicted
// starts. Each source is a probability on its own; the combination takes
// the strongest, so adding a source that knows less never dilutes one that
// knows more, and every source stays visible in the explanation.
class Predictor
{
public:
    static Result<PredictionSet> run(const PredictorInput &input, const PredictorOptions &options,
                                     const Progress *progress = nullptr);
};

} // namespace rulecast
