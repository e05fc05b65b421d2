#pragma once

#include "core/activitypattern.h"
#include "core/detectiontypes.h"

#include <optional>
#include <vector>

namespace rulecast {

// Hourly and every-N-minutes behaviour of one task type, recognised as ONE
// interval_recurring pattern (period, phase, active hours) rather than as two
// dozen daily ones.
//
// For each period that cron can express evenly (5 minutes … 8 hours) the runs
// are folded onto the period; the phase is the circular peak of the fold.
// Every slot (phase + k·period) in the window is an opportunity; the active
// hours are the longest block of hours in which at least half the slots have
// a run. Confidence = chance-corrected, shrunk share of slots with a run. The
// fit explaining the most runs (weighted by confidence) wins, the smallest
// period on a near tie: an hourly job is "hourly", not "every 2 hours" (which
// fits half its runs) nor "every 30 minutes" (half its slots empty).
class IntervalDetector
{
public:
    explicit IntervalDetector(DetectionOptions options = {}) : m_options(options) {}

    // The best interval pattern of the type, if any candidate period fits at
    // all; `explained` (resized to the series) flags the runs it accounts for.
    std::optional<ActivityPattern> detect(const TypeSeries &series, const AnalysisWindow &window,
                                          std::vector<char> &explained) const;

    static const std::vector<int> &candidatePeriods(); // minutes

private:
    DetectionOptions m_options;
};

} // namespace rulecast
