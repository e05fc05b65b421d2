#include "storage/database.h"
#include "testsupport/faketranslator.h"
#include "testsupport/testsupport.h"

#include <QCoreApplication>

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rulecast;

namespace {
QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walAndForeignKeys()
    {
        test::TempDatabase tdb;
        QSqlDatabase db = tdb.db().connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        // Foreign keys really bite: an action for a rule that does not exist.
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO rule_actions (rule_id, action_type, action_data) VALUES (999, 'x', '{}')")));
    }

    void corruptFileIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not an SQLite database, just text that happens to be long enough\n").repeated(100));
        f.close();
        const QByteArray before = test::fileBytes(path);
        Result<Database> db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().startsWith(path), qPrintable(db.error()));
        QVERIFY2(db.error().contains(QStringLiteral("not a readable SQLite database")), qPrintable(db.error()));
        QVERIFY(!db.error().contains(u'\n'));
        QCOMPARE(test::fileBytes(path), before);
    }

    void truncatedDatabaseIsAClearError()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.db"));
        {
            Result<Database> db = Database::open(good);
            QVERIFY(db);
            db->closeThreadConnection();
        }
        // The SQLite header survives, the pages do not.
        QByteArray bytes = test::fileBytes(good);
        QVERIFY(bytes.size() > 8192);
        const QString cut = dir.filePath(QStringLiteral("cut.db"));
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(100) + QByteArray(4000, '\xff'));
        f.close();
        Result<Database> db = Database::open(cut);
        QVERIFY(!db);
        QVERIFY2(db.error().startsWith(cut), qPrintable(db.error()));
    }

    void directoryIsAClearError()
    {
        QTemporaryDir dir;
        Result<Database> db = Database::open(dir.path());
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("directory")), qPrintable(db.error()));
    }

    void missingFolderIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/x.db"));
        Result<Database> db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("does not exist")), qPrintable(db.error()));
        QVERIFY(!QFile::exists(path));
    }

    void onePerThreadConnection()
    {
        test::TempDatabase tdb;
        const QString mainName = tdb.db().connection().connectionName();
        QString workerName;
        int workerForeignKeys = -1;
        qint64 workerCount = -1;
        QThread *worker = QThread::create([&] {
            const auto close = qScopeGuard([&tdb] { tdb.db().closeThreadConnection(); });
            QSqlDatabase db = tdb.db().connection();
            workerName = db.connectionName();
            workerForeignKeys = scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt();
            {
                Transaction tx(db);
                QSqlQuery q(db);
                q.exec(QStringLiteral("INSERT INTO tasks (type, status, started_at) VALUES ('backup', 'completed', '2027-01-04 02:13:00')"));
                tx.commit();
            }
            workerCount = scalar(db, QStringLiteral("SELECT count(*) FROM tasks")).toLongLong();
        });
        worker->start();
        QVERIFY(worker->wait(20000));
        delete worker;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QCOMPARE(workerForeignKeys, 1); // every thread's connection is configured
        QCOMPARE(workerCount, 1);
        // The main thread's connection sees the worker's commit.
        QCOMPARE(scalar(tdb.db().connection(), QStringLiteral("SELECT count(*) FROM tasks")).toLongLong(), 1LL);
        // The same thread always gets the same connection.
        QCOMPARE(tdb.db().connection().connectionName(), mainName);
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TempDatabase tdb;
        QSqlDatabase db = tdb.db().connection();
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tasks (type, status) VALUES ('a', 'b')")));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tasks")).toInt(), 0);
        {
            Transaction tx(db);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tasks (type, status) VALUES ('a', 'b')")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tasks")).toInt(), 1);
    }

    void inMemoryDatabase()
    {
        Result<Database> db = Database::open(QStringLiteral(":memory:"));
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM tasks")).toInt(), 0);
        db->closeThreadConnection();
    }
    // "Cannot open the database" in the desktop app explains in the user's
    // language, naming the file and the folder.
    void openErrorsInTheUsersLanguage()
    {
        test::FakeTranslator german;
        german.add("Database", "%1: the folder %2 does not exist", QStringLiteral("%1: der Ordner %2 existiert nicht"))
            .add("Database", "%1: not a database file (it is a directory)",
                 QStringLiteral("%1: keine Datenbankdatei (es ist ein Ordner)"));
        QCoreApplication::installTranslator(&german);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/x.db"));
        QCOMPARE(Database::open(path).error(),
                 QStringLiteral("%1: der Ordner %2 existiert nicht").arg(path, dir.filePath(QStringLiteral("no/such/folder"))));
        QCOMPARE(Database::open(dir.path()).error(), dir.path() + QStringLiteral(": keine Datenbankdatei (es ist ein Ordner)"));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(Database::open(dir.path()).error(), dir.path() + QStringLiteral(": not a database file (it is a directory)"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
