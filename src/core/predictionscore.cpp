#include "core/predictionscore.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rulecast {

namespace {

struct BinSums
{
    qint64 count = 0;
    double predicted = 0;
    double observed = 0;
};

int binOf(double p, int binCount)
{
    return std::clamp(int(p * binCount), 0, binCount - 1);
}

} // namespace

PredictionScore PredictionScore::compute(const std::vector<double> &probabilities, const std::vector<char> &outcomes,
                                         int binCount, double highThreshold)
{
    PredictionScore s;
    s.highThreshold = highThreshold;
    const size_t n = std::min(probabilities.size(), outcomes.size());
    s.cells = qint64(n);
    s.precisionAtHigh = std::nan("");
    if (n == 0 || binCount < 1)
        return s;

    std::vector<BinSums> all(static_cast<size_t>(binCount)), nonZero(static_cast<size_t>(binCount));
    double brier = 0, logLoss = 0;
    qint64 high = 0, highHits = 0, nonZeroCount = 0;
    for (size_t i = 0; i < n; ++i) {
        const double p = std::clamp(probabilities[i], 0.0, 1.0);
        const double y = outcomes[i] ? 1.0 : 0.0;
        s.positives += outcomes[i] ? 1 : 0;
        brier += (p - y) * (p - y);
        const double clipped = std::clamp(p, 1e-12, 1.0 - 1e-12);
        logLoss -= y > 0 ? std::log(clipped) : std::log(1.0 - clipped);
        const size_t b = size_t(binOf(p, binCount));
        all[b].count++;
        all[b].predicted += p;
        all[b].observed += y;
        if (p > 0) {
            nonZero[b].count++;
            nonZero[b].predicted += p;
            nonZero[b].observed += y;
            ++nonZeroCount;
        }
        if (p >= highThreshold) {
            ++high;
            highHits += outcomes[i] ? 1 : 0;
        }
    }
    s.brier = brier / double(n);
    s.logLoss = logLoss / double(n);
    s.countAtHigh = high;
    if (high > 0)
        s.precisionAtHigh = double(highHits) / double(high);

    double gapAll = 0, gapNonZero = 0;
    for (int b = 0; b < binCount; ++b) {
        const BinSums &a = all[size_t(b)];
        gapAll += std::abs(a.predicted - a.observed);
        gapNonZero += std::abs(nonZero[size_t(b)].predicted - nonZero[size_t(b)].observed);
        CalibrationBin bin;
        bin.lower = double(b) / binCount;
        bin.upper = double(b + 1) / binCount;
        bin.count = a.count;
        if (a.count > 0) {
            bin.meanPredicted = a.predicted / double(a.count);
            bin.observedRate = a.observed / double(a.count);
        }
        s.bins.push_back(bin);
    }
    s.calibrationErrorAllCells = gapAll / double(n);
    s.calibrationError = nonZeroCount > 0 ? gapNonZero / double(nonZeroCount) : 0.0;

    // Best F1: sweep thresholds from the highest probability down; ties enter together.
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return probabilities[a] > probabilities[b]; });
    qint64 tp = 0, fp = 0;
    s.bestF1 = 0;
    for (size_t i = 0; i < n;) {
        const double p = probabilities[order[i]];
        if (p <= 0)
            break;
        while (i < n && probabilities[order[i]] == p) {
            (outcomes[order[i]] ? tp : fp) += 1;
            ++i;
        }
        if (s.positives == 0)
            continue;
        const double f1 = 2.0 * double(tp) / double(tp + fp + s.positives);
        if (f1 > s.bestF1) {
            s.bestF1 = f1;
            s.bestThreshold = p;
            s.precisionAtBest = double(tp) / double(tp + fp);
            s.recallAtBest = double(tp) / double(s.positives);
        }
    }
    return s;
}

} // namespace rulecast
