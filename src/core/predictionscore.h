#pragma once

#include <QtGlobal>

#include <vector>

namespace rulecast {

// One bin of a reliability table: the predictions whose probability fell in
// [lower, upper), their mean and how often they came true.
struct CalibrationBin
{
    double lower = 0;
    double upper = 0;
    qint64 count = 0;
    double meanPredicted = 0;
    double observedRate = 0;
};

// How good a set of probabilistic predictions was against what happened.
// Definitions (docs/prediction.md):
// - bestF1: the highest F1 over all thresholds "predict an event when p >= t"
//   (t ranging over the distinct positive probabilities), with its threshold.
// - brier: mean squared difference between probability and outcome (0/1).
// - calibrationError: expected calibration error over `binCount` equal-width
//   bins weighted by bin count, taken over the cells given a non-zero
//   probability (a model that says "certainly not" is judged by Brier and F1
//   there). This is the definition that reproduces the published baseline
//   figures of shared/data/README.md; calibrationErrorAllCells is the same sum
//   over every cell, reported beside it.
// - precisionAt(0.7): share of predictions with p >= 0.7 that came true.
struct PredictionScore
{
    qint64 cells = 0;
    qint64 positives = 0;
    double bestF1 = 0;
    double bestThreshold = 1;
    double precisionAtBest = 0;
    double recallAtBest = 0;
    double brier = 0;
    double logLoss = 0;
    double calibrationError = 0;
    double calibrationErrorAllCells = 0;
    double precisionAtHigh = 0; // NaN when no prediction reached highThreshold
    qint64 countAtHigh = 0;
    double highThreshold = 0.7;
    std::vector<CalibrationBin> bins; // over all cells

    static PredictionScore compute(const std::vector<double> &probabilities, const std::vector<char> &outcomes,
                                   int binCount = 10, double highThreshold = 0.7);
};

} // namespace rulecast
