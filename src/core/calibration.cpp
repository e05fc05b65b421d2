#include "core/calibration.h"

#include "core/logisticmodel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rulecast {

namespace {

struct Block
{
    double weight = 0;
    double positives = 0;
    double scoreSum = 0; // weight * score
    double rate() const { return weight > 0 ? positives / weight : 0.0; }
};

double logitOf(double p)
{
    const double q = std::clamp(p, 1e-6, 1.0 - 1e-6);
    return std::log(q / (1.0 - q));
}

} // namespace

IsotonicCalibration IsotonicCalibration::fit(const std::vector<double> &scores, const std::vector<double> &positives,
                                             const std::vector<double> &weights, double minBlockWeight)
{
    IsotonicCalibration c;
    const size_t n = std::min({scores.size(), positives.size(), weights.size()});
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });

    std::vector<Block> blocks;
    blocks.reserve(n);
    for (size_t i : order) {
        if (weights[i] <= 0)
            continue;
        Block b{weights[i], positives[i], weights[i] * scores[i]};
        // Equal scores must share one value.
        if (!blocks.empty() && blocks.back().weight > 0
            && blocks.back().scoreSum / blocks.back().weight == scores[i]) {
            blocks.back().weight += b.weight;
            blocks.back().positives += b.positives;
            blocks.back().scoreSum += b.scoreSum;
        } else {
            blocks.push_back(b);
        }
        // Pool while the order is violated or the newest block is too light
        // to stand on its own.
        while (blocks.size() > 1) {
            Block &last = blocks[blocks.size() - 1];
            Block &prev = blocks[blocks.size() - 2];
            if (prev.rate() < last.rate() && prev.weight >= minBlockWeight)
                break;
            prev.weight += last.weight;
            prev.positives += last.positives;
            prev.scoreSum += last.scoreSum;
            blocks.pop_back();
        }
    }
    // The top block may still be lighter than the minimum: pool it downwards,
    // keeping the order.
    while (blocks.size() > 1 && blocks.back().weight < minBlockWeight) {
        Block last = blocks.back();
        blocks.pop_back();
        blocks.back().weight += last.weight;
        blocks.back().positives += last.positives;
        blocks.back().scoreSum += last.scoreSum;
        while (blocks.size() > 1 && blocks[blocks.size() - 2].rate() >= blocks.back().rate()) {
            Block top = blocks.back();
            blocks.pop_back();
            blocks.back().weight += top.weight;
            blocks.back().positives += top.positives;
            blocks.back().scoreSum += top.scoreSum;
        }
    }
    for (const Block &b : blocks) {
        c.m_x.push_back(b.scoreSum / b.weight);
        c.m_y.push_back(b.rate());
    }
    return c;
}

double IsotonicCalibration::apply(double score) const
{
    if (m_x.empty())
        return std::clamp(score, 0.0, 1.0);
    if (score <= m_x.front())
        return m_y.front();
    if (score >= m_x.back())
        return m_y.back();
    const size_t hi = size_t(std::upper_bound(m_x.begin(), m_x.end(), score) - m_x.begin());
    const size_t lo = hi - 1;
    const double span = m_x[hi] - m_x[lo];
    const double t = span > 0 ? (score - m_x[lo]) / span : 0.0;
    return m_y[lo] + t * (m_y[hi] - m_y[lo]);
}

PlattCalibration PlattCalibration::fit(const std::vector<double> &scores, const std::vector<double> &positives,
                                       const std::vector<double> &weights)
{
    std::vector<LogisticModel::Row> rows;
    const size_t n = std::min({scores.size(), positives.size(), weights.size()});
    rows.reserve(n);
    for (size_t i = 0; i < n; ++i)
        rows.push_back({{logitOf(scores[i])}, positives[i], weights[i]});
    const LogisticModel model = LogisticModel::fit(rows, 0.0);
    PlattCalibration c;
    if (model.featureCount() == 1) {
        c.m_a = model.weight(0);
        c.m_b = model.intercept();
    }
    return c;
}

double PlattCalibration::apply(double score) const
{
    return LogisticModel::sigmoid(m_a * logitOf(score) + m_b);
}

} // namespace rulecast
