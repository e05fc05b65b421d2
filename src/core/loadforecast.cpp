#include "core/loadforecast.h"

#include "core/slotgrid.h"
#include "core/typeinterner.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

// Totals up to this are convolved exactly; more mass lands in the last bin,
// which keeps the median and p90 exact as long as they lie below it.
constexpr size_t kSupport = 4096;
// Beyond this expected count an hour is a sum of many independent types and
// the normal approximation is as good as the exact convolution, and cheap.
constexpr double kExactMean = 64.0;

struct TypeStats
{
    std::vector<double> countShare; // share of busy slots with 1, 2, ... starts (index = count)
    std::vector<std::pair<size_t, double>> nonZero; // the non-zero entries of countShare
    double meanCount = 1;
    double varianceCount = 0;
    double cpuPerTask = 0;
    double memoryPerTask = 0;
};

double quantileOf(const std::vector<double> &distribution, double q)
{
    double acc = 0;
    for (size_t k = 0; k < distribution.size(); ++k) {
        acc += distribution[k];
        if (acc >= q - 1e-12)
            return double(k);
    }
    return double(distribution.size() - 1);
}

// Upper-tail quantile of a normal approximation, clamped at zero.
double normalQuantile(double mean, double variance, double z)
{
    return std::max(0.0, mean + z * std::sqrt(std::max(0.0, variance)));
}

std::vector<double> hourlyCounts(const std::vector<TaskRecord> &history, qint64 from, qint64 to)
{
    std::vector<double> counts(size_t(std::max<qint64>(0, (to - from) / 3600)), 0.0);
    for (const TaskRecord &task : history) {
        if (task.startedAt >= from && task.startedAt < to)
            counts[size_t((task.startedAt - from) / 3600)] += 1;
    }
    return counts;
}

} // namespace

std::vector<HourLoad> LoadForecast::compute(const PredictionSet &predictions, const std::vector<TaskRecord> &history,
                                            const Options &options)
{
    const SlotGrid &grid = predictions.grid;
    const qint64 asOf = grid.asOf();
    const qint64 windowStart = asOf - qint64(options.historyDays) * SlotGrid::kSecondsPerDay;
    const int slotSeconds = grid.slotSeconds();

    // Starts per busy (type, slot) and demand per task, over the recent window.
    QHash<QString, int> predictedType;
    for (int t = 0; t < predictions.types.size(); ++t)
        predictedType.insert(predictions.types[t], t);
    TypeInterner seen;              // the history's own type names ...
    std::vector<int> predictedOf;   // ... and their index in the predictions, -1 if none
    const size_t typeCount = size_t(predictions.types.size());
    // Starts per (type, slot of the window): dense, the window is a few thousand slots.
    // Counts per busy hour (per busy slot when slots are longer): a type's
    // starts within one hour come together, not as independent half-hours.
    const int cellSeconds = std::max(slotSeconds, 3600);
    const qint64 windowSlots = (asOf - windowStart + cellSeconds - 1) / cellSeconds;
    std::vector<std::vector<int>> perSlot(typeCount);
    std::vector<double> cpuSum(typeCount, 0), cpuN(typeCount, 0), memSum(typeCount, 0), memN(typeCount, 0);
    for (const TaskRecord &task : history) {
        if (task.startedAt < windowStart || task.startedAt >= asOf)
            continue;
        const int local = seen.intern(task.type);
        if (local >= int(predictedOf.size()))
            predictedOf.push_back(predictedType.value(task.type, -1));
        const int found = predictedOf[size_t(local)];
        if (found < 0)
            continue;
        const size_t t = size_t(found);
        if (perSlot[t].empty())
            perSlot[t].assign(size_t(windowSlots), 0);
        perSlot[t][size_t((task.startedAt - windowStart) / cellSeconds)] += 1;
        if (!std::isnan(task.cpuPercent)) {
            cpuSum[t] += task.cpuPercent;
            cpuN[t] += 1;
        }
        if (!std::isnan(task.memoryMb)) {
            memSum[t] += task.memoryMb;
            memN[t] += 1;
        }
    }
    std::vector<TypeStats> stats(typeCount);
    for (size_t t = 0; t < typeCount; ++t) {
        TypeStats &s = stats[t];
        s.cpuPerTask = cpuN[t] > 0 ? cpuSum[t] / cpuN[t] : 0.0;
        s.memoryPerTask = memN[t] > 0 ? memSum[t] / memN[t] : 0.0;
        int busySlots = 0, maxCount = 1;
        for (int c : perSlot[t]) {
            busySlots += c > 0 ? 1 : 0;
            maxCount = std::max(maxCount, c);
        }
        if (busySlots == 0) {
            s.countShare = {0.0, 1.0}; // never seen busy: one start when it does run
            s.nonZero = {{1, 1.0}};
            continue;
        }
        s.countShare.assign(size_t(maxCount) + 1, 0.0);
        for (int c : perSlot[t])
            if (c > 0)
                s.countShare[size_t(c)] += 1.0 / busySlots;
        double mean = 0, second = 0;
        for (size_t k = 1; k < s.countShare.size(); ++k)
            if (s.countShare[k] > 0)
                s.nonZero.emplace_back(k, s.countShare[k]);
        for (size_t k = 0; k < s.countShare.size(); ++k) {
            mean += double(k) * s.countShare[k];
            second += double(k * k) * s.countShare[k];
        }
        s.meanCount = mean;
        s.varianceCount = second - mean * mean;
    }

    // One hour = the slots starting in it (slots longer than an hour are split evenly).
    const qint64 firstHour = grid.start() / 3600 * 3600;
    const int hours = int((grid.end() - firstHour + 3599) / 3600);
    std::vector<HourLoad> result(size_t(std::max(0, hours)));
    for (int h = 0; h < hours; ++h)
        result[size_t(h)].start = firstHour + qint64(h) * 3600;

    std::vector<std::vector<double>> distribution(result.size(), std::vector<double>{1.0});
    std::vector<double> mean(result.size(), 0.0), variance(result.size(), 0.0);
    std::vector<char> exact(result.size(), 1);
    std::vector<double> next;
    std::vector<double> hourProbability(result.size());
    for (size_t t = 0; t < typeCount; ++t) {
        const TypeStats &s = stats[t];
        // Probability of at least one start per hour: the slots of an hour
        // combine as independent chances; a longer slot spreads evenly.
        std::fill(hourProbability.begin(), hourProbability.end(), 0.0);
        for (int i = 0; i < grid.count(); ++i) {
            const double p = predictions.probability(int(t), i);
            if (p <= 0)
                continue;
            const int parts = std::max(1, slotSeconds / 3600);
            for (int part = 0; part < parts; ++part) {
                const size_t h = size_t((grid.slotStart(i) + qint64(part) * 3600 - firstHour) / 3600);
                if (h < result.size())
                    hourProbability[h] = 1.0 - (1.0 - hourProbability[h]) * (1.0 - p / parts);
            }
        }
        for (size_t h = 0; h < result.size(); ++h) {
            const double share = hourProbability[h];
            if (share <= 1e-4)
                continue;
            HourLoad &load = result[h];
            load.expectedTasks += share * s.meanCount;
            load.cpu += share * s.meanCount * s.cpuPerTask;
            load.memoryMb += share * s.meanCount * s.memoryPerTask;
            // Mixture moments: with probability p a draw from countShare, else 0.
            mean[h] += share * s.meanCount;
            variance[h] += share * (s.varianceCount + s.meanCount * s.meanCount)
                           - share * share * s.meanCount * s.meanCount;
            if (!exact[h])
                continue;
            if (mean[h] > kExactMean) {
                exact[h] = 0; // a crowd of independent types: the normal approximation is good
                continue;
            }
            const std::vector<double> &d = distribution[h];
            next.assign(std::min(kSupport, d.size() + s.countShare.size() - 1), 0.0);
            for (size_t a = 0; a < d.size(); ++a) {
                if (d[a] == 0)
                    continue;
                next[a] += d[a] * (1.0 - share);
                for (const auto &[k, q] : s.nonZero)
                    next[std::min(a + k, kSupport - 1)] += d[a] * share * q;
            }
            distribution[h].swap(next);
        }
    }
    for (size_t h = 0; h < result.size(); ++h) {
        if (exact[h]) {
            result[h].tasks = quantileOf(distribution[h], 0.5);
            result[h].tasksP90 = quantileOf(distribution[h], 0.9);
        } else {
            result[h].tasks = normalQuantile(mean[h], variance[h], 0.0);
            result[h].tasksP90 = normalQuantile(mean[h], variance[h], 1.2816);
        }
    }
    return result;
}

std::vector<double> LoadForecast::sameHourYesterday(const std::vector<TaskRecord> &history, qint64 start, int hours)
{
    std::vector<double> forecast(size_t(std::max(0, hours)), 0.0);
    const std::vector<double> yesterday = hourlyCounts(history, start - SlotGrid::kSecondsPerDay, start);
    for (int h = 0; h < hours; ++h)
        forecast[size_t(h)] = yesterday[size_t(h % 24)];
    return forecast;
}

std::vector<double> LoadForecast::holtWintersWeekly(const std::vector<TaskRecord> &history, qint64 start, int hours)
{
    constexpr size_t season = 168;
    constexpr double alpha = 0.2, beta = 0.0, gamma = 0.1;
    std::vector<double> forecast(size_t(std::max(0, hours)), 0.0);
    qint64 first = start;
    for (const TaskRecord &task : history)
        first = std::min(first, task.startedAt);
    first = first / 3600 * 3600;
    const std::vector<double> y = hourlyCounts(history, first, start);
    if (y.size() < 2 * season)
        return sameHourYesterday(history, start, hours); // not two seasons yet: nothing to fit
    double level = 0, trend = 0;
    for (size_t i = 0; i < season; ++i)
        level += y[i] / double(season);
    double secondWeek = 0;
    for (size_t i = season; i < 2 * season; ++i)
        secondWeek += y[i] / double(season);
    trend = (secondWeek - level) / double(season);
    std::vector<double> seasonal(season);
    for (size_t i = 0; i < season; ++i)
        seasonal[i] = y[i] - level;
    for (size_t t = season; t < y.size(); ++t) {
        const double s = seasonal[t % season];
        const double newLevel = alpha * (y[t] - s) + (1 - alpha) * (level + trend);
        trend = beta * (newLevel - level) + (1 - beta) * trend;
        seasonal[t % season] = gamma * (y[t] - newLevel) + (1 - gamma) * s;
        level = newLevel;
    }
    for (int k = 0; k < hours; ++k)
        forecast[size_t(k)] = level + double(k + 1) * trend + seasonal[(y.size() + size_t(k)) % season];
    return forecast;
}

} // namespace rulecast
