// The rules of CLI.md that hold for every command, checked end to end.
#include "testsupport/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {
QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromLatin1(a);
    return out;
}
} // namespace

class TestCliGlobal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const CliRun run = runCli(args({"--version"}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("rulecast-cli " RULECAST_VERSION), run.out.constData());
    }

    void helpListsCommands()
    {
        const CliRun run = runCli(args({"--help"}));
        QCOMPARE(run.exitCode, 0);
        for (const char *c : {"migrate", "demo", "import"})
            QVERIFY2(run.out.contains(c), c);
    }

    void exitCodes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("migrate")}).exitCode, 0);
        // Usage: no command, unknown command, unknown flag.
        QCOMPARE(runCli({}).exitCode, 2);
        CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown command 'frobnicate'"));
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--dayz"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("dayz"), run.err.constData()); // names the flag
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("--output-format"), QStringLiteral("yaml"), QStringLiteral("migrate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--output-format: expected one of table|json|detailed, got 'yaml'"));
        // Failure.
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"),
                      dataFile(QStringLiteral("import/tasks-bad-date.csv"))});
        QCOMPARE(run.exitCode, 1);
    }

    void jsonIsExactlyOneDocument_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("migrate") << args({"migrate"});
        QTest::newRow("demo") << args({"demo", "--days", "2"});
        QTest::newRow("import") << QStringList({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                dataFile(QStringLiteral("import/tasks.csv"))});
    }
    void jsonIsExactlyOneDocument()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const CliRun run = runCli(QStringList({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.db")),
                                               QStringLiteral("--output-format"), QStringLiteral("json")})
                                  + command);
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError); // trailing text would be an error here
        QVERIFY(doc.isObject());
    }

    void missingDatabaseFolder()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("no/such/dir/x.db"));
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("migrate")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QString::fromUtf8(run.err).count(u'\n'), 1);
        QVERIFY2(run.err.contains("does not exist"), run.err.constData());
    }

    void corruptDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("corrupt.db"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("garbage, not SQLite. ").repeated(300));
        f.close();
        const QByteArray before = fileBytes(db);
        for (const QStringList &command : {args({"migrate"}), args({"demo", "--days", "2"}),
                                           QStringList({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                        dataFile(QStringLiteral("import/tasks.csv"))})}) {
            const CliRun run = runCli(QStringList({QStringLiteral("--db"), db}) + command);
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.out.isEmpty());
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(err.count(u'\n') == 1, qPrintable(err));
            QVERIFY2(err.startsWith(QStringLiteral("error: ") + db), qPrintable(err));
            QCOMPARE(fileBytes(db), before);
        }
    }

    void databaseIsADirectory()
    {
        QTemporaryDir dir;
        const CliRun run = runCli({QStringLiteral("--db"), dir.path(), QStringLiteral("migrate")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("directory"));
    }

    void badRowLeavesDatabaseByteIdentical()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"),
                         dataFile(QStringLiteral("import/tasks.csv"))})
                     .exitCode,
                 0);
        const QByteArray before = fileBytes(db);
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--format"),
                                   QStringLiteral("csv"), dataFile(QStringLiteral("import/tasks-bad-number.csv"))});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(fileBytes(db), before);
    }

    void databaseFromEnvironment()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("env.db"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RULECAST_DB"), db);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("RULECAST_CLI"), {QStringLiteral("migrate")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(db));
    }
};

QTEST_GUILESS_MAIN(TestCliGlobal)
#include "tst_cliglobal.moc"
