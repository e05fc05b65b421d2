#pragma once

#include <QColor>

namespace rulecast {

// The sequential colour scale of every chart that maps a value to a colour
// (heatmap counts, prediction confidence): viridis-like stops, perceptually
// ordered, readable for colour-blind users, and neither end disappears into
// a white or a black window background. `t` is clamped to [0, 1].
QColor sequentialColor(qreal t);

} // namespace rulecast
