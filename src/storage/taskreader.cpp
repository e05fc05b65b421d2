#include "taskreader.h"

#include <sqlite3.h>

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
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

// Whether [from, until) spans at least a third of the table's time range
// (read from the index ends, so this costs two index seeks).
bool coversMostOfTable(sqlite3 *handle, qint64 from, qint64 until)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT MIN(started_epoch), MAX(started_epoch) FROM tasks", -1, &st, nullptr) != SQLITE_OK)
        return false;
    bool most = false;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
        const qint64 lo = sqlite3_column_int64(st, 0), hi = sqlite3_column_int64(st, 1);
        const qint64 overlap = std::min(hi + 1, until) - std::max(lo, from);
        most = overlap * 3 >= (hi + 1 - lo);
    }
    sqlite3_finalize(st);
    return most;
}

// The rowid bounds of the table (two b-tree seeks).
std::pair<qint64, qint64> rowidBounds(sqlite3 *handle)
{
    sqlite3_stmt *st = nullptr;
    std::pair<qint64, qint64> b{0, -1};
    if (sqlite3_prepare_v2(handle, "SELECT MIN(rowid), MAX(rowid) FROM tasks", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
        b = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1)};
    sqlite3_finalize(st);
    return b;
}

// One pass over the rows of [from, until) — by the started_epoch index in
// time order, or (scan) straight through the rowids [lo, hi] — into `out`.
QString readPart(sqlite3 *handle, qint64 from, qint64 until, bool scan, qint64 lo, qint64 hi, bool withText,
                 std::vector<TaskRecord> &out)
{
    QByteArray sql = "SELECT id, type, started_epoch, finished_epoch, cpu_percent, memory_mb, disk_mb, network_mbps";
    if (withText)
        sql += ", status, host, description";
    sql += scan ? " FROM tasks NOT INDEXED WHERE rowid >= ?3 AND rowid <= ?4 AND started_epoch >= ?1 AND started_epoch < ?2"
                : " FROM tasks WHERE started_epoch >= ?1 AND started_epoch < ?2 ORDER BY started_epoch, id";
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return QStringLiteral("cannot read tasks: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
    sqlite3_bind_int64(st, 1, from);
    sqlite3_bind_int64(st, 2, until);
    if (scan) {
        sqlite3_bind_int64(st, 3, lo);
        sqlite3_bind_int64(st, 4, hi);
        out.reserve(std::size_t(std::clamp<qint64>(hi - lo + 1, 0, 50'000'000)));
    }
    // One QString per distinct type, shared by every record of that type;
    // looked up by the bytes SQLite hands out, without copying them.
    std::deque<std::string> typeBytes;
    std::unordered_map<std::string_view, QString> types;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        TaskRecord r;
        r.id = sqlite3_column_int64(st, 0);
        const auto *typeText = reinterpret_cast<const char *>(sqlite3_column_text(st, 1));
        if (typeText) {
            const std::string_view key(typeText, std::size_t(sqlite3_column_bytes(st, 1)));
            auto it = types.find(key);
            if (it == types.end()) {
                const std::string &owned = typeBytes.emplace_back(key);
                it = types.emplace(std::string_view(owned), QString::fromUtf8(owned.data(), qsizetype(owned.size()))).first;
            }
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
    return rc == SQLITE_DONE ? QString() : QStringLiteral("reading tasks failed: %1").arg(error);
}

} // namespace

Result<std::vector<TaskRecord>> TaskReader::read(qint64 from, qint64 until, bool withText) const
{
    using R = Result<std::vector<TaskRecord>>;
    auto *handle = static_cast<sqlite3 *>(m_db.sqliteHandle());
    if (!handle)
        return R::failure(QStringLiteral("%1: no SQLite connection to read tasks from").arg(m_db.path()));
    // Walking the started_epoch index visits the rows in time order but jumps
    // around the table, one page read per row; when the range holds most of
    // the table a straight scan plus an in-memory sort is several times faster.
    const bool scan = coversMostOfTable(handle, from, until);
    // Map the file instead of copying it page by page through read() calls
    // (a per-connection setting; SQLite falls back to reads where it cannot).
    sqlite3_exec(handle, "PRAGMA mmap_size=1073741824", nullptr, nullptr, nullptr);
    std::vector<TaskRecord> out;
    QString error;
    const auto [lo, hi] = scan ? rowidBounds(handle) : std::pair<qint64, qint64>{0, -1};
    error = readPart(handle, from, until, scan, lo, hi, withText, out);
    if (!error.isEmpty())
        return R::failure(QStringLiteral("%1: %2").arg(m_db.path(), error));
    const auto before = [](const TaskRecord &a, const TaskRecord &b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    };
    if (scan && !std::is_sorted(out.begin(), out.end(), before))
        std::sort(out.begin(), out.end(), before);
    return out;
}

} // namespace rulecast
