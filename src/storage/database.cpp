#include "database.h"

#include "migrations.h"
#include "core/phrase.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

// Debug output only on request (QT_LOGGING_RULES="rulecast.storage.debug=true"):
// stderr belongs to the CLI's one-line errors.
Q_LOGGING_CATEGORY(lcStorage, "rulecast.storage", QtWarningMsg)

namespace rulecast {

namespace {

// A non-database file opens fine and fails on the first read: read first so
// the error is about the file, before any pragma can write to it. WAL is a
// property of the file, set once here.
Status checkAndSetJournal(QSqlDatabase &db, bool inMemory)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Status::failure(q.lastError().databaseText().isEmpty()
                                   ? q.lastError().text()
                                   : q.lastError().databaseText());
    if (!inMemory && !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return Status::failure(q.lastError().text());
    return Status::success();
}

// Per-connection settings: every thread's connection needs them, not only
// the first one (foreign keys are off by default in each new connection).
// Failures only go to the debug log: on a damaged file they fail, and
// Database::open reports that file as one clear error right after.
void applyConnectionPragmas(QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const char *p : {"PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000", "PRAGMA synchronous=NORMAL"}) {
        if (!q.exec(QString::fromLatin1(p)))
            qCDebug(lcStorage) << p << "failed:" << q.lastError().text();
    }
}

} // namespace

Result<Database> Database::open(const QString &path, bool migrate)
{
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            return Result<Database>::failure(
                phrase("Database", QT_TRANSLATE_NOOP("Database", "%1: not a database file (it is a directory)")).arg(path));
        if (info.exists() && !info.isReadable())
            return Result<Database>::failure(phrase("Database", QT_TRANSLATE_NOOP("Database", "%1: cannot read the file (permission denied)")).arg(path));
        if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
            return Result<Database>::failure(
                phrase("Database", QT_TRANSLATE_NOOP("Database", "%1: the folder %2 does not exist")).arg(path, info.absolutePath()));
    }
    Database db(path);
    Status checked;
    {
        QSqlDatabase conn = db.connection();
        if (!conn.isOpen())
            checked = Status::failure(phrase("Database", QT_TRANSLATE_NOOP("Database", "%1: cannot open: %2")).arg(path, conn.lastError().text()));
        else if (const Status s = checkAndSetJournal(conn, path == QLatin1String(":memory:")); !s)
            checked = Status::failure(phrase("Database", QT_TRANSLATE_NOOP("Database", "%1: not a readable SQLite database (%2)")).arg(path, s.error()));
    }
    if (!checked) {
        db.closeThreadConnection();
        return Result<Database>::failure(checked.error());
    }
    if (migrate) {
        QSqlDatabase conn = db.connection();
        if (const Status s = Migrations::migrate(conn); !s)
            return Result<Database>::failure(QStringLiteral("%1: %2").arg(path, s.error()));
    }
    return db;
}

QString Database::connectionName() const
{
    // One name per (file, thread); in-memory databases are per thread anyway.
    const QByteArray key = m_path.toUtf8() + '#'
                           + QByteArray::number(quintptr(QThread::currentThreadId()));
    return QStringLiteral("rulecast-")
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isOpen() && db.open())
            applyConnectionPragmas(db);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (!db.open())
        qCDebug(lcStorage) << "cannot open" << m_path << db.lastError().text();
    else
        applyConnectionPragmas(db);
    return db;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void *Database::sqliteHandle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? phrase("Database", QT_TRANSLATE_NOOP("Database", "no transaction")) : m_error);
    if (!m_db.commit()) {
        const QString err = m_db.lastError().text();
        m_db.rollback();
        m_active = false;
        return Status::failure(err);
    }
    m_active = false;
    return Status::success();
}

} // namespace rulecast
