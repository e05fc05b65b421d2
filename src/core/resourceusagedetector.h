#pragma once

#include "core/activitypattern.h"
#include "core/detectiontypes.h"
#include "core/resourcesample.h"
#include "core/taskrecord.h"

#include <QList>

#include <functional>
#include <optional>

#include <vector>

namespace rulecast {

// resource_usage: the hours (and weekdays) in which the measured demand of the
// tasks' resource columns (cpu_percent, memory_mb, disk_mb, network_mbps) is
// high. Each run adds value × the part of each hour it overlaps, giving the
// average concurrent demand per day and hour; peak hours are those at 1.5× the
// mean hour or more. Confidence is regularity again: the share of active days
// whose peak hours carry 1.25× that day's mean, corrected by the same test on
// the peak set rotated to other hours (what any set of hours would score).
// System-wide resource samples (the sampler's cpu/memory/disk/network) go
// through the same test with each hour's mean sampled value, as metrics
// "system_cpu_percent" and so on ("measured_by": "samples").
class ResourceUsageDetector
{
public:
    explicit ResourceUsageDetector(DetectionOptions options = {}) : m_options(options) {}

    // `members` indexes the tasks that started inside the window, in the
    // order of `events` (whose types it uses).
    QList<ActivityPattern> detect(const std::vector<TaskRecord> &tasks, const std::vector<std::size_t> &members,
                                  const EventTable &events, const AnalysisWindow &window,
                                  const std::vector<ResourceSample> &samples = {}) const;

private:
    struct GridMetric
    {
        QString name;
        QString unit;
        QString source; // "tasks" or "samples"
        // A task's share in the demand, to rank the types behind a peak.
        std::function<double(const TaskRecord &)> typeDemand;
    };
    // The peak test on a day × 24-hour grid of average demand.
    std::optional<ActivityPattern> analyzeGrid(const std::vector<double> &grid, qint64 day0, qint64 dayCount,
                                               const GridMetric &metric, const std::vector<TaskRecord> &tasks,
                                               const std::vector<std::size_t> &members, const EventTable &events,
                                               const AnalysisWindow &window) const;

    DetectionOptions m_options;
};

} // namespace rulecast
