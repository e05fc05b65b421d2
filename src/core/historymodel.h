#pragma once

#include "core/activityindex.h"
#include "core/calibration.h"
#include "core/historyfeatures.h"
#include "core/logisticmodel.h"

#include <vector>

namespace rulecast {

// The history source of the predictor: a logistic combination of the
// HistoryFeatures, fitted by rolling-origin replay on the history itself —
// each of the last `trainingDays` observed days before the cutoff is
// described from the days before it (with the same distance between cutoff
// and day as the days being predicted) and labelled with what happened. The
// calibration map is fitted on out-of-sample replays: earlier days, each
// predicted by a model trained only on the days before it, so it learns how
// far the model's confidence really carries one day ahead. Nothing at or
// after the cutoff is ever read.
class HistoryModel
{
public:
    struct Options
    {
        int trainingDays = 28;
        // Days before the training days whose out-of-sample predictions
        // calibrate the model: a fit in blocks of `calibrationStep` days, each
        // block predicted by a model trained on the days before it.
        int calibrationDays = 28;
        int calibrationStep = 7;
        // Ridge on the feature weights (the intercept is free), chosen among
        // `ridgeCandidates` by rolling-origin validation: fitted on the
        // training days before the last `validationDays` replayed days and
        // scored by log loss on them (`l2` when the candidates are empty or
        // the history too short). Candidates in increasing order: the search
        // stops at the first one that validates worse than the one before. The validation days are replayed in
        // addition to the training days.
        double l2 = 1.0;
        std::vector<double> ridgeCandidates{1.0, 3.0, 10.0, 30.0};
        int validationDays = 7;
        // Replayed days are weighted by recency so the fit follows a drifting
        // history; no single forgetting rate suits every history, so one
        // model is fitted per half-life and their probabilities averaged
        // (0 = every day weighs the same).
        std::vector<double> trainingHalfLives{7.0, 14.0, 28.0};
        enum class Calibration { None, Isotonic, Platt };
        Calibration calibration = Calibration::None;
        double minCalibrationBlock = 30.0; // cells per isotonic block at least
        HistoryFeatures::Options features;
    };

    // Fits the model that predicts a day `gap` days after `cutoffDay` (0 =
    // the cutoff day itself) for the given types (all indexed when empty).
    static HistoryModel fit(const ActivityIndex &index, qint64 cutoffDay, int gap, const Options &options,
                            const std::vector<int> &types = {});

    double probability(const double *features) const;
    // The fitted members, one per training half-life.
    const std::vector<LogisticModel> &members() const { return m_members; }
    double rawProbability(const std::vector<double> &x) const;
    qint64 trainingCells() const { return m_trainingCells; }
    qint64 trainingEvents() const { return m_trainingEvents; }
    int trainingDays() const { return m_trainingDays; }
    qint64 calibrationCells() const { return m_calibrationCells; }
    double ridge() const { return m_l2; } // the ridge strength the members were fitted with

    // Observed days (with any activity) among [cutoffDay - maxDays, cutoffDay), newest first.
    static std::vector<qint64> observedDaysBefore(const ActivityIndex &index, qint64 cutoffDay, int maxDays);

private:
    std::vector<LogisticModel> m_members;
    IsotonicCalibration m_isotonic;
    PlattCalibration m_platt;
    Options::Calibration m_calibration = Options::Calibration::None;
    qint64 m_calibrationCells = 0;
    double m_l2 = 0;
    qint64 m_trainingCells = 0;
    qint64 m_trainingEvents = 0;
    int m_trainingDays = 0;
};

} // namespace rulecast
