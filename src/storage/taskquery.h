#pragma once

#include "core/result.h"
#include "core/taskrecord.h"
#include "storage/database.h"

#include <QList>
#include <QStringList>
#include <QVariant>
#include <QtGlobal>

#include <limits>
#include <optional>

namespace rulecast {

// The fields of a task a view can sort by; the History table's columns in order.
enum class TaskField {
    Id,
    Type,
    Status,
    Host,
    Started,
    Finished,
    Duration,
    Cpu,
    Memory,
    Disk,
    Network,
    Description,
};
constexpr int TaskFieldCount = int(TaskField::Description) + 1;

// Which tasks a view shows. Empty members match everything; the time range is
// half-open on started_epoch: [from, to).
struct TaskFilter
{
    QString type;
    QString status;
    QString host;
    std::optional<qint64> from;
    std::optional<qint64> to;
    QString text; // case-insensitive substring of type, status, host or description

    bool isEmpty() const;
    bool operator==(const TaskFilter &other) const;
    bool operator!=(const TaskFilter &other) const { return !(*this == other); }
};

// A WHERE clause (without the keyword; "1" when nothing is filtered) and its
// positional bind values, shared by every query over a filtered history.
struct SqlCondition
{
    QString sql;
    QVariantList binds;
};
SqlCondition taskFilterCondition(const TaskFilter &filter);

struct TaskOrder
{
    TaskField field = TaskField::Started;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// Where the next page starts. Keyset pagination (sort key, id) instead of
// OFFSET: page n costs the same as page 1, so scrolling to the end of a
// million rows stays smooth. Rows whose sort key is NULL form their own phase
// (first when ascending, last when descending, as SQLite orders NULLs), so
// every phase is a plain row-value range that SQLite answers from an index.
struct TaskCursor
{
    bool started = false;  // false: nothing fetched yet
    bool nullPhase = false; // inside the rows whose sort key is NULL
    QVariant key;
    qint64 id = 0;
};

struct TaskPage
{
    QList<TaskRecord> rows;
    TaskCursor next;
    bool atEnd = false;
};

// Read-side queries over `tasks` for views: filtered, sorted, paged.
class TaskQuery
{
public:
    // TaskRecord::startedAt of a task that has no start time.
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    TaskQuery(Database db, TaskFilter filter = {}, TaskOrder order = {});

    Result<TaskPage> fetch(const TaskCursor &after, int limit) const;
    Result<qint64> count() const;

    // Distinct non-empty values of Type, Status or Host, sorted, for filter choices.
    static Result<QStringList> distinctValues(const Database &db, TaskField field);
    // Which of the optional fields (host, finish, duration, resources,
    // description) hold a value in at least one task; views hide the rest
    // (an SWF trace has no hosts, a syslog import no resources).
    static Result<QList<TaskField>> populatedFields(const Database &db);

private:
    Result<int> fetchPhase(bool nullPhase, const TaskCursor &after, int limit, TaskPage &page) const;

    Database m_db;
    TaskFilter m_filter;
    TaskOrder m_order;
};

} // namespace rulecast
