#include "gui/models/patterntablemodel.h"

#include "core/timeformat.h"
#include "gui/models/patterntypelabel.h"

#include <QLocale>

namespace rulecast {

PatternTableModel::PatternTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PatternTableModel::setPatterns(const QList<ActivityPattern> &patterns)
{
    beginResetModel();
    m_patterns = patterns;
    endResetModel();
}

int PatternTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_patterns.size(); ++i)
        if (m_patterns.at(i).id == id)
            return i;
    return -1;
}

int PatternTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patterns.size());
}

int PatternTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatternTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityPattern &p = m_patterns.at(index.row());
    const int column = index.column();
    if (role == PatternIdRole)
        return p.id;
    if (role == PatternTypeRole)
        return p.patternType();
    if (role == Qt::TextAlignmentRole) {
        if (column == ConfidenceColumn || column == DetectionsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == WhenColumn)
            return p.recommendationReason();
        if (column == TaskTypesColumn)
            return p.taskTypes.join(QStringLiteral(", "));
        if (column == TypeColumn)
            return PatternTypeLabel::tooltip(p.patternType());
        return {};
    }
    if (role == RawValueRole) {
        switch (column) {
        // Sorted as shown: by the type's name in the user's language.
        case TypeColumn: return PatternTypeLabel::of(p.kind);
        case TaskTypesColumn: return p.taskTypes.join(QLatin1Char(' '));
        case WhenColumn: return p.describe();
        case ConfidenceColumn: return p.confidence;
        case DetectionsColumn: return p.storedDetectionCount;
        case LastSeenColumn: {
            const std::optional<qint64> t = timeformat::parse(p.lastDetectedAt);
            return t ? QVariant(*t) : QVariant();
        }
        case ActiveColumn: return p.active;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TypeColumn: return PatternTypeLabel::of(p.kind);
    case TaskTypesColumn:
        // A correlation's types are ordered: predecessor, then successor.
        return p.kind == PatternKind::Correlation ? p.taskTypes.join(QStringLiteral(" → "))
                                                  : p.taskTypes.join(QStringLiteral(", "));
    case WhenColumn: return p.describe();
    case ConfidenceColumn: return QLocale().toString(p.confidence, 'f', 2);
    case DetectionsColumn: return p.storedDetectionCount;
    case LastSeenColumn: return p.lastDetectedAt;
    case ActiveColumn: return p.active ? tr("yes") : tr("no");
    default: return {};
    }
}

QVariant PatternTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn: return tr("Type");
    case TaskTypesColumn: return tr("Task types");
    case WhenColumn: return tr("When");
    case ConfidenceColumn: return tr("Confidence");
    case DetectionsColumn: return tr("Detections");
    case LastSeenColumn: return tr("Last seen (UTC)");
    case ActiveColumn: return tr("Active");
    default: return {};
    }
}

PatternFilterProxy::PatternFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PatternTableModel::RawValueRole);
}

void PatternFilterProxy::setPatternType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void PatternFilterProxy::setMinConfidence(double confidence)
{
    m_minConfidence = confidence;
    invalidateFilter();
}

void PatternFilterProxy::setIncludeInactive(bool include)
{
    m_includeInactive = include;
    invalidateFilter();
}

void PatternFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool PatternFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const PatternTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const ActivityPattern &p = model->pattern(sourceRow);
    if (!m_includeInactive && !p.active)
        return false;
    if (!m_type.isEmpty() && p.patternType() != m_type)
        return false;
    // Confidences are shown with two decimals; compare what the user sees.
    if (p.confidence + 1e-9 < m_minConfidence)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &t : p.taskTypes)
        if (t.contains(m_text, Qt::CaseInsensitive))
            return true;
    // What the user sees (the "when" and the type's name in their language),
    // and the type's id, which the tooltip shows.
    return p.describe().contains(m_text, Qt::CaseInsensitive)
           || PatternTypeLabel::of(p.kind).contains(m_text, Qt::CaseInsensitive)
           || p.patternType().contains(m_text, Qt::CaseInsensitive);
}

} // namespace rulecast
