#include "circularstats.h"

#include <cmath>

namespace rulecast::circular {

namespace {
constexpr double kTwoPi = 6.283185307179586;
}

double wrap(double x, double period)
{
    double r = std::fmod(x, period);
    if (r < 0)
        r += period;
    return r >= period ? 0.0 : r;
}

double wrapSigned(double x, double period)
{
    double r = wrap(x, period);
    if (r > period / 2)
        r -= period;
    return r;
}

double distance(double a, double b, double period)
{
    return std::fabs(wrapSigned(a - b, period));
}

Summary summarize(const double *values, std::size_t count, double period)
{
    Summary s;
    s.count = count;
    if (count == 0)
        return s;
    double c = 0.0, si = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        const double angle = kTwoPi * values[i] / period;
        c += std::cos(angle);
        si += std::sin(angle);
    }
    c /= double(count);
    si /= double(count);
    s.resultantLength = std::sqrt(c * c + si * si);
    // With no preferred direction the mean is undefined; report the first
    // value rather than an arbitrary atan2(0, 0).
    s.mean = s.resultantLength < 1e-12 ? wrap(values[0], period)
                                       : wrap(std::atan2(si, c) * period / kTwoPi, period);
    // Circular standard deviation sqrt(-2 ln R), converted back from radians.
    const double r = s.resultantLength > 1e-300 ? s.resultantLength : 1e-300;
    s.spread = std::sqrt(std::fmax(0.0, -2.0 * std::log(r))) * period / kTwoPi;
    return s;
}

} // namespace rulecast::circular
