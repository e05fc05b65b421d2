#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace rulecast {

// Evidence the predictor can use besides the raw history. Plain data so the
// producers (rule store + cron engine, pattern detector, correlation
// detector) stay independent of the predictor.

// An enabled scheduling rule. The caller expands the cron expression into
// the fire times inside the look-ahead window (the cron engine lives in the
// app's reach, the predictor only needs the instants) and counts, over the
// rule's past fires, how many were followed by a task of its type.
struct RuleSource
{
    qint64 ruleId = 0;
    QString cron;
    QString taskType;
    std::vector<qint64> fireTimes; // UTC epoch seconds, any order
    int pastFires = 0;
    int pastFiresFollowed = 0;

    // Laplace-smoothed share of fires followed by the task: a rule with no
    // track record counts as a coin flip, not as a certainty.
    double hitRate() const { return (pastFiresFollowed + 1.0) / (pastFires + 2.0); }
};

// An active detected pattern: the type tends to start in [startHour,
// endHour) UTC on the listed days of the week (0 = Sunday ... 6 =
// Saturday, as banana-bun stores them; empty = every day). `hitRate` is the
// share of such windows in the history that saw the task.
struct PatternSource
{
    qint64 patternId = 0;
    QString patternType;
    QString taskType;
    int startHour = 0;
    int endHour = 24;
    // When the pattern knows its typical minute of the day (UTC), only the
    // slot holding it is marked; -1: every slot of the hours.
    int minuteOfDay = -1;
    std::vector<int> daysOfWeek;
    double hitRate = 0;
};

// A detected correlation: after `fromType` starts, `toType` starts about
// `delaySeconds` later (± toleranceSeconds) with probability `strength`.
struct CorrelationSource
{
    qint64 correlationId = 0;
    QString fromType;
    QString toType;
    qint64 delaySeconds = 0;
    qint64 toleranceSeconds = 0;
    double strength = 0;
};

} // namespace rulecast
