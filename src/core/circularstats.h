#pragma once

#include <cstddef>

namespace rulecast::circular {

// Statistics of values on a circle of circumference `period` (minutes of a
// day: 1440; phase within an hour: 60), so that 23:55 and 00:05 are ten
// minutes apart, not 1430, and their mean is midnight, not noon.
struct Summary
{
    double mean = 0.0;             // in [0, period)
    double resultantLength = 0.0;  // 1 = all equal, ~0 = spread all around
    double spread = 0.0;           // circular standard deviation, in the units of `period`
    std::size_t count = 0;
};

Summary summarize(const double *values, std::size_t count, double period);

// x reduced into [0, period).
double wrap(double x, double period);
// x reduced into (-period/2, period/2]: the signed shortest offset.
double wrapSigned(double x, double period);
// The shortest distance between a and b on the circle, in [0, period/2].
double distance(double a, double b, double period);

} // namespace rulecast::circular
