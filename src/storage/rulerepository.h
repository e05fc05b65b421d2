#pragma once

#include "core/activitypattern.h"
#include "core/result.h"
#include "core/rulegenerator.h"
#include "storage/database.h"

#include <QHash>
#include <QList>

namespace rulecast {

// scheduling_rules with their first enabled rule_actions row (what the rule
// runs), as SchedulingRule values.
class RuleRepository
{
public:
    explicit RuleRepository(const Database &db) : m_db(db) {}

    // Every rule, enabled or not, by id. The task type is the action's
    // task_type, else the rule name (imported job definitions).
    Result<QList<SchedulingRule>> all() const;

    // Inserts each rule (id 0) as an auto-generated scheduling_rules row plus
    // its rule_actions row, all in one transaction: every rule or none.
    // Returns the rules with their new ids.
    Result<QList<SchedulingRule>> insert(const QList<SchedulingRule> &rules, qint64 now) const;

    // Per pattern, the median run time in seconds of its evidence tasks that
    // have both a start and an end (patterns without such tasks are absent).
    Result<QHash<qint64, qint64>> medianDurations(const QList<ActivityPattern> &patterns) const;

private:
    const Database &m_db;
};

} // namespace rulecast
