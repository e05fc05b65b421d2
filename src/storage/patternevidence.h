#pragma once

#include "core/result.h"
#include "core/taskrecord.h"
#include "storage/database.h"

#include <QList>

namespace rulecast {

// The tasks a pattern names as its evidence (id, type, status, start), in
// start order. Ids whose task is gone (pruned, re-imported) are skipped: a
// pattern outlives the rows it was learned from.
Result<QList<TaskRecord>> loadEvidenceTasks(const Database &db, const QList<qint64> &ids);

} // namespace rulecast
