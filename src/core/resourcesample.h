#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>

namespace rulecast {

// One system-wide measurement of a host (the `resource_samples` table): the
// average demand over the interval that ended at `sampledAt`. Figures are NaN
// when the source had nothing to say (e.g. no disk counters in a container).
struct ResourceSample
{
    QString host;
    qint64 sampledAt = 0; // UTC epoch seconds, the end of the measured interval
    double cpuPercent = std::nan("");  // busy share of all CPUs, 0–100
    double memoryMb = std::nan("");    // memory in use (total − available)
    double diskIoMbps = std::nan("");  // bytes read + written, in MB/s
    double networkMbps = std::nan(""); // bytes received + sent on non-loopback interfaces, in Mbit/s
};

} // namespace rulecast
