#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace rulecast {

class Database;

// For a large load into `tasks`: drops the table's secondary indexes and
// triggers inside the caller's transaction and recreates them, from their
// own stored SQL, at finish(). Building an index once by sorting beats
// updating two indexes and testing a trigger on every inserted row; if the
// import fails, the rollback brings them back untouched.
class TaskBulkLoad
{
public:
    // Worth it only when the load is large against what the table holds
    // (rebuilding costs time for every existing row too).
    static bool worthwhile(qint64 expectedRows, qint64 existingRows);

    Status begin(const Database &db);
    Status finish(const Database &db);

private:
    QList<QString> m_recreate; // CREATE INDEX / CREATE TRIGGER statements
};

} // namespace rulecast
