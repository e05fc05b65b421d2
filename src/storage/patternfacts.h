#pragma once

#include "core/activitypattern.h"
#include "core/patternsimilarity.h"
#include "core/result.h"
#include "storage/database.h"

#include <QHash>
#include <QList>

namespace rulecast {

// What similarity needs beyond a pattern's own data, read from the tasks that
// are its evidence: the median run time (finished_epoch - started_epoch).
// Patterns without timed evidence get no entry.
Result<QHash<qint64, PatternFacts>> loadPatternFacts(const Database &db, const QList<ActivityPattern> &patterns);

} // namespace rulecast
