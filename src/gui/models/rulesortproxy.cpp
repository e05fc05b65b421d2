#include "rulesortproxy.h"

#include "gui/models/ruletablemodel.h"

namespace rulecast {

namespace {

// The C locale ("LANG=C") collates byte by byte and ignores numeric mode;
// English order is what the user reads there anyway.
QLocale collationLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

} // namespace

RuleSortProxy::RuleSortProxy(QObject *parent) : QSortFilterProxyModel(parent), m_collator(collationLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

bool RuleSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case RuleTableModel::EnabledColumn:
    case RuleTableModel::PriorityColumn:
    case RuleTableModel::NextRunColumn:
    case RuleTableModel::ConflictsColumn: {
        const QVariant a = left.data(RuleTableModel::RawValueRole);
        const QVariant b = right.data(RuleTableModel::RawValueRole);
        // Without a value (an "after" rule has no next run) last in either order.
        if (!a.isValid() || !b.isValid()) {
            if (a.isValid() == b.isValid())
                break;
            return (sortOrder() == Qt::AscendingOrder) == a.isValid();
        }
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        if (x != y)
            return x < y;
        break;
    }
    default: {
        const int c = m_collator.compare(left.data().toString(), right.data().toString());
        if (c != 0)
            return c < 0;
        break;
    }
    }
    // Equal values keep the id order, whatever the direction (descending
    // order asks lessThan(right, left)).
    const qint64 l = left.data(RuleTableModel::RuleIdRole).toLongLong();
    const qint64 r = right.data(RuleTableModel::RuleIdRole).toLongLong();
    return sortOrder() == Qt::AscendingOrder ? l < r : l > r;
}

} // namespace rulecast
