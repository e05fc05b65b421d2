#pragma once

#include "core/activitypattern.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace rulecast {

// The stored activity patterns as a table. Patterns are few (tens to a few
// hundred), so the whole list is held and sorting / filtering happen in a
// PatternFilterProxy rather than in SQL.
class PatternTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TypeColumn,
        TaskTypesColumn,
        WhenColumn,
        ConfidenceColumn,
        DetectionsColumn,
        LastSeenColumn,
        ActiveColumn,
        ColumnCount
    };
    // The unformatted value (confidence as double, detections as integer,
    // last seen as epoch seconds, active as bool) for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    // The pattern's row id (any column).
    static constexpr int PatternIdRole = Qt::UserRole + 2;
    // The stored pattern type id (`daily_recurring`; any column). The Type
    // column shows the type's name (PatternTypeLabel) and sorts by it.
    static constexpr int PatternTypeRole = Qt::UserRole + 3;

    explicit PatternTableModel(QObject *parent = nullptr);

    void setPatterns(const QList<ActivityPattern> &patterns);
    const QList<ActivityPattern> &patterns() const { return m_patterns; }
    const ActivityPattern &pattern(int row) const { return m_patterns.at(row); }
    // Row of the pattern with this id, -1 when absent.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActivityPattern> m_patterns;
};

// The Patterns view's filter bar applied to a PatternTableModel: pattern type,
// minimum confidence, inactive rows, and a case-insensitive text that matches
// task types and the "when" description. Sorts on the raw values.
class PatternFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PatternFilterProxy(QObject *parent = nullptr);

    void setPatternType(const QString &type); // empty: every type
    void setMinConfidence(double confidence);
    void setIncludeInactive(bool include);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    double m_minConfidence = 0.0;
    bool m_includeInactive = false;
    QString m_text;
};

} // namespace rulecast
