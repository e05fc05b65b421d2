#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace rulecast::test {

QString dataFile(const QString &name)
{
    return QStringLiteral(RULECAST_TEST_DATA_DIR "/") + name;
}

QString sharedDataFile(const QString &name)
{
    QString base = qEnvironmentVariable("RULECAST_SHARED_DATA");
    if (base.isEmpty())
        base = QStringLiteral(RULECAST_TEST_DATA_DIR "/../../../shared/data");
    const QString path = QDir(base).filePath(name);
    return QFileInfo::exists(path) ? path : QString();
}

TempDatabase::TempDatabase()
{
    m_path = m_dir.filePath(QStringLiteral("test.db"));
    Result<Database> db = Database::open(m_path);
    if (!db)
        qFatal("cannot create test database: %s", qPrintable(db.error()));
    m_db = std::make_unique<Database>(db.value());
}

TempDatabase::~TempDatabase()
{
    if (m_db)
        m_db->closeThreadConnection();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

CliRun runCli(const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    CliRun run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RULECAST_DB"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("RULECAST_CLI"), args);
    if (!p.waitForStarted(10000))
        return run;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace rulecast::test
