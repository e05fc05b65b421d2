#pragma once

class QChartView;

namespace rulecast {

// Colours a Qt Charts view from its widget palette — background, title,
// legend, every axis's labels, lines and grid — so charts read in light and
// dark mode alike (Qt Charts' default theme is always light). Call it after
// the axes change and on QEvent::PaletteChange / StyleChange.
void applyChartPalette(QChartView *view);

} // namespace rulecast
