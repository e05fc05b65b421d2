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

    // Fits on `rows` (all with the same number of features). `l2` penalises
    // every weight except the intercept.
    static LogisticModel fit(const std::vector<Row> &rows, double l2 = 1.0, int maxIterations = 50);

    double probability(const std::vector<double> &x) const;
    double logit(const std::vector<double> &x) const;
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
