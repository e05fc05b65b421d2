// How a million-row CSV import compares with SQLite's own `.import` of the
// same file (goal: at most 2x). Run by hand: ./build/bench/bench_import [ROWS]
#include "app/importusecase.h"
#include "core/timeformat.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace rulecast;

namespace {

// A plausible history: a dozen types, hosts, UTC ISO times with 'Z',
// resource figures, some unfinished rows.
void writeCsv(const QString &path, int rows)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    static const char *const types[] = {"backup", "transcode", "download", "transcribe", "summarize", "sync-photos",
                                        "weekly-report", "cleanup", "thumbnail", "index", "fetch-mail", "rotate-logs"};
    static const char *const hosts[] = {"nas", "media", "gpu-box", "laptop"};
    QByteArray buffer = "type,started_at,finished_at,status,host,cpu_percent,memory_mb,disk_mb,network_mbps\n";
    qint64 t = 1799028780;
    quint64 x = 88172645463325252ULL;
    char started[32], finished[32];
    for (int i = 0; i < rows; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        t += qint64(x % 60);
        timeformat::writeSqlTime(t, started);
        started[10] = 'T';
        started[19] = 'Z';
        started[20] = 0;
        const bool done = x % 50 != 0;
        if (done) {
            timeformat::writeSqlTime(t + qint64(x % 3600), finished);
            finished[10] = 'T';
            finished[19] = 'Z';
            finished[20] = 0;
        } else {
            finished[0] = 0;
        }
        char line[256];
        const int n = std::snprintf(line, sizeof line, "%s,%s,%s,%s,%s,%.1f,%d,%d,%.2f\n", types[x % 12], started, finished,
                                    done ? (x % 31 ? "completed" : "failed") : "running", hosts[(x >> 8) % 4],
                                    double(x % 4000) / 10.0, int(x % 8192), int((x >> 4) % 50000), double(x % 10000) / 100.0);
        buffer.append(line, n);
        if (buffer.size() > (1 << 22)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("tasks.csv"));
    writeCsv(csv, rows);
    out << "CSV: " << rows << " rows, " << QFile(csv).size() / (1024 * 1024) << " MiB" << Qt::endl;

    // Reference: the sqlite3 shell importing the same file into a new table.
    QElapsedTimer timer;
    timer.start();
    const bool skipReference = qEnvironmentVariableIsSet("BENCH_SKIP_REFERENCE"); // profiling runs
    QProcess sqlite;
    if (!skipReference) {
    sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("reference.db")),
                                             QStringLiteral(".import --csv %1 tasks").arg(csv)});
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
        out << "sqlite3 .import failed: " << sqlite.readAllStandardError() << Qt::endl;
        return 1;
    }
    }
    const qint64 referenceMs = timer.elapsed();
    out << "sqlite3 .import:   " << referenceMs << " ms" << Qt::endl;

    // Ours, into a migrated Rulecast database (indexes, triggers, both time
    // columns), created before the clock starts.
    const QString ours = dir.filePath(QStringLiteral("rulecast.db"));
    Database::open(ours)->closeThreadConnection();
    timer.restart();
    const Result<ImportSummary> summary = runImport({ours, QStringLiteral("csv"), csv});
    const qint64 oursMs = timer.elapsed();
    if (!summary || summary->tasksImported != rows) {
        out << "import failed: " << (summary ? QStringLiteral("wrong row count") : summary.error()) << Qt::endl;
        return 1;
    }
    out << "rulecast import:   " << oursMs << " ms" << Qt::endl;
    const double ratio = double(oursMs) / double(qMax<qint64>(1, referenceMs));
    out << "ratio: " << QString::number(ratio, 'f', 2) << "x (goal: at most 2.00x) "
        << (ratio <= 2.0 ? "OK" : "TOO SLOW") << Qt::endl;
    return 0;
}
