#pragma once

#include "core/optimizationstrategy.h"
#include "storage/optimizationstore.h"

#include <QAbstractTableModel>

namespace rulecast {

// The history of optimization runs (rows of optimization_results), newest first.
class OptimizationRunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, CreatedColumn, TypeColumn, GainColumn, ChangesColumn, StateColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRuns(const QVector<OptimizationRecord> &runs);
    const OptimizationRecord *run(int row) const;
    int rowOf(qint64 id) const;
    // "dry run", "applied", "undone" or "not applied".
    static QString stateOf(const OptimizationRecord &run);
    // "Balance load" for LoadBalancing; the stored id ("load_balancing") is
    // for files and the CLI, this for people (and translated).
    static QString strategyLabel(OptimizationStrategy strategy);
    static QString strategyLabel(const QString &storedName); // the name itself when unknown
    // The stored improvement_metrics "impact" (high, medium, low, minimal,
    // none) in words; an unknown one as stored.
    static QString impactLabel(const QString &storedImpact);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<OptimizationRecord> m_runs;
};

} // namespace rulecast
