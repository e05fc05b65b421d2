#pragma once

// Shared by the importer tests: run one importer the way the import use case
// does (one transaction, commit on success) and read back what it wrote.
#include "storage/database.h"
#include "storage/importer.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

namespace rulecast::test {

inline Result<ImportCounts> importInto(Database &db, ImporterFunction importer, const QString &file,
                                       const ImportOptions &options = {}, const Progress &progress = {})
{
    Result<ImportCounts> counts = ImportCounts{};
    {
        Transaction tx(db.connection());
        counts = importer(file, options, db, progress);
        if (counts) {
            if (const Status s = tx.commit(); !s)
                return Result<ImportCounts>::failure(s.error());
        }
    }
    return counts;
}

// "type|status|host|started_at|finished_at|started_epoch|finished_epoch|cpu|memory|disk|network|description"
inline QStringList taskRows(Database &db, const QString &where = {})
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, status, host, started_at, finished_at, started_epoch, finished_epoch, "
                          "cpu_percent, memory_mb, disk_mb, network_mbps, description FROM tasks %1 ORDER BY id")
               .arg(where));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < 12; ++i)
            values << (q.value(i).isNull() ? QString() : q.value(i).toString());
        rows << values.join(u'|');
    }
    return rows;
}

inline qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// Imports a bad file into a database holding some rows and proves the
// failure names what it should and that the file is byte-identical after.
inline void verifyRejected(ImporterFunction importer, const QString &fixture, const QString &expectedError,
                           const ImportOptions &options = {})
{
    TempDatabase tdb;
    {
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tasks (type, status, started_at) VALUES ('existing', 'completed', "
                                      "'2026-01-01 00:00:00')")));
    }
    tdb.db().closeThreadConnection();
    const QByteArray before = fileBytes(tdb.path());
    QVERIFY(!before.isEmpty());
    const Result<ImportCounts> counts = importInto(tdb.db(), importer, fixture, options);
    QVERIFY2(!counts, "the import should have failed");
    QCOMPARE(counts.error(), expectedError);
    tdb.db().closeThreadConnection();
    QCOMPARE(fileBytes(tdb.path()), before);
    QCOMPARE(countRows(tdb.db(), QStringLiteral("tasks")), 1);
}

} // namespace rulecast::test
