#pragma once

#include <QtGlobal>

#include <vector>

namespace rulecast {

// L2-regularised logistic regression fitted by Newton's method with a
// backtracking line search (plain Newton diverges from a poor start because
// the curvature of the log-loss is tiny far from the optimum). Rows carry a
// weight so identical feature vectors can be collapsed into one row with
// their counts, which keeps fitting cheap on sparse histories.
class LogisticModel
{
public:
    struct Row
    {
        std::vector<double> x;
        double positives = 0; // how many of the `weight` observations were events
        double weight = 1;
    };

    // The feature vectors of many rows as one row-major matrix, so fits that
    // differ only in the rows' weights share it and the Newton sweeps read
    // memory in order.
    struct Design
    {
        int features = 0;
        std::vector<double> x; // rowCount() * features
        size_t rowCount() const { return features > 0 ? x.size() / size_t(features) : 0; }
        const double *row(size_t r) const { return x.data() + r * size_t(features); }
    };

    // Fits on `rows` (all with the same number of features). `l2` penalises
    // every weight except the intercept.
    static LogisticModel fit(const std::vector<Row> &rows, double l2 = 1.0, int maxIterations = 50);
    // Fits on the rows of `design`, row r observed `positives[r]` events in
    // `weights[r]` trials (rows of weight 0 are left out). `start`, when
    // given with the same number of features, is where Newton starts (a fit of
    // similar data converges in fewer steps); the optimum is the same.
    static LogisticModel fit(const Design &design, const std::vector<double> &positives,
                             const std::vector<double> &weights, double l2 = 1.0, int maxIterations = 50,
                             const LogisticModel *start = nullptr);

    double probability(const std::vector<double> &x) const;
    double probability(const double *x) const; // featureCount() values
    double logit(const std::vector<double> &x) const;
    double logit(const double *x) const;
    double intercept() const { return m_weights.empty() ? 0.0 : m_weights[0]; }
    // Weight of feature i (intercept excluded).
    double weight(int i) const { return m_weights[size_t(i) + 1]; }
    int featureCount() const { return int(m_weights.size()) - 1; }
    bool converged() const { return m_converged; }

    static double sigmoid(double z);

private:
    std::vector<double> m_weights; // [0] = intercept
    bool m_converged = false;
};

} // namespace rulecast
