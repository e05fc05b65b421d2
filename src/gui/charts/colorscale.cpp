#include "gui/charts/colorscale.h"

#include <algorithm>

namespace rulecast {

namespace {

const QColor kStops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b), QColor(0x21, 0x90, 0x8d),
                         QColor(0x5d, 0xc8, 0x63), QColor(0xfd, 0xe7, 0x25)};
constexpr int kStopCount = int(sizeof(kStops) / sizeof(kStops[0]));

} // namespace

QColor sequentialColor(qreal t)
{
    t = std::clamp(t, 0.0, 1.0) * (kStopCount - 1);
    const int i = std::min(int(t), kStopCount - 2);
    const qreal f = t - i;
    const QColor &a = kStops[i];
    const QColor &b = kStops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

} // namespace rulecast
