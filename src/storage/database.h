#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace rulecast {

// A handle on one database file. Each thread gets its own named QtSql
// connection (Elisa's habit): QSqlDatabase objects must not cross threads.
// Opening also applies WAL, foreign keys and a busy timeout, and proves the
// file really is an SQLite database so a corrupt file is an error, not a crash.
class Database
{
public:
    // Opens (creating if missing) and migrates the database at `path`.
    // ":memory:" gives a private in-memory database (tests).
    static Result<Database> open(const QString &path, bool migrate = true);

    // The connection for the calling thread, opened on first use.
    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }

    // Closes this thread's connection (before the file is removed or replaced).
    void closeThreadConnection() const;

    // Raw sqlite3* of this thread's connection, for bulk paths that cannot
    // afford a QVariant per value (see ARCHITECTURE.md's measurements).
    void *sqliteHandle() const;

private:
    explicit Database(QString path) : m_path(std::move(path)) {}
    QString connectionName() const;
    QString m_path;
};

// Closes the calling thread's connection when it goes out of scope. Use cases
// run on pool threads that are reused: a connection left open would be
// inherited by the next job on that thread (and keep the file busy).
class ThreadConnectionCloser
{
public:
    explicit ThreadConnectionCloser(const Database &db) : m_db(db) {}
    ~ThreadConnectionCloser() { m_db.closeThreadConnection(); }
    ThreadConnectionCloser(const ThreadConnectionCloser &) = delete;
    ThreadConnectionCloser &operator=(const ThreadConnectionCloser &) = delete;

private:
    const Database &m_db;
};

// RAII transaction: rolls back unless commit() succeeded, so every early
// return leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace rulecast
