#include "../report/reportfixture.h"

#include "testsupport/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

class TestReportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TempDatabase m_db;
    ReportFixture m_fixture;

    CliRun report(const QStringList &args, bool json = false)
    {
        QStringList all{QStringLiteral("--db"), m_db.path()};
        if (json)
            all << QStringLiteral("--output-format") << QStringLiteral("json");
        all << QStringLiteral("report") << args;
        return runCli(all);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("report.conf")).toUtf8());
        m_fixture.build(m_db.path());
    }

    void pdfWithJson()
    {
        const QString out = m_dir.filePath(QStringLiteral("r.pdf"));
        const CliRun run = report({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out}, true);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("file")).toString(), out);
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("pdf"));
        QVERIFY(o.value(QLatin1String("pages")).toInt() >= 5);
        const QJsonArray sections = o.value(QLatin1String("sections")).toArray();
        QCOMPARE(sections.first().toString(), QStringLiteral("summary"));
        QVERIFY(sections.contains(QStringLiteral("upcoming_predictions")));
        QVERIFY(fileBytes(out).startsWith("%PDF-"));
        QCOMPARE(o.value(QLatin1String("bytes")).toInteger(), QFileInfo(out).size());

        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            return;
        QProcess p;
        p.start(pdfinfo, {out});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(o.value(QLatin1String("pages")).toInt()))));
    }

    // Cron jobs and containers often have no XDG_RUNTIME_DIR: the fonts the
    // PDF needs must not cost a Qt warning on stderr, nor the folder be left behind.
    void noRuntimeDirWarningWithoutXdgRuntimeDir()
    {
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        const QByteArray savedTmp = qgetenv("TMPDIR");
        QTemporaryDir tmp;
        qunsetenv("XDG_RUNTIME_DIR");
        qputenv("TMPDIR", tmp.path().toUtf8());
        const QString out = m_dir.filePath(QStringLiteral("no-runtime.pdf"));
        const CliRun run = report({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
        if (saved.isNull())
            qunsetenv("XDG_RUNTIME_DIR");
        else
            qputenv("XDG_RUNTIME_DIR", saved);
        if (savedTmp.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", savedTmp);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.err.contains("XDG_RUNTIME_DIR"), run.err.constData());
        QVERIFY2(!run.err.contains("QStandardPaths"), run.err.constData());
        QVERIFY(fileBytes(out).startsWith("%PDF-"));
        // The private runtime folder went with the process.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void csvAndHtmlInTableMode()
    {
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("html")}) {
            const QString out = m_dir.filePath(QStringLiteral("r.") + format);
            const CliRun run = report({QStringLiteral("--format"), format, QStringLiteral("--out"), out});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(run.out.startsWith(QByteArray("Wrote " + out.toUtf8())), run.out.constData());
            QVERIFY(!run.out.contains("pages"));
            QVERIFY(QFileInfo(out).size() > 1000);
        }
        QVERIFY(fileBytes(m_dir.filePath(QStringLiteral("r.csv"))).contains("section,calibration\r\n"));
    }

    void emptyDatabaseStillWritesAReport()
    {
        TempDatabase empty;
        const QString out = m_dir.filePath(QStringLiteral("empty.pdf"));
        const CliRun run = runCli({QStringLiteral("--db"), empty.path(), QStringLiteral("report"), QStringLiteral("--format"),
                                   QStringLiteral("pdf"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Not in the database yet"));
        QVERIFY(run.out.contains("No task history"));
        QVERIFY(fileBytes(out).startsWith("%PDF-"));
    }

    void usageErrors()
    {
        const QString out = m_dir.filePath(QStringLiteral("u.pdf"));
        CliRun run = report({QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--format"), run.err.constData());
        run = report({QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("pdf") && run.err.contains("csv"), run.err.constData());
        run = report({QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--out"), run.err.constData());
        run = report({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out,
                      QStringLiteral("--conflict-days"), QStringLiteral("99")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--conflict-days"));
        QVERIFY(!QFile::exists(out));
    }

    void unwritablePathFailsWithOneLine()
    {
        const QString out = m_dir.filePath(QStringLiteral("no-such-folder/r.pdf"));
        const CliRun run = report({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out}, true);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty()); // no JSON document on failure
        QVERIFY2(run.err.contains(out.toUtf8()), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void helpShowsExamples()
    {
        const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--format"));
        QVERIFY(run.out.contains("rulecast-cli report --format pdf --out"));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
