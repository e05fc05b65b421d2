#pragma once

#include "core/loadforecast.h"
#include "core/predictor.h"
#include "core/progress.h"
#include "core/resourceestimate.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace rulecast {

// "Predict the coming hours" (`rulecast-cli predict`, the Predictions view).
struct PredictRequest
{
    QString databasePath;
    qint64 asOf = 0; // only tasks that started before this are used
    int lookAheadHours = 24;
    int slotMinutes = 30;
    double minConfidence = 0.7;   // prediction_confidence_threshold unless --min-confidence
    int maxPredictionsPerHour = 10;
    bool store = true;            // write the predictions to predictive_schedules
    // Pre-schedule predictions with confidence >= 0.9 as pending tasks
    // (`predict --schedule`, or resource_reservation_enabled); needs store.
    bool schedule = false;
    qint64 now = 0;               // wall clock for created_at / updated_at
};

struct PredictedTask
{
    SlotPrediction prediction;
    ResourceEstimate resources;
};

struct PredictReport
{
    qint64 asOf = 0;
    SlotGrid grid = *SlotGrid::create(0, 24, 60);
    std::vector<PredictedTask> predictions; // kept ones, most confident first
    std::vector<HourLoad> load;
    qint64 tasksRead = 0;
    int rulesUsed = 0;
    int patternsUsed = 0; // pattern windows and correlations used as sources
    qint64 droppedByHourLimit = 0;
    qint64 stored = 0;        // rows inserted or refreshed (validated rows are left alone)
    std::vector<qint64> scheduledTaskIds; // tasks rows created by pre-scheduling in this run
    qint64 readMs = 0;
    qint64 predictMs = 0;

    // {"as_of", "look_ahead_hours", "slot_minutes", "predictions": [{"task_type",
    //  "predicted_execution_time", "slot_end", "confidence_score", "rule_id"?,
    //  "pattern_id"?, "resource_requirements": {...}, "sources": [...],
    //  "explanation"}], "load_forecast": [...], "summary": {...}}
    QJsonObject toJson() const;
};

Result<PredictReport> runPredict(const PredictRequest &request, const Progress &progress = {});

} // namespace rulecast
