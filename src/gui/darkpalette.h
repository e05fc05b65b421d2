#pragma once

#include <QPalette>

namespace rulecast {

// A dark palette for the Fusion style, as a dark desktop theme would give.
// Used only by `rulecast --dark` to check that every view reads in dark mode
// (no colour may assume a light background); the app itself always follows
// the system palette.
QPalette darkFusionPalette();

} // namespace rulecast
