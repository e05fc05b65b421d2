#pragma once

#include "storage/database.h"
#include "storage/taskquery.h"

#include <QAbstractTableModel>
#include <QThreadPool>
#include <QTimeZone>

#include <optional>

namespace rulecast {

// The tasks of a database as a table that loads itself page by page while the
// view scrolls (canFetchMore/fetchMore over a keyset cursor). Filtering and
// sorting happen in SQL, not in a proxy: a proxy only sees the rows fetched so
// far, so it could neither sort nor count a million rows correctly. The view
// calls sort() through the header; filters come through setFilter().
// Pages are read on the model's own worker thread, so a slow query (a text
// search over a million rows, a sort without an index) never freezes the
// window: rows appear when they arrive, and isLoading() tells in between.
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
    ~TaskTableModel() override;

    void setDatabase(const std::optional<Database> &db);
    void setFilter(const TaskFilter &filter);
    const TaskFilter &filter() const { return m_filter; }
    TaskOrder order() const { return m_order; }
    // Times are shown in this zone (the system's local zone by default).
    void setTimeZone(const QTimeZone &zone);
    void setPageSize(int rows);
    // Drops what is loaded and starts again from the first page (after an import).
    void reload();
    // A page query is on its way.
    bool isLoading() const { return m_loading; }

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
    void loadingChanged(bool loading);

private:
    QVariant displayValue(const TaskRecord &task, int column) const;
    QVariant rawValue(const TaskRecord &task, int column) const;
    QString formatTime(qint64 epoch) const;
    void requestPage();
    void pageArrived(quint64 generation, Result<TaskPage> page);
    void setLoading(bool loading);
    void closeWorkerConnection();

    std::optional<Database> m_db;
    TaskFilter m_filter;
    TaskOrder m_order;
    QTimeZone m_zone;
    int m_pageSize = 256;
    QList<TaskRecord> m_rows;
    TaskCursor m_cursor;
    bool m_atEnd = true;
    bool m_notifying = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    QThreadPool m_pool;
};

// "1h 02m", "4m 05s", "12s": task durations at a glance.
QString formatDuration(qint64 seconds);

} // namespace rulecast
