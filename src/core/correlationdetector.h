#pragma once

#include "core/activitypattern.h"
#include "core/detectiontypes.h"

#include <QList>

namespace rulecast {

// task_correlation: runs of type B start within a window after runs of type A.
//
// One backward sweep over all runs sorted by start keeps every type in a list
// ordered by its next start; for each run of A only the types whose next start
// lies within the window are visited, so the cost is O(n log n) for the sort
// plus O(n · d), d the number of distinct types in a window — not the
// original's self-join. A pair's strength is the share of A's runs followed
// by a B (shrunk), corrected for the chance that a B follows any moment at
// all — the share of days on which a B starts within the window after the
// same time of day: a type that runs all the time follows everything, and two
// types that both run in office hours follow each other by the clock, so both
// get strength ~0. Pairs must also be significant after correcting for the
// number of pairs tried.
class CorrelationDetector
{
public:
    explicit CorrelationDetector(DetectionOptions options = {}) : m_options(options) {}

    // Pairs above an internal floor, strongest first (the caller applies the
    // confidence and count thresholds).
    QList<ActivityPattern> detect(const EventTable &events, const AnalysisWindow &window) const;

private:
    DetectionOptions m_options;
};

} // namespace rulecast
