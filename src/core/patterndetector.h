#pragma once

#include "core/activitypattern.h"
#include "core/behaviorprofile.h"
#include "core/detectiontypes.h"
#include "core/progress.h"
#include "core/resourcesample.h"
#include "core/taskrecord.h"

#include <QList>

#include <vector>

namespace rulecast {

// What one analysis found.
struct PatternAnalysis
{
    AnalysisWindow window;             // the effective window [from, as-of)
    qint64 requestedFrom = 0;          // as-of minus the requested days
    qint64 tasksAnalyzed = 0;
    QStringList analyzedTypes;         // every task type with runs in the window
    QList<ActivityPattern> patterns;   // above both thresholds, strongest first
    qint64 candidatesBelowThreshold = 0;
    BehaviorProfile profile;
    bool canceled = false;
};

// Phase 1: runs every detector over the tasks that started in
// [asOf - days, asOf) — nothing at or after as-of is looked at — and keeps the
// patterns with confidence >= minConfidence and >= minDetectionCount
// occurrences. Per type, an interval (hourly / every-N-minutes) pattern is
// looked for first and the runs it explains are left out of the calendar
// search, so hourly work is one pattern, not 24 daily ones.
class PatternDetector
{
public:
    explicit PatternDetector(DetectionOptions options = {}) : m_options(options) {}
    const DetectionOptions &options() const { return m_options; }

    // `samples`: system-wide resource samples (resource_samples), which the
    // resource-usage detector reads beside the tasks' own resource columns.
    PatternAnalysis analyze(const std::vector<TaskRecord> &tasks, qint64 asOf, int days,
                            const Progress &progress = {}, const std::vector<ResourceSample> &samples = {}) const;

private:
    DetectionOptions m_options;
};

} // namespace rulecast
