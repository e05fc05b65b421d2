#include "resourceusagedetector.h"

#include "patternstatistics.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>

namespace rulecast {

using namespace patternstats;

namespace {

struct Metric
{
    const char *name;
    const char *unit;
    double TaskRecord::*field;
};
const Metric kMetrics[] = {
    {"cpu_percent", "percent", &TaskRecord::cpuPercent},
    {"memory_mb", "MB", &TaskRecord::memoryMb},
    {"disk_mb", "MB", &TaskRecord::diskMb},
    {"network_mbps", "Mbit/s", &TaskRecord::networkMbps},
};

// The system-wide figures of resource_samples, each beside the task column
// that measures the same resource (used to rank the types behind a peak).
struct SampleMetric
{
    const char *name;
    const char *unit;
    double ResourceSample::*field;
    double TaskRecord::*taskField;
};
const SampleMetric kSampleMetrics[] = {
    {"system_cpu_percent", "percent", &ResourceSample::cpuPercent, &TaskRecord::cpuPercent},
    {"system_memory_mb", "MB", &ResourceSample::memoryMb, &TaskRecord::memoryMb},
    {"system_disk_io_mbps", "MB/s", &ResourceSample::diskIoMbps, &TaskRecord::diskMb},
    {"system_network_mbps", "Mbit/s", &ResourceSample::networkMbps, &TaskRecord::networkMbps},
};

// A run with no recorded end occupies one minute: it happened, briefly.
constexpr qint64 kDefaultDuration = 60;

// Does the day pass the peak test with the peak hours shifted by `shift`?
bool dayPasses(const double *hours, const std::vector<int> &peak, int shift)
{
    double total = 0.0;
    for (int h = 0; h < 24; ++h)
        total += hours[h];
    if (total <= 0.0)
        return false;
    double inPeak = 0.0;
    for (int h : peak)
        inPeak += hours[(h + shift) % 24];
    return inPeak / double(peak.size()) >= 1.25 * total / 24.0;
}

} // namespace

QList<ActivityPattern> ResourceUsageDetector::detect(const std::vector<TaskRecord> &tasks,
                                                     const std::vector<std::size_t> &members,
                                                     const EventTable &events, const AnalysisWindow &window,
                                                     const std::vector<ResourceSample> &samples) const
{
    QList<ActivityPattern> out;
    if (window.seconds() <= 0)
        return out;
    const qint64 day0 = dayIndex(window.from);
    const qint64 dayCount = dayIndex(window.until - 1) - day0 + 1;

    for (const Metric &metric : kMetrics) {
        std::vector<double> grid(std::size_t(dayCount) * 24, 0.0); // average demand per day and hour
        qint64 measured = 0;
        for (std::size_t i : members) {
            const TaskRecord &t = tasks[i];
            const double value = t.*(metric.field);
            if (!(value > 0.0) || !std::isfinite(value))
                continue;
            ++measured;
            const qint64 start = std::max(t.startedAt, window.from);
            qint64 end = t.hasFinished() && t.finishedAt > t.startedAt ? t.finishedAt : t.startedAt + kDefaultDuration;
            end = std::min(end, window.until);
            for (qint64 s = start; s < end;) {
                const qint64 hourStart = s - ((s % 3600) + 3600) % 3600;
                const qint64 e = std::min(end, hourStart + 3600);
                const qint64 d = dayIndex(s) - day0;
                const int h = int((s - dayIndex(s) * kSecondsPerDay) / 3600);
                if (d >= 0 && d < dayCount)
                    grid[std::size_t(d) * 24 + std::size_t(h)] += value * double(e - s) / 3600.0;
                s = e;
            }
        }
        if (measured < m_options.minDetectionCount)
            continue;
        const GridMetric gm{QString::fromLatin1(metric.name), QString::fromLatin1(metric.unit), QStringLiteral("tasks"),
                            [field = metric.field](const TaskRecord &t) {
                                const double value = t.*field;
                                return value > 0.0 && std::isfinite(value)
                                           ? value * double(std::max<qint64>(kDefaultDuration, t.durationSeconds()))
                                           : 0.0;
                            }};
        if (std::optional<ActivityPattern> p = analyzeGrid(grid, day0, dayCount, gm, tasks, members, events, window))
            out << *p;
    }

    // System-wide samples: the grid holds each hour's mean sampled value (an
    // hour without samples is unmeasured, not idle, so it stays out of the
    // day's test by being zero only when the whole day is unmeasured).
    for (const SampleMetric &metric : kSampleMetrics) {
        std::vector<double> sum(std::size_t(dayCount) * 24, 0.0);
        std::vector<int> count(std::size_t(dayCount) * 24, 0);
        qint64 measured = 0;
        for (const ResourceSample &s : samples) {
            const double value = s.*(metric.field);
            if (!std::isfinite(value) || value < 0.0 || s.sampledAt < window.from || s.sampledAt >= window.until)
                continue;
            const qint64 d = dayIndex(s.sampledAt) - day0;
            const int h = int((s.sampledAt - dayIndex(s.sampledAt) * kSecondsPerDay) / 3600);
            if (d < 0 || d >= dayCount)
                continue;
            sum[std::size_t(d) * 24 + std::size_t(h)] += value;
            ++count[std::size_t(d) * 24 + std::size_t(h)];
            ++measured;
        }
        if (measured < m_options.minDetectionCount)
            continue;
        std::vector<double> grid(sum.size(), 0.0);
        for (std::size_t i = 0; i < grid.size(); ++i)
            grid[i] = count[i] > 0 ? sum[i] / count[i] : 0.0;
        const GridMetric gm{QString::fromLatin1(metric.name), QString::fromLatin1(metric.unit), QStringLiteral("samples"),
                            [field = metric.taskField](const TaskRecord &t) {
                                // Who runs during the peak: run time, weighted by the
                                // task's own figure for this resource when it has one.
                                const double value = t.*field;
                                const double weight = value > 0.0 && std::isfinite(value) ? value : 1.0;
                                return weight * double(std::max<qint64>(kDefaultDuration, t.durationSeconds()));
                            }};
        if (std::optional<ActivityPattern> p = analyzeGrid(grid, day0, dayCount, gm, tasks, members, events, window))
            out << *p;
    }
    return out;
}

std::optional<ActivityPattern> ResourceUsageDetector::analyzeGrid(const std::vector<double> &grid, qint64 day0,
                                                                  qint64 dayCount, const GridMetric &metric,
                                                                  const std::vector<TaskRecord> &tasks,
                                                                  const std::vector<std::size_t> &members,
                                                                  const EventTable &events,
                                                                  const AnalysisWindow &window) const
{
    std::array<double, 24> hourly{};
    std::array<double, 7> weekday{};
    std::array<int, 7> weekdayDays{};
    for (qint64 d = 0; d < dayCount; ++d) {
        double dayTotal = 0.0;
        for (int h = 0; h < 24; ++h) {
            hourly[std::size_t(h)] += grid[std::size_t(d) * 24 + std::size_t(h)] / double(dayCount);
            dayTotal += grid[std::size_t(d) * 24 + std::size_t(h)];
        }
        const int wd = weekdayOfDay(day0 + d);
        weekday[std::size_t(wd)] += dayTotal / 24.0;
        ++weekdayDays[std::size_t(wd)];
    }
    double mean = 0.0;
    for (double v : hourly)
        mean += v / 24.0;
    if (mean <= 0.0)
        return std::nullopt;
    std::vector<int> peak;
    for (int h = 0; h < 24; ++h)
        if (hourly[std::size_t(h)] >= 1.5 * mean)
            peak.push_back(h);
    if (peak.empty() || peak.size() > 12)
        return std::nullopt;

    // Regularity: days whose peak hours are busy, against rotated hours.
    qint64 hitsDays = 0, activeDays = 0, rotatedPasses = 0, rotatedTrials = 0;
    std::vector<qint64> hitDays;
    for (qint64 d = 0; d < dayCount; ++d) {
        const double *row = grid.data() + std::size_t(d) * 24;
        double total = 0.0;
        for (int h = 0; h < 24; ++h)
            total += row[h];
        if (total <= 0.0)
            continue;
        ++activeDays;
        if (dayPasses(row, peak, 0)) {
            ++hitsDays;
            hitDays.push_back(day0 + d);
        }
        for (int shift = 1; shift < 24; ++shift) {
            bool overlaps = false;
            for (int h : peak)
                overlaps = overlaps || std::find(peak.begin(), peak.end(), (h + shift) % 24) != peak.end();
            if (overlaps)
                continue;
            ++rotatedTrials;
            rotatedPasses += dayPasses(row, peak, shift) ? 1 : 0;
        }
    }
    const double chance = rotatedTrials > 0 ? double(rotatedPasses) / double(rotatedTrials) : 0.5;

    // Who makes the peak: types whose own demand is concentrated in the
    // peak hours (a type spread evenly over the day is present at the
    // peak, not its cause), ranked by their demand there.
    std::vector<QPair<double, double>> byType(std::size_t(events.typeNames.size())); // in peak, overall
    std::vector<char> isPeak(24, 0);
    // Days on which each type ran in the peak hours: a cause of the peak
    // is there on most of the days that show it, not once by chance.
    std::vector<std::vector<char>> peakDays(byType.size(), std::vector<char>(std::size_t(dayCount), 0));
    for (int h : peak)
        isPeak[std::size_t(h)] = 1;
    for (std::size_t m = 0; m < members.size(); ++m) {
        const TaskRecord &t = tasks[members[m]];
        const double demand = metric.typeDemand(t);
        if (!(demand > 0.0))
            continue;
        const int h = int((t.startedAt - dayIndex(t.startedAt) * kSecondsPerDay) / 3600);
        QPair<double, double> &d = byType[std::size_t(events.types[m])];
        d.second += demand;
        if (isPeak[std::size_t(h)]) {
            d.first += demand;
            const qint64 day = dayIndex(t.startedAt) - day0;
            if (day >= 0 && day < dayCount)
                peakDays[std::size_t(events.types[m])][std::size_t(day)] = 1;
        }
    }
    const double peakShare = double(peak.size()) / 24.0;
    QList<QPair<double, QString>> ranked;
    for (std::size_t ty = 0; ty < byType.size(); ++ty) {
        qint64 presentOnHitDays = 0;
        for (qint64 d : hitDays)
            presentOnHitDays += peakDays[ty][std::size_t(d - day0)];
        if (byType[ty].second > 0 && byType[ty].first / byType[ty].second >= std::min(0.9, 3.0 * peakShare)
            && 2 * presentOnHitDays >= qint64(hitDays.size()) && presentOnHitDays >= m_options.minDetectionCount)
            ranked.append({byType[ty].first, events.typeNames[int(ty)]});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });

    ActivityPattern p;
    p.kind = PatternKind::ResourceUsage;
    for (int i = 0; i < ranked.size() && i < 5; ++i)
        p.taskTypes << ranked[i].second;
    p.occurrences = hitsDays;
    p.opportunities = activeDays;
    p.hitRate = activeDays > 0 ? double(hitsDays) / double(activeDays) : 0.0;
    p.chanceRate = chance;
    p.confidence = chanceCorrected(shrunkRate(hitsDays, activeDays), chance);
    for (qint64 d : hitDays)
        p.occurrenceTimes << d * kSecondsPerDay + peak.front() * 3600;

    // Peak weekdays, when the load is clearly weekday-bound.
    double weekMean = 0.0;
    int weekN = 0;
    for (int wd = 0; wd < 7; ++wd)
        if (weekdayDays[std::size_t(wd)] > 0) {
            weekday[std::size_t(wd)] /= weekdayDays[std::size_t(wd)];
            weekMean += weekday[std::size_t(wd)];
            ++weekN;
        }
    weekMean = weekN > 0 ? weekMean / weekN : 0.0;
    QList<int> busyWeekdays;
    for (int wd = 0; wd < 7; ++wd)
        if (weekdayDays[std::size_t(wd)] > 0 && weekday[std::size_t(wd)] >= 0.8 * weekMean)
            busyWeekdays << wd;
    const bool weekdayBound = dayCount >= 14 && busyWeekdays.size() < weekN;

    // Contiguous blocks of peak hours become the time windows.
    for (std::size_t i = 0; i < peak.size();) {
        std::size_t j = i;
        while (j + 1 < peak.size() && peak[j + 1] == peak[j] + 1)
            ++j;
        TimeWindow tw;
        tw.startHour = peak[i];
        tw.endHour = (peak[j] + 1) % 24;
        if (weekdayBound)
            tw.daysOfWeek = busyWeekdays;
        p.timeWindows << tw;
        i = j + 1;
    }
    p.frequency = weekdayBound ? QStringLiteral("weekly") : QStringLiteral("daily");
    double peakAverage = 0.0;
    QJsonArray peakHours, hourlyProfile, weekdayProfile;
    for (int h : peak) {
        peakAverage += hourly[std::size_t(h)] / double(peak.size());
        peakHours.append(h);
    }
    for (double v : hourly)
        hourlyProfile.append(std::round(v * 1000.0) / 1000.0);
    for (double v : weekday)
        weekdayProfile.append(std::round(v * 1000.0) / 1000.0);
    p.metrics.insert(QStringLiteral("metric"), metric.name);
    p.metrics.insert(QStringLiteral("measured_by"), metric.source);
    p.metrics.insert(QStringLiteral("unit"), metric.unit);
    p.metrics.insert(QStringLiteral("peak_hours"), peakHours);
    p.metrics.insert(QStringLiteral("peak_average"), peakAverage);
    p.metrics.insert(QStringLiteral("overall_average"), mean);
    p.metrics.insert(QStringLiteral("peak_to_average"), peakAverage / mean);
    p.metrics.insert(QStringLiteral("hourly_profile"), hourlyProfile);
    p.metrics.insert(QStringLiteral("weekday_profile"), weekdayProfile);
    p.analyzedFrom = window.from;
    p.analyzedUntil = window.until;
    return p;
}

} // namespace rulecast
