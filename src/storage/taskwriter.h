#pragma once

#include "core/result.h"
#include "core/taskrecord.h"

#include <QByteArray>

#include <cmath>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace rulecast {

class Database;

// One task row in the shape bulk importers produce: text as UTF-8 views (no
// QString per value), times as UTC epoch seconds, NaN for unknown figures.
struct TaskRow
{
    std::string_view type;
    std::string_view status;
    std::string_view host;        // empty: NULL
    std::string_view description; // empty: NULL
    qint64 startedAt = 0;
    qint64 finishedAt = -1; // -1: not finished / unknown
    double cpuPercent = std::nan("");
    double memoryMb = std::nan("");
    double diskMb = std::nan("");
    double networkMbps = std::nan("");
};

// Inserts task rows through one prepared statement of the SQLite C API on the
// calling thread's connection. It never opens a transaction of its own: the
// caller's transaction makes a whole import one commit or nothing, and
// writing outside one is refused.
//
// Each row gets banana-bun's columns (type, status, description, created_at,
// started_at, finished_at as 'YYYY-MM-DD HH:MM:SS' UTC) and Rulecast's
// (started_epoch, finished_epoch, host, resources). created_at is the start
// time: for an imported history, the task came into being when it ran.
class TaskWriter
{
public:
    explicit TaskWriter(const Database &db);
    ~TaskWriter();
    TaskWriter(const TaskWriter &) = delete;
    TaskWriter &operator=(const TaskWriter &) = delete;

    Status write(const TaskRow &row);
    Status write(const TaskRecord &record);
    qint64 written() const { return m_written; }

private:
    Status prepare();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QString m_prepareError;
    qint64 m_written = 0;
};

} // namespace rulecast
