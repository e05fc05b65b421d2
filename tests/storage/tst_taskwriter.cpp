#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/taskwriter.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {
QStringList schemaOfTasks(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'tasks' AND sql IS NOT NULL "
                          "AND type IN ('index', 'trigger') ORDER BY name"));
    while (q.next())
        out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    return out;
}

QStringList rows(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, status, host, description, created_at, started_at, finished_at, started_epoch, "
                          "finished_epoch, cpu_percent, memory_mb, disk_mb, network_mbps FROM tasks ORDER BY id"));
    while (q.next()) {
        QStringList v;
        for (int i = 0; i < 13; ++i)
            v << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << v.join(u'|');
    }
    return out;
}
} // namespace

class TestTaskWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesBananaBunAndRulecastColumns()
    {
        TempDatabase tdb;
        {
            Transaction tx(tdb.db().connection());
            TaskWriter writer(tdb.db());
            TaskRecord done;
            done.type = QStringLiteral("transcode");
            done.status = QStringLiteral("completed");
            done.host = QStringLiteral("media");
            done.description = QStringLiteral("épisode 1");
            done.startedAt = 1799028780;
            done.finishedAt = 1799028780 + 2700;
            done.cpuPercent = 185.5;
            done.memoryMb = 2048;
            QVERIFY(writer.write(done));
            TaskRow running;
            running.type = "download";
            running.status = "running";
            running.startedAt = -1; // 1969-12-31 23:59:59, before the epoch
            QVERIFY(writer.write(running));
            QCOMPARE(writer.written(), 2);
            QVERIFY(tx.commit());
        }
        QCOMPARE(rows(tdb.db()),
                 QStringList({QStringLiteral("transcode|completed|media|épisode 1|2027-01-04 02:13:00|2027-01-04 02:13:00|"
                                             "2027-01-04 02:58:00|1799028780|1799031480|185.5|2048|NULL|NULL"),
                              QStringLiteral("download|running|NULL|NULL|1969-12-31 23:59:59|1969-12-31 23:59:59|NULL|-1|NULL|NULL|NULL|NULL|NULL")}));
        // SQLite reads our text times the way banana-bun's queries do.
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT CAST(strftime('%s', started_at) AS INTEGER) = started_epoch, "
                                      "(julianday(finished_at) - julianday(started_at)) * 1440 FROM tasks WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(qRound(q.value(1).toDouble()), 45);
    }

    void refusesToWriteOutsideATransaction()
    {
        TempDatabase tdb;
        TaskWriter writer(tdb.db());
        TaskRow row;
        row.type = "backup";
        row.status = "completed";
        const Status s = writer.write(row);
        QVERIFY(!s);
        QCOMPARE(s.error(), QStringLiteral("task rows are written only inside a transaction"));
        QCOMPARE(rows(tdb.db()).size(), 0);
    }

    void bulkLoadRebuildsIndexesAndTriggers()
    {
        TempDatabase tdb;
        const QStringList before = schemaOfTasks(tdb.db());
        QVERIFY(before.size() >= 3); // the epoch index, two triggers
        {
            Transaction tx(tdb.db().connection());
            TaskBulkLoad bulk;
            QVERIFY(bulk.begin(tdb.db()));
            QVERIFY(schemaOfTasks(tdb.db()).isEmpty());
            TaskWriter writer(tdb.db());
            TaskRow row;
            row.type = "backup";
            row.status = "completed";
            for (int i = 0; i < 1000; ++i) {
                row.startedAt = 1799028780 + i * 60;
                QVERIFY(writer.write(row));
            }
            QVERIFY(bulk.finish(tdb.db()));
            QVERIFY(tx.commit());
        }
        QCOMPARE(schemaOfTasks(tdb.db()), before);
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tasks INDEXED BY idx_tasks_started_epoch WHERE started_epoch >= 1799028780 + 500 * 60")) && q.next());
        QCOMPARE(q.value(0).toInt(), 500);
    }

    void bulkLoadRollsBackWithTheImport()
    {
        TempDatabase tdb;
        const QStringList before = schemaOfTasks(tdb.db());
        {
            Transaction tx(tdb.db().connection());
            TaskBulkLoad bulk;
            QVERIFY(bulk.begin(tdb.db()));
            // no commit: the import failed
        }
        QCOMPARE(schemaOfTasks(tdb.db()), before);
        QVERIFY(TaskBulkLoad::worthwhile(1000000, 0));
        QVERIFY(!TaskBulkLoad::worthwhile(100, 0));
        QVERIFY(!TaskBulkLoad::worthwhile(60000, 1000000));
    }
};

QTEST_GUILESS_MAIN(TestTaskWriter)
#include "tst_taskwriter.moc"
