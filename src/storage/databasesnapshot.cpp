#include "databasesnapshot.h"
#include "core/phrase.h"

#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

namespace rulecast {

namespace {

// A writer holding the file for longer than this (each step waits through
// SQLite's busy handler) makes the copy fail with a message, not hang.
constexpr int kBusyTimeoutMs = 5000;
constexpr int kMaxBusyRetries = 3;

struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
};

Status openFile(const QString &path, int flags, Handle &h)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &h.db, flags, nullptr) != SQLITE_OK)
        return Status::failure(phrase("DatabaseSnapshot", QT_TRANSLATE_NOOP("DatabaseSnapshot", "%1: cannot open: %2")).arg(path, QString::fromUtf8(sqlite3_errmsg(h.db))));
    sqlite3_busy_timeout(h.db, kBusyTimeoutMs);
    return Status::success();
}

// Copies the whole of `from` into `to` (both paths), retrying while another
// connection holds a lock.
Status copyDatabase(const QString &from, const QString &to, int toFlags)
{
    Handle source, dest;
    if (const Status s = openFile(from, SQLITE_OPEN_READWRITE, source); !s)
        return s;
    if (const Status s = openFile(to, toFlags, dest); !s)
        return s;
    sqlite3_backup *backup = sqlite3_backup_init(dest.db, "main", source.db, "main");
    if (!backup)
        return Status::failure(phrase("DatabaseSnapshot", QT_TRANSLATE_NOOP("DatabaseSnapshot", "%1: cannot copy to %2: %3"))
                                   .arg(from, to, QString::fromUtf8(sqlite3_errmsg(dest.db))));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < kMaxBusyRetries; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Status::failure(phrase("DatabaseSnapshot", QT_TRANSLATE_NOOP("DatabaseSnapshot", "%1: cannot copy to %2: %3")).arg(from, to, QString::fromUtf8(sqlite3_errstr(rc))));
    return Status::success();
}

} // namespace

Result<DatabaseSnapshot> DatabaseSnapshot::take(const QString &databasePath)
{
    DatabaseSnapshot snapshot;
    snapshot.m_databasePath = databasePath;
    snapshot.m_dir = std::make_shared<QTemporaryDir>();
    if (!snapshot.m_dir->isValid())
        return Result<DatabaseSnapshot>::failure(
            phrase("DatabaseSnapshot", QT_TRANSLATE_NOOP("DatabaseSnapshot", "cannot create a temporary folder for a copy of %1: %2")).arg(databasePath, snapshot.m_dir->errorString()));
    snapshot.m_copyPath = snapshot.m_dir->filePath(QStringLiteral("snapshot.db"));
    if (const Status s = copyDatabase(databasePath, snapshot.m_copyPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !s)
        return Result<DatabaseSnapshot>::failure(s.error());
    return snapshot;
}

Status DatabaseSnapshot::restore() const
{
    if (m_copyPath.isEmpty())
        return Status::failure(phrase("DatabaseSnapshot", QT_TRANSLATE_NOOP("DatabaseSnapshot", "no snapshot was taken")));
    return copyDatabase(m_copyPath, m_databasePath, SQLITE_OPEN_READWRITE);
}

} // namespace rulecast
