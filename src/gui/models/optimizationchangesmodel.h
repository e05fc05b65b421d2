#pragma once

#include "app/scheduleoptimization.h"

#include <QAbstractTableModel>

namespace rulecast {

// The proposed changes of one optimization run: rule, old cron → new cron,
// both in words, how far it moved and why.
class OptimizationChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RuleColumn, OldCronColumn, NewCronColumn, OldWordsColumn, NewWordsColumn, ShiftColumn, ReasonColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setChanges(const QVector<RuleChange> &changes);
    const QVector<RuleChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<RuleChange> m_changes;
};

} // namespace rulecast
