#pragma once

#include "core/activitypattern.h"
#include "core/rulegenerator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rulecast {

// A problem between rules (docs/rules.md).
struct RuleConflict
{
    QString type;     // time_overlap | resource_contention | dependency_cycle
    QString severity; // low | medium | high
    QList<int> rules; // indexes into the checked rule list
    QString resource; // resource_contention: the shared heavy resource
    int occurrences = 0; // overlapping runs in the checked week
    qint64 firstAt = 0;  // first overlapping moment (epoch seconds)
    int peakConcurrent = 0; // time_overlap: most runs going at once
    int shiftMinutes = 0;   // how far the lower-priority rule must move to clear the other's run
    // Sentences for people: toString() in the user's language (the Rules
    // view), toEnglish() for JSON, reports and the CLI.
    LocalizedText description;
    LocalizedText suggestion;
    LocalizedText resolution; // what the strategy did, empty when nothing

    QJsonObject toJson(const QList<SchedulingRule> &all) const;
};

struct ConflictOptions
{
    qint64 from = 0;   // start of the checked window (epoch seconds, UTC)
    int days = 7;
    int capacity = 1;  // runs that can go at once (capacity.concurrent_slots)
    // Per task type, the resources it is heavy on (from resource_usage
    // patterns): runs of two rules sharing one must not overlap.
    QHash<QString, QStringList> heavyResources;
    // Generation checks only conflicts that involve a new rule (id 0); the
    // Rules view checks the stored rules among themselves: every pair.
    bool everyPair = false;
};

// Which resources each task type is heavy on, read from the active
// resource_usage patterns (their metric, e.g. disk_mb, for their task types).
QHash<QString, QStringList> heavyResourcesFromPatterns(const QList<ActivityPattern> &patterns);

// Finds the conflicts that involve at least one new rule (id 0) against every
// rule in `rules` (existing ones included) — or, with options.everyPair, every
// conflict among `rules`: time overlaps above capacity and resource
// contention from real fire times over the window (a run lasts its estimated
// duration, at least a minute), and cycles among after rules.
QList<RuleConflict> findConflicts(const QList<SchedulingRule> &rules, const ConflictOptions &options);

enum class ConflictStrategy { Priority, Merge, DisableLower };
std::optional<ConflictStrategy> conflictStrategyFromName(const QString &name);
QString conflictStrategyName(ConflictStrategy strategy);

// Resolves `conflicts` by changing NEW rules only (existing rules are never
// edited here); records on each conflict and changed rule what was done.
//  priority:      the lower-priority rule moves to start one minute after the
//                 higher one's run ends (cron shifted; day fields kept).
//  merge:         the lower-priority rule becomes "after <higher's task>, run
//                 <its task>", so the two run in sequence, never together.
//  disable_lower: the lower-priority rule is stored disabled.
// A dependency cycle is broken under every strategy by disabling its
// lowest-priority new rule. Returns how many rules changed.
int resolveConflicts(ConflictStrategy strategy, QList<SchedulingRule> &rules, QList<RuleConflict> &conflicts);

} // namespace rulecast
