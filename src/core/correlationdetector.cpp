#include "correlationdetector.h"

#include "circularstats.h"
#include "patternstatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rulecast {

using namespace patternstats;

namespace {

constexpr double kStrengthFloor = 0.3;
constexpr int kMaxTypes = 1500; // beyond this only the most frequent types are paired
constexpr int kMaxPatterns = 500;
constexpr qint64 kLocalSpan = 12 * 3600;

struct Candidate
{
    int a = 0;
    int b = 0;
    qint64 hits = 0;
    qint64 opportunities = 0;
    double chance = 0.0;
    double strength = 0.0;
};

double median(std::vector<double> &v)
{
    if (v.empty())
        return 0.0;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    return v[mid];
}

// Robust spread: interquartile range scaled to a normal standard deviation.
double robustSpread(std::vector<double> v)
{
    if (v.size() < 4)
        return 0.0;
    std::sort(v.begin(), v.end());
    return (v[v.size() * 3 / 4] - v[v.size() / 4]) / 1.349;
}

// For each minute of the day, the share of days on which a run of the type
// starts within `w` after that minute: the chance that the type "follows"
// something at that time of day whatever it is. Two types that both run in
// office hours follow each other by the clock, not by cause.
std::vector<float> coverageByMinuteOfDay(const std::vector<qint64> &starts, qint64 from, qint64 lastA, qint64 w)
{
    std::vector<float> cover(1440, 0.0f);
    const qint64 firstDay = dayIndex(from), lastDay = dayIndex(lastA);
    std::vector<int> diff(1441);
    int days = 0;
    for (qint64 d = firstDay; d <= lastDay; ++d, ++days) {
        std::fill(diff.begin(), diff.end(), 0);
        const qint64 dayStart = d * kSecondsPerDay;
        for (auto it = std::upper_bound(starts.begin(), starts.end(), dayStart);
             it != starts.end() && *it <= dayStart + kSecondsPerDay + w; ++it) {
            const qint64 lo = std::max<qint64>(0, (*it - w - dayStart + 59) / 60);
            const qint64 hi = std::min<qint64>(1440, (*it - dayStart + 59) / 60);
            if (hi > lo) {
                ++diff[std::size_t(lo)];
                --diff[std::size_t(hi)];
            }
        }
        int running = 0;
        for (int m = 0; m < 1440; ++m) {
            running += diff[std::size_t(m)];
            if (running > 0)
                cover[std::size_t(m)] += 1.0f;
        }
    }
    for (float &c : cover)
        c /= float(std::max(1, days));
    return cover;
}

} // namespace

QList<ActivityPattern> CorrelationDetector::detect(const EventTable &ev, const AnalysisWindow &window) const
{
    QList<ActivityPattern> out;
    const qint64 w = qint64(m_options.correlationWindowMinutes) * 60;
    const qint64 lastA = window.until - w; // A needs its whole window before as-of
    if (ev.size() == 0 || lastA <= window.from)
        return out;

    // Types worth pairing: those with enough runs, at most kMaxTypes of them.
    const int typeCount = int(ev.typeNames.size());
    std::vector<qint64> counts(std::size_t(typeCount), 0);
    for (std::size_t i = 0; i < ev.size(); ++i)
        ++counts[std::size_t(ev.types[i])];
    std::vector<int> order;
    for (int t = 0; t < typeCount; ++t)
        if (counts[std::size_t(t)] >= m_options.minDetectionCount)
            order.push_back(t);
    std::sort(order.begin(), order.end(), [&](int x, int y) { return counts[std::size_t(x)] > counts[std::size_t(y)]; });
    if (order.size() > std::size_t(kMaxTypes))
        order.resize(std::size_t(kMaxTypes));
    const int k = int(order.size());
    if (k < 2)
        return out;
    std::vector<int> slot(std::size_t(typeCount), -1);
    for (int s = 0; s < k; ++s)
        slot[std::size_t(order[std::size_t(s)])] = s;

    // Per-slot sorted starts and ids (the table is sorted, so appends are too).
    std::vector<std::vector<qint64>> starts(static_cast<std::size_t>(k));
    std::vector<std::vector<qint64>> ids(static_cast<std::size_t>(k));
    for (std::size_t i = 0; i < ev.size(); ++i) {
        const int s = slot[std::size_t(ev.types[i])];
        if (s >= 0) {
            starts[std::size_t(s)].push_back(ev.starts[i]);
            ids[std::size_t(s)].push_back(ev.ids[i]);
        }
    }

    // Runs of A in a burst are one episode, not many independent trials: a
    // user submitting forty jobs in an hour "is followed" forty times by the
    // same few runs of B. Only a run with no earlier run of its type within
    // the window starts an episode, and only episodes are opportunities.
    std::vector<std::vector<char>> episode(static_cast<std::size_t>(k));
    for (int s = 0; s < k; ++s) {
        const std::vector<qint64> &ts = starts[std::size_t(s)];
        std::vector<char> &e = episode[std::size_t(s)];
        e.resize(ts.size());
        for (std::size_t i = 0; i < ts.size(); ++i)
            e[i] = (i == 0 || ts[i] - ts[i - 1] > w) ? 1 : 0;
    }
    std::vector<std::size_t> position(static_cast<std::size_t>(k), 0); // index of each run within its type

    // Chance that a B starts within the window after a random moment in
    // [from, lastA]: the measure of the union of [s - w, s) over B's starts.
    std::vector<double> chance(std::size_t(k), 0.0);
    const double span = double(lastA - window.from);
    for (int s = 0; s < k; ++s) {
        qint64 covered = 0, curLo = 0, curHi = std::numeric_limits<qint64>::min();
        for (qint64 t : starts[std::size_t(s)]) {
            const qint64 lo = std::max(window.from, t - w), hi = std::min(lastA, t);
            if (hi <= lo)
                continue;
            if (lo > curHi) {
                if (curHi > curLo)
                    covered += curHi - curLo;
                curLo = lo;
                curHi = hi;
            } else {
                curHi = std::max(curHi, hi);
            }
        }
        if (curHi > curLo)
            covered += curHi - curLo;
        chance[std::size_t(s)] = std::min(1.0, double(covered) / span);
    }

    // The sweep, from the last run backwards. `nextStart[b]` is the next start
    // of b after the current moment; the list keeps types ordered by it.
    std::vector<qint64> nextStart(std::size_t(k), 0);
    std::vector<int> linkNext(std::size_t(k), -1), linkPrev(std::size_t(k), -1);
    std::vector<char> inList(std::size_t(k), 0);
    int head = -1;
    std::vector<qint64> opportunities(std::size_t(k), 0);
    std::vector<qint32> hits(std::size_t(k) * std::size_t(k), 0);
    for (int s = 0; s < k; ++s)
        position[std::size_t(s)] = starts[std::size_t(s)].size();
    for (std::size_t idx = ev.size(); idx-- > 0;) {
        const int a = slot[std::size_t(ev.types[idx])];
        if (a < 0)
            continue;
        const qint64 t = ev.starts[idx];
        const bool startsEpisode = episode[std::size_t(a)][--position[std::size_t(a)]] != 0;
        if (startsEpisode && t <= lastA && t >= window.from) {
            ++opportunities[std::size_t(a)];
            qint32 *row = hits.data() + std::size_t(a) * std::size_t(k);
            for (int b = head; b >= 0; b = linkNext[std::size_t(b)]) {
                const qint64 delay = nextStart[std::size_t(b)] - t;
                if (delay > w)
                    break;
                if (b != a && delay > 0)
                    ++row[b];
            }
        }
        // Move a to the front: its next start is now t, the smallest of all.
        if (inList[std::size_t(a)]) {
            if (head != a) {
                const int p = linkPrev[std::size_t(a)], n = linkNext[std::size_t(a)];
                linkNext[std::size_t(p)] = n;
                if (n >= 0)
                    linkPrev[std::size_t(n)] = p;
                linkNext[std::size_t(a)] = head;
                linkPrev[std::size_t(head)] = a;
                linkPrev[std::size_t(a)] = -1;
                head = a;
            }
        } else {
            inList[std::size_t(a)] = 1;
            linkNext[std::size_t(a)] = head;
            if (head >= 0)
                linkPrev[std::size_t(head)] = a;
            linkPrev[std::size_t(a)] = -1;
            head = a;
        }
        nextStart[std::size_t(a)] = t;
    }

    const double pairs = double(k) * double(k - 1);
    std::vector<Candidate> candidates;
    for (int a = 0; a < k; ++a) {
        const qint64 n = opportunities[std::size_t(a)];
        if (n < m_options.minDetectionCount)
            continue;
        for (int b = 0; b < k; ++b) {
            const qint64 h = hits[std::size_t(a) * std::size_t(k) + std::size_t(b)];
            if (b == a || h < m_options.minDetectionCount)
                continue;
            const double c = chance[std::size_t(b)];
            const double strength = chanceCorrected(shrunkRate(h, n), c);
            if (strength < kStrengthFloor)
                continue;
            if (!significant(binomialUpperTail(h, n, c), pairs, m_options.alpha))
                continue;
            candidates.push_back({a, b, h, n, c, strength});
        }
    }
    // Re-test the survivors against the time-of-day chance of their successor.
    std::vector<std::vector<float>> coverage(static_cast<std::size_t>(k));
    std::vector<Candidate> kept;
    for (Candidate c : candidates) {
        std::vector<float> &cover = coverage[std::size_t(c.b)];
        if (cover.empty())
            cover = coverageByMinuteOfDay(starts[std::size_t(c.b)], window.from, lastA, w);
        // Per run of A, the larger of two chances: B by the clock (time-of-day
        // coverage) and B by its local density around that moment (±12 h), so
        // a burst of two busy types in the same afternoon is not a correlation.
        const std::vector<qint64> &bs = starts[std::size_t(c.b)];
        double sum = 0.0;
        auto lo = bs.begin(), hi = bs.begin();
        const std::vector<qint64> &as = starts[std::size_t(c.a)];
        for (std::size_t i = 0; i < as.size(); ++i) {
            const qint64 t = as[i];
            if (!episode[std::size_t(c.a)][i] || t < window.from || t > lastA)
                continue;
            while (lo != bs.end() && *lo < t - kLocalSpan)
                ++lo;
            if (hi < lo)
                hi = lo;
            while (hi != bs.end() && *hi <= t + kLocalSpan)
                ++hi;
            const double local = chanceOfAnyEvent(double(hi - lo) / double(2 * kLocalSpan), double(w));
            sum += std::max(double(cover[std::size_t(minuteOfDay(t))]), local);
        }
        c.chance = std::max(c.chance, sum / double(c.opportunities));
        c.strength = chanceCorrected(shrunkRate(c.hits, c.opportunities), c.chance);
        if (c.strength >= kStrengthFloor
            && significant(binomialUpperTail(c.hits, c.opportunities, c.chance), pairs, m_options.alpha))
            kept.push_back(c);
    }
    candidates.swap(kept);
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &x, const Candidate &y) { return x.strength > y.strength; });
    if (candidates.size() > std::size_t(kMaxPatterns))
        candidates.resize(std::size_t(kMaxPatterns));

    for (const Candidate &c : candidates) {
        const std::vector<qint64> &as = starts[std::size_t(c.a)], &bs = starts[std::size_t(c.b)];
        ActivityPattern p;
        p.kind = PatternKind::Correlation;
        p.taskTypes = {ev.typeNames[order[std::size_t(c.a)]], ev.typeNames[order[std::size_t(c.b)]]};
        p.frequency = QStringLiteral("after_predecessor");
        p.confidence = c.strength;
        p.occurrences = c.hits;
        p.opportunities = c.opportunities;
        p.hitRate = double(c.hits) / double(c.opportunities);
        p.chanceRate = c.chance;
        p.windowMinutes = m_options.correlationWindowMinutes;
        std::vector<double> delays, aMinutes;
        for (std::size_t i = 0; i < as.size(); ++i) {
            const qint64 t = as[i];
            if (!episode[std::size_t(c.a)][i] || t < window.from || t > lastA)
                continue;
            const auto it = std::upper_bound(bs.begin(), bs.end(), t);
            if (it == bs.end() || *it - t > w)
                continue;
            delays.push_back(double(*it - t) / 60.0);
            aMinutes.push_back(minuteOfDay(t));
            p.occurrenceTimes << t;
            if (p.evidenceTaskIds.size() < 2 * kMaxStoredEvidence)
                p.evidenceTaskIds << ids[std::size_t(c.a)][i] << ids[std::size_t(c.b)][std::size_t(it - bs.begin())];
        }
        // How much of B this explains: the share of B's runs with an A before them.
        qint64 preceded = 0, bTotal = 0;
        for (qint64 t : bs) {
            if (t < window.from + w || t >= window.until)
                continue;
            ++bTotal;
            const auto it = std::lower_bound(as.begin(), as.end(), t);
            if (it != as.begin() && t - *(it - 1) <= w && t - *(it - 1) > 0)
                ++preceded;
        }
        p.delaySpreadMinutes = robustSpread(delays);
        p.delayMinutes = median(delays);
        p.metrics.insert(QStringLiteral("successor_preceded_share"),
                         bTotal > 0 ? double(preceded) / double(bTotal) : 0.0);
        // When the pairs happen: the predecessor's hours, if they cluster.
        const circular::Summary s = circular::summarize(aMinutes.data(), aMinutes.size(), 1440.0);
        TimeWindow tw;
        if (!aMinutes.empty() && s.spread <= 120.0) {
            const double reach = std::max(30.0, 2.0 * s.spread);
            tw.startHour = int(circular::wrap(s.mean - reach, 1440.0) / 60.0);
            tw.endHour = (int(circular::wrap(s.mean + reach, 1440.0) / 60.0) + 1) % 24;
            tw.minute = int(std::lround(s.mean)) % 60;
        }
        p.timeWindows = {tw};
        p.analyzedFrom = window.from;
        p.analyzedUntil = window.until;
        out << p;
    }
    return out;
}

} // namespace rulecast
