#include "importtesting.h"

#include "storage/commandprogram.h"

using namespace rulecast;
using namespace rulecast::test;

class TestSyslogImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classicWithYearRollsOver()
    {
        TempDatabase tdb;
        ImportOptions options;
        options.syslogYear = 2026;
        const Result<ImportCounts> counts =
            importInto(tdb.db(), &importSyslog, dataFile(QStringLiteral("import/syslog-classic.log")), options);
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->tasks, 3);
        QCOMPARE(counts->skipped, 3); // pam session, systemd, CMDEND
        QCOMPARE(taskRows(tdb.db()),
                 QStringList({
                     QStringLiteral("backup|started|nas|2026-12-31 23:59:01||1798761541||||||(root) /usr/local/bin/backup --full > /dev/null 2>&1"),
                     // Dec -> Jan: the next year; cd/nice preludes skipped.
                     QStringLiteral("rsync|started|nas|2027-01-01 00:05:01||1798761901||||||(media) cd /srv/media && nice -n 10 /usr/bin/rsync -a src/ dst/"),
                     QStringLiteral("run-parts|started|nas|2027-01-01 00:17:01||1798762621||||||(root) cd / && run-parts --report /etc/cron.hourly"),
                 }));
    }

    void classicYearFromModificationTime()
    {
        TempDatabase tdb;
        const QString path = tdb.dir() + QStringLiteral("/syslog");
        QVERIFY(QFile::copy(dataFile(QStringLiteral("import/syslog-classic.log")), path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Written on 2027-01-01 01:00 UTC: the December line is from 2026.
        QVERIFY(f.setFileTime(QDateTime(QDate(2027, 1, 1), QTime(1, 0), Qt::UTC), QFileDevice::FileModificationTime));
        f.close();
        const Result<ImportCounts> counts = importInto(tdb.db(), &importSyslog, path);
        QVERIFY2(counts, qPrintable(counts.error()));
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT started_at FROM tasks ORDER BY id")));
        QStringList starts;
        while (q.next())
            starts << q.value(0).toString();
        QCOMPARE(starts, QStringList({QStringLiteral("2026-12-31 23:59:01"), QStringLiteral("2027-01-01 00:05:01"),
                                      QStringLiteral("2027-01-01 00:17:01")}));
    }

    void journalShortIso()
    {
        TempDatabase tdb;
        const Result<ImportCounts> counts =
            importInto(tdb.db(), &importSyslog, dataFile(QStringLiteral("import/journal-short-iso.log")));
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->tasks, 2);
        QCOMPARE(counts->skipped, 2);
        QCOMPARE(taskRows(tdb.db()),
                 QStringList({
                     QStringLiteral("backup|started|nas|2026-11-27 01:13:01||1795741981||||||(root) /usr/local/bin/backup --full"),
                     QStringLiteral("transcribe.sh|started|media|2026-11-27 02:30:00||1795746600||||||(media) MODE=fast /opt/whisper/transcribe.sh inbox"),
                 }));
    }

    void cronie()
    {
        TempDatabase tdb;
        ImportOptions options;
        options.syslogYear = 2026;
        const Result<ImportCounts> counts = importInto(tdb.db(), &importSyslog, dataFile(QStringLiteral("import/cronie.log")), options);
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->tasks, 2);
        QCOMPARE(counts->skipped, 1);
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT type, host FROM tasks ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sa1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("fedora"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("borg-backup")); // flock and its lock file skipped
    }

    void badTimestamp()
    {
        const QString bad = dataFile(QStringLiteral("import/syslog-bad.log"));
        verifyRejected(&importSyslog, bad,
                       bad + QStringLiteral(":2: field 'timestamp': expected 'Mon DD HH:MM:SS' or an ISO-8601 time, got "
                                            "'2026-13-27T02:13:01Z'"));
    }

    void programOfCommands_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("program");
        QTest::newRow("plain") << QStringLiteral("/usr/bin/backup --x") << QStringLiteral("backup");
        QTest::newRow("env") << QStringLiteral("A=1 B=2 /opt/x/run.sh") << QStringLiteral("run.sh");
        QTest::newRow("cd") << QStringLiteral("cd /srv && ./cleanup.sh") << QStringLiteral("cleanup.sh");
        QTest::newRow("test") << QStringLiteral("test -x /usr/sbin/anacron || /usr/sbin/anacron -s") << QStringLiteral("anacron");
        QTest::newRow("timeout") << QStringLiteral("timeout 5m /usr/bin/rsync -a") << QStringLiteral("rsync");
        QTest::newRow("sh -c") << QStringLiteral("sh -c \"/usr/bin/fetch --all\"") << QStringLiteral("fetch");
        QTest::newRow("ionice") << QStringLiteral("ionice -c3 nice /usr/bin/updatedb") << QStringLiteral("updatedb");
    }
    void programOfCommands()
    {
        QFETCH(QString, command);
        QFETCH(QString, program);
        const QByteArray utf8 = command.toUtf8();
        const std::string_view p = importdetail::programOf(std::string_view(utf8.constData(), size_t(utf8.size())));
        QCOMPARE(QString::fromUtf8(p.data(), qsizetype(p.size())), program);
    }
};

QTEST_GUILESS_MAIN(TestSyslogImporter)
#include "tst_syslogimporter.moc"
