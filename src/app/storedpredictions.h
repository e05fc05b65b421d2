#pragma once

#include "core/predictionscore.h"
#include "core/resourceestimate.h"
#include "core/result.h"
#include "storage/database.h"

#include <QString>

#include <optional>
#include <vector>

namespace rulecast {

struct PredictionExplanationInput;

// A row of predictive_schedules as the Predictions view shows it
// (docs/prediction.md, "Storage in predictive_schedules").
struct PredictionRecord
{
    // Rows written before schema step 8 have no slot length; they are shown
    // and scheduled as slots of this many minutes.
    static constexpr int kDefaultSlotMinutes = 30;

    qint64 id = 0;
    QString taskType;
    qint64 slotStart = 0;
    qint64 slotEnd = 0;
    double confidence = 0;
    qint64 ruleId = 0;    // 0: none
    qint64 patternId = 0; // 0: none
    QString source;       // kinds of its sources, strongest first ("rule+history")
    QString explanation;     // English, as the CLI and prompts read it
    QString explanationText; // its LocalizedText JSON; empty in rows written before schema step 10
    ResourceEstimate resources; // figures missing from the row are NaN
    bool scheduled = false;     // pre-scheduled as a pending task
    std::optional<bool> cameTrue; // set once validate-predictions matched it
    qint64 actualStart = 0;       // the matched run's start, 0 when none
};

// The explanation in the user's language: rendered from explanationText,
// or the stored English when the row has none or it cannot be read.
QString localizedExplanation(const PredictionRecord &p);

// What "Explain this prediction" (predictionexplainer.h) is told about a
// stored row: the same facts the Predictions view shows. A figure the row
// lacks (an older writer's row) is 0 and counts as estimated.
PredictionExplanationInput explanationInputOf(const PredictionRecord &p);

// The rows whose slot starts in [from, until), in time order (then type).
Result<std::vector<PredictionRecord>> readStoredPredictions(const Database &db, qint64 from, qint64 until);

// What the view shows when it opens: the predictions whose slot has not
// ended yet at `now`, or, when there are none (a history replayed with
// --as-of, a trace from the past), the newest `hours` of stored predictions.
// Empty when predictive_schedules is empty.
struct PredictionWindow
{
    qint64 from = 0;  // first slot start shown
    qint64 until = 0; // end of the last slot shown
    bool upcoming = false; // true: predictions for the time after `now`
    std::vector<PredictionRecord> rows;
};
Result<PredictionWindow> readLatestPredictions(const Database &db, qint64 now, int hours);

// Reliability of every validated prediction in the database (the same
// scoring and 10 bins as validate-predictions' calibration table, over all
// runs rather than the last one).
struct StoredCalibration
{
    qint64 validated = 0;
    qint64 hits = 0;
    PredictionScore score;
};
Result<StoredCalibration> readStoredCalibration(const Database &db);

// "Schedule selected": pre-schedules the stored predictions with these ids
// as pending tasks (Prescheduler), whatever their confidence — the user chose
// them; the 0.9 threshold is for automatic pre-scheduling. Rows already
// scheduled or validated, and slots that ended before `now`, are skipped, so
// repeating it creates nothing. One transaction: all or nothing.
struct ScheduleSelectedResult
{
    std::vector<qint64> createdTaskIds;
    qint64 skipped = 0; // already scheduled, validated, in the past, or gone
};
Result<ScheduleSelectedResult> scheduleStoredPredictions(const Database &db, const std::vector<qint64> &predictionIds,
                                                         qint64 now);

} // namespace rulecast
