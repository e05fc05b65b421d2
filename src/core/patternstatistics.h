#pragma once

#include <QtGlobal>

namespace rulecast::patternstats {

constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kSecondsPerWeek = 7 * kSecondsPerDay;

// Day number since 1970-01-01 (UTC) of an epoch second; floors for negatives.
inline qint64 dayIndex(qint64 epochSeconds)
{
    return epochSeconds >= 0 ? epochSeconds / kSecondsPerDay
                             : -((-epochSeconds + kSecondsPerDay - 1) / kSecondsPerDay);
}
// Cron's weekday of a day number: 0 = Sunday (1970-01-01 was a Thursday).
inline int weekdayOfDay(qint64 day)
{
    const qint64 w = (day + 4) % 7;
    return int(w < 0 ? w + 7 : w);
}
// Minute of the UTC day, with seconds as a fraction.
inline double minuteOfDay(qint64 epochSeconds)
{
    return double(epochSeconds - dayIndex(epochSeconds) * kSecondsPerDay) / 60.0;
}

// The share of opportunities that show a behaviour, shrunk toward 1/2 by a
// weak Jeffreys prior Beta(1/2, 1/2): 3 of 3 gives 0.875 (confident, not
// certain), 27 of 30 gives 0.89, 0 of 0 gives 0.5 — and it never reaches 1.
double shrunkRate(qint64 hits, qint64 opportunities);

// How far `rate` stands above what chance alone would give, as a share of
// the room above chance (Cohen's kappa form): 0 when the behaviour is no more
// frequent than the type's background density explains, 1 when perfect.
double chanceCorrected(double rate, double chance);

// P(X >= k) for X ~ Binomial(n, p), computed in log space.
double binomialUpperTail(qint64 k, qint64 n, double p);
// P(X >= k) for X ~ Poisson(mu).
double poissonUpperTail(qint64 k, double mu);

// The probability that a window of `windowSeconds` contains at least one
// event of a process with `eventsPerSecond` (Poisson): the chance baseline.
double chanceOfAnyEvent(double eventsPerSecond, double windowSeconds);

// Family-wise significance: a finding is kept only when the chance of seeing
// it at least this strongly by accident, times the number of hypotheses that
// were tried, stays below `alpha`. This is what keeps many noise types from
// producing a few lucky "patterns".
bool significant(double pValue, double hypotheses, double alpha = 0.01);

} // namespace rulecast::patternstats
