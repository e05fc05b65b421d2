#pragma once

#include "app/predictionaccuracy.h"
#include "app/storedrunload.h"
#include "core/activitypattern.h"
#include "core/progress.h"
#include "core/result.h"
#include "core/ruleconflicts.h"
#include "core/rulegenerator.h"
#include "storage/historystats.h"
#include "storage/optimizationstore.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace rulecast {

// What a report is made of, read from one database through the storage and
// app layers (docs/reports.md). Every figure is the stored one: nothing is
// re-detected or re-predicted, so the report says what the database holds.
struct ReportRequest
{
    QString databasePath;
    qint64 now = 0;        // "upcoming" predictions start here; rule conflicts are checked from here
    int capacity = 1;      // runs that can go at once (capacity.concurrent_slots) for the conflict check
    int conflictDays = 7;  // days of rule runs checked for conflicts
    int predictionDays = 7; // upcoming predictions up to this many days ahead
    int maxPredictions = 500;
};

struct ReportData
{
    QString databasePath;
    qint64 generatedAt = 0;

    HistorySummary history;
    QList<QPair<QString, qint64>> taskTypes; // type and task count, most tasks first

    QList<ActivityPattern> patterns; // active ones, most confident first
    int inactivePatterns = 0;

    QList<SchedulingRule> rules; // every rule by id
    QList<RuleConflict> conflicts; // among the enabled rules, indexes into `rules`
    int conflictCapacity = 1;
    int conflictDays = 7;

    QVector<StoredPrediction> upcoming; // unvalidated predictions from now on, in time order
    qint64 upcomingTotal = 0;           // before the maxPredictions cut
    qint64 upcomingUntil = 0;

    std::optional<OptimizationRecord> lastOptimization;
    StoredRunLoad runLoad;  // empty when there is no run or it could not be replayed
    QString runLoadProblem; // why runLoad is empty although there is a run

    PredictionAccuracy accuracy; // over every validated prediction

    // Plain sentences naming what the database does not have yet and how to
    // get it (the summary page shows them); empty when everything is there.
    QStringList missing() const;
    int enabledRules() const;
};

// Opens its own connection (so it may run on a worker thread) and reads
// everything; fails only when the database cannot be read.
Result<ReportData> gatherReportData(const ReportRequest &request, const Progress &progress = {});

} // namespace rulecast
