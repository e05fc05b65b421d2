#include "placementsearch.h"

#include <algorithm>

namespace rulecast {
namespace {

// The search's view of a job's runs. A job that does not run every day has
// runs on the last day that may reach past the horizon; clipped, they would
// look free and the search would pile runs into the last minutes. Instead the
// part past the end is charged to the start of the last day, as if the day
// after looked like it — the same cyclic view every-day jobs get exactly.
template <typename Visit>
void forEachSearchRange(const JobPattern &p, const QVector<int> &fires, int n, Visit &&visit)
{
    if (p.everyDay) {
        forEachRunRange(p, fires, n, visit);
        return;
    }
    for (int day : p.activeDays) {
        const int base = day * 1440;
        for (int f : fires) {
            const int begin = std::max(0, base + f);
            const int rawEnd = base + f + p.duration;
            const int end = std::min(n, rawEnd);
            if (begin < end)
                visit(begin, end);
            if (rawEnd > n)
                visit(n - 1440, n - 1440 + std::min(rawEnd - n, 1440));
        }
    }
}

} // namespace

PlacementSearch::PlacementSearch(const QVector<JobPattern> &patterns, int days, const QVector<FixedRun> &fixed)
    : m_patterns(patterns),
      m_days(days),
      m_minutes(days * 1440),
      m_columnCost(1440, 0),
      m_load(days * 1440, 0),
      m_at(patterns.size()),
      m_fires(patterns.size()),
      m_placed(patterns.size(), false),
      m_displacement(patterns.size())
{
    for (const FixedRun &run : fixed) {
        const int begin = std::max(0, run.startMinute);
        const int end = std::min(m_minutes, run.startMinute + run.durationMinutes);
        for (int i = begin; i < end; ++i)
            m_load[i] += run.demand;
    }
    // The highest load any placement can reach: in one minute a job has at
    // most `duration` runs going (one per start minute) and at most its runs
    // of the days that reach into it.
    m_maxLoad = 1;
    for (const FixedRun &run : fixed)
        m_maxLoad += std::max(0, run.demand);
    for (const JobPattern &p : patterns)
        m_maxLoad += 2 * p.demand * std::min(p.duration, p.shape.runsPerActiveDay() * (carryInDays(p.duration) + 1));
    for (int j = 0; j < patterns.size(); ++j) {
        const CronShape &shape = patterns.at(j).shape;
        QVector<int> &table = m_displacement[j];
        table.resize(shape.placementCount());
        for (int dm = 0; dm < shape.minutePeriod(); ++dm)
            for (int dh = 0; dh < shape.hourPeriod(); ++dh)
                table[dm * shape.hourPeriod() + dh] = shape.displacement(dm, dh);
    }
    rebuildColumns();
}

void PlacementSearch::setCostModel(const LoadCostModel &model)
{
    m_model = model;
    rebuildColumns();
}

void PlacementSearch::rebuildColumns()
{
    m_unitTable.resize(m_maxLoad + 1);
    for (int level = 0; level <= m_maxLoad; ++level)
        m_unitTable[level] = m_model.marginal(level, 1);
    std::fill(m_columnCost.begin(), m_columnCost.end(), 0);
    for (int d = 0; d < m_days; ++d) {
        const int *row = m_load.constData() + d * 1440;
        for (int t = 0; t < 1440; ++t)
            m_columnCost[t] += m_unitTable.at(row[t]);
    }
}

int PlacementSearch::peak() const
{
    return m_load.isEmpty() ? 0 : *std::max_element(m_load.cbegin(), m_load.cend());
}

void PlacementSearch::applyRuns(int job, int sign)
{
    const JobPattern &p = m_patterns.at(job);
    const int delta = sign * p.demand;
    int *load = m_load.data();
    qint64 *column = m_columnCost.data();
    const qint64 *table = m_unitTable.constData(); // covers every reachable load level
    forEachSearchRange(p, m_fires.at(job), m_minutes, [&](int begin, int end) {
        int i = begin;
        while (i < end) {
            const int dayStart = i - i % 1440;
            const int stop = std::min(end, dayStart + 1440);
            qint64 *col = column - dayStart; // col[i] is the column of minute i this day
            for (; i < stop; ++i) {
                const int before = load[i];
                const int after = before + delta;
                load[i] = after;
                col[i] += table[after] - table[before];
            }
        }
    });
}

void PlacementSearch::place(int job, Placement at)
{
    Q_ASSERT(!m_placed.at(job));
    m_at[job] = at;
    m_fires[job] = m_patterns.at(job).shape.fireMinutesOfDay(at.dm, at.dh);
    m_placed[job] = true;
    applyRuns(job, +1);
}

void PlacementSearch::unplace(int job)
{
    Q_ASSERT(m_placed.at(job));
    applyRuns(job, -1);
    m_placed[job] = false;
}

bool PlacementSearch::touchesAbove(int job, int level) const
{
    bool found = false;
    const int *load = m_load.constData();
    forEachSearchRange(m_patterns.at(job), m_fires.at(job), m_minutes, [&](int begin, int end) {
        for (int i = begin; i < end && !found; ++i)
            found = load[i] > level;
    });
    return found;
}

qint64 PlacementSearch::shiftCost(int job, Placement at) const
{
    if (m_model.shiftWeight == 0)
        return 0;
    const JobPattern &p = m_patterns.at(job);
    const int shift = m_displacement.at(job).at(at.dm * p.shape.hourPeriod() + at.dh);
    return m_model.shiftWeight * shift * (1 + p.priority);
}

qint64 PlacementSearch::objective() const
{
    qint64 total = 0;
    for (int v : m_load)
        total += m_model.primaryWeight * LoadCostModel::excess(v, m_model.primaryLevel)
                 + m_model.secondaryWeight * LoadCostModel::excess(v, m_model.secondaryLevel)
                 + m_model.ceilingWeight * LoadCostModel::excess(v, m_model.ceilingLevel)
                 + m_model.squareWeight * qint64(v) * v;
    for (int j = 0; j < m_patterns.size(); ++j)
        if (m_placed.at(j))
            total += shiftCost(j, m_at.at(j));
    return total;
}

// startCost[s]: the marginal cost of one run of the job starting at minute s
// of each of its active days, summed over those days.
void PlacementSearch::windowCosts(int job, QVector<qint64> &startCost) const
{
    const JobPattern &p = m_patterns.at(job);
    const int dur = p.duration;
    startCost.fill(0, 1440);
    if (p.everyDay) {
        // Every day fires the same way, so the runs of day d that carry past
        // midnight land on day d+1 exactly where day -1's land on day 0: the
        // cost is cyclic over the minutes of the day.
        QVector<qint64> column = m_columnCost;
        if (p.demand != 1) {
            std::fill(column.begin(), column.end(), 0);
            for (int i = 0; i < m_minutes; ++i)
                column[i % 1440] += m_model.marginal(m_load.at(i), p.demand);
        }
        QVector<qint64> prefix(1441, 0);
        for (int t = 0; t < 1440; ++t)
            prefix[t + 1] = prefix[t] + column.at(t);
        const qint64 full = prefix.at(1440) * (dur / 1440);
        const int rest = dur % 1440;
        for (int s = 0; s < 1440; ++s) {
            const int e = s + rest;
            startCost[s] = full + (e <= 1440 ? prefix.at(e) - prefix.at(s)
                                             : prefix.at(1440) - prefix.at(s) + prefix.at(e - 1440));
        }
        return;
    }
    auto unit = [&](int i) {
        return p.demand == 1 ? unitCost(m_load.at(i)) : m_model.marginal(m_load.at(i), p.demand);
    };
    // Past the end: the start of the last day (see forEachSearchRange).
    QVector<qint64> lastDay(1441, 0);
    bool lastDayReady = false;
    QVector<qint64> prefix;
    for (int day : p.activeDays) {
        const int base = day * 1440;
        const int lo = std::max(0, base);
        const int hi = std::min(m_minutes, base + 1439 + dur);
        if (lo >= hi)
            continue;
        prefix.resize(hi - lo + 1);
        prefix[0] = 0;
        for (int i = lo; i < hi; ++i)
            prefix[i - lo + 1] = prefix[i - lo] + unit(i);
        for (int s = 0; s < 1440; ++s) {
            const int a = std::max(lo, base + s);
            const int rawEnd = base + s + dur;
            const int b = std::min(hi, rawEnd);
            if (a < b)
                startCost[s] += prefix.at(b - lo) - prefix.at(a - lo);
            if (rawEnd > m_minutes) {
                if (!lastDayReady) {
                    for (int t = 0; t < 1440; ++t)
                        lastDay[t + 1] = lastDay[t] + unit(m_minutes - 1440 + t);
                    lastDayReady = true;
                }
                startCost[s] += lastDay.at(std::min(rawEnd - m_minutes, 1440));
            }
        }
    }
}

qint64 PlacementSearch::placementCost(int job, Placement at) const
{
    QVector<qint64> startCost;
    windowCosts(job, startCost);
    qint64 c = shiftCost(job, at);
    for (int f : m_patterns.at(job).shape.fireMinutesOfDay(at.dm, at.dh))
        c += startCost.at(f);
    return c;
}

std::pair<PlacementSearch::Placement, qint64> PlacementSearch::bestPlacement(int job, std::mt19937_64 &rng) const
{
    ++m_evaluations;
    const JobPattern &p = m_patterns.at(job);
    const CronShape &shape = p.shape;
    const int pm = shape.minutePeriod();
    const int ph = shape.hourPeriod();
    QVector<qint64> startCost;
    windowCosts(job, startCost);

    // byHour[h * pm + dm]: cost of the rule's minutes rotated by dm in hour h.
    QVector<qint64> byHour(24 * pm, 0);
    const QVector<int> &minutes = shape.minuteList();
    const qint64 *cost = startCost.constData();
    for (int h = 0; h < 24; ++h) {
        const qint64 *hourCost = cost + h * 60;
        qint64 *row = byHour.data() + h * pm;
        for (int m : minutes) {
            for (int dm = 0, minute = m; dm < pm; ++dm) {
                row[dm] += hourCost[minute];
                if (++minute == 60)
                    minute = 0;
            }
        }
    }

    const QVector<int> &hours = shape.hourList();
    const QVector<int> &displacement = m_displacement.at(job);
    Placement best;
    qint64 bestCost = std::numeric_limits<qint64>::max();
    quint64 ties = 0;
    for (int dm = 0; dm < pm; ++dm)
        for (int dh = 0; dh < ph; ++dh) {
            const int shift = displacement.at(dm * ph + dh);
            if (p.maxShift >= 0 && shift > p.maxShift)
                continue;
            qint64 c = m_model.shiftWeight * shift * (1 + p.priority);
            for (int h : hours)
                c += byHour.at(((h + dh) % 24) * pm + dm);
            if (c < bestCost) {
                bestCost = c;
                best = {dm, dh};
                ties = 1;
            } else if (c == bestCost && (rng() % ++ties) == 0) {
                best = {dm, dh};
            }
        }
    return {best, bestCost};
}

} // namespace rulecast
