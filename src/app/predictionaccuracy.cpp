#include "app/predictionaccuracy.h"

#include "core/timeformat.h"
#include "core/phrase.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace rulecast {

Result<PredictionAccuracy> readPredictionAccuracy(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT predicted_task_type, predicted_execution_time, confidence_score, "
                               "prediction_accuracy FROM predictive_schedules WHERE prediction_accuracy IS NOT NULL "
                               "ORDER BY predicted_execution_time, id")))
        return Result<PredictionAccuracy>::failure(
            phrase("StoredPredictions", QT_TRANSLATE_NOOP("StoredPredictions", "reading predictive_schedules: %1")).arg(q.lastError().text()));
    PredictionAccuracy out;
    std::vector<double> probabilities;
    std::vector<char> outcomes;
    QHash<QString, int> typeIndex;
    QList<double> confidenceSums;
    while (q.next()) {
        const std::optional<qint64> at = timeformat::parse(q.value(1).toString());
        if (!at) {
            ++out.unreadableRows;
            continue;
        }
        const QString type = q.value(0).toString();
        const double confidence = q.value(2).toDouble();
        // validate-predictions writes 1 or 0; anything >= 0.5 another program wrote counts as a hit.
        const bool hit = q.value(3).toDouble() >= 0.5;
        if (out.validated == 0)
            out.firstPredicted = *at;
        out.lastPredicted = *at;
        ++out.validated;
        out.hits += hit ? 1 : 0;
        probabilities.push_back(confidence);
        outcomes.push_back(hit ? 1 : 0);
        auto it = typeIndex.constFind(type);
        if (it == typeIndex.constEnd()) {
            it = typeIndex.insert(type, int(out.byType.size()));
            out.byType.append(PredictionAccuracy::ByType{type, 0, 0, 0});
            confidenceSums.append(0);
        }
        PredictionAccuracy::ByType &t = out.byType[*it];
        ++t.validated;
        t.hits += hit ? 1 : 0;
        confidenceSums[*it] += confidence;
    }
    for (int i = 0; i < out.byType.size(); ++i)
        out.byType[i].meanConfidence = confidenceSums.at(i) / double(out.byType.at(i).validated);
    std::stable_sort(out.byType.begin(), out.byType.end(), [](const auto &a, const auto &b) {
        return a.validated != b.validated ? a.validated > b.validated : a.taskType < b.taskType;
    });
    if (out.validated > 0) {
        out.accuracyRate = double(out.hits) / double(out.validated);
        out.falsePositiveRate = double(out.validated - out.hits) / double(out.validated);
    }
    out.score = PredictionScore::compute(probabilities, outcomes, 10);
    return out;
}

} // namespace rulecast
