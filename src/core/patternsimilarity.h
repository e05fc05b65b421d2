#pragma once

#include "core/activitypattern.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>
#include <vector>

namespace rulecast {

// How alike two detected behaviours are, from what they are (docs/similarity.md):
// a weighted mean of component scores, each in [0, 1]. A component that does
// not apply to the pair (days of month between two daily patterns, run time
// when it is unknown) is left out and the remaining weights are rescaled, so
// the total stays in [0, 1], is symmetric, and is 1 for identical patterns.
enum class SimilarityComponent { Kind, TimeOfDay, Weekdays, DaysOfMonth, TaskTypes, Frequency, Duration };
constexpr int kSimilarityComponentCount = 7;

QString similarityComponentName(SimilarityComponent component); // "kind", "time_of_day", ...

struct SimilarityWeights
{
    // Kind and time of day first: "similar" means the same sort of rhythm at
    // about the same time (what competes for the machine). What runs next;
    // weekday and day-of-month profiles refine the calendar; frequency and
    // run time only separate otherwise close patterns.
    std::array<double, kSimilarityComponentCount> weight{0.30, 0.22, 0.10, 0.08, 0.20, 0.05, 0.05};
    double of(SimilarityComponent c) const { return weight[std::size_t(c)]; }
};

struct PatternSimilarity
{
    double total = 0.0;
    // Per component: its score, or a negative value when it does not apply.
    std::array<double, kSimilarityComponentCount> score{-1, -1, -1, -1, -1, -1, -1};

    double of(SimilarityComponent c) const { return score[std::size_t(c)]; }
    // {"kind": 1.0, "time_of_day": 0.94, ...}: applicable components only.
    QJsonObject componentsJson() const;
};

// Optional facts about a pattern that are not in ActivityPattern itself.
struct PatternFacts
{
    double typicalDurationSeconds = -1.0; // median run time of its evidence tasks; < 0 unknown
};

// A pattern prepared for comparison: its time distributions (as square
// roots, so an overlap is one dot product) and its task-type names computed
// once, so comparing many pairs costs a few hundred multiplications each.
struct PatternFeatures
{
    PatternFeatures() = default;
    explicit PatternFeatures(const ActivityPattern &p, const PatternFacts &facts = {});

    PatternKind kind = PatternKind::Daily;
    QString metric;                   // resource usage: which resource
    double delayMinutes = 0.0;        // correlation
    double delaySpreadMinutes = 0.0;
    std::vector<double> rootDay;      // sqrt of the distribution over 5-minute bins; empty: no time of day
    std::vector<double> rootWeekday;  // over Sun..Sat; empty for correlations
    std::vector<double> rootMonthDay; // over days 1..31
    QStringList names;                // task types, lower case, distinct
    QList<QSet<QString>> nameParts;
    double perDay = 0.0;              // occurrencesPerDay()
    double durationSeconds = -1.0;
};

PatternSimilarity patternSimilarity(const PatternFeatures &a, const PatternFeatures &b,
                                    const SimilarityWeights &weights = {});
PatternSimilarity patternSimilarity(const ActivityPattern &a, const ActivityPattern &b,
                                    const PatternFacts &factsA = {}, const PatternFacts &factsB = {},
                                    const SimilarityWeights &weights = {});

// Overlap of two sets of task type names: a weighted Jaccard index in which an
// exact match counts 1 and a shared name part counts 0.5 ("sync" and
// "sync-photos": parts split at '-', '_', '.', ':' and spaces). Symmetric;
// 1 for equal sets (case-insensitive), 0 when nothing is shared or a set is empty.
double taskTypeOverlap(const QStringList &a, const QStringList &b);

// How often the behaviour happens, in occurrences per day (daily 1, weekly
// days/7, hourly 24 within its window, ...); 0 when unknown.
double occurrencesPerDay(const ActivityPattern &p);

// The text that stands for a pattern when it is embedded by a language model:
// its kind, its plain-words description and its task types.
QString embeddingText(const ActivityPattern &p);

} // namespace rulecast
