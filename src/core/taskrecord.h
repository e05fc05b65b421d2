#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>

namespace rulecast {

// One execution of a task, the unit every analysis works on. Times are UTC
// seconds since the epoch; resource figures are NaN when unknown.
struct TaskRecord
{
    qint64 id = 0;
    QString type;
    QString status;
    QString host;
    QString description;
    qint64 startedAt = 0;
    qint64 finishedAt = -1; // -1: not finished or unknown
    double cpuPercent = std::nan("");
    double memoryMb = std::nan("");
    double diskMb = std::nan("");
    double networkMbps = std::nan("");

    bool hasFinished() const { return finishedAt >= 0; }
    qint64 durationSeconds() const { return hasFinished() ? finishedAt - startedAt : -1; }
};

} // namespace rulecast
