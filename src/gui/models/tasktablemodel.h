#pragma once

#include "storage/database.h"
#include "storage/taskquery.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <optional>

namespace rulecast {

// The tasks of a database as a table that loads itself page by page while the
// view scrolls (canFetchMore/fetchMore over a keyset cursor). Filtering and
// sorting happen in SQL, not in a proxy: a proxy only sees the rows fetched so
// far, so it could neither sort nor count a million rows correctly. The view
// calls sort() through the header; filters come through setFilter().
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Columns mirror TaskField so a column is also a sort key.
    enum Column {
        IdColumn = int(TaskField::Id),
        TypeColumn = int(TaskField::Type),
        StatusColumn = int(TaskField::Status),
        HostColumn = int(TaskField::Host),
        StartedColumn = int(TaskField::Started),
        FinishedColumn = int(TaskField::Finished),
        DurationColumn = int(TaskField::Duration),
        CpuColumn = int(TaskField::Cpu),
        MemoryColumn = int(TaskField::Memory),
        DiskColumn = int(TaskField::Disk),
        NetworkColumn = int(TaskField::Network),
        DescriptionColumn = int(TaskField::Description),
        ColumnCount = TaskFieldCount,
    };
    // The unformatted value (epoch seconds, seconds, doubles; null when unknown),
    // for sorting elsewhere, charts and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit TaskTableModel(QObject *parent = nullptr);

    void setDatabase(const std::optional<Database> &db);
    void setFilter(const TaskFilter &filter);
    const TaskFilter &filter() const { return m_filter; }
    TaskOrder order() const { return m_order; }
    // Times are shown in this zone (the system's local zone by default).
    void setTimeZone(const QTimeZone &zone);
    void setPageSize(int rows);
    // Drops what is loaded and starts again from the first page (after an import).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const TaskRecord &task(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    void queryFailed(const QString &error);

private:
    QVariant displayValue(const TaskRecord &task, int column) const;
    QVariant rawValue(const TaskRecord &task, int column) const;
    QString formatTime(qint64 epoch) const;
    void loadPage(bool notifyRows);

    std::optional<Database> m_db;
    TaskFilter m_filter;
    TaskOrder m_order;
    QTimeZone m_zone;
    int m_pageSize = 256;
    QList<TaskRecord> m_rows;
    TaskCursor m_cursor;
    bool m_atEnd = true;
    bool m_notifying = false;
};

// "1h 02m", "4m 05s", "12s": task durations at a glance.
QString formatDuration(qint64 seconds);

} // namespace rulecast
