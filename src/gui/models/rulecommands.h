#pragma once

#include "storage/rulestore.h"

#include <QList>
#include <QUndoCommand>
#include <QVariant>

namespace rulecast {

class RuleTableModel;

// Undo entries of the Rules view. Each is pushed after its change was already
// stored (so a refused edit never reaches the stack); the first redo() that
// QUndoStack::push() calls therefore does nothing. A step that fails to apply
// (the row was deleted elsewhere) is reported by the model and dropped from
// the stack as obsolete.

// One field of one rule: enabled, priority, name, description or cron.
class RuleFieldCommand : public QUndoCommand
{
public:
    RuleFieldCommand(RuleTableModel *model, qint64 id, RuleField field, QVariant before, QVariant after,
                     const QString &text);
    void undo() override;
    void redo() override;

private:
    RuleTableModel *m_model;
    qint64 m_id;
    RuleField m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_applied = true;
};

// Rules that were added (by hand or by generation) or deleted, with
// everything stored with them, so both directions restore the same ids.
class RuleRowsCommand : public QUndoCommand
{
public:
    enum Kind { Added, Removed };
    RuleRowsCommand(RuleTableModel *model, Kind kind, QList<RuleSnapshot> snapshots, const QString &text);
    void undo() override;
    void redo() override;

private:
    void put();  // restore the snapshots
    void take(); // delete the rules, refreshing the snapshots

    RuleTableModel *m_model;
    Kind m_kind;
    QList<RuleSnapshot> m_snapshots;
    bool m_applied = true;
};

} // namespace rulecast
