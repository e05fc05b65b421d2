#pragma once

#include "core/result.h"
#include "core/taskrecord.h"
#include "storage/database.h"

#include <vector>

namespace rulecast {

// Bulk read of task history for analysis. Goes through the sqlite3 C API on
// the integer started_epoch column (indexed): no QVariant per value, no text
// time parsing, and one shared string per task type — about what SQLite
// itself needs to step through the rows.
class TaskReader
{
public:
    explicit TaskReader(const Database &db) : m_db(db) {}

    // From this many rows on, a read is split in two halves read at once on
    // two connections (below it a second thread costs more than it saves).
    static constexpr qint64 kParallelRows = 100'000;

    // Tasks that started in [from, until), ordered by start time then id.
    // `withText` also fills status, host and description (analysis needs none).
    Result<std::vector<TaskRecord>> read(qint64 from, qint64 until, bool withText = false) const;

private:
    const Database &m_db;
};

} // namespace rulecast
