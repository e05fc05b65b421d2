#include "core/resourceestimate.h"

#include "core/typeinterner.h"

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

struct Samples
{
    std::vector<double> duration, cpu, memory, disk, network;
    int runs = 0;
};

// Nearest-rank quantile; reorders `values` (a selection, not a full sort:
// a busy type has tens of thousands of runs in four weeks).
double quantile(std::vector<double> &values, double q)
{
    const size_t rank = size_t(std::ceil(q * double(values.size())));
    const auto at = values.begin() + std::ptrdiff_t(std::clamp<size_t>(rank, 1, values.size()) - 1);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

void add(std::vector<double> &into, double v)
{
    if (!std::isnan(v) && v >= 0)
        into.push_back(v);
}

} // namespace

ResourceEstimate ResourceEstimator::defaults()
{
    ResourceEstimate e;
    e.estimated = {QStringLiteral("duration"), QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("disk"),
                   QStringLiteral("network")};
    return e;
}

QHash<QString, ResourceEstimate> ResourceEstimator::estimate(const std::vector<TaskRecord> &tasks, qint64 from,
                                                             qint64 until)
{
    TypeInterner interner;
    std::vector<Samples> byType;
    for (const TaskRecord &task : tasks) {
        if (task.startedAt < from || task.startedAt >= until)
            continue;
        const int t = interner.intern(task.type);
        if (t >= int(byType.size()))
            byType.emplace_back();
        Samples &s = byType[size_t(t)];
        ++s.runs;
        if (task.hasFinished() && task.finishedAt <= until)
            add(s.duration, double(task.durationSeconds()) / 60.0);
        add(s.cpu, task.cpuPercent);
        add(s.memory, task.memoryMb);
        add(s.disk, task.diskMb);
        add(s.network, task.networkMbps);
    }
    QHash<QString, ResourceEstimate> result;
    for (int t = 0; t < interner.size(); ++t) {
        Samples &s = byType[size_t(t)];
        ResourceEstimate e;
        e.samples = s.runs;
        if (s.duration.empty()) {
            e.estimated << QStringLiteral("duration");
        } else {
            e.durationMinutes = quantile(s.duration, 0.5);
            e.durationP90Minutes = quantile(s.duration, 0.9);
        }
        auto median = [&](std::vector<double> &values, double &into, const char *name) {
            if (values.empty())
                e.estimated << QString::fromLatin1(name);
            else
                into = quantile(values, 0.5);
        };
        median(s.cpu, e.cpuPercent, "cpu");
        median(s.memory, e.memoryMb, "memory");
        median(s.disk, e.diskMb, "disk");
        median(s.network, e.networkMbps, "network");
        result.insert(interner.names()[t], e);
    }
    return result;
}

} // namespace rulecast
