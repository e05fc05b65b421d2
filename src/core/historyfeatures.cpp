#include "core/historyfeatures.h"

#include "core/slotgrid.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace rulecast {

namespace {

constexpr int kMaxDaysSince = 60;

// Exponentially weighted sums over observed days, one per day kind, indexed
// by cutoff c (sums over days < c), built by one forward recursion.
struct KindSums
{
    std::vector<std::array<double, 2>> events;
    std::vector<std::array<double, 2>> days;

    void build(const std::vector<double> &values, const std::vector<char> &observed,
               const std::vector<char> &weekend, double decay)
    {
        const size_t n = values.size();
        events.assign(n + 1, {0.0, 0.0});
        days.assign(n + 1, {0.0, 0.0});
        for (size_t d = 0; d < n; ++d) {
            for (int k = 0; k < 2; ++k) {
                events[d + 1][size_t(k)] = events[d][size_t(k)] * decay;
                days[d + 1][size_t(k)] = days[d][size_t(k)] * decay;
            }
            if (observed[d]) {
                const size_t k = weekend[d] ? 1 : 0;
                events[d + 1][k] += values[d];
                days[d + 1][k] += 1.0;
            }
        }
    }
    double share(size_t cutoff, bool weekendKind) const
    {
        const size_t k = weekendKind ? 1 : 0;
        return days[cutoff][k] > 0 ? events[cutoff][k] / days[cutoff][k] : 0.0;
    }
};

// Busy slots per observed day over the last week against the four weeks
// before it, as r / (1 + r): 0.5 when steady, towards 1 when picking up,
// towards 0 when fading; 0.5 when there is nothing to compare.
double trend(const std::vector<double> &busyPrefix, const std::vector<int> &observedPrefix, size_t c)
{
    const size_t weekFrom = c > 7 ? c - 7 : 0;
    const size_t before = weekFrom > 28 ? weekFrom - 28 : 0;
    const int recentDays = observedPrefix[c] - observedPrefix[weekFrom];
    const int earlierDays = observedPrefix[weekFrom] - observedPrefix[before];
    if (recentDays == 0 || earlierDays == 0)
        return 0.5;
    const double recent = (busyPrefix[c] - busyPrefix[weekFrom]) / recentDays;
    const double earlier = (busyPrefix[weekFrom] - busyPrefix[before]) / earlierDays;
    if (recent + earlier <= 0)
        return 0.5;
    return recent / (recent + earlier);
}

} // namespace

QString HistoryFeatures::name(int feature)
{
    switch (feature) {
    case KindShare: return QStringLiteral("kind_share");
    case KindShare28: return QStringLiteral("kind_share_28");
    case KindNeighbourShare: return QStringLiteral("kind_neighbour_share");
    case RecentShare: return QStringLiteral("recent_share");
    case LastDay: return QStringLiteral("last_day");
    case LastDayNeighbour: return QStringLiteral("last_day_neighbour");
    case TypeActiveLastDay: return QStringLiteral("type_active_last_day");
    case SameWeekdayShare: return QStringLiteral("same_weekday_share");
    case TypeActiveWeek: return QStringLiteral("type_active_week");
    case DaysSinceActive: return QStringLiteral("days_since_active");
    case KindShareLog: return QStringLiteral("kind_share_log");
    case TypeDayRate: return QStringLiteral("type_day_rate");
    case LastDayLoad: return QStringLiteral("last_day_load");
    case SystemTrend: return QStringLiteral("system_trend");
    case TypeTrend: return QStringLiteral("type_trend");
    case ObservationGap: return QStringLiteral("observation_gap");
    case KindStreak: return QStringLiteral("kind_streak");
    default: return QString();
    }
}

void HistoryFeatures::compute(const ActivityIndex &index, const std::vector<FeatureTarget> &targets,
                              const Options &options, const std::vector<int> &types, const Sink &sink)
{
    const qint64 first = index.firstDay();
    const size_t n = size_t(index.dayCount());
    const int slots = index.slotsPerDay();

    std::vector<char> observed(n), weekend(n);
    for (size_t d = 0; d < n; ++d) {
        observed[d] = index.systemActive(first + qint64(d));
        weekend[d] = SlotGrid::isWeekend(first + qint64(d));
    }
    // lastObserved[c]: the last observed day < c (as an offset), -1 if none.
    std::vector<qint64> lastObserved(n + 1, -1);
    for (size_t c = 1; c <= n; ++c)
        lastObserved[c] = observed[c - 1] ? qint64(c - 1) : lastObserved[c - 1];
    // Prefix counts of observed days per kind, for the plain windowed share.
    std::vector<std::array<int, 2>> observedPrefix(n + 1, {0, 0});
    for (size_t d = 0; d < n; ++d) {
        observedPrefix[d + 1] = observedPrefix[d];
        if (observed[d])
            ++observedPrefix[d + 1][weekend[d] ? 1 : 0];
    }

    // Busy (type, slot) cells per day over all types, for the system trend.
    std::vector<double> systemBusyPrefix(n + 1, 0.0);
    {
        std::vector<double> busy(n, 0.0);
        for (int t = 0; t < index.typeCount(); ++t)
            for (size_t d = 0; d < n; ++d)
                busy[d] += index.activeSlots(t, first + qint64(d));
        for (size_t d = 0; d < n; ++d)
            systemBusyPrefix[d + 1] = systemBusyPrefix[d] + busy[d];
    }

    const double decay = std::pow(0.5, 1.0 / options.halfLifeDays);
    const double recentDecay = std::pow(0.5, 1.0 / options.recentHalfLifeDays);
    const int window = options.shareWindowDays;

    std::vector<int> allTypes;
    const std::vector<int> *typeList = &types;
    if (types.empty()) {
        allTypes.resize(size_t(index.typeCount()));
        for (int t = 0; t < index.typeCount(); ++t)
            allTypes[size_t(t)] = t;
        typeList = &allTypes;
    }

    std::vector<char> typeActive(n);
    std::vector<qint64> lastTypeDay(n + 1);
    std::vector<int> activePrefix(n + 1), observedAll(n + 1), slotsUsed(n);
    std::vector<double> typeBusyPrefix(n + 1, 0.0);
    std::vector<double> dayRateEvents(n + 1), dayRateDays(n + 1);
    std::vector<double> occ(n), nb(n);
    std::vector<std::array<int, 2>> occPrefix(n + 1);
    std::vector<double> recentEvents(n + 1), recentDays(n + 1);
    std::vector<std::array<int, 2>> streak(n + 1);
    KindSums kindSums, neighbourSums;
    std::array<double, Count> x{};

    for (size_t d = 0; d < n; ++d)
        observedAll[d + 1] = observedAll[d] + (observed[d] ? 1 : 0);

    for (const int type : *typeList) {
        lastTypeDay[0] = -1;
        dayRateEvents[0] = dayRateDays[0] = 0;
        activePrefix[0] = 0;
        for (size_t d = 0; d < n; ++d) {
            slotsUsed[d] = index.activeSlots(type, first + qint64(d));
            typeActive[d] = slotsUsed[d] > 0;
            dayRateEvents[d + 1] = dayRateEvents[d] * decay + (observed[d] && typeActive[d] ? 1.0 : 0.0);
            dayRateDays[d + 1] = dayRateDays[d] * decay + (observed[d] ? 1.0 : 0.0);
            lastTypeDay[d + 1] = typeActive[d] ? qint64(d) : lastTypeDay[d];
            activePrefix[d + 1] = activePrefix[d] + (typeActive[d] ? 1 : 0);
            typeBusyPrefix[d + 1] = typeBusyPrefix[d] + slotsUsed[d];
        }
        const bool everActive = activePrefix[n] > 0;

        for (int slot = 0; slot < slots; ++slot) {
            if (everActive) {
                for (size_t d = 0; d < n; ++d) {
                    const qint64 day = first + qint64(d);
                    occ[d] = index.occurred(type, day, slot) ? 1.0 : 0.0;
                    double sum = 0;
                    int count = 0;
                    if (slot > 0) {
                        sum += index.occurred(type, day, slot - 1);
                        ++count;
                    }
                    if (slot + 1 < slots) {
                        sum += index.occurred(type, day, slot + 1);
                        ++count;
                    }
                    nb[d] = count ? sum / count : 0.0;
                }
            } else {
                std::fill(occ.begin(), occ.end(), 0.0);
                std::fill(nb.begin(), nb.end(), 0.0);
            }
            kindSums.build(occ, observed, weekend, decay);
            neighbourSums.build(nb, observed, weekend, decay);
            occPrefix[0] = {0, 0};
            streak[0] = {0, 0};
            recentEvents[0] = recentDays[0] = 0;
            for (size_t d = 0; d < n; ++d) {
                occPrefix[d + 1] = occPrefix[d];
                streak[d + 1] = streak[d];
                if (observed[d]) {
                    int &run = streak[d + 1][weekend[d] ? 1 : 0];
                    run = occ[d] > 0 ? run + 1 : 0;
                }
                if (observed[d] && occ[d] > 0)
                    ++occPrefix[d + 1][weekend[d] ? 1 : 0];
                recentEvents[d + 1] = recentEvents[d] * recentDecay + (observed[d] ? occ[d] : 0.0);
                recentDays[d + 1] = recentDays[d] * recentDecay + (observed[d] ? 1.0 : 0.0);
            }

            for (size_t ti = 0; ti < targets.size(); ++ti) {
                const FeatureTarget &target = targets[ti];
                const size_t c = size_t(std::clamp<qint64>(target.cutoffDay - first, 0, qint64(n)));
                const bool kind = SlotGrid::isWeekend(target.day);
                const size_t k = kind ? 1 : 0;
                x[KindShare] = kindSums.share(c, kind);
                x[KindNeighbourShare] = neighbourSums.share(c, kind);
                const size_t from = c > size_t(window) ? c - size_t(window) : 0;
                const int kindDays = observedPrefix[c][k] - observedPrefix[from][k];
                x[KindShare28] = kindDays > 0 ? double(occPrefix[c][k] - occPrefix[from][k]) / kindDays : 0.0;
                x[RecentShare] = recentDays[c] > 0 ? recentEvents[c] / recentDays[c] : 0.0;
                const qint64 last = lastObserved[c];
                x[LastDay] = last >= 0 ? occ[size_t(last)] : 0.0;
                x[LastDayNeighbour] = last >= 0 ? nb[size_t(last)] : 0.0;
                x[TypeActiveLastDay] = last >= 0 && typeActive[size_t(last)] ? 1.0 : 0.0;
                int weekdayDays = 0;
                double weekdayHits = 0;
                for (int w = 1; w <= 4; ++w) {
                    const qint64 d = target.day - first - 7 * w;
                    if (d < 0 || d >= qint64(c) || !observed[size_t(d)])
                        continue;
                    ++weekdayDays;
                    weekdayHits += occ[size_t(d)];
                }
                x[SameWeekdayShare] = weekdayDays ? weekdayHits / weekdayDays : 0.0;
                const size_t weekFrom = c > 7 ? c - 7 : 0;
                const int weekObserved = observedAll[c] - observedAll[weekFrom];
                x[TypeActiveWeek] =
                    weekObserved > 0 ? double(activePrefix[c] - activePrefix[weekFrom]) / weekObserved : 0.0;
                const qint64 lastActive = lastTypeDay[c];
                const qint64 since = lastActive >= 0 ? std::min<qint64>(qint64(c) - lastActive, kMaxDaysSince)
                                                     : kMaxDaysSince;
                x[DaysSinceActive] = std::log1p(double(since)) / std::log1p(double(kMaxDaysSince));
                constexpr double floorShare = 1.0 / 64;
                x[KindShareLog] = std::log((x[KindShare] + floorShare) / floorShare) / std::log((1 + floorShare) / floorShare);
                x[TypeDayRate] = dayRateDays[c] > 0 ? dayRateEvents[c] / dayRateDays[c] : 0.0;
                x[LastDayLoad] = last >= 0 ? std::log1p(double(slotsUsed[size_t(last)])) / std::log1p(double(slots)) : 0.0;
                x[SystemTrend] = trend(systemBusyPrefix, observedAll, c);
                x[TypeTrend] = trend(typeBusyPrefix, observedAll, c);
                x[ObservationGap] = last >= 0 ? std::log1p(double(qint64(c) - 1 - last)) / std::log1p(double(kMaxDaysSince)) : 1.0;
                x[KindStreak] = std::log1p(double(std::min(streak[c][k], kMaxDaysSince)))
                                / std::log1p(double(kMaxDaysSince));
                sink(type, int(ti), slot, x.data());
            }
        }
    }
}

HistoryFeatures::Evidence HistoryFeatures::evidence(const ActivityIndex &index, int type, qint64 day, int slot,
                                                    qint64 cutoffDay, int windowDays)
{
    Evidence e;
    e.weekend = SlotGrid::isWeekend(day);
    for (qint64 d = cutoffDay - 1; d >= cutoffDay - windowDays; --d) {
        if (!index.systemActive(d))
            continue;
        if (e.lastDay < 0) {
            e.lastDay = d;
            e.lastDayHit = index.occurred(type, d, slot);
        }
        if (SlotGrid::isWeekend(d) != e.weekend)
            continue;
        ++e.kindDays;
        e.kindHits += index.occurred(type, d, slot);
    }
    for (int w = 1; w <= 4; ++w) {
        const qint64 d = day - 7 * w;
        if (d >= cutoffDay || !index.systemActive(d))
            continue;
        ++e.weekdayDays;
        e.weekdayHits += index.occurred(type, d, slot);
    }
    return e;
}

} // namespace rulecast
