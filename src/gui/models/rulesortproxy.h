#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace rulecast {

// Sorts the Rules table by any column (a click on its header): On, priority,
// next run and conflicts by their values (RuleTableModel::RawValueRole: 9
// before 10, rules without a next run last), the other columns by the text
// shown, in the user's language order with numbers inside names compared as
// numbers ("rule 2" before "rule 10"). Unsorted (column -1) it keeps the
// model's order, the rules' ids. It sorts again after every edit, undo and
// conflict check (dynamic sorting), so the order always matches the column.
class RuleSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RuleSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace rulecast
