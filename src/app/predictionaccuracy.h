#pragma once

#include "core/predictionscore.h"
#include "core/result.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <QtNumeric>

namespace rulecast {

// How well every validated prediction in the database came true (the rows of
// predictive_schedules that validate-predictions scored: prediction_accuracy
// 1 hit, 0 miss). The same figures validate-predictions gives for one run,
// over all runs (docs/prediction.md): accuracy = hits / validated,
// false-positive rate = misses / validated, Brier and the ten-bin
// calibration table of PredictionScore.
struct PredictionAccuracy
{
    struct ByType
    {
        QString taskType;
        qint64 validated = 0;
        qint64 hits = 0;
        double meanConfidence = 0;
        double accuracyRate() const { return validated > 0 ? double(hits) / double(validated) : qQNaN(); }
    };

    qint64 validated = 0;
    qint64 hits = 0;
    double accuracyRate = qQNaN();
    double falsePositiveRate = qQNaN();
    PredictionScore score;       // brier and bins; meaningful when validated > 0
    qint64 firstPredicted = 0;   // predicted_execution_time of the oldest / newest validated row
    qint64 lastPredicted = 0;
    QList<ByType> byType;        // most validated first
    qint64 unreadableRows = 0;   // validated rows with a time that does not parse (left out)

    double brier() const { return validated > 0 ? score.brier : qQNaN(); }
};

Result<PredictionAccuracy> readPredictionAccuracy(const Database &db);

} // namespace rulecast
