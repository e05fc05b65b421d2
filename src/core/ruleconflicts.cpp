#include "ruleconflicts.h"

#include "core/cronexpression.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>
#include <vector>

namespace rulecast {

namespace {

struct Run
{
    qint64 begin = 0;
    qint64 end = 0;
    int rule = 0;
};

// What the sweep saw for one pair of rules (and one resource).
struct PairStats
{
    int occurrences = 0;
    qint64 firstAt = 0;
    int peak = 0;
    int shiftMinutes = 0; // how far the loser must move to clear the winner's run at firstAt
};

qint64 runSeconds(const SchedulingRule &r)
{
    return std::max<qint64>(60, r.estimatedDurationSeconds);
}

bool isNew(const SchedulingRule &r) { return r.id == 0; }

// "HH:MM" of a cron that fires at one time of day, else empty.
QString timeOfDay(const QString &cron)
{
    const QStringList f = cron.split(u' ');
    bool minuteOk = false, hourOk = false;
    const int minute = f.value(0).toInt(&minuteOk);
    const int hour = f.value(1).toInt(&hourOk);
    if (!minuteOk || !hourOk)
        return {};
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

// A moved rule's name and description still said the old time.
void renameTime(SchedulingRule &r, const QString &oldCron)
{
    const QString before = timeOfDay(oldCron);
    const QString after = timeOfDay(r.cron);
    if (before.isEmpty() || after.isEmpty())
        return;
    r.name.replace(before, after);
    r.description.replace(before, after);
}

// Sentences in the "RuleConflicts" context: the Rules view shows them in the
// user's language (toString()), JSON, reports and the CLI in English.
LocalizedText text(const char *source) { return LocalizedText("RuleConflicts", source); }

LocalizedText label(const QList<SchedulingRule> &all, int i)
{
    const SchedulingRule &r = all[i];
    // The id is an identifier, never grouped like a number ("#1234").
    return r.id > 0 ? text(QT_TRANSLATE_NOOP("RuleConflicts", "#%1 '%2'")).arg(QString::number(r.id)).arg(r.name)
                    : text(QT_TRANSLATE_NOOP("RuleConflicts", "new '%1'")).arg(r.name);
}

// The rule that keeps its place: higher priority, then the existing one, then the earlier.
std::pair<int, int> winnerLoser(const QList<SchedulingRule> &all, int a, int b)
{
    const auto key = [&](int i) { return std::make_tuple(-all[i].priority, isNew(all[i]) ? 1 : 0, i); };
    return key(a) < key(b) ? std::make_pair(a, b) : std::make_pair(b, a);
}

QString severityFor(int occurrences)
{
    return occurrences >= 7 ? QStringLiteral("high") : occurrences >= 2 ? QStringLiteral("medium") : QStringLiteral("low");
}

QList<Run> weekRuns(const QList<SchedulingRule> &rules, const ConflictOptions &o)
{
    QList<Run> runs;
    const qint64 until = o.from + qint64(o.days) * 86400;
    for (int i = 0; i < rules.size(); ++i) {
        if (!rules[i].enabled)
            continue;
        const Result<CronExpression> cron = CronExpression::parse(rules[i].cron);
        if (!cron) // a never-firing or broken cron has no runs to overlap
            continue;
        for (qint64 t : cron->between(o.from, until, QTimeZone::utc()))
            runs.append({t, t + runSeconds(rules[i]), i});
    }
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return std::tie(a.begin, a.rule) < std::tie(b.begin, b.rule); });
    return runs;
}

void findCycles(const QList<SchedulingRule> &rules, bool everyPair, QList<RuleConflict> &out)
{
    // Task types are the nodes; an enabled after rule is an edge from its
    // predecessor's type to its own.
    QHash<QString, QList<int>> edges;
    for (int i = 0; i < rules.size(); ++i)
        if (rules[i].enabled && rules[i].isAfterRule())
            edges[rules[i].afterTaskType].append(i);
    QSet<QString> done;
    QSet<QList<int>> seen;
    QStringList stack;
    QList<int> viaRule;
    std::function<void(const QString &)> visit = [&](const QString &node) {
        stack.append(node);
        for (int ruleIndex : edges.value(node)) {
            const QString next = rules[ruleIndex].taskType;
            const int at = int(stack.indexOf(next));
            if (at >= 0) {
                QList<int> cycle = viaRule.mid(at);
                cycle.append(ruleIndex);
                QList<int> key = cycle;
                std::sort(key.begin(), key.end());
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                if (!everyPair && std::none_of(cycle.begin(), cycle.end(), [&](int i) { return isNew(rules[i]); }))
                    continue;
                RuleConflict c;
                c.type = QStringLiteral("dependency_cycle");
                c.severity = QStringLiteral("high");
                c.rules = cycle;
                QStringList path = stack.mid(at);
                path.append(next);
                c.description = text(QT_TRANSLATE_NOOP("RuleConflicts", "after rules wait on each other in a circle: %1"))
                                    .arg(path.join(QStringLiteral(" -> ")));
                const int lowest = *std::min_element(cycle.begin(), cycle.end(), [&](int a, int b) {
                    return std::make_tuple(isNew(rules[a]) ? 0 : 1, rules[a].priority) <
                           std::make_tuple(isNew(rules[b]) ? 0 : 1, rules[b].priority);
                });
                c.suggestion = text(QT_TRANSLATE_NOOP("RuleConflicts", "disable %1 (priority %2) to break the cycle"))
                                   .arg(label(rules, lowest))
                                   .arg(rules[lowest].priority);
                out.append(c);
            } else if (!done.contains(next)) {
                viaRule.append(ruleIndex);
                visit(next);
                viaRule.removeLast();
            }
        }
        stack.removeLast();
        done.insert(node);
    };
    QStringList nodes = edges.keys();
    std::sort(nodes.begin(), nodes.end());
    for (const QString &n : nodes)
        if (!done.contains(n))
            visit(n);
}

} // namespace

QJsonObject RuleConflict::toJson(const QList<SchedulingRule> &all) const
{
    QJsonArray names, ids;
    for (int i : rules) {
        names.append(all[i].name);
        ids.append(all[i].id > 0 ? QJsonValue(all[i].id) : QJsonValue());
    }
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("severity"), severity},
                  {QStringLiteral("rule_names"), names},
                  {QStringLiteral("rule_ids"), ids},
                  {QStringLiteral("description"), description.toEnglish()},
                  {QStringLiteral("suggestion"), suggestion.toEnglish()},
                  {QStringLiteral("resolution"), resolution.isEmpty() ? QJsonValue() : QJsonValue(resolution.toEnglish())}};
    if (type != QLatin1String("dependency_cycle")) {
        o.insert(QStringLiteral("occurrences"), occurrences);
        o.insert(QStringLiteral("first_at"), timeformat::toIsoUtc(firstAt));
    }
    if (!resource.isEmpty())
        o.insert(QStringLiteral("resource"), resource);
    if (peakConcurrent > 0)
        o.insert(QStringLiteral("peak_concurrent"), peakConcurrent);
    return o;
}

QHash<QString, QStringList> heavyResourcesFromPatterns(const QList<ActivityPattern> &patterns)
{
    QHash<QString, QStringList> out;
    for (const ActivityPattern &p : patterns) {
        if (!p.active || p.kind != PatternKind::ResourceUsage)
            continue;
        const QString metric = p.metrics.value(QStringLiteral("metric")).toString();
        if (metric.isEmpty())
            continue;
        for (const QString &type : p.taskTypes)
            if (!out[type].contains(metric))
                out[type].append(metric);
    }
    return out;
}

QList<RuleConflict> findConflicts(const QList<SchedulingRule> &rules, const ConflictOptions &o)
{
    std::map<std::pair<int, int>, PairStats> overlaps;
    std::map<std::tuple<int, int, QString>, PairStats> contention;
    // Looked up once per rule, not once per overlapping pair of runs: with
    // hundreds of frequent rules (the Rules view checks every pair) the
    // pairs number in the millions.
    std::vector<QStringList> heavyOf(std::size_t(rules.size()));
    for (int i = 0; i < rules.size(); ++i)
        heavyOf[std::size_t(i)] = o.heavyResources.value(rules[i].taskType);
    QList<Run> active;
    for (const Run &run : weekRuns(rules, o)) {
        active.erase(std::remove_if(active.begin(), active.end(), [&](const Run &a) { return a.end <= run.begin; }),
                     active.end());
        const int concurrent = int(active.size()) + 1;
        const QStringList &heavy = heavyOf[std::size_t(run.rule)];
        for (const Run &a : active) {
            if (a.rule == run.rule || (!o.everyPair && !isNew(rules[a.rule]) && !isNew(rules[run.rule])))
                continue;
            const auto [winner, loser] = winnerLoser(rules, a.rule, run.rule);
            const Run &w = winner == a.rule ? a : run;
            const Run &l = winner == a.rule ? run : a;
            const auto note = [&](PairStats &s) {
                if (s.occurrences++ == 0) {
                    s.firstAt = run.begin;
                    s.shiftMinutes = int((w.end - l.begin + 59) / 60) + 1;
                }
                s.peak = std::max(s.peak, concurrent);
            };
            if (concurrent > o.capacity)
                note(overlaps[{winner, loser}]);
            if (heavy.isEmpty())
                continue;
            for (const QString &res : heavyOf[std::size_t(a.rule)])
                if (heavy.contains(res))
                    note(contention[{winner, loser, res}]);
        }
        active.append(run);
    }

    QList<RuleConflict> out;
    const auto hm = [](qint64 t) { return timeformat::toIsoUtc(t).mid(11, 5); };
    for (const auto &[pair, s] : overlaps) {
        RuleConflict c;
        c.type = QStringLiteral("time_overlap");
        c.rules = {pair.first, pair.second};
        c.occurrences = s.occurrences;
        c.firstAt = s.firstAt;
        c.shiftMinutes = s.shiftMinutes;
        c.peakConcurrent = s.peak;
        c.severity = severityFor(s.occurrences);
        c.description = text(QT_TRANSLATE_NOOP("RuleConflicts",
                                               "%1 and %2 run at the same time %3 times in the next %4 days, with up to "
                                               "%5 runs going at once where capacity is %6 (first at %7)"))
                            .arg(label(rules, pair.first))
                            .arg(label(rules, pair.second))
                            .arg(s.occurrences)
                            .arg(o.days)
                            .arg(s.peak)
                            .arg(o.capacity)
                            .arg(timeformat::toIsoUtc(s.firstAt));
        c.suggestion = text(QT_TRANSLATE_NOOP("RuleConflicts", "start %1 %2 min later (%3 UTC), after %4 ends"))
                           .arg(label(rules, pair.second))
                           .arg(s.shiftMinutes)
                           .arg(hm(s.firstAt + qint64(s.shiftMinutes) * 60))
                           .arg(label(rules, pair.first));
        out.append(c);
    }
    for (const auto &[key, s] : contention) {
        const auto &[winner, loser, res] = key;
        RuleConflict c;
        c.type = QStringLiteral("resource_contention");
        c.rules = {winner, loser};
        c.resource = res;
        c.occurrences = s.occurrences;
        c.firstAt = s.firstAt;
        c.shiftMinutes = s.shiftMinutes;
        c.severity = severityFor(s.occurrences);
        c.description = text(QT_TRANSLATE_NOOP("RuleConflicts", "%1 and %2 are both heavy on %3 and overlap %4 times in "
                                                                "the next %5 days (first at %6)"))
                            .arg(label(rules, winner))
                            .arg(label(rules, loser))
                            .arg(res)
                            .arg(s.occurrences)
                            .arg(o.days)
                            .arg(timeformat::toIsoUtc(s.firstAt));
        c.suggestion = text(QT_TRANSLATE_NOOP("RuleConflicts", "stagger them: start %1 %2 min later, after %3 ends"))
                           .arg(label(rules, loser))
                           .arg(s.shiftMinutes)
                           .arg(label(rules, winner));
        out.append(c);
    }
    findCycles(rules, o.everyPair, out);
    return out;
}

std::optional<ConflictStrategy> conflictStrategyFromName(const QString &name)
{
    if (name == QLatin1String("priority"))
        return ConflictStrategy::Priority;
    if (name == QLatin1String("merge"))
        return ConflictStrategy::Merge;
    if (name == QLatin1String("disable_lower"))
        return ConflictStrategy::DisableLower;
    return std::nullopt;
}

QString conflictStrategyName(ConflictStrategy strategy)
{
    switch (strategy) {
    case ConflictStrategy::Priority:
        return QStringLiteral("priority");
    case ConflictStrategy::Merge:
        return QStringLiteral("merge");
    case ConflictStrategy::DisableLower:
        return QStringLiteral("disable_lower");
    }
    return {};
}

int resolveConflicts(ConflictStrategy strategy, QList<SchedulingRule> &rules, QList<RuleConflict> &conflicts)
{
    int changed = 0;
    for (RuleConflict &c : conflicts) {
        if (c.type == QLatin1String("dependency_cycle")) {
            int lowest = -1;
            for (int i : c.rules)
                if (isNew(rules[i]) && rules[i].enabled && (lowest < 0 || rules[i].priority < rules[lowest].priority))
                    lowest = i;
            if (lowest < 0) {
                c.resolution = text(QT_TRANSLATE_NOOP("RuleConflicts", "already broken: a rule of the cycle is disabled"));
                continue;
            }
            rules[lowest].enabled = false;
            rules[lowest].resolution = text(QT_TRANSLATE_NOOP("RuleConflicts", "disabled to break a dependency cycle"));
            c.resolution = text(QT_TRANSLATE_NOOP("RuleConflicts", "disabled %1")).arg(label(rules, lowest));
            ++changed;
            continue;
        }
        const int winner = c.rules.value(0);
        const int loser = c.rules.value(1);
        SchedulingRule &l = rules[loser];
        if (!isNew(l)) {
            c.resolution = text(QT_TRANSLATE_NOOP("RuleConflicts", "left for review: the lower-priority rule %1 already "
                                                                   "exists and generation never edits existing rules"))
                               .arg(label(rules, loser));
            continue;
        }
        if (!l.resolution.isEmpty() || !l.enabled) {
            c.resolution = text(QT_TRANSLATE_NOOP("RuleConflicts", "%1 was already changed: %2"))
                               .arg(label(rules, loser))
                               .arg(l.enabled ? l.resolution : text(QT_TRANSLATE_NOOP("RuleConflicts", "disabled")));
            continue;
        }
        const SchedulingRule &w = rules[winner];
        switch (strategy) {
        case ConflictStrategy::Priority: {
            const int shift = std::max(1, c.shiftMinutes);
            const QString before = l.cron;
            l.cron = RuleGenerator::shiftCron(l.cron, shift);
            if (l.isAfterRule())
                l.delayMinutes += shift;
            renameTime(l, before);
            l.resolution = text(QT_TRANSLATE_NOOP("RuleConflicts",
                                                  "moved %1 min later ('%2' -> '%3') to clear %4 (priority %5 over %6)"))
                               .arg(shift)
                               .arg(before)
                               .arg(l.cron)
                               .arg(label(rules, winner))
                               .arg(w.priority)
                               .arg(l.priority);
            break;
        }
        case ConflictStrategy::Merge: {
            const int delay = std::max(1, int((runSeconds(w) + 59) / 60));
            l.afterTaskType = w.taskType;
            l.delayMinutes = delay;
            l.windowMinutes = std::max(60, 2 * delay);
            l.cron = RuleGenerator::shiftCron(w.cron, delay);
            l.resolution = text(QT_TRANSLATE_NOOP("RuleConflicts", "merged into a sequence: runs %1 min after each %2 (from %3)"))
                               .arg(delay)
                               .arg(w.taskType)
                               .arg(label(rules, winner));
            break;
        }
        case ConflictStrategy::DisableLower:
            l.enabled = false;
            l.resolution = text(QT_TRANSLATE_NOOP("RuleConflicts", "disabled: lower priority (%1) than %2 (%3)"))
                               .arg(l.priority)
                               .arg(label(rules, winner))
                               .arg(w.priority);
            break;
        }
        c.resolution = l.resolution;
        ++changed;
    }
    return changed;
}

} // namespace rulecast
