#include "taskreader.h"

#include <sqlite3.h>

#include <string>
#include <unordered_map>

namespace rulecast {

namespace {

double realOrNan(sqlite3_stmt *st, int column)
{
    return sqlite3_column_type(st, column) == SQLITE_NULL ? std::nan("") : sqlite3_column_double(st, column);
}

QString text(sqlite3_stmt *st, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, column)) : QString();
}

} // namespace

Result<std::vector<TaskRecord>> TaskReader::read(qint64 from, qint64 until, bool withText) const
{
    auto *handle = static_cast<sqlite3 *>(m_db.sqliteHandle());
    if (!handle)
        return Result<std::vector<TaskRecord>>::failure(
            QStringLiteral("%1: no SQLite connection to read tasks from").arg(m_db.path()));
    const char *sql = withText
                          ? "SELECT id, type, started_epoch, finished_epoch, cpu_percent, memory_mb, disk_mb, "
                            "network_mbps, status, host, description FROM tasks "
                            "WHERE started_epoch >= ?1 AND started_epoch < ?2 ORDER BY started_epoch, id"
                          : "SELECT id, type, started_epoch, finished_epoch, cpu_percent, memory_mb, disk_mb, "
                            "network_mbps FROM tasks "
                            "WHERE started_epoch >= ?1 AND started_epoch < ?2 ORDER BY started_epoch, id";
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &st, nullptr) != SQLITE_OK)
        return Result<std::vector<TaskRecord>>::failure(
            QStringLiteral("%1: cannot read tasks: %2").arg(m_db.path(), QString::fromUtf8(sqlite3_errmsg(handle))));
    sqlite3_bind_int64(st, 1, from);
    sqlite3_bind_int64(st, 2, until);

    std::vector<TaskRecord> out;
    // One QString per distinct type, shared by every record of that type.
    std::unordered_map<std::string, QString> types;
    std::string key;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        TaskRecord r;
        r.id = sqlite3_column_int64(st, 0);
        const auto *typeText = reinterpret_cast<const char *>(sqlite3_column_text(st, 1));
        if (typeText) {
            key.assign(typeText, std::size_t(sqlite3_column_bytes(st, 1)));
            auto it = types.find(key);
            if (it == types.end())
                it = types.emplace(key, QString::fromUtf8(key.data(), qsizetype(key.size()))).first;
            r.type = it->second;
        }
        r.startedAt = sqlite3_column_int64(st, 2);
        r.finishedAt = sqlite3_column_type(st, 3) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 3);
        r.cpuPercent = realOrNan(st, 4);
        r.memoryMb = realOrNan(st, 5);
        r.diskMb = realOrNan(st, 6);
        r.networkMbps = realOrNan(st, 7);
        if (withText) {
            r.status = text(st, 8);
            r.host = text(st, 9);
            r.description = text(st, 10);
        }
        out.push_back(std::move(r));
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return Result<std::vector<TaskRecord>>::failure(QStringLiteral("%1: reading tasks failed: %2").arg(m_db.path(), error));
    return out;
}

} // namespace rulecast
