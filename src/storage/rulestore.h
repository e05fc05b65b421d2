#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace rulecast {

// A stored rule and the rows that go with it when it is deleted (its actions
// and predictions, by ON DELETE CASCADE), every column as stored: what undoing
// a delete puts back, ids included.
struct RuleSnapshot
{
    qint64 id = 0;
    QVariantMap rule;               // the scheduling_rules row
    QList<QVariantMap> actions;     // its rule_actions rows
    QList<QVariantMap> predictions; // its predictive_schedules rows
};

// The columns of scheduling_rules a person edits in the Rules view.
enum class RuleField { Enabled, Priority, Name, Description, Cron };

// Single-rule edits of scheduling_rules for the Rules view. Every call is one
// transaction: it is validated first and either changes everything it says
// or nothing.
class RuleStore
{
public:
    explicit RuleStore(const Database &db) : m_db(db) {}

    // Validates `value` for `field` and stores it with a new updated_at.
    // Enabled: a bool; priority: 1..100; name: not empty; cron: anything
    // CronExpression parses (its message is the error). An unknown id is an
    // error.
    Status setField(qint64 id, RuleField field, const QVariant &value, qint64 now) const;

    // A new rule typed in by hand: not auto-generated, source 'manual',
    // confidence 1, no action (it runs the task type named like the rule, as
    // imported job definitions do). Name and cron are validated as by setField.
    Result<qint64> create(const QString &name, const QString &cron, int priority, bool enabled, qint64 now) const;

    Result<RuleSnapshot> snapshot(qint64 id) const;
    // Deletes the rules (their actions and predictions go with them), all or
    // none, and returns what was deleted.
    Result<QList<RuleSnapshot>> remove(const QList<qint64> &ids) const;
    // Puts snapshots back under their old ids (undoing remove()), all or none.
    Status restore(const QList<RuleSnapshot> &snapshots) const;

    // The same checks setField makes, without touching the database.
    static Status validate(RuleField field, const QVariant &value);

private:
    const Database &m_db;
};

} // namespace rulecast
