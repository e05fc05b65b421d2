#pragma once

#include <QColor>
#include <QPalette>

namespace rulecast {

// Colours that carry a meaning (an error, a failed run) and must stay
// readable on the palette in use: a darker red on light backgrounds, a
// lighter one on dark backgrounds (both at least 4.5:1 against the
// Window/Base colours of common themes).
bool isDarkPalette(const QPalette &palette);
QColor errorTextColor(const QPalette &palette);

} // namespace rulecast
