#pragma once

#include "core/activitypattern.h"
#include "core/detectiontypes.h"
#include "core/taskrecord.h"

#include <QList>

#include <vector>

namespace rulecast {

// resource_usage: the hours (and weekdays) in which the measured demand of the
// tasks' resource columns (cpu_percent, memory_mb, disk_mb, network_mbps) is
// high. Each run adds value × the part of each hour it overlaps, giving the
// average concurrent demand per day and hour; peak hours are those at 1.5× the
// mean hour or more. Confidence is regularity again: the share of active days
// whose peak hours carry 1.25× that day's mean, corrected by the same test on
// the peak set rotated to other hours (what any set of hours would score).
class ResourceUsageDetector
{
public:
    explicit ResourceUsageDetector(DetectionOptions options = {}) : m_options(options) {}

    // `members` indexes the tasks that started inside the window, in the
    // order of `events` (whose types it uses).
    QList<ActivityPattern> detect(const std::vector<TaskRecord> &tasks, const std::vector<std::size_t> &members,
                                  const EventTable &events, const AnalysisWindow &window) const;

private:
    DetectionOptions m_options;
};

} // namespace rulecast
