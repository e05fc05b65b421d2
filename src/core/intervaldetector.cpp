#include "intervaldetector.h"

#include "circularstats.h"
#include "patternstatistics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace rulecast {

using namespace patternstats;

namespace {

// Below this a period is not considered at all (selection floor, not the
// user's threshold: weaker fits are still reported so the caller can show them).
constexpr double kSelectionFloor = 0.3;

struct Fit
{
    int period = 0;     // minutes
    double phase = 0.0; // minutes into the period
    double tolerance = 0.0;
    int blockStart = 0; // first active hour
    int blockLength = 0;
    qint64 hits = 0;
    qint64 opportunities = 0;
    double chance = 0.0;
    double confidence = 0.0;
    double spread = 0.0;
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

int hourOfDay(qint64 t)
{
    return int((t - dayIndex(t) * kSecondsPerDay) / 3600);
}

} // namespace

const std::vector<int> &IntervalDetector::candidatePeriods()
{
    // Divisors of a day that a cron minute/hour step expresses exactly.
    static const std::vector<int> periods = {5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 480};
    return periods;
}

std::optional<ActivityPattern> IntervalDetector::detect(const TypeSeries &series, const AnalysisWindow &window,
                                                        std::vector<char> &explained) const
{
    explained.assign(series.starts.size(), 0);
    const double days = window.days();
    std::vector<qint64> times;
    std::vector<int> secondOfDay;
    times.reserve(series.starts.size());
    secondOfDay.reserve(series.starts.size());
    std::array<int, 1440> minuteHist{};
    for (qint64 t : series.starts)
        if (t >= window.from && t < window.until) {
            times.push_back(t);
            const int sod = int(t - dayIndex(t) * kSecondsPerDay);
            secondOfDay.push_back(sod);
            ++minuteHist[std::size_t(sod / 60)];
        }
    const qint64 n = qint64(times.size());
    // An interval behaviour runs at least three times a day.
    if (days <= 0.0 || double(n) < 3.0 * days || n < m_options.minDetectionCount)
        return std::nullopt;

    std::vector<Fit> fits;
    for (int period : candidatePeriods()) {
        const qint64 ps = qint64(period) * 60;
        Fit f;
        f.period = period;
        f.tolerance = std::clamp(period / 4.0, 1.0, 10.0);
        const int tolMin = int(std::floor(f.tolerance));

        // Fold onto the period (every candidate divides a day, so the fold of
        // the minute-of-day histogram is the fold of the runs); the phase is
        // the densest band of the fold.
        std::vector<int> hist(std::size_t(period), 0);
        for (int m = 0; m < 1440; ++m)
            hist[std::size_t(m % period)] += minuteHist[std::size_t(m)];
        int bestPhase = 0, bestCount = -1;
        for (int m = 0; m < period; ++m) {
            int s = 0;
            for (int k = -tolMin; k <= tolMin; ++k)
                s += hist[std::size_t(((m + k) % period + period) % period)];
            if (s > bestCount) {
                bestCount = s;
                bestPhase = m;
            }
        }
        // A fold with no preferred phase (runs at random times) is no interval.
        const int width = std::min(period, 2 * tolMin + 1);
        if (width >= period
            || !significant(poissonUpperTail(bestCount, double(n) * width / period), double(period) / width, m_options.alpha))
            continue;
        // Circular mean and spread of the band's runs, to the second (only
        // periods whose fold has a peak get this far).
        std::vector<double> near;
        for (int sod : secondOfDay) {
            const double ph = double(sod % int(ps)) / 60.0;
            if (circular::distance(ph, bestPhase + 0.5, period) <= tolMin + 0.5)
                near.push_back(ph);
        }
        const circular::Summary cs = circular::summarize(near.data(), near.size(), period);
        // Whole minutes, as cron would run it; this also keeps a slot that
        // lands on the hour (phase 14.9 of 15) in that hour, not the one before.
        f.phase = double(int(std::lround(cs.mean)) % period);
        f.spread = cs.spread;
        const qint64 phaseSec = qint64(std::llround(f.phase * 60.0));

        // Slot outcomes by hour of day.
        std::array<qint64, 24> hitsH{}, oppsH{};
        const qint64 kFirst = floorDiv(window.from - phaseSec + ps - 1, ps);
        const qint64 kLast = floorDiv(window.until - 1 - phaseSec, ps);
        for (qint64 k = kFirst; k <= kLast; ++k)
            ++oppsH[std::size_t(hourOfDay(phaseSec + k * ps))];
        // Slot of each run within its own day (periods divide the day, so the
        // global slot number is day * slotsPerDay + slot of the day).
        const qint64 slotsPerDay = kSecondsPerDay / ps;
        const qint64 tolSec = qint64(f.tolerance * 60.0);
        qint64 lastK = std::numeric_limits<qint64>::min();
        for (std::size_t i = 0; i < times.size(); ++i) {
            const qint64 sod = secondOfDay[i];
            const qint64 kDay = floorDiv(sod - phaseSec + ps / 2, ps);
            const qint64 off = sod - (phaseSec + kDay * ps);
            if (off > tolSec || off < -tolSec)
                continue;
            const qint64 k = dayIndex(times[i]) * slotsPerDay + kDay;
            if (k != lastK && k >= kFirst && k <= kLast) {
                const qint64 slotSod = ((phaseSec + kDay * ps) % kSecondsPerDay + kSecondsPerDay) % kSecondsPerDay;
                ++hitsH[std::size_t(slotSod / 3600)];
                lastK = k;
            }
        }
        // Longest circular block of hours where slots mostly have runs; hours
        // without slots (long periods) neither break nor extend a block.
        std::array<int, 24> state{}; // 1 active, 0 inactive, 2 no slot
        for (int h = 0; h < 24; ++h)
            state[std::size_t(h)] = oppsH[std::size_t(h)] == 0 ? 2 : (2 * hitsH[std::size_t(h)] >= oppsH[std::size_t(h)] ? 1 : 0);
        int bestStart = -1, bestLen = 0;
        qint64 bestSlots = 0;
        for (int start = 0; start < 24; ++start) {
            if (state[std::size_t(start)] != 1 || state[std::size_t((start + 23) % 24)] == 1)
                continue; // a block starts at an active hour after a non-active one
            qint64 slots = 0;
            int lastActive = 0;
            for (int k = 0; k < 24; ++k) {
                const int st = state[std::size_t((start + k) % 24)];
                if (st == 0)
                    break;
                if (st == 1) {
                    lastActive = k + 1;
                    slots += oppsH[std::size_t((start + k) % 24)];
                }
            }
            if (slots > bestSlots) {
                bestSlots = slots;
                bestStart = start;
                bestLen = lastActive;
            }
        }
        if (bestStart < 0) {
            // All hours active: the block is the whole day.
            bool all = true;
            for (int h = 0; h < 24; ++h)
                all = all && state[std::size_t(h)] != 0;
            if (!all)
                continue;
            bestStart = 0;
            bestLen = 24;
        }
        qint64 allSlots = 0;
        for (qint64 o : oppsH)
            allSlots += o;
        if (bestSlots == allSlots) {
            bestStart = 0; // every hour with slots is active: all day
            bestLen = 24;
        }
        qint64 hits = 0, opps = 0;
        for (int k = 0; k < bestLen; ++k) {
            hits += hitsH[std::size_t((bestStart + k) % 24)];
            opps += oppsH[std::size_t((bestStart + k) % 24)];
        }
        if (days > 0 && double(opps) / days < 3.0)
            continue; // fewer than three runs a day: daily patterns describe it better
        f.blockStart = bestStart;
        f.blockLength = bestLen;
        f.hits = hits;
        f.opportunities = opps;
        const double background = double(n - hits) / std::max(1.0, double(window.seconds()));
        f.chance = chanceOfAnyEvent(background, 2.0 * f.tolerance * 60.0);
        f.confidence = chanceCorrected(shrunkRate(hits, opps), f.chance);
        const double hypotheses = double(candidatePeriods().size()) * 24.0;
        if (f.confidence >= kSelectionFloor && significant(binomialUpperTail(hits, opps, f.chance), hypotheses, m_options.alpha))
            fits.push_back(f);
    }
    if (fits.empty())
        return std::nullopt;
    // The fit that explains the most runs, weighted by how regular it is: a
    // wide hourly band can swallow a 15-minute grid's :30 and :45 runs, but
    // the 15-minute fit explains four times as many.
    const auto score = [](const Fit &f) { return f.confidence * double(f.hits); };
    double best = 0.0;
    for (const Fit &f : fits)
        best = std::max(best, score(f));
    const Fit &chosen = *std::find_if(fits.begin(), fits.end(), [&](const Fit &f) { return score(f) >= 0.95 * best; });

    ActivityPattern p;
    p.kind = PatternKind::Interval;
    p.taskTypes = {series.type};
    p.periodMinutes = chosen.period;
    p.minuteOfDay = chosen.phase;
    p.spreadMinutes = chosen.spread;
    p.toleranceMinutes = int(std::lround(chosen.tolerance));
    p.confidence = chosen.confidence;
    p.occurrences = chosen.hits;
    p.opportunities = chosen.opportunities;
    p.hitRate = chosen.opportunities > 0 ? double(chosen.hits) / double(chosen.opportunities) : 0.0;
    p.chanceRate = chosen.chance;
    p.frequency = chosen.period == 60         ? QStringLiteral("hourly")
                  : chosen.period % 60 == 0 ? QStringLiteral("every_%1_hours").arg(chosen.period / 60)
                                            : QStringLiteral("every_%1_minutes").arg(chosen.period);
    TimeWindow w;
    w.startHour = chosen.blockStart;
    w.endHour = (chosen.blockStart + chosen.blockLength) % 24;
    w.minute = int(std::lround(chosen.phase)) % 60;
    if (chosen.period < 60)
        w.minute = int(std::lround(chosen.phase)) % chosen.period;
    p.timeWindows = {w};
    p.analyzedFrom = window.from;
    p.analyzedUntil = window.until;

    // Mark the runs the pattern explains (inside the active block, near a slot).
    const qint64 ps = qint64(chosen.period) * 60;
    const qint64 phaseSec = qint64(std::llround(chosen.phase * 60.0));
    qint64 lastK = std::numeric_limits<qint64>::min();
    for (std::size_t i = 0; i < series.starts.size(); ++i) {
        const qint64 t = series.starts[i];
        if (t < window.from || t >= window.until)
            continue;
        const qint64 k = floorDiv(t - phaseSec + ps / 2, ps);
        const qint64 slot = phaseSec + k * ps;
        const int hourInBlock = (hourOfDay(slot) - chosen.blockStart + 24) % 24;
        if (double(std::llabs(t - slot)) > chosen.tolerance * 60.0 || hourInBlock >= chosen.blockLength)
            continue;
        explained[i] = 1;
        if (k != lastK) {
            p.evidenceTaskIds << series.ids[i];
            p.occurrenceTimes << t;
            lastK = k;
        }
    }
    return p;
}

} // namespace rulecast
