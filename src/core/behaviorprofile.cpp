#include "behaviorprofile.h"

#include "patternstatistics.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace rulecast {

using namespace patternstats;

namespace {

template <typename Container>
QJsonArray toArray(const Container &values)
{
    QJsonArray a;
    for (const auto v : values)
        a.append(qint64(v));
    return a;
}

} // namespace

BehaviorProfile buildBehaviorProfile(const EventTable &events, const AnalysisWindow &window)
{
    BehaviorProfile p;
    std::vector<qint64> perType(std::size_t(events.typeNames.size()), 0);
    const qint64 firstDay = dayIndex(window.from);
    std::vector<char> seen(std::size_t(std::max<qint64>(1, dayIndex(window.until) - firstDay + 1)), 0);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const qint64 t = events.starts[i];
        const qint64 d = dayIndex(t);
        ++p.hourly[std::size_t((t - d * kSecondsPerDay) / 3600)];
        ++p.weekday[std::size_t(weekdayOfDay(d))];
        ++perType[std::size_t(events.types[i])];
        if (d >= firstDay && d - firstDay < qint64(seen.size()))
            seen[std::size_t(d - firstDay)] = 1;
    }
    p.taskCount = qint64(events.size());
    p.activeDays = std::count(seen.begin(), seen.end(), char(1));
    p.windowDays = window.days();
    p.interactionFrequency = p.windowDays > 0 ? double(p.taskCount) / p.windowDays : 0.0;
    if (p.taskCount == 0)
        return p;

    // Peak hours: at least 1.5x the mean hour, busiest first, at most six.
    const double mean = double(p.taskCount) / 24.0;
    QList<int> hours;
    for (int h = 0; h < 24; ++h)
        if (double(p.hourly[std::size_t(h)]) >= 1.5 * mean)
            hours << h;
    std::sort(hours.begin(), hours.end(), [&](int a, int b) {
        return p.hourly[std::size_t(a)] != p.hourly[std::size_t(b)] ? p.hourly[std::size_t(a)] > p.hourly[std::size_t(b)] : a < b;
    });
    p.peakHours = hours.mid(0, 6);

    QList<int> types;
    for (int t = 0; t < int(perType.size()); ++t)
        if (perType[std::size_t(t)] > 0)
            types << t;
    std::sort(types.begin(), types.end(), [&](int a, int b) {
        return perType[std::size_t(a)] != perType[std::size_t(b)] ? perType[std::size_t(a)] > perType[std::size_t(b)]
                                                                  : events.typeNames[a] < events.typeNames[b];
    });
    for (int i = 0; i < types.size() && i < 5; ++i)
        p.preferredTaskTypes.append({events.typeNames[types[i]], double(perType[std::size_t(types[i])]) / double(p.taskCount)});
    return p;
}

QJsonObject BehaviorProfile::activityPatternsJson(const QList<ActivityPattern> &patterns) const
{
    QJsonObject byType;
    for (const ActivityPattern &pat : patterns)
        byType.insert(pat.patternType(), byType.value(pat.patternType()).toInt() + 1);
    return {{QStringLiteral("hourly_distribution"), toArray(hourly)},
            {QStringLiteral("weekday_distribution"), toArray(weekday)},
            {QStringLiteral("active_days"), activeDays},
            {QStringLiteral("window_days"), std::round(windowDays * 100.0) / 100.0},
            {QStringLiteral("task_count"), taskCount},
            {QStringLiteral("patterns_by_type"), byType}};
}

QJsonObject BehaviorProfile::toJson() const
{
    QJsonArray types;
    for (const auto &t : preferredTaskTypes)
        types.append(QJsonObject{{QStringLiteral("task_type"), t.first},
                                 {QStringLiteral("share"), std::round(t.second * 10000.0) / 10000.0}});
    QJsonArray peaks;
    for (int h : peakHours)
        peaks.append(h);
    return {{QStringLiteral("user_id"), userId},
            {QStringLiteral("peak_hours"), peaks},
            {QStringLiteral("preferred_task_types"), types},
            {QStringLiteral("interaction_frequency"), std::round(interactionFrequency * 1000.0) / 1000.0},
            {QStringLiteral("task_count"), taskCount},
            {QStringLiteral("active_days"), activeDays}};
}

} // namespace rulecast
