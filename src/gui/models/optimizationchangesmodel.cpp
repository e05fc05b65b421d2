#include "gui/models/optimizationchangesmodel.h"

#include "core/crondescription.h"

namespace rulecast {

namespace {

// The run stores its words in English (for the CLI and reports); the table
// says them again from the cron, in the user's language.
QString inWords(const QString &cron, const QString &stored)
{
    const Result<CronExpression> e = CronExpression::parse(cron);
    return e ? describeCron(*e) : stored;
}

} // namespace

void OptimizationChangesModel::setChanges(const QVector<RuleChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int OptimizationChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int OptimizationChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptimizationChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const RuleChange &c = m_changes.at(index.row());
    if (role == Qt::ToolTipRole)
        return c.localizedReason();
    if (role == Qt::TextAlignmentRole && index.column() == ShiftColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RuleColumn: return QStringLiteral("#%1 %2").arg(c.ruleId).arg(c.ruleName);
    case OldCronColumn: return c.oldCron;
    case NewCronColumn: return c.newCron;
    case OldWordsColumn: return inWords(c.oldCron, c.oldDescription);
    case NewWordsColumn: return inWords(c.newCron, c.newDescription);
    case ShiftColumn: return c.shiftMinutes;
    case ReasonColumn: return c.localizedReason();
    default: return {};
    }
}

QVariant OptimizationChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RuleColumn: return tr("Rule");
    case OldCronColumn: return tr("Old cron");
    case NewCronColumn: return tr("New cron");
    case OldWordsColumn: return tr("Before");
    case NewWordsColumn: return tr("After");
    case ShiftColumn: return tr("Moved (min)");
    case ReasonColumn: return tr("Why");
    default: return {};
    }
}

} // namespace rulecast
