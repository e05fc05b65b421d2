#include "patternstatistics.h"

#include <algorithm>
#include <cmath>

namespace rulecast::patternstats {

double shrunkRate(qint64 hits, qint64 opportunities)
{
    return (double(hits) + 0.5) / (double(opportunities) + 1.0);
}

double chanceCorrected(double rate, double chance)
{
    if (chance >= 1.0)
        return 0.0;
    return std::clamp((rate - std::max(0.0, chance)) / (1.0 - std::max(0.0, chance)), 0.0, 1.0);
}

double binomialUpperTail(qint64 k, qint64 n, double p)
{
    if (k <= 0)
        return 1.0;
    if (k > n)
        return 0.0;
    if (p <= 0.0)
        return 0.0;
    if (p >= 1.0)
        return 1.0;
    const double lp = std::log(p), lq = std::log1p(-p);
    const double lnFactN = std::lgamma(double(n) + 1.0);
    double sum = 0.0;
    double first = 0.0;
    for (qint64 i = k; i <= n; ++i) {
        const double lterm = lnFactN - std::lgamma(double(i) + 1.0) - std::lgamma(double(n - i) + 1.0)
                             + double(i) * lp + double(n - i) * lq;
        const double term = std::exp(lterm);
        if (i == k)
            first = term;
        sum += term;
        // Terms fall geometrically once past the mode; stop when negligible.
        if (double(i) > double(n) * p && term < first * 1e-12)
            break;
    }
    return std::min(1.0, sum);
}

double poissonUpperTail(qint64 k, double mu)
{
    if (k <= 0)
        return 1.0;
    if (mu <= 0.0)
        return 0.0;
    // 1 - P(X < k); for k far above mu sum the upper terms directly instead.
    if (double(k) > mu) {
        double sum = 0.0;
        double first = 0.0;
        for (qint64 i = k; i < k + 100000; ++i) {
            const double term = std::exp(double(i) * std::log(mu) - mu - std::lgamma(double(i) + 1.0));
            if (i == k)
                first = term;
            sum += term;
            if (term < first * 1e-12)
                break;
        }
        return std::min(1.0, sum);
    }
    double below = 0.0;
    for (qint64 i = 0; i < k; ++i)
        below += std::exp(double(i) * std::log(mu) - mu - std::lgamma(double(i) + 1.0));
    return std::clamp(1.0 - below, 0.0, 1.0);
}

double chanceOfAnyEvent(double eventsPerSecond, double windowSeconds)
{
    if (eventsPerSecond <= 0.0 || windowSeconds <= 0.0)
        return 0.0;
    return -std::expm1(-eventsPerSecond * windowSeconds);
}

bool significant(double pValue, double hypotheses, double alpha)
{
    return pValue * std::max(1.0, hypotheses) < alpha;
}

} // namespace rulecast::patternstats
