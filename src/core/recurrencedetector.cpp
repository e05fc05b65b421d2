#include "recurrencedetector.h"

#include "circularstats.h"
#include "patternstatistics.h"
#include "timeformat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace rulecast {

using namespace patternstats;

namespace {

constexpr int kMinutesPerDay = 1440;

int dayOfMonth(qint64 day)
{
    int y = 0, m = 0, d = 0;
    timeformat::civilFromDays(day, y, m, d);
    return d;
}

// Per-day outcome of one candidate time.
struct DayOutcome
{
    qint64 day = 0;
    bool hit = false;
    qint64 taskId = 0;
    qint64 start = 0;
    double offsetMinutes = 0.0;
};

struct Scored
{
    PatternKind kind = PatternKind::Daily;
    qint64 hits = 0;
    qint64 opportunities = 0;
    double chance = 0.0;
    double confidence = 0.0;
    QList<int> days; // weekdays or days of month
    qint64 periodsShowing = 0; // weekly / monthly: weeks or months that show it
    qint64 periods = 0;
};

Scored score(PatternKind kind, qint64 hits, qint64 opps, double chance, QList<int> days = {})
{
    Scored s;
    s.kind = kind;
    s.hits = hits;
    s.opportunities = opps;
    s.chance = chance;
    s.days = std::move(days);
    s.confidence = opps > 0 ? chanceCorrected(shrunkRate(hits, opps), chance) : 0.0;
    return s;
}

// C(n, k) as a double: how many day sets of this size the search could pick.
double choose(int n, int k)
{
    double c = 1.0;
    for (int i = 1; i <= k; ++i)
        c = c * double(n - k + i) / double(i);
    return c;
}

// A weekday or day-of-month set was picked after looking at the data, so it
// must beat the rate of the days outside it by more than luck among all sets
// of its size would: a busy type hits some three days of the month now and
// then by accident.
bool subsetSignificant(qint64 hits, qint64 opps, qint64 offHits, qint64 offOpps, double chance, int universe,
                       int setSize, double alpha)
{
    const double offRate = offOpps > 0 ? double(offHits) / double(offOpps) : 0.0;
    const double null = std::max({chance, offRate, 0.5 / double(offOpps + 1)});
    return significant(binomialUpperTail(hits, opps, null), choose(universe, setSize), alpha);
}

bool inSet(PatternKind kind, const QList<int> &days, const DayOutcome &o)
{
    switch (kind) {
    case PatternKind::Weekly:
        return days.contains(weekdayOfDay(o.day));
    case PatternKind::Monthly:
        return days.contains(dayOfMonth(o.day));
    default:
        return true;
    }
}

// A weekly or monthly behaviour can also be judged by the share of weeks
// (months) that show it — at least half of the set's days in that week
// (month) with a run —, shrunk and corrected by the chance of a week (month)
// showing it by accident at the `null` rate per day. That is the fairer unit
// for a Mon/Wed/Fri job that skips a day now and then, but a week of five
// days "shows" almost anything dense, so it is used only for types whose
// background is quiet (kQuietBackground); otherwise days are the unit.
constexpr double kQuietBackground = 0.1;
double periodConfidence(const std::vector<DayOutcome> &days, PatternKind kind, const QList<int> &set, double null,
                        qint64 &showing, qint64 &periods)
{
    std::map<qint64, std::pair<qint64, qint64>> perPeriod; // period -> (days in set, days with a run)
    for (const DayOutcome &o : days) {
        if (!inSet(kind, set, o))
            continue;
        qint64 key = 0;
        if (kind == PatternKind::Weekly) {
            key = (o.day + 3 >= 0 ? (o.day + 3) / 7 : (o.day + 3 - 6) / 7); // weeks start on Monday
        } else {
            int y = 0, m = 0, d = 0;
            timeformat::civilFromDays(o.day, y, m, d);
            key = qint64(y) * 12 + m;
        }
        std::pair<qint64, qint64> &kh = perPeriod[key];
        ++kh.first;
        kh.second += o.hit ? 1 : 0;
    }
    showing = 0;
    periods = qint64(perPeriod.size());
    double chance = 0.0;
    for (const auto &entry : perPeriod) {
        const qint64 need = std::max<qint64>(1, (entry.second.first + 1) / 2);
        showing += entry.second.second >= need ? 1 : 0;
        chance += binomialUpperTail(need, entry.second.first, null);
    }
    if (periods == 0)
        return 0.0;
    return chanceCorrected(shrunkRate(showing, periods), chance / double(periods));
}

} // namespace

ActivityPattern RecurrenceDetector::evaluate(const TypeSeries &series, const std::vector<std::size_t> &members,
                                             double center, const AnalysisWindow &window) const
{
    const double tol = m_options.toleranceMinutes;
    // Opportunities: every day whose nominal time lies inside the window.
    std::vector<DayOutcome> days;
    const qint64 firstDay = dayIndex(window.from) - 1;
    const qint64 lastDay = dayIndex(window.until) + 1;
    for (qint64 d = firstDay; d <= lastDay; ++d) {
        const qint64 nominal = d * kSecondsPerDay + qint64(std::llround(center * 60.0));
        if (nominal >= window.from && nominal < window.until)
            days.push_back({d, false, 0, 0, 0.0});
    }
    ActivityPattern p;
    if (days.empty())
        return p;
    const qint64 day0 = days.front().day;

    qint64 inBand = 0;
    for (std::size_t i : members) {
        const qint64 t = series.starts[i];
        const double offset = circular::wrapSigned(minuteOfDay(t) - center, kMinutesPerDay);
        if (std::fabs(offset) > tol)
            continue;
        ++inBand;
        const qint64 d = dayIndex(t - qint64(std::llround(offset * 60.0)));
        const qint64 k = d - day0;
        if (k < 0 || k >= qint64(days.size()) || days[std::size_t(k)].day != d)
            continue;
        DayOutcome &o = days[std::size_t(k)];
        // The run closest to the typical time is the day's occurrence.
        if (!o.hit || std::fabs(offset) < std::fabs(o.offsetMinutes)) {
            o.hit = true;
            o.taskId = series.ids[i];
            o.start = t;
            o.offsetMinutes = offset;
        }
    }

    // Chance: the type's density outside the band, as the probability that a
    // band of this width holds at least one run by accident.
    const double bandSeconds = 2.0 * tol * 60.0;
    const double outsideSeconds = std::max(1.0, double(window.seconds()) - bandSeconds * double(days.size()));
    const double background = double(qint64(members.size()) - inBand) / outsideSeconds;
    const double chance = chanceOfAnyEvent(background, bandSeconds);

    qint64 hits = 0;
    std::array<qint64, 7> wHits{}, wOpps{};
    std::array<qint64, 32> mHits{}, mOpps{};
    for (const DayOutcome &o : days) {
        const int w = weekdayOfDay(o.day), dom = dayOfMonth(o.day);
        ++wOpps[std::size_t(w)];
        ++mOpps[std::size_t(dom)];
        if (o.hit) {
            ++hits;
            ++wHits[std::size_t(w)];
            ++mHits[std::size_t(dom)];
        }
    }
    const qint64 opps = qint64(days.size());
    Scored best = score(PatternKind::Daily, hits, opps, chance);

    // Weekly: the weekdays on which the time shows at least half the time.
    // Off-days must stay quiet, else it is a daily behaviour with skips.
    {
        QList<int> set;
        qint64 h = 0, n = 0, offH = 0, offN = 0;
        for (int w = 0; w < 7; ++w) {
            if (wOpps[std::size_t(w)] == 0)
                continue;
            if (wHits[std::size_t(w)] > 0 && 2 * wHits[std::size_t(w)] >= wOpps[std::size_t(w)]) {
                set << w;
                h += wHits[std::size_t(w)];
                n += wOpps[std::size_t(w)];
            } else {
                offH += wHits[std::size_t(w)];
                offN += wOpps[std::size_t(w)];
            }
        }
        const double offRate = offN > 0 ? double(offH) / double(offN) : 0.0;
        if (!set.isEmpty() && offN > 0 && offRate <= std::max(0.2, 1.5 * chance)
            && subsetSignificant(h, n, offH, offN, chance, 7, int(set.size()), m_options.alpha)) {
            Scored s = score(PatternKind::Weekly, h, n, std::max(chance, offRate), set);
            const double byPeriod = periodConfidence(days, PatternKind::Weekly, set, s.chance, s.periodsShowing, s.periods);
            if (s.chance <= kQuietBackground)
                s.confidence = std::max(s.confidence, byPeriod);
            if (s.confidence > best.confidence)
                best = s;
        }
    }
    // Monthly: at most three days of the month, quiet on all the others.
    {
        QList<int> set;
        qint64 h = 0, n = 0, offH = 0, offN = 0;
        for (int dom = 1; dom <= 31; ++dom) {
            if (mOpps[std::size_t(dom)] == 0)
                continue;
            if (mHits[std::size_t(dom)] > 0 && 2 * mHits[std::size_t(dom)] >= mOpps[std::size_t(dom)]) {
                set << dom;
                h += mHits[std::size_t(dom)];
                n += mOpps[std::size_t(dom)];
            } else {
                offH += mHits[std::size_t(dom)];
                offN += mOpps[std::size_t(dom)];
            }
        }
        const double offRate = offN > 0 ? double(offH) / double(offN) : 0.0;
        if (!set.isEmpty() && set.size() <= 3 && offN > 0 && offRate <= std::max(0.2, 1.5 * chance)
            && subsetSignificant(h, n, offH, offN, chance, 31, int(set.size()), m_options.alpha)) {
            Scored s = score(PatternKind::Monthly, h, n, std::max(chance, offRate), set);
            const double byPeriod = periodConfidence(days, PatternKind::Monthly, set, s.chance, s.periodsShowing, s.periods);
            if (s.chance <= kQuietBackground)
                s.confidence = std::max(s.confidence, byPeriod);
            if (s.confidence > best.confidence)
                best = s;
        }
    }

    p.kind = best.kind;
    p.taskTypes = {series.type};
    p.confidence = best.confidence;
    p.occurrences = best.hits;
    p.opportunities = best.opportunities;
    p.hitRate = best.opportunities > 0 ? double(best.hits) / double(best.opportunities) : 0.0;
    p.chanceRate = best.chance;
    p.toleranceMinutes = m_options.toleranceMinutes;
    if (best.kind == PatternKind::Weekly || best.kind == PatternKind::Monthly) {
        const QString unit = best.kind == PatternKind::Weekly ? QStringLiteral("weeks") : QStringLiteral("months");
        p.metrics.insert(unit + QStringLiteral("_showing"), best.periodsShowing);
        p.metrics.insert(unit, best.periods);
    }
    std::vector<double> offsets;
    for (const DayOutcome &o : days) {
        if (!o.hit || !inSet(best.kind, best.days, o))
            continue;
        offsets.push_back(o.offsetMinutes);
        p.evidenceTaskIds << o.taskId;
        p.occurrenceTimes << o.start;
    }
    // Re-centre on the occurrences themselves: the typical minute and spread.
    const circular::Summary s = circular::summarize(offsets.data(), offsets.size(), kMinutesPerDay);
    p.minuteOfDay = circular::wrap(center + (offsets.empty() ? 0.0 : circular::wrapSigned(s.mean, kMinutesPerDay)),
                                   kMinutesPerDay);
    p.spreadMinutes = s.spread;
    const int rounded = int(std::lround(p.minuteOfDay)) % kMinutesPerDay;
    TimeWindow w;
    w.startHour = rounded / 60;
    w.endHour = (w.startHour + 1) % 24;
    w.minute = rounded % 60;
    if (best.kind == PatternKind::Weekly)
        w.daysOfWeek = best.days;
    if (best.kind == PatternKind::Monthly)
        w.daysOfMonth = best.days;
    p.timeWindows = {w};
    p.frequency = best.kind == PatternKind::Weekly    ? QStringLiteral("weekly")
                  : best.kind == PatternKind::Monthly ? QStringLiteral("monthly")
                                                      : QStringLiteral("daily");
    p.analyzedFrom = window.from;
    p.analyzedUntil = window.until;
    return p;
}

QList<ActivityPattern> RecurrenceDetector::detect(const TypeSeries &series, const AnalysisWindow &window,
                                                  const std::vector<char> *explained) const
{
    QList<ActivityPattern> out;
    std::vector<std::size_t> members;
    members.reserve(series.starts.size());
    for (std::size_t i = 0; i < series.starts.size(); ++i) {
        const qint64 t = series.starts[i];
        if (t >= window.from && t < window.until && !(explained && (*explained)[i]))
            members.push_back(i);
    }
    if (qint64(members.size()) < m_options.minDetectionCount)
        return out;

    const int tol = m_options.toleranceMinutes;
    const int width = 2 * tol + 1;
    std::array<int, kMinutesPerDay> hist{};
    for (std::size_t i : members)
        ++hist[std::size_t(int(minuteOfDay(series.starts[i])) % kMinutesPerDay)];
    qint64 remaining = qint64(members.size());
    const double places = double(kMinutesPerDay) / double(width);

    for (int c = 0; c < m_options.maxCandidatesPerType && remaining >= m_options.minDetectionCount; ++c) {
        // Circular moving sum over the band, by a running window.
        int sum = 0;
        for (int k = -tol; k <= tol; ++k)
            sum += hist[std::size_t((k + kMinutesPerDay) % kMinutesPerDay)];
        int bestMinute = 0, bestCount = sum;
        for (int m = 1; m < kMinutesPerDay; ++m) {
            sum += hist[std::size_t((m + tol) % kMinutesPerDay)] - hist[std::size_t((m - tol - 1 + kMinutesPerDay) % kMinutesPerDay)];
            if (sum > bestCount) {
                bestCount = sum;
                bestMinute = m;
            }
        }
        if (bestCount < m_options.minDetectionCount)
            break;
        // Does the peak stand out from this type's own uniform density?
        const double expected = double(remaining) * double(width) / double(kMinutesPerDay);
        if (!significant(poissonUpperTail(bestCount, expected), places, m_options.alpha))
            break;

        // The centre: circular mean of the runs in the band around the peak.
        // (By whole-minute bins, exactly the runs the peak counted: the first
        // maximum can sit at the edge of a plateau.)
        std::vector<double> near;
        for (std::size_t i : members) {
            const double m = minuteOfDay(series.starts[i]);
            if (circular::distance(std::floor(m), bestMinute, kMinutesPerDay) <= tol)
                near.push_back(m);
        }
        const double center = circular::summarize(near.data(), near.size(), kMinutesPerDay).mean;
        ActivityPattern p = evaluate(series, members, center, window);
        if (p.opportunities > 0)
            out << p;

        // Take this band's runs out of the histogram so the next peak is new.
        for (int k = -tol; k <= tol; ++k) {
            const int idx = (int(std::lround(center)) + k + 2 * kMinutesPerDay) % kMinutesPerDay;
            remaining -= hist[std::size_t(idx)];
            hist[std::size_t(idx)] = 0;
        }
        for (int k = -tol; k <= tol; ++k) {
            const int idx = (bestMinute + k + 2 * kMinutesPerDay) % kMinutesPerDay;
            remaining -= hist[std::size_t(idx)];
            hist[std::size_t(idx)] = 0;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const ActivityPattern &a, const ActivityPattern &b) { return a.confidence > b.confidence; });
    return out;
}

} // namespace rulecast
