#pragma once

#include "core/taskrecord.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace rulecast {

// What a predicted task will probably need, from the history of its type:
// duration median and 90th percentile, and the median CPU, memory, disk and
// network figures of its runs. A figure without any data falls back to the
// documented default (docs/prediction.md) and is listed in `estimated`.
struct ResourceEstimate
{
    static constexpr double kDefaultDurationMinutes = 5.0;
    static constexpr double kDefaultCpuPercent = 10.0;
    static constexpr double kDefaultMemoryMb = 256.0;
    static constexpr double kDefaultDiskMb = 0.0;
    static constexpr double kDefaultNetworkMbps = 0.0;

    double durationMinutes = kDefaultDurationMinutes;   // median
    double durationP90Minutes = kDefaultDurationMinutes;
    double cpuPercent = kDefaultCpuPercent;
    double memoryMb = kDefaultMemoryMb;
    double diskMb = kDefaultDiskMb;
    double networkMbps = kDefaultNetworkMbps;
    int samples = 0;        // runs of the type the figures come from
    QStringList estimated;  // names of the figures that are defaults
};

class ResourceEstimator
{
public:
    // Statistics per type over the tasks that started in [from, until).
    static QHash<QString, ResourceEstimate> estimate(const std::vector<TaskRecord> &tasks, qint64 from, qint64 until);
    // The all-defaults estimate for a type without history.
    static ResourceEstimate defaults();
};

} // namespace rulecast
