#include "taskquery.h"
#include "core/phrase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

// SQL expression of each field, in TaskField order. Duration is computed so it
// sorts numerically; it is NULL when either time is missing.
const char *const kFieldSql[TaskFieldCount] = {
    "id",
    "type",
    "status",
    "host",
    "started_epoch",
    "finished_epoch",
    "(finished_epoch - started_epoch)",
    "cpu_percent",
    "memory_mb",
    "disk_mb",
    "network_mbps",
    "description",
};

QString fieldSql(TaskField field)
{
    return QString::fromLatin1(kFieldSql[int(field)]);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

double realOrNan(const QVariant &v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

QString queryError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

} // namespace

bool TaskFilter::isEmpty() const
{
    return type.isEmpty() && status.isEmpty() && host.isEmpty() && !from && !to && text.isEmpty();
}

bool TaskFilter::operator==(const TaskFilter &o) const
{
    return type == o.type && status == o.status && host == o.host && from == o.from && to == o.to
           && text == o.text;
}

SqlCondition taskFilterCondition(const TaskFilter &filter)
{
    QStringList parts;
    SqlCondition c;
    if (!filter.type.isEmpty()) {
        parts << QStringLiteral("type = ?");
        c.binds << filter.type;
    }
    if (!filter.status.isEmpty()) {
        parts << QStringLiteral("status = ?");
        c.binds << filter.status;
    }
    if (!filter.host.isEmpty()) {
        parts << QStringLiteral("host = ?");
        c.binds << filter.host;
    }
    if (filter.from) {
        parts << QStringLiteral("started_epoch >= ?");
        c.binds << *filter.from;
    }
    if (filter.to) {
        parts << QStringLiteral("started_epoch < ?");
        c.binds << *filter.to;
    }
    if (!filter.text.isEmpty()) {
        // Plain '?' four times: a numbered '?1' would renumber the others.
        parts << QStringLiteral("(type LIKE ? ESCAPE '\\' OR status LIKE ? ESCAPE '\\' "
                                "OR host LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(filter.text);
        c.binds << pattern << pattern << pattern << pattern;
    }
    c.sql = parts.isEmpty() ? QStringLiteral("1") : parts.join(QLatin1String(" AND "));
    return c;
}

TaskQuery::TaskQuery(Database db, TaskFilter filter, TaskOrder order)
    : m_db(std::move(db)), m_filter(std::move(filter)), m_order(order)
{
}

Result<TaskPage> TaskQuery::fetch(const TaskCursor &after, int limit) const
{
    TaskPage page;
    page.next = after;
    const bool ascending = m_order.order == Qt::AscendingOrder;
    // SQLite sorts NULL before every value: ascending walks the NULL phase
    // first, descending last.
    const bool firstPhaseIsNull = ascending;
    bool inFirstPhase = !after.started || after.nullPhase == firstPhaseIsNull;
    int wanted = limit;
    if (inFirstPhase) {
        const Result<int> got = fetchPhase(firstPhaseIsNull, after, wanted, page);
        if (!got)
            return Result<TaskPage>::failure(got.error());
        if (*got >= wanted)
            return page;
        wanted -= *got;
        page.next = TaskCursor{};
    }
    const Result<int> got = fetchPhase(!firstPhaseIsNull, page.next, wanted, page);
    if (!got)
        return Result<TaskPage>::failure(got.error());
    page.atEnd = *got < wanted;
    return page;
}

Result<int> TaskQuery::fetchPhase(bool nullPhase, const TaskCursor &after, int limit, TaskPage &page) const
{
    const bool ascending = m_order.order == Qt::AscendingOrder;
    const QString key = fieldSql(m_order.field);
    const SqlCondition filter = taskFilterCondition(m_filter);
    QString where = filter.sql;
    QVariantList binds = filter.binds;
    // A cursor from the other phase means this phase starts from its beginning.
    const bool resume = after.started && after.nullPhase == nullPhase;
    if (nullPhase) {
        where += QStringLiteral(" AND ") + key + QStringLiteral(" IS NULL");
        if (resume) {
            where += ascending ? QStringLiteral(" AND id > ?") : QStringLiteral(" AND id < ?");
            binds << after.id;
        }
    } else {
        where += QStringLiteral(" AND ") + key + QStringLiteral(" IS NOT NULL");
        if (resume) {
            // Row values let SQLite seek the (key, rowid) index directly.
            where += QStringLiteral(" AND (") + key + (ascending ? QStringLiteral(", id) > (?, ?)")
                                                                 : QStringLiteral(", id) < (?, ?)"));
            binds << after.key << after.id;
        }
    }
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql = QStringLiteral("SELECT id, type, status, host, description, started_epoch, finished_epoch, "
                                       "cpu_percent, memory_mb, disk_mb, network_mbps, ")
                        + key + QStringLiteral(" FROM tasks WHERE ") + where + QStringLiteral(" ORDER BY ")
                        + (nullPhase ? QString() : key + u' ' + dir + QStringLiteral(", ")) + QStringLiteral("id ")
                        + dir + QStringLiteral(" LIMIT ") + QString::number(limit);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Result<int>::failure(queryError(q));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return Result<int>::failure(queryError(q));
    int n = 0;
    while (q.next()) {
        TaskRecord r;
        r.id = q.value(0).toLongLong();
        r.type = q.value(1).toString();
        r.status = q.value(2).toString();
        r.host = q.value(3).toString();
        r.description = q.value(4).toString();
        const QVariant started = q.value(5);
        r.startedAt = started.isNull() ? NoTime : started.toLongLong();
        const QVariant finished = q.value(6);
        r.finishedAt = finished.isNull() ? -1 : finished.toLongLong();
        r.cpuPercent = realOrNan(q.value(7));
        r.memoryMb = realOrNan(q.value(8));
        r.diskMb = realOrNan(q.value(9));
        r.networkMbps = realOrNan(q.value(10));
        page.next = TaskCursor{true, nullPhase, q.value(11), r.id};
        page.rows.append(std::move(r));
        ++n;
    }
    return n;
}

Result<qint64> TaskQuery::count() const
{
    const SqlCondition filter = taskFilterCondition(m_filter);
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM tasks WHERE ") + filter.sql))
        return Result<qint64>::failure(queryError(q));
    for (const QVariant &b : filter.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(queryError(q));
    return q.value(0).toLongLong();
}

Result<QStringList> TaskQuery::distinctValues(const Database &db, TaskField field)
{
    if (field != TaskField::Type && field != TaskField::Status && field != TaskField::Host)
        return Result<QStringList>::failure(phrase("TaskQuery", QT_TRANSLATE_NOOP("TaskQuery", "distinct values exist only for type, status and host")));
    const QString col = fieldSql(field);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT ") + col + QStringLiteral(" FROM tasks WHERE ") + col
                + QStringLiteral(" IS NOT NULL AND ") + col + QStringLiteral(" <> '' ORDER BY 1")))
        return Result<QStringList>::failure(queryError(q));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

Result<QList<TaskField>> TaskQuery::populatedFields(const Database &db)
{
    QList<TaskField> fields = {TaskField::Id, TaskField::Type, TaskField::Status, TaskField::Started};
    const TaskField optional[] = {TaskField::Host,   TaskField::Finished, TaskField::Duration,
                                  TaskField::Cpu,    TaskField::Memory,   TaskField::Disk,
                                  TaskField::Network, TaskField::Description};
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    for (TaskField field : optional) {
        const QString col = fieldSql(field);
        // EXISTS stops at the first value, so populated columns cost almost nothing.
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM tasks WHERE ") + col
                    + QStringLiteral(" IS NOT NULL AND ") + col + QStringLiteral(" <> '')"))
            || !q.next())
            return Result<QList<TaskField>>::failure(queryError(q));
        if (q.value(0).toBool())
            fields << field;
    }
    std::sort(fields.begin(), fields.end());
    return fields;
}

} // namespace rulecast
