#pragma once

#include "core/optimizationstrategy.h"
#include "core/scheduleload.h"

#include <QVector>

#include <random>

namespace rulecast {

// The working state of the optimizer: where each job currently sits (as a
// rotation (dm, dh) of its original rule), the minute load of the horizon,
// and — kept up to date on every change — the per-minute-of-day sum of
// marginal costs over all days, so a job that runs every day is priced for
// all its placements in O(1440 + placements x runs per day) instead of
// touching all of its runs.
class PlacementSearch
{
public:
    PlacementSearch(const QVector<JobPattern> &patterns, int days, const QVector<FixedRun> &fixed);

    void setCostModel(const LoadCostModel &model);
    const LoadCostModel &costModel() const { return m_model; }

    struct Placement
    {
        int dm = 0;
        int dh = 0;
    };
    // Adds job j's runs at the rotation; it must not be placed.
    void place(int job, Placement at);
    void unplace(int job);
    bool isPlaced(int job) const { return m_placed.at(job); }
    Placement placementOf(int job) const { return m_at.at(job); }
    const QVector<int> &firesOf(int job) const { return m_fires.at(job); }

    // The cheapest placement for an unplaced job under the cost model (plus
    // the shift cost, within the job's allowed shift); ties are broken at
    // random with `rng`, so plateaus are explored. Returns the placement and
    // its marginal cost.
    std::pair<Placement, qint64> bestPlacement(int job, std::mt19937_64 &rng) const;

    // The marginal cost (plus shift cost) of putting an unplaced job at `at`.
    qint64 placementCost(int job, Placement at) const;

    // Whether any run of job j is in a minute whose load exceeds `level`.
    bool touchesAbove(int job, int level) const;

    const QVector<int> &load() const { return m_load; }
    int peak() const;
    // The cost model summed over the horizon, plus every job's shift cost.
    qint64 objective() const;
    qint64 shiftCost(int job, Placement at) const;

    qint64 evaluations() const { return m_evaluations; }

private:
    qint64 unitCost(int load) const { return m_unitTable.at(load); }
    void applyRuns(int job, int sign);
    void rebuildColumns();
    void windowCosts(int job, QVector<qint64> &startCost) const;

    const QVector<JobPattern> &m_patterns;
    int m_days;
    int m_minutes;
    int m_maxLoad = 1;
    LoadCostModel m_model;
    QVector<qint64> m_unitTable;  // marginal cost of one more unit at each load level
    QVector<qint64> m_columnCost; // per minute of day: sum over days of unitCost(load)
    QVector<int> m_load;
    QVector<Placement> m_at;
    QVector<QVector<int>> m_fires;
    QVector<bool> m_placed;
    QVector<QVector<int>> m_displacement; // per job: [dm * hourPeriod + dh]
    mutable qint64 m_evaluations = 0;
};

} // namespace rulecast
