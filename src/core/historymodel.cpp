#include "core/historymodel.h"

#include <QByteArray>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

// The replayed cells of one day, identical feature vectors collapsed into
// one weighted row: most (type, slot) cells of a sparse history look alike.
struct DayRows
{
    qint64 day = 0;
    std::vector<LogisticModel::Row> rows;
    QHash<QByteArray, int> rowOf;
};

LogisticModel fitOn(const std::vector<DayRows> &days, size_t from, size_t to, double l2, double halfLife)
{
    // Merge the days' rows again, so the fit sees each distinct vector once.
    QHash<QByteArray, int> rowOf;
    std::vector<LogisticModel::Row> rows;
    for (size_t d = from; d < to; ++d) {
        // Recent days count more, so the fit follows a drifting history.
        const double w = halfLife > 0 ? std::pow(0.5, double(days[to - 1].day - days[d].day) / halfLife) : 1.0;
        for (auto it = days[d].rowOf.constBegin(); it != days[d].rowOf.constEnd(); ++it) {
            LogisticModel::Row source = days[d].rows[size_t(it.value())];
            source.weight *= w;
            source.positives *= w;
            auto found = rowOf.constFind(it.key());
            if (found == rowOf.constEnd()) {
                rowOf.insert(it.key(), int(rows.size()));
                rows.push_back(source);
            } else {
                rows[size_t(found.value())].weight += source.weight;
                rows[size_t(found.value())].positives += source.positives;
            }
        }
    }
    return LogisticModel::fit(rows, l2);
}

std::vector<LogisticModel> fitMembers(const std::vector<DayRows> &days, size_t from, size_t to,
                                      const HistoryModel::Options &options)
{
    std::vector<LogisticModel> members;
    const std::vector<double> halfLives =
        options.trainingHalfLives.empty() ? std::vector<double>{0.0} : options.trainingHalfLives;
    for (double halfLife : halfLives)
        members.push_back(fitOn(days, from, to, options.l2, halfLife));
    return members;
}

double averageProbability(const std::vector<LogisticModel> &members, const std::vector<double> &x)
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
    return averageProbability(m_members, x);
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
    const int replayDays = options.trainingDays + (calibrate ? options.calibrationDays : 0);
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

    std::vector<DayRows> days(targets.size());
    for (size_t i = 0; i < targets.size(); ++i)
        days[i].day = targets[i].day;
    HistoryFeatures::compute(index, targets, options.features, types,
                             [&](int type, int target, int slot, const double *x) {
                                 const FeatureTarget &t = targets[size_t(target)];
                                 // A type counts from the day after it was first seen.
                                 if (index.firstSeenDay(type) >= t.cutoffDay)
                                     return;
                                 const bool event = index.occurred(type, t.day, slot);
                                 DayRows &day = days[size_t(target)];
                                 const QByteArray key(reinterpret_cast<const char *>(x),
                                                      int(sizeof(double) * HistoryFeatures::Count));
                                 auto it = day.rowOf.constFind(key);
                                 if (it == day.rowOf.constEnd()) {
                                     it = day.rowOf.insert(key, int(day.rows.size()));
                                     day.rows.push_back({std::vector<double>(x, x + HistoryFeatures::Count), 0, 0});
                                 }
                                 LogisticModel::Row &row = day.rows[size_t(it.value())];
                                 row.weight += 1;
                                 row.positives += event ? 1 : 0;
                             });

    const size_t total = days.size();
    const size_t trainFrom = total > size_t(options.trainingDays) ? total - size_t(options.trainingDays) : 0;
    model.m_trainingDays = int(total - trainFrom);
    for (size_t d = trainFrom; d < total; ++d) {
        for (const auto &row : days[d].rows) {
            model.m_trainingCells += qint64(row.weight);
            model.m_trainingEvents += qint64(row.positives);
        }
    }
    model.m_members = fitMembers(days, trainFrom, total, options);
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
    const size_t step = size_t(std::max(1, options.calibrationStep));
    const size_t minimumTraining = 7;
    for (size_t blockStart = trainFrom; blockStart > 0;) {
        const size_t blockEnd = blockStart;
        blockStart = blockEnd > step ? blockEnd - step : 0;
        const size_t fitFrom = blockStart > size_t(options.trainingDays) ? blockStart - size_t(options.trainingDays) : 0;
        if (blockStart - fitFrom < minimumTraining)
            break;
        const std::vector<LogisticModel> replay = fitMembers(days, fitFrom, blockStart, options);
        for (size_t d = blockStart; d < blockEnd; ++d) {
            const double w = recency(days[d].day);
            for (const auto &row : days[d].rows) {
                scores.push_back(averageProbability(replay, row.x));
                positives.push_back(row.positives * w);
                weights.push_back(row.weight * w);
                model.m_calibrationCells += qint64(row.weight);
            }
        }
    }
    // The last training block is also predicted out of sample, by the model
    // of the days before it, so the map always sees the most recent behaviour.
    if (trainFrom + step < total && total - step - trainFrom >= minimumTraining) {
        const size_t blockStart = total - step;
        const size_t fitFrom = blockStart > size_t(options.trainingDays) ? blockStart - size_t(options.trainingDays) : 0;
        const std::vector<LogisticModel> replay = fitMembers(days, fitFrom, blockStart, options);
        for (size_t d = blockStart; d < total; ++d) {
            const double w = recency(days[d].day);
            for (const auto &row : days[d].rows) {
                scores.push_back(averageProbability(replay, row.x));
                positives.push_back(row.positives * w);
                weights.push_back(row.weight * w);
                model.m_calibrationCells += qint64(row.weight);
            }
        }
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
    const std::vector<double> x(features, features + HistoryFeatures::Count);
    const double raw = averageProbability(m_members, x);
    switch (m_calibration) {
    case Options::Calibration::Isotonic: return m_isotonic.apply(raw);
    case Options::Calibration::Platt: return m_platt.apply(raw);
    case Options::Calibration::None: break;
    }
    return raw;
}

} // namespace rulecast
