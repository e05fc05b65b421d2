#pragma once

#include <QString>

namespace rulecast {

// The database both front ends open when no --db is given: $RULECAST_DB, else
// rulecast.db in the application-data folder (created on demand). One rule
// for the CLI and the desktop app, so both see the same history by default.
// Call after QCoreApplication's application and organization names are set.
QString defaultDatabasePath();

} // namespace rulecast
