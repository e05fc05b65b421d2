#include "core/historymodel.h"

#include <QByteArray>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rulecast {

namespace {

// The replayed cells, identical feature vectors collapsed into one row of a
// shared design matrix (most (type, slot) cells of a sparse history look
// alike); each day keeps its own counts per row, so fits over different days
// or with different recency weights reuse the same matrix.
struct DayCounts
{
    qint64 day = 0;
    std::vector<int> rows;          // design rows seen that day
    std::vector<double> weights;    // cells per row
    std::vector<double> positives;  // of those, cells with a start
};

struct Replay
{
    LogisticModel::Design design;
    std::vector<DayCounts> days;
};

// The counts of days [from, to) of the replay per design row, each day
// weighted by its recency (half-life in days; 0 = all alike).
void aggregate(const Replay &replay, size_t from, size_t to, double halfLife, std::vector<double> &weights,
               std::vector<double> &positives)
{
    const size_t rows = replay.design.rowCount();
    weights.assign(rows, 0.0);
    positives.assign(rows, 0.0);
    for (size_t d = from; d < to; ++d) {
        const DayCounts &day = replay.days[d];
        // Recent days count more, so the fit follows a drifting history.
        const double w = halfLife > 0 ? std::pow(0.5, double(replay.days[to - 1].day - day.day) / halfLife) : 1.0;
        for (size_t k = 0; k < day.rows.size(); ++k) {
            weights[size_t(day.rows[k])] += day.weights[k] * w;
            positives[size_t(day.rows[k])] += day.positives[k] * w;
        }
    }
}

std::vector<double> halfLivesOf(const HistoryModel::Options &options)
{
    return options.trainingHalfLives.empty() ? std::vector<double>{0.0} : options.trainingHalfLives;
}

// Fits one model per training half-life on days [from, to) of the replay,
// each warm-started from the previous one (similar data, same optimum).
std::vector<LogisticModel> fitMembers(const Replay &replay, size_t from, size_t to, const HistoryModel::Options &options,
                                      double l2)
{
    std::vector<LogisticModel> members;
    if (to <= from)
        return members;
    std::vector<double> weights, positives;
    for (double halfLife : halfLivesOf(options)) {
        aggregate(replay, from, to, halfLife, weights, positives);
        members.push_back(LogisticModel::fit(replay.design, positives, weights, l2, 50,
                                             members.empty() ? nullptr : &members.back()));
    }
    return members;
}

// Mean log loss of `model` on the cells of days [from, to).
double logLoss(const LogisticModel &model, const Replay &replay, size_t from, size_t to)
{
    double loss = 0, cells = 0;
    for (size_t d = from; d < to; ++d) {
        const DayCounts &day = replay.days[d];
        for (size_t k = 0; k < day.rows.size(); ++k) {
            const double p = std::clamp(model.probability(replay.design.row(size_t(day.rows[k]))), 1e-12, 1.0 - 1e-12);
            loss -= day.positives[k] * std::log(p) + (day.weights[k] - day.positives[k]) * std::log(1.0 - p);
            cells += day.weights[k];
        }
    }
    return cells > 0 ? loss / cells : 0.0;
}

// The ridge strength that predicts this history best out of sample: each
// candidate is fitted on the training days before the last `validationDays`
// replayed days (with the middle half-life) and scored by its log loss on
// them. How strongly the weights must be held back depends on the history —
// a perfectly regular job needs little, a crowd of drifting habits more —
// so it is chosen on the history itself, never on the days being predicted.
double chooseRidge(const Replay &replay, size_t total, const HistoryModel::Options &options, size_t minimumTraining)
{
    if (options.ridgeCandidates.empty() || options.validationDays < 1)
        return options.l2;
    const size_t validation = size_t(options.validationDays);
    if (total < validation + minimumTraining)
        return options.l2;
    const size_t blockStart = total - validation;
    const size_t fitFrom = blockStart > size_t(options.trainingDays) ? blockStart - size_t(options.trainingDays) : 0;
    const std::vector<double> halfLives = halfLivesOf(options);
    std::vector<double> weights, positives;
    aggregate(replay, fitFrom, blockStart, halfLives[halfLives.size() / 2], weights, positives);
    double best = options.l2, bestLoss = std::numeric_limits<double>::infinity();
    LogisticModel previous;
    for (double l2 : options.ridgeCandidates) {
        const LogisticModel candidate = LogisticModel::fit(replay.design, positives, weights, l2, 50,
                                                           previous.featureCount() > 0 ? &previous : nullptr);
        const double loss = logLoss(candidate, replay, blockStart, total);
        // The candidates grow; once a stronger ridge validates worse, the
        // still stronger ones are not tried (the loss is one-humped in the
        // ridge), which saves most fits on regular histories.
        if (loss >= bestLoss)
            break;
        bestLoss = loss;
        best = l2;
        previous = candidate;
    }
    return best;
}

double averageProbability(const std::vector<LogisticModel> &members, const double *x)
{
    if (members.empty())
        return 0.0;
    double sum = 0;
    for (const LogisticModel &m : members)
        sum += m.probability(x);
    return sum / double(members.size());
}

} // namespace

double HistoryModel::rawProbability(const std::vector<double> &x) const
{
    if (x.size() < size_t(HistoryFeatures::Count))
        return 0.0;
    return averageProbability(m_members, x.data());
}

std::vector<qint64> HistoryModel::observedDaysBefore(const ActivityIndex &index, qint64 cutoffDay, int maxDays)
{
    std::vector<qint64> days;
    for (qint64 d = cutoffDay - 1; d >= index.firstDay() && int(days.size()) < maxDays; --d) {
        if (index.systemActive(d))
            days.push_back(d);
    }
    return days;
}

HistoryModel HistoryModel::fit(const ActivityIndex &index, qint64 cutoffDay, int gap, const Options &options,
                               const std::vector<int> &types)
{
    HistoryModel model;
    const bool calibrate = options.calibration != Options::Calibration::None;
    const bool chooseL2 = !options.ridgeCandidates.empty() && options.validationDays > 0;
    const int replayDays = options.trainingDays + (chooseL2 ? options.validationDays : 0)
                           + (calibrate ? options.calibrationDays : 0);
    // Replay days need some history of their own before them: skip the first
    // observed week of the index, which would be described from almost nothing.
    std::vector<FeatureTarget> targets;
    std::vector<qint64> candidates = observedDaysBefore(index, cutoffDay, replayDays);
    std::reverse(candidates.begin(), candidates.end()); // oldest first
    for (qint64 day : candidates) {
        const qint64 cutoff = day - gap;
        if (cutoff - index.firstDay() < 7)
            continue;
        targets.push_back({day, cutoff});
    }
    if (targets.empty())
        return model;

    Replay replay;
    replay.design.features = HistoryFeatures::Count;
    replay.days.resize(targets.size());
    for (size_t i = 0; i < targets.size(); ++i)
        replay.days[i].day = targets[i].day;
    QHash<QByteArray, int> rowOf;
    // Per day, where each design row sits in that day's lists (-1: not yet).
    std::vector<std::vector<int>> slotOfRow(targets.size());
    HistoryFeatures::compute(index, targets, options.features, types,
                             [&](int type, int target, int slot, const double *x) {
                                 const FeatureTarget &t = targets[size_t(target)];
                                 // A type counts from the day after it was first seen.
                                 if (index.firstSeenDay(type) >= t.cutoffDay)
                                     return;
                                 const bool event = index.occurred(type, t.day, slot);
                                 const QByteArray key(reinterpret_cast<const char *>(x),
                                                      int(sizeof(double) * HistoryFeatures::Count));
                                 auto it = rowOf.constFind(key);
                                 if (it == rowOf.constEnd()) {
                                     it = rowOf.insert(key, int(replay.design.rowCount()));
                                     replay.design.x.insert(replay.design.x.end(), x, x + HistoryFeatures::Count);
                                 }
                                 const int row = it.value();
                                 DayCounts &day = replay.days[size_t(target)];
                                 std::vector<int> &slots = slotOfRow[size_t(target)];
                                 if (slots.size() <= size_t(row))
                                     slots.resize(size_t(row) + 1, -1);
                                 if (slots[size_t(row)] < 0) {
                                     slots[size_t(row)] = int(day.rows.size());
                                     day.rows.push_back(row);
                                     day.weights.push_back(0);
                                     day.positives.push_back(0);
                                 }
                                 day.weights[size_t(slots[size_t(row)])] += 1;
                                 day.positives[size_t(slots[size_t(row)])] += event ? 1 : 0;
                             });
    slotOfRow.clear();

    const size_t total = replay.days.size();
    const size_t trainFrom = total > size_t(options.trainingDays) ? total - size_t(options.trainingDays) : 0;
    model.m_trainingDays = int(total - trainFrom);
    for (size_t d = trainFrom; d < total; ++d) {
        for (size_t k = 0; k < replay.days[d].rows.size(); ++k) {
            model.m_trainingCells += qint64(replay.days[d].weights[k]);
            model.m_trainingEvents += qint64(replay.days[d].positives[k]);
        }
    }
    const size_t minimumTraining = 7;
    model.m_l2 = chooseRidge(replay, total, options, minimumTraining);
    model.m_members = fitMembers(replay, trainFrom, total, options, model.m_l2);
    if (!calibrate || model.m_trainingEvents == 0)
        return model;

    // Out-of-sample replay: blocks of days before the training days, each
    // predicted by a model fitted on the (up to) trainingDays days before it.
    std::vector<double> scores, positives, weights;
    auto recency = [&](qint64 day) {
        // Calibration cells weigh like the middle member's training days.
        const double halfLife = options.trainingHalfLives.empty()
                                    ? 0.0
                                    : options.trainingHalfLives[options.trainingHalfLives.size() / 2];
        return halfLife > 0 ? std::pow(0.5, double(cutoffDay - 1 - day) / halfLife) : 1.0;
    };
    auto score = [&](const std::vector<LogisticModel> &members, size_t from, size_t to) {
        for (size_t d = from; d < to; ++d) {
            const DayCounts &day = replay.days[d];
            const double w = recency(day.day);
            for (size_t k = 0; k < day.rows.size(); ++k) {
                scores.push_back(averageProbability(members, replay.design.row(size_t(day.rows[k]))));
                positives.push_back(day.positives[k] * w);
                weights.push_back(day.weights[k] * w);
                model.m_calibrationCells += qint64(day.weights[k]);
            }
        }
    };
    const size_t step = size_t(std::max(1, options.calibrationStep));
    for (size_t blockStart = trainFrom; blockStart > 0;) {
        const size_t blockEnd = blockStart;
        blockStart = blockEnd > step ? blockEnd - step : 0;
        const size_t fitFrom = blockStart > size_t(options.trainingDays) ? blockStart - size_t(options.trainingDays) : 0;
        if (blockStart - fitFrom < minimumTraining)
            break;
        score(fitMembers(replay, fitFrom, blockStart, options, model.m_l2), blockStart, blockEnd);
    }
    // The last training block is also predicted out of sample, by the model
    // of the days before it, so the map always sees the most recent behaviour.
    if (trainFrom + step < total && total - step - trainFrom >= minimumTraining) {
        const size_t blockStart = total - step;
        const size_t fitFrom = blockStart > size_t(options.trainingDays) ? blockStart - size_t(options.trainingDays) : 0;
        score(fitMembers(replay, fitFrom, blockStart, options, model.m_l2), blockStart, total);
    }
    if (scores.empty())
        return model;
    if (options.calibration == Options::Calibration::Isotonic) {
        model.m_isotonic = IsotonicCalibration::fit(scores, positives, weights, options.minCalibrationBlock);
        if (!model.m_isotonic.isEmpty())
            model.m_calibration = Options::Calibration::Isotonic;
    } else {
        model.m_platt = PlattCalibration::fit(scores, positives, weights);
        model.m_calibration = Options::Calibration::Platt;
    }
    return model;
}

double HistoryModel::probability(const double *features) const
{
    const double raw = averageProbability(m_members, features);
    switch (m_calibration) {
    case Options::Calibration::Isotonic: return m_isotonic.apply(raw);
    case Options::Calibration::Platt: return m_platt.apply(raw);
    case Options::Calibration::None: break;
    }
    return raw;
}

} // namespace rulecast
