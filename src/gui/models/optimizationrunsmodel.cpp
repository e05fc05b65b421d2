#include "gui/models/optimizationrunsmodel.h"

#include <QLocale>

namespace rulecast {

void OptimizationRunsModel::setRuns(const QVector<OptimizationRecord> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const OptimizationRecord *OptimizationRunsModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int OptimizationRunsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs.at(i).id == id)
            return i;
    return -1;
}

QString OptimizationRunsModel::stateOf(const OptimizationRecord &run)
{
    if (!run.undoneAt.isEmpty())
        return tr("undone");
    if (!run.appliedAt.isEmpty())
        return tr("applied");
    return run.dryRun ? tr("dry run") : tr("not applied");
}

QString OptimizationRunsModel::strategyLabel(OptimizationStrategy strategy)
{
    switch (strategy) {
    case OptimizationStrategy::LoadBalancing:
        return tr("Balance load");
    case OptimizationStrategy::PeakMitigation:
        return tr("Mitigate peaks");
    case OptimizationStrategy::ResourceEfficiency:
        return tr("Resource efficiency");
    case OptimizationStrategy::ConflictResolution:
        break;
    }
    return tr("Resolve conflicts");
}

QString OptimizationRunsModel::strategyLabel(const QString &storedName)
{
    const std::optional<OptimizationStrategy> s = strategyFromName(storedName);
    return s ? strategyLabel(*s) : storedName;
}

QString OptimizationRunsModel::impactLabel(const QString &storedImpact)
{
    if (storedImpact == QLatin1String("high"))
        return tr("high");
    if (storedImpact == QLatin1String("medium"))
        return tr("medium");
    if (storedImpact == QLatin1String("low"))
        return tr("low");
    if (storedImpact == QLatin1String("minimal"))
        return tr("minimal");
    if (storedImpact == QLatin1String("none"))
        return tr("none");
    return storedImpact;
}

int OptimizationRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int OptimizationRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptimizationRunsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const OptimizationRecord &r = m_runs.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == GainColumn
                                          || index.column() == ChangesColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return r.id;
    case CreatedColumn: return r.createdAt;
    case TypeColumn: return strategyLabel(r.optimizationType);
    case GainColumn:
        return tr("%1%").arg(
            QLocale().toString(r.improvementMetrics.value(QLatin1String("efficiency_gain")).toDouble() * 100, 'f', 1));
    case ChangesColumn: return int(r.changes.size());
    case StateColumn: return stateOf(r);
    default: return {};
    }
}

QVariant OptimizationRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Run");
    case CreatedColumn: return tr("Created (UTC)");
    case TypeColumn: return tr("Strategy");
    case GainColumn: return tr("Gain");
    case ChangesColumn: return tr("Changes");
    case StateColumn: return tr("State");
    default: return {};
    }
}

} // namespace rulecast
