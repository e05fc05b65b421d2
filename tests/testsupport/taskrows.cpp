#include "taskrows.h"

#include "core/timeformat.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace rulecast::test {

namespace {

QVariant realOrNull(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}

} // namespace

TaskRecord makeTask(const QString &type, qint64 startedAt, qint64 durationSeconds, const QString &status,
                    const QString &host)
{
    TaskRecord t;
    t.type = type;
    t.status = status;
    t.host = host;
    t.startedAt = startedAt;
    t.finishedAt = durationSeconds < 0 ? -1 : startedAt + durationSeconds;
    return t;
}

Status insertTasks(const Database &db, const QList<TaskRecord> &tasks)
{
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    QSqlQuery q(conn);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO tasks (type, status, host, description, started_at, finished_at, started_epoch, "
            "finished_epoch, cpu_percent, memory_mb, disk_mb, network_mbps) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")))
        return Status::failure(q.lastError().text());
    for (const TaskRecord &t : tasks) {
        q.addBindValue(t.type);
        q.addBindValue(t.status);
        q.addBindValue(t.host.isEmpty() ? QVariant() : QVariant(t.host));
        q.addBindValue(t.description.isEmpty() ? QVariant() : QVariant(t.description));
        q.addBindValue(timeformat::toSqlTime(t.startedAt));
        q.addBindValue(t.hasFinished() ? QVariant(timeformat::toSqlTime(t.finishedAt)) : QVariant());
        q.addBindValue(t.startedAt);
        q.addBindValue(t.hasFinished() ? QVariant(t.finishedAt) : QVariant());
        q.addBindValue(realOrNull(t.cpuPercent));
        q.addBindValue(realOrNull(t.memoryMb));
        q.addBindValue(realOrNull(t.diskMb));
        q.addBindValue(realOrNull(t.networkMbps));
        if (!q.exec())
            return Status::failure(q.lastError().text());
    }
    return tx.commit();
}

Status insertTaskWithoutStart(const Database &db, const QString &type, const QString &status)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO tasks (type, status) VALUES (?, ?)")))
        return Status::failure(q.lastError().text());
    q.addBindValue(type);
    q.addBindValue(status);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

} // namespace rulecast::test
