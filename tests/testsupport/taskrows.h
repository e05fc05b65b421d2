#pragma once

#include "core/result.h"
#include "core/taskrecord.h"
#include "storage/database.h"

#include <QList>

#include <optional>

namespace rulecast::test {

// A task for a fixture. `durationSeconds` < 0 leaves it unfinished; a NaN
// resource stays NULL in the database.
TaskRecord makeTask(const QString &type, qint64 startedAt, qint64 durationSeconds = 60,
                    const QString &status = QStringLiteral("completed"), const QString &host = {});

// Writes tasks with plain SQL in one transaction (both the text times, as
// banana-bun stores them, and the epoch columns). insertTaskWithoutStart
// adds a task with NULL times, as a pending banana-bun task has.
Status insertTasks(const Database &db, const QList<TaskRecord> &tasks);
Status insertTaskWithoutStart(const Database &db, const QString &type, const QString &status);

} // namespace rulecast::test
