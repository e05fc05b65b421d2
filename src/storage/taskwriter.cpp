#include "taskwriter.h"

#include "core/timeformat.h"
#include "database.h"
#include "core/phrase.h"

#include <sqlite3.h>

namespace rulecast {

namespace {

const char InsertSql[] =
    "INSERT INTO tasks (type, status, description, created_at, started_at, finished_at, "
    "started_epoch, finished_epoch, host, cpu_percent, memory_mb, disk_mb, network_mbps) "
    "VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

void bindText(sqlite3_stmt *s, int index, std::string_view text)
{
    if (text.empty())
        sqlite3_bind_null(s, index);
    else // SQLITE_STATIC: the row outlives the sqlite3_step below.
        sqlite3_bind_text(s, index, text.data(), int(text.size()), SQLITE_STATIC);
}

void bindReal(sqlite3_stmt *s, int index, double value)
{
    if (std::isnan(value))
        sqlite3_bind_null(s, index);
    else
        sqlite3_bind_double(s, index, value);
}

} // namespace

TaskWriter::TaskWriter(const Database &db) : m_db(static_cast<sqlite3 *>(db.sqliteHandle()))
{
    if (const Status s = prepare(); !s)
        m_prepareError = s.error();
}

TaskWriter::~TaskWriter()
{
    if (m_insert)
        sqlite3_finalize(m_insert);
}

Status TaskWriter::prepare()
{
    if (!m_db)
        return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "no SQLite connection for bulk writing")));
    if (sqlite3_prepare_v2(m_db, InsertSql, -1, &m_insert, nullptr) != SQLITE_OK)
        return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "cannot prepare the task insert: %1"))
                                   .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    return Status::success();
}

Status TaskWriter::write(const TaskRow &row)
{
    if (!m_insert)
        return Status::failure(m_prepareError);
    if (sqlite3_get_autocommit(m_db))
        return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "task rows are written only inside a transaction")));

    char started[timeformat::SqlTimeLength];
    char finished[timeformat::SqlTimeLength];
    timeformat::writeSqlTime(row.startedAt, started);
    sqlite3_stmt *s = m_insert;
    bindText(s, 1, row.type);
    bindText(s, 2, row.status);
    bindText(s, 3, row.description);
    sqlite3_bind_text(s, 4, started, timeformat::SqlTimeLength, SQLITE_STATIC);
    sqlite3_bind_int64(s, 6, row.startedAt);
    if (row.finishedAt >= 0) {
        timeformat::writeSqlTime(row.finishedAt, finished);
        sqlite3_bind_text(s, 5, finished, timeformat::SqlTimeLength, SQLITE_STATIC);
        sqlite3_bind_int64(s, 7, row.finishedAt);
    } else {
        sqlite3_bind_null(s, 5);
        sqlite3_bind_null(s, 7);
    }
    bindText(s, 8, row.host);
    bindReal(s, 9, row.cpuPercent);
    bindReal(s, 10, row.memoryMb);
    bindReal(s, 11, row.diskMb);
    bindReal(s, 12, row.networkMbps);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "cannot insert a task: %1")).arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    ++m_written;
    return Status::success();
}

Status TaskWriter::write(const TaskRecord &record)
{
    const QByteArray type = record.type.toUtf8();
    const QByteArray status = record.status.toUtf8();
    const QByteArray host = record.host.toUtf8();
    const QByteArray description = record.description.toUtf8();
    TaskRow row;
    row.type = std::string_view(type.constData(), size_t(type.size()));
    row.status = std::string_view(status.constData(), size_t(status.size()));
    row.host = std::string_view(host.constData(), size_t(host.size()));
    row.description = std::string_view(description.constData(), size_t(description.size()));
    row.startedAt = record.startedAt;
    row.finishedAt = record.finishedAt;
    row.cpuPercent = record.cpuPercent;
    row.memoryMb = record.memoryMb;
    row.diskMb = record.diskMb;
    row.networkMbps = record.networkMbps;
    return write(row);
}

} // namespace rulecast
