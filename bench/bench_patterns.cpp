// Pattern detection speed against the SQL it replaces, measured in the same
// process on the same database:
//   1. the whole analysis (bulk read, every detector including correlations,
//      storing) of a 1M-task database vs SQLite's own
//      SELECT strftime('%H', started_at) h, type, COUNT(*) FROM tasks GROUP BY h, type
//      (banana-bun's entire "pattern detection"). Goal: ratio <= 1.
//   2. the correlation sweep over 20,000 tasks. Goal: < 0.5 s.
// Usage: bench_patterns [TASKS [DBFILE]]   (default 1000000 tasks in a
// temporary file; an existing DBFILE built by an earlier run is reused)
#include "app/analyzeusecase.h"
#include "core/correlationdetector.h"
#include "core/timeformat.h"
#include "storage/database.h"
#include "storage/taskreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace rulecast;

namespace {

constexpr qint64 kStart = 1798761600; // 2027-01-01T00:00:00Z
constexpr int kDays = 30;

struct Row
{
    qint64 start;
    int type;
    qint64 duration;
    double cpu;
};

// A heavy month: calendar jobs, interval jobs, a correlated pair and many busy
// noise types that make up the bulk of the million.
std::vector<Row> generate(qint64 total, QStringList &names)
{
    std::mt19937_64 rng(20270101);
    std::uniform_int_distribution<qint64> jitter(-180, 180);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<Row> rows;
    rows.reserve(std::size_t(total) + 1000);
    auto type = [&](const QString &n) {
        names << n;
        return int(names.size() - 1);
    };
    for (int d = 0; d < kDays; ++d) {
        const qint64 day = kStart + qint64(d) * 86400;
        for (int k = 0; k < 5; ++k)
            if (u(rng) > 0.1)
                rows.push_back({day + (1 + 4 * k) * 3600 + 13 * 60 + jitter(rng), k, 900, 60});
    }
    for (int k = 0; k < 5; ++k)
        type(QStringLiteral("daily-%1").arg(k));
    const int weekly = type(QStringLiteral("weekly-report")), monthly = type(QStringLiteral("monthly-billing"));
    const int every5 = type(QStringLiteral("every-5-min")), every15 = type(QStringLiteral("every-15-min")),
              hourly = type(QStringLiteral("hourly")), extract = type(QStringLiteral("extract")),
              transform = type(QStringLiteral("transform"));
    for (int d = 0; d < kDays; ++d) {
        const qint64 day = kStart + qint64(d) * 86400;
        const int wd = int(((day / 86400) + 4) % 7);
        if (wd == 1 || wd == 3 || wd == 5)
            rows.push_back({day + 9 * 3600 + 1800 + jitter(rng), weekly, 600, 30});
        if (d == 14)
            rows.push_back({day + 4 * 3600 + jitter(rng), monthly, 1200, 80});
        for (int s = 0; s < 288; ++s)
            rows.push_back({day + s * 300 + jitter(rng) / 3, every5, 30, 5});
        for (int s = 0; s < 96; ++s)
            rows.push_back({day + s * 900 + jitter(rng) / 2, every15, 60, 5});
        for (int s = 0; s < 24; ++s)
            rows.push_back({day + s * 3600 + 420 + jitter(rng), hourly, 60, 10});
        for (int s = 0; s < 50; ++s) {
            const qint64 t = day + qint64(u(rng) * 86400);
            rows.push_back({t, extract, 200, 20});
            rows.push_back({t + 300 + qint64(u(rng) * 300), transform, 300, 40});
        }
    }
    const int noiseTypes = 30;
    const int firstNoise = int(names.size());
    for (int k = 0; k < noiseTypes; ++k)
        type(QStringLiteral("busy-%1").arg(k, 2, 10, QLatin1Char('0')));
    while (qint64(rows.size()) < total)
        rows.push_back({kStart + qint64(u(rng) * 86400.0 * kDays), firstNoise + int(u(rng) * noiseTypes),
                        30 + qint64(u(rng) * 1800), 1 + u(rng) * 50});
    rows.resize(std::size_t(total));
    // Histories arrive in time order (an import appends as things happened).
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.start < b.start; });
    return rows;
}

bool fill(const QString &path, const std::vector<Row> &rows, const QStringList &names)
{
    Result<Database> db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return false;
    }
    auto *h = static_cast<sqlite3 *>(db->sqliteHandle());
    sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO tasks (type, status, started_at, finished_at, started_epoch, finished_epoch, "
                       "cpu_percent, memory_mb) VALUES (?, 'completed', ?, ?, ?, ?, ?, 256)",
                       -1, &st, nullptr);
    std::vector<QByteArray> typeUtf8;
    for (const QString &n : names)
        typeUtf8.push_back(n.toUtf8());
    for (const Row &r : rows) {
        const QByteArray s = timeformat::toSqlTime(r.start).toUtf8(), f = timeformat::toSqlTime(r.start + r.duration).toUtf8();
        sqlite3_bind_text(st, 1, typeUtf8[std::size_t(r.type)].constData(), -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, s.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, f.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 4, r.start);
        sqlite3_bind_int64(st, 5, r.start + r.duration);
        sqlite3_bind_double(st, 6, r.cpu);
        if (sqlite3_step(st) != SQLITE_DONE) {
            std::fprintf(stderr, "insert failed: %s\n", sqlite3_errmsg(h));
            return false;
        }
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    // A database at rest: everything checkpointed out of the WAL.
    sqlite3_exec(h, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    db->closeThreadConnection();
    return true;
}

// The original's query, stepped to the end in SQLite's own C API.
double referenceSeconds(const QString &path, qint64 &groups)
{
    sqlite3 *h = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu = std::clock();
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h, "SELECT strftime('%H', started_at) h, type, COUNT(*) FROM tasks GROUP BY h, type", -1, &st,
                       nullptr);
    groups = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        ++groups;
    sqlite3_finalize(st);
    const double s = double(t.nsecsElapsed()) / 1e9;
    std::printf("  (reference cpu %.3f s)\n", double(std::clock() - cpu) / CLOCKS_PER_SEC);
    sqlite3_close(h);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.db"));
    QStringList names;
    const std::vector<Row> rows = generate(total, names);
    QElapsedTimer t;
    t.start();
    const bool reuse = QFile::exists(path);
    if (!reuse && !fill(path, rows, names))
        return 1;
    std::printf(reuse ? "reused %lld tasks of %lld types over %d days (%.1f s)\n" : "built %lld tasks of %lld types over %d days in %.1f s\n", static_cast<long long>(total),
                static_cast<long long>(names.size()), kDays, double(t.elapsed()) / 1000.0);

    // Warm the page cache once so neither side pays for the first read.
    qint64 groups = 0;
    referenceSeconds(path, groups);
    double reference = 1e9, analysis = 1e9;
    AnalyzeResult last;
    for (int round = 0; round < 2; ++round) {
        reference = std::min(reference, referenceSeconds(path, groups));
        AnalyzeRequest request;
        request.databasePath = path;
        request.asOf = kStart + qint64(kDays) * 86400;
        request.days = kDays;
        QElapsedTimer a;
        a.start();
        Result<AnalyzeResult> r = runAnalysis(request);
        analysis = std::min(analysis, double(a.nsecsElapsed()) / 1e9);
        if (!r) {
            std::fprintf(stderr, "analysis failed: %s\n", qPrintable(r.error()));
            return 1;
        }
        last = r.value();
    }
    {
        Result<Database> db = Database::open(path);
        QElapsedTimer r;
        r.start();
        const std::clock_t cpu = std::clock();
        const auto tasks = TaskReader(db.value()).read(kStart, kStart + qint64(kDays) * 86400);
        std::printf("bulk read alone: %zu tasks in %.3f s (cpu %.3f s)\n", tasks ? tasks->size() : 0,
                    double(r.nsecsElapsed()) / 1e9, double(std::clock() - cpu) / CLOCKS_PER_SEC);
        db->closeThreadConnection();
    }
    std::printf("SQL reference (hour x type GROUP BY, %lld groups): %.3f s\n", static_cast<long long>(groups), reference);
    std::printf("whole analysis (read %lld ms, detect %lld ms, store %lld ms): %.3f s, %lld patterns\n",
                static_cast<long long>(last.readMs), static_cast<long long>(last.detectMs),
                static_cast<long long>(last.storeMs), analysis, static_cast<long long>(last.analysis.patterns.size()));
    std::printf("ratio analysis / SQL reference: %.2f (goal <= 1.00)\n", analysis / reference);
    for (const ActivityPattern &p : last.analysis.patterns)
        std::printf("  %-18s %-28s %.2f  %s\n", qPrintable(p.patternType()), qPrintable(p.taskTypes.join(QLatin1Char(','))),
                    p.confidence, qPrintable(p.describe()));

    // Correlations over 20,000 tasks (the original's self-join needs minutes).
    EventTable events;
    events.typeNames = names;
    // The regular types' runs (the correlated pair among them) topped up with
    // busy noise to 20,000 tasks.
    std::vector<Row> sample;
    const int firstBusy = int(names.indexOf(QStringLiteral("busy-00")));
    for (const Row &r : rows)
        if (r.type < firstBusy)
            sample.push_back(r);
    for (const Row &r : rows)
        if (r.type >= firstBusy && sample.size() < 20000)
            sample.push_back(r);
    std::sort(sample.begin(), sample.end(), [](const Row &a, const Row &b) { return a.start < b.start; });
    for (std::size_t i = 0; i < sample.size(); ++i) {
        events.starts.push_back(sample[i].start);
        events.types.push_back(sample[i].type);
        events.ids.push_back(qint64(i));
    }
    AnalysisWindow window{kStart, kStart + qint64(kDays) * 86400};
    QElapsedTimer c;
    c.start();
    const QList<ActivityPattern> correlations = CorrelationDetector().detect(events, window);
    const double corr = double(c.nsecsElapsed()) / 1e9;
    std::printf("correlations over %zu tasks: %.4f s, %lld pairs; ratio to the 0.5 s goal: %.3f\n", events.size(), corr,
                static_cast<long long>(correlations.size()), corr / 0.5);
    return 0;
}
