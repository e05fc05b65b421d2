#pragma once

#include "core/result.h"

#include <QString>
#include <QVector>

#include <limits>

namespace rulecast {

class Database;

// A validated prediction (prediction_accuracy set) with what it estimated and,
// for a hit, what the run it was matched with actually took. NaN: unknown.
struct ValidatedPredictionFacts
{
    qint64 id = 0;
    qint64 predictedAt = 0; // predicted_execution_time, epoch seconds
    double confidence = 0;
    bool hit = false;
    double estimatedDurationMinutes = std::numeric_limits<double>::quiet_NaN();
    double estimatedCpuPercent = std::numeric_limits<double>::quiet_NaN();
    double estimatedMemoryMb = std::numeric_limits<double>::quiet_NaN();
    double actualDurationMinutes = std::numeric_limits<double>::quiet_NaN();
    double actualCpuPercent = std::numeric_limits<double>::quiet_NaN();
    double actualMemoryMb = std::numeric_limits<double>::quiet_NaN();
};

// How many rows the dashboard's context line counts.
struct DashboardCounts
{
    qint64 tasks = 0;
    qint64 activePatterns = 0;
    qint64 enabledRules = 0;
    qint64 pendingPredictions = 0;  // not validated yet
    qint64 upcomingPredictions = 0; // not validated, at or after `now`
    qint64 latestValidated = 0;     // predicted time of the newest validated prediction; 0: none
};

// Read-only queries behind the dashboard figures (app/dashboardmetrics.h).
// Uses the calling thread's connection; writes nothing.
class DashboardQueries
{
public:
    explicit DashboardQueries(const Database &db) : m_db(db) {}

    // Validated predictions predicted at or after `from`, oldest first. A hit
    // is joined with the run validation matched it with (same type, started
    // at actual_execution_time) for its duration, CPU and memory.
    Result<QVector<ValidatedPredictionFacts>> validatedPredictions(qint64 from) const;
    Result<DashboardCounts> counts(qint64 now) const;

private:
    const Database &m_db;
};

} // namespace rulecast
