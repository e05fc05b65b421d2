#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace rulecast::test {

// Path of a fixture in tests/data.
QString dataFile(const QString &name);

// ../shared/data next to the checkout (the real NASA trace and cron lists);
// empty when not present, so tests that need it can QSKIP with a reason.
QString sharedDataFile(const QString &name);

// A migrated database in a fresh temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    const QString &path() const { return m_path; }
    Database &db() { return *m_db; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// The bytes of a file, to prove a failed operation left it byte-identical.
QByteArray fileBytes(const QString &path);

// Runs rulecast-cli (path from $RULECAST_CLI, set by ctest) and captures both streams.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CliRun runCli(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 120000);

} // namespace rulecast::test
