#pragma once

#include "core/activitypattern.h"
#include "core/detectiontypes.h"

#include <QList>

#include <vector>

namespace rulecast {

// Calendar behaviour of one task type: daily_recurring at a typical minute of
// the day, weekly_recurring on a set of weekdays sharing that minute, and
// monthly_recurring on days of the month.
//
// Candidate times are the minute-of-day histogram's peaks that stand out from
// the type's own uniform density (a Poisson test, corrected for the number of
// places a peak could have appeared), so a type running at random times offers
// no candidates at all. Each candidate is then scored per calendar day: an
// occurrence is a day whose nominal time has a run within the tolerance, the
// nominal day of a run near midnight being the one whose typical minute it is
// closest to. Confidence = chance-corrected, shrunk share of the days that
// show the behaviour; for weekly / monthly on a quiet type the share of weeks
// or months in which at least half of the set's days have a run, if higher.
class RecurrenceDetector
{
public:
    explicit RecurrenceDetector(DetectionOptions options = {}) : m_options(options) {}

    // Every candidate found, strongest first, including those below the
    // confidence and count thresholds (the caller applies them). `explained`
    // (optional, one flag per task) marks runs another pattern already
    // accounts for (an interval pattern), which are then left out.
    QList<ActivityPattern> detect(const TypeSeries &series, const AnalysisWindow &window,
                                  const std::vector<char> *explained = nullptr) const;

    // Scores one given typical minute (exposed for tests and for re-checking a
    // stored pattern): the best of daily / weekly / monthly at that time.
    ActivityPattern evaluate(const TypeSeries &series, const std::vector<std::size_t> &members,
                             double minuteOfDay, const AnalysisWindow &window) const;

private:
    DetectionOptions m_options;
};

} // namespace rulecast
