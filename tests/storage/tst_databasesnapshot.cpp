#include "storage/databasesnapshot.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

QStringList rows(const Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, type FROM tasks ORDER BY id"));
    while (q.next())
        out << q.value(0).toString() + u' ' + q.value(1).toString();
    return out;
}

bool exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

} // namespace

class TestDatabaseSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restorePutsBackEveryPageWhileAnotherConnectionIsOpen()
    {
        TempDatabase tmp;
        QVERIFY(exec(tmp.db(), QStringLiteral("INSERT INTO tasks (type, status) VALUES ('backup', 'completed')")));
        const QStringList before = rows(tmp.db());
        const QByteArray schemaBefore = [&] {
            QSqlQuery q(tmp.db().connection());
            q.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master"));
            return q.next() ? q.value(0).toByteArray() : QByteArray();
        }();

        const Result<DatabaseSnapshot> snapshot = DatabaseSnapshot::take(tmp.path());
        QVERIFY2(snapshot, qPrintable(snapshot.error()));
        // Changes through the still-open connection: rows, a table, a deletion.
        QVERIFY(exec(tmp.db(), QStringLiteral("INSERT INTO tasks (type, status) VALUES ('sync', 'completed')")));
        QVERIFY(exec(tmp.db(), QStringLiteral("DELETE FROM tasks WHERE type = 'backup'")));
        QVERIFY(exec(tmp.db(), QStringLiteral("CREATE TABLE extra (x)")));
        QVERIFY(rows(tmp.db()) != before);

        const Status restored = snapshot->restore();
        QVERIFY2(restored, qPrintable(restored.error()));
        // The same connection reads the old content, and the file stays in WAL mode.
        QCOMPARE(rows(tmp.db()), before);
        QSqlQuery q(tmp.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")) && q.next());
        QCOMPARE(q.value(0).toByteArray(), schemaBefore);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish(); // an unfinished statement is a reader: the copy would wait for it
        // A snapshot can be restored more than once.
        QVERIFY(exec(tmp.db(), QStringLiteral("DELETE FROM tasks")));
        QVERIFY(snapshot->restore());
        QCOMPARE(rows(tmp.db()), before);
    }

    void aMissingFolderIsAnError()
    {
        const Result<DatabaseSnapshot> snapshot = DatabaseSnapshot::take(QStringLiteral("/nonexistent/folder/x.db"));
        QVERIFY(!snapshot);
        QVERIFY2(snapshot.error().contains(QLatin1String("/nonexistent/folder/x.db")), qPrintable(snapshot.error()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSnapshot)
#include "tst_databasesnapshot.moc"
