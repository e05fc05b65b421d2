#include "taskreader.h"
#include "core/phrase.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <deque>
#include <iterator>
#include <thread>
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
        return phrase("TaskReader", QT_TRANSLATE_NOOP("TaskReader", "cannot read tasks: %1")).arg(QString::fromUtf8(sqlite3_errmsg(handle)));
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
    return rc == SQLITE_DONE ? QString() : phrase("TaskReader", QT_TRANSLATE_NOOP("TaskReader", "reading tasks failed: %1")).arg(error);
}

// A second read-only connection to the same file, so half of a big read can
// run on another core; null where that cannot be (in-memory database, or the
// calling connection is inside a transaction whose changes another connection
// would not see).
sqlite3 *secondConnection(sqlite3 *handle, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String(":memory:") || !sqlite3_get_autocommit(handle))
        return nullptr;
    sqlite3 *other = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &other, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        sqlite3_close(other);
        return nullptr;
    }
    // Wait for a writer like the Qt connection does (QSQLITE's default busy timeout).
    sqlite3_busy_timeout(other, 5000);
    sqlite3_exec(other, "PRAGMA mmap_size=1073741824", nullptr, nullptr, nullptr);
    return other;
}

// The rows in the started_epoch range [from, until) per the index (counted
// from the index alone, without touching the table).
qint64 countInRange(sqlite3 *handle, qint64 from, qint64 until)
{
    sqlite3_stmt *st = nullptr;
    qint64 count = 0;
    if (sqlite3_prepare_v2(handle, "SELECT COUNT(*) FROM tasks WHERE started_epoch >= ?1 AND started_epoch < ?2", -1,
                           &st, nullptr)
        == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, from);
        sqlite3_bind_int64(st, 2, until);
        if (sqlite3_step(st) == SQLITE_ROW)
            count = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return count;
}

} // namespace

Result<std::vector<TaskRecord>> TaskReader::read(qint64 from, qint64 until, bool withText) const
{
    using R = Result<std::vector<TaskRecord>>;
    auto *handle = static_cast<sqlite3 *>(m_db.sqliteHandle());
    if (!handle)
        return R::failure(phrase("TaskReader", QT_TRANSLATE_NOOP("TaskReader", "%1: no SQLite connection to read tasks from")).arg(m_db.path()));
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
    // A big read is split in two halves (by rowid for a scan, by start time
    // through the index) read at once on two connections: decoding rows is
    // CPU work, and the halves concatenate in order.
    const qint64 rows = scan ? hi - lo + 1 : (until - from > 1 ? countInRange(handle, from, until) : 0);
    sqlite3 *other = rows >= TaskReader::kParallelRows ? secondConnection(handle, m_db.path()) : nullptr;
    if (other) {
        std::vector<TaskRecord> upper;
        QString upperError;
        const qint64 rowidMid = lo + (hi - lo + 1) / 2;
        const qint64 timeMid = from + (until - from) / 2;
        std::thread worker([&] {
            upperError = scan ? readPart(other, from, until, true, rowidMid, hi, withText, upper)
                              : readPart(other, timeMid, until, false, 0, -1, withText, upper);
        });
        error = scan ? readPart(handle, from, until, true, lo, rowidMid - 1, withText, out)
                     : readPart(handle, from, timeMid, false, 0, -1, withText, out);
        worker.join();
        sqlite3_close(other);
        if (error.isEmpty())
            error = upperError;
        // One shared string per type across both halves, as a single pass
        // gives (each half shares its own; a lookup by data pointer per row).
        QHash<QString, QString> byName;
        {
            QHash<const QChar *, bool> seen;
            for (const TaskRecord &r : out)
                if (!seen.contains(r.type.constData())) {
                    seen.insert(r.type.constData(), true);
                    byName.insert(r.type, r.type);
                }
        }
        QHash<const QChar *, QString> sharedOf;
        for (TaskRecord &r : upper) {
            auto known = sharedOf.constFind(r.type.constData());
            if (known == sharedOf.constEnd())
                known = sharedOf.insert(r.type.constData(), byName.value(r.type, r.type));
            r.type = known.value();
        }
        out.reserve(out.size() + upper.size());
        std::move(upper.begin(), upper.end(), std::back_inserter(out));
    } else {
        error = readPart(handle, from, until, scan, lo, hi, withText, out);
    }
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
