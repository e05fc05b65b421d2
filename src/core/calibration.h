#pragma once

#include <vector>

namespace rulecast {

// Maps a raw score to a probability that matches observed frequencies.
// Isotonic regression by pool-adjacent-violators: the best non-decreasing
// step function in squared error, weighted; between the centres of adjacent
// blocks the map interpolates linearly so near-equal scores get near-equal
// probabilities. Blocks smaller than `minBlockWeight` are pooled with a
// neighbour, so a handful of lucky cells at the top cannot claim certainty.
class IsotonicCalibration
{
public:
    // scores[i] observed `positives[i]` events out of `weights[i]` trials.
    static IsotonicCalibration fit(const std::vector<double> &scores, const std::vector<double> &positives,
                                   const std::vector<double> &weights, double minBlockWeight = 0.0);
    double apply(double score) const;
    bool isEmpty() const { return m_x.empty(); }
    int blockCount() const { return int(m_x.size()); }

private:
    std::vector<double> m_x; // block centre (weighted mean score), increasing
    std::vector<double> m_y; // block event rate, non-decreasing
};

// Platt scaling: p = sigmoid(a * logit(score) + b), fitted by logistic
// regression on the logit of the score. Smooth, two parameters, good when
// the raw score is already roughly a probability.
class PlattCalibration
{
public:
    static PlattCalibration fit(const std::vector<double> &scores, const std::vector<double> &positives,
                                const std::vector<double> &weights);
    double apply(double score) const;
    double slope() const { return m_a; }
    double offset() const { return m_b; }

private:
    double m_a = 1.0;
    double m_b = 0.0;
};

} // namespace rulecast
