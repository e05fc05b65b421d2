#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace rulecast {

// Versioned schema steps. Version 0 is an empty file or a banana-bun database
// that Rulecast has never opened; each step runs in its own transaction and
// records its number in `rulecast_schema_version`, so a failed step leaves the
// file at the previous version. Steps are written to be correct on top of any
// banana-bun database: tables are created if missing and missing columns are
// added, existing rows are never rewritten except to fill Rulecast's own columns.
class Migrations
{
public:
    static int latestVersion();
    // 0 when the version table does not exist yet.
    static int currentVersion(const QSqlDatabase &db);
    // Upgrades to `target` (default: latest). Refuses a file newer than this build.
    static Status migrate(QSqlDatabase &db, int target = -1);
};

} // namespace rulecast
