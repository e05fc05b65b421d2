// The seed's phase 3 guide (../shared/docs/seed-phase3-guide.md) is a
// contract: every `bun run …` example in it must work as written with
// rulecast-cli in its place, on a demo database, in the order the guide lists
// them, and its sqlite3 troubleshooting queries must find rows.
#include "storage/database.h"
#include "testsupport/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

struct GuideStep
{
    int line = 0;
    QString text;
    bool sql = false;    // a sqlite3 query, else a command
    QStringList args;    // the command's arguments after `bun run`
    QString query;       // the query of a sqlite3 line
};

QList<GuideStep> guideSteps(const QString &path)
{
    QList<GuideStep> steps;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return steps;
    static const QRegularExpression sqlite(QStringLiteral("^sqlite3 \\S+ \"(.*)\"$"));
    bool inBash = false;
    int n = 0;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        ++n;
        if (line.startsWith(QLatin1String("```"))) {
            inBash = !inBash && line == QLatin1String("```bash");
            continue;
        }
        if (!inBash)
            continue;
        GuideStep step;
        step.line = n;
        step.text = line;
        if (line.startsWith(QLatin1String("bun run "))) {
            step.args = QProcess::splitCommand(line.mid(8));
            steps << step;
        } else if (const QRegularExpressionMatch m = sqlite.match(line); m.hasMatch()) {
            step.sql = true;
            step.query = m.captured(1);
            steps << step;
        }
    }
    return steps;
}

} // namespace

class TestSeedGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExampleWorksOnADemoDatabase()
    {
        const QString guide = sharedDataFile(QStringLiteral("../docs/seed-phase3-guide.md"));
        if (!QFile::exists(guide))
            QSKIP("the shared seed guide is not next to this checkout");
        const QList<GuideStep> steps = guideSteps(guide);
        QVERIFY2(steps.size() >= 20, qPrintable(QStringLiteral("only %1 examples found").arg(steps.size())));

        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("banana-bun.db"));
        const CliRun demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());

        int commands = 0, queries = 0;
        for (const GuideStep &step : steps) {
            const QString where = QStringLiteral("guide line %1: %2").arg(step.line).arg(step.text);
            if (!step.sql) {
                const CliRun run = runCli(QStringList({QStringLiteral("--db"), db}) + step.args);
                QVERIFY2(run.exitCode == 0, qPrintable(where + QStringLiteral("\n") + QString::fromUtf8(run.err)));
                QVERIFY2(!run.out.trimmed().isEmpty(), qPrintable(where + QStringLiteral(": printed nothing")));
                ++commands;
                continue;
            }
            Result<Database> opened = Database::open(db);
            QVERIFY2(opened, qPrintable(opened.error()));
            {
                QSqlQuery q(opened->connection());
                QVERIFY2(q.exec(step.query), qPrintable(where));
                QVERIFY2(q.next(), qPrintable(where + QStringLiteral(": no rows")));
            }
            opened->closeThreadConnection();
            ++queries;
        }
        QVERIFY(commands >= 18);
        QCOMPARE(queries, 2);
    }
};

QTEST_GUILESS_MAIN(TestSeedGuide)
#include "tst_seedguide.moc"
