#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace rulecast {

// A copy of a database file, taken and put back with SQLite's online backup
// API. A job made of several use cases that each commit on their own (the
// demo pipeline) takes one first, so that Cancel or a failed step can put the
// database back exactly as it was. The backup API copies page by page under
// SQLite's locks, so other connections to the file (the GUI's) stay valid and
// see the restored content on their next query; a database in WAL mode stays
// in WAL mode. The copy lives in a temporary folder removed with the last
// handle.
class DatabaseSnapshot
{
public:
    static Result<DatabaseSnapshot> take(const QString &databasePath);

    // Writes the copy back over the database file's content.
    Status restore() const;

    const QString &databasePath() const { return m_databasePath; }

private:
    DatabaseSnapshot() = default;
    QString m_databasePath;
    QString m_copyPath;
    std::shared_ptr<QTemporaryDir> m_dir;
};

} // namespace rulecast
