#include "gui/models/rulecommands.h"

#include "gui/models/ruletablemodel.h"

namespace rulecast {

RuleFieldCommand::RuleFieldCommand(RuleTableModel *model, qint64 id, RuleField field, QVariant before, QVariant after,
                                   const QString &text)
    : QUndoCommand(text), m_model(model), m_id(id), m_field(field), m_before(std::move(before)), m_after(std::move(after))
{
}

void RuleFieldCommand::undo()
{
    if (!m_model->applyField(m_id, m_field, m_before))
        setObsolete(true);
}

void RuleFieldCommand::redo()
{
    if (m_applied) { // stored before the push
        m_applied = false;
        return;
    }
    if (!m_model->applyField(m_id, m_field, m_after))
        setObsolete(true);
}

RuleRowsCommand::RuleRowsCommand(RuleTableModel *model, Kind kind, QList<RuleSnapshot> snapshots, const QString &text)
    : QUndoCommand(text), m_model(model), m_kind(kind), m_snapshots(std::move(snapshots))
{
}

void RuleRowsCommand::put()
{
    if (!m_model->applyRestore(m_snapshots))
        setObsolete(true);
}

void RuleRowsCommand::take()
{
    QList<qint64> ids;
    for (const RuleSnapshot &s : m_snapshots)
        ids.append(s.id);
    QList<RuleSnapshot> removed;
    if (!m_model->applyRemove(ids, &removed)) {
        setObsolete(true);
        return;
    }
    m_snapshots = removed;
}

void RuleRowsCommand::undo()
{
    if (m_kind == Added)
        take();
    else
        put();
}

void RuleRowsCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (m_kind == Added)
        put();
    else
        take();
}

} // namespace rulecast
