#pragma once

#include "core/predictionscore.h"
#include "core/progress.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace rulecast {

// "Did the predictions come true?" (`rulecast-cli validate-predictions`).
struct ValidateRequest
{
    QString databasePath;
    qint64 asOf = 0;          // predictions whose slot ended windowHours before this are due
    int windowHours = 24;     // prediction_validation_window_hours
    int toleranceMinutes = 30; // a run this much before or after the slot still counts
    qint64 now = 0;           // wall clock for updated_at
};

struct ValidatedPrediction
{
    qint64 id = 0;
    QString taskType;
    qint64 predictedAt = 0;
    double confidence = 0;
    bool hit = false;
    qint64 actualStart = 0;                  // the matched run's start, 0 on a miss
    double estimatedDurationMinutes = qQNaN(); // resource_requirements.estimated_duration_minutes
    double actualDurationMinutes = qQNaN();    // of the matched run, when it finished
};

struct ValidateReport
{
    qint64 asOf = 0;
    qint64 dueBefore = 0; // predictions at or before this time were due
    int toleranceMinutes = 30;
    std::vector<ValidatedPrediction> validated; // this run's, in time order
    qint64 hits = 0;
    double accuracyRate = qQNaN();      // hits / validated
    double falsePositiveRate = qQNaN(); // misses / validated
    double durationErrorMinutes = qQNaN(); // mean |estimated - actual| over hits with both
    qint64 durationSamples = 0;
    PredictionScore score; // Brier and calibration over this run's predictions

    // {"as_of", "due_before", "tolerance_minutes", "validated", "hits", "misses",
    //  "accuracy_rate", "false_positive_rate", "duration_error_minutes",
    //  "duration_samples", "brier", "calibration": [{"bin_from", "bin_to",
    //  "count", "mean_confidence", "observed_rate"}], "predictions": [...]}
    QJsonObject toJson() const;
};

// Matches due, unvalidated rows of predictive_schedules with the runs in
// `tasks` (same type, start in [slot start - tolerance, slot end + tolerance),
// each run used once, earliest first) and writes actual_execution_time and
// prediction_accuracy (1 hit, 0 miss) in one transaction. Validated rows are
// never looked at again.
Result<ValidateReport> runValidatePredictions(const ValidateRequest &request, const Progress &progress = {});

} // namespace rulecast
