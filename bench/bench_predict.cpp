// Prediction quality and speed.
//   1. The NASA iPSC/860 protocol of shared/data/README.md (if the trace is
//      there): each of the last 28 days with any task predicted at 00:00 UTC,
//      hourly cells, types seen before the test; Rulecast beside both
//      baselines, against the goals. Then the hourly load forecast, day-ahead
//      over the last 14 x 24 hours of the trace, beside its two baselines.
//   2. `predict` for 24 hours (30-minute slots) on a million-task history,
//      reading included, against reading the same tasks alone (the ratio says
//      how much the prediction adds to the unavoidable read). Goal: < 2 s.
// Usage: bench_predict [TASKS [DAYS]]   (default 1000000 tasks over 60 days;
// with more days the 92-day window read by predict holds only part of them).
// RULECAST_BENCH_SKIP_NASA=1 skips part 1; RULECAST_BENCH_KEEP_DB=PATH writes
// the generated history to PATH and keeps it (for the CLI: `predict --as-of`).
#include "app/backtestusecase.h"
#include "app/importusecase.h"
#include "app/predictusecase.h"
#include "core/backtest.h"
#include "core/loadforecast.h"
#include "storage/database.h"
#include "storage/taskreader.h"
#include "storage/taskwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <limits>
#include <random>

#include <sys/resource.h>

using namespace rulecast;

namespace {

constexpr qint64 kAll = std::numeric_limits<qint64>::max();

// CPU time of this process (user + system): unlike wall time it does not
// grow when other processes compete for the cores.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void printScore(const char *goal, const BacktestModelScore &m)
{
    const PredictionScore &s = m.score;
    std::printf("  %-22s %7.3f %8.4f %9.3f %9.3f (%4lld)   %s\n", qPrintable(m.name), s.bestF1, s.brier,
                s.calibrationError, s.precisionAtHigh, static_cast<long long>(s.countAtHigh), goal);
}

void loadProtocol(const std::vector<TaskRecord> &tasks)
{
    // The 14 x 24 hours ending with the hour of the last start, each block of
    // 24 forecast at its start from everything before it.
    qint64 last = 0;
    for (const TaskRecord &t : tasks)
        last = std::max(last, t.startedAt);
    const qint64 end = (last / 3600 + 1) * 3600;
    double ours = 0, yesterday = 0, holtWinters = 0;
    int cells = 0;
    for (int block = 0; block < 14; ++block) {
        const qint64 start = end - qint64(14 - block) * 86400;
        std::vector<double> actual(24, 0.0);
        for (const TaskRecord &t : tasks)
            if (t.startedAt >= start && t.startedAt < start + 86400)
                actual[size_t((t.startedAt - start) / 3600)] += 1;
        PredictorInput input;
        input.asOf = start;
        input.history = &tasks;
        PredictorOptions options;
        options.slotMinutes = 60; // the forecast is hourly
        options.minProbability = 2.0;
        const Result<PredictionSet> set = Predictor::run(input, options);
        const std::vector<HourLoad> load = LoadForecast::compute(*set, tasks);
        const std::vector<double> y = LoadForecast::sameHourYesterday(tasks, start, 24);
        const std::vector<double> hw = LoadForecast::holtWintersWeekly(tasks, start, 24);
        for (size_t h = 0; h < 24; ++h) {
            ours += std::abs(load[h].tasks - actual[h]);
            yesterday += std::abs(y[h] - actual[h]);
            holtWinters += std::abs(hw[h] - actual[h]);
            ++cells;
        }
    }
    std::printf("\nLoad forecast, hourly job count, day-ahead, last 14 days (%d hours): mean absolute error\n", cells);
    std::printf("  rulecast (median of the predicted count)  %.3f   goal <= 4.25\n", ours / cells);
    std::printf("  same hour yesterday                       %.3f   README 4.72\n", yesterday / cells);
    std::printf("  Holt-Winters, weekly season               %.3f   README 6.16\n", holtWinters / cells);
}

int nasa()
{
    const QString trace = QStringLiteral(RULECAST_SOURCE_DIR "/../shared/data/NASA-iPSC-1993-3.1-cln.swf.gz");
    if (!QFile::exists(trace)) {
        std::printf("NASA trace not found at %s: skipping the quality part\n", qPrintable(trace));
        return 0;
    }
    QTemporaryDir dir;
    ImportRequest import;
    import.databasePath = dir.filePath(QStringLiteral("nasa.db"));
    import.format = QStringLiteral("swf");
    import.filePath = trace;
    if (const auto r = runImport(import); !r) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error()));
        return 1;
    }
    Result<Database> db = Database::open(import.databasePath);
    const Result<std::vector<TaskRecord>> tasks = TaskReader(*db).read(std::numeric_limits<qint64>::min(), kAll);
    db->closeThreadConnection();
    const auto [firstDay, lastDay] = Backtest::lastObservedDays(*tasks, 28);
    BacktestRequest request;
    request.databasePath = import.databasePath;
    request.from = firstDay * 86400;
    request.to = lastDay * 86400;
    QElapsedTimer t;
    t.start();
    const Result<BacktestReport> report = runBacktest(request);
    if (!report) {
        std::fprintf(stderr, "backtest failed: %s\n", qPrintable(report.error()));
        return 1;
    }
    const BacktestResult &r = report->result;
    std::printf("NASA iPSC/860, last 28 observed days at 00:00 UTC: %lld cells, %lld positive, %d types "
                "(README: 40,320 / 1,798) — %.1f s\n",
                static_cast<long long>(r.cells), static_cast<long long>(r.positives), int(r.types.size()),
                double(t.elapsed()) / 1000.0);
    std::printf("  %-22s %7s %8s %9s %15s\n", "model", "best F1", "Brier", "cal. err", "p>=0.7 true (n)");
    printScore("goal >= 0.46 / <= 0.031 / <= 0.05 / >= 0.70", r.models[0]);
    printScore("README 0.393 / 0.0553 / 0.615", r.models[1]);
    printScore("README 0.419 / 0.034 / 0.031", r.models[2]);
    loadProtocol(*tasks);
    return 0;
}

// 60 days of a busy site: 20 daily jobs, 10 weekday jobs, 5 every-15-minute
// jobs, and 40 noisy types that make up the bulk.
int speed(qint64 total, qint64 days)
{
    QTemporaryDir dir;
    const QString path = qEnvironmentVariableIsSet("RULECAST_BENCH_KEEP_DB") ? qEnvironmentVariable("RULECAST_BENCH_KEEP_DB") : dir.filePath(QStringLiteral("million.db"));
    const qint64 startDay = 20454;
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<TaskRecord> rows;
    rows.reserve(size_t(total));
    auto add = [&](const QString &type, qint64 start) {
        TaskRecord r;
        r.type = type;
        r.status = QStringLiteral("completed");
        r.startedAt = start;
        r.finishedAt = start + 60 + qint64(u(rng) * 600);
        r.cpuPercent = 5 + u(rng) * 60;
        r.memoryMb = 128 + u(rng) * 512;
        rows.push_back(r);
    };
    for (qint64 d = 0; d < days; ++d) {
        const qint64 day = (startDay + d) * 86400;
        for (int k = 0; k < 20; ++k)
            if (u(rng) < 0.9)
                add(QStringLiteral("daily-%1").arg(k), day + (k % 24) * 3600 + 300 + qint64(u(rng) * 600));
        for (int k = 0; k < 10; ++k)
            if (((startDay + d + 3) % 7) < 5)
                add(QStringLiteral("weekday-%1").arg(k), day + (8 + k) * 3600 + 120);
        for (int k = 0; k < 5; ++k)
            for (int s = 0; s < 96; ++s)
                add(QStringLiteral("quarter-%1").arg(k), day + s * 900 + k * 60);
    }
    while (qint64(rows.size()) < total)
        add(QStringLiteral("busy-%1").arg(int(u(rng) * 40)), startDay * 86400 + qint64(u(rng) * 86400.0 * days));
    std::sort(rows.begin(), rows.end(), [](const TaskRecord &a, const TaskRecord &b) { return a.startedAt < b.startedAt; });
    {
        Result<Database> db = Database::open(path);
        {
            Transaction transaction(db->connection());
            TaskWriter writer(*db);
            for (const TaskRecord &r : rows)
                if (!writer.write(r)) {
                    std::fprintf(stderr, "writing the history failed\n");
                    return 1;
                }
            if (!transaction.commit())
                return 1;
        }
        db->closeThreadConnection();
    }
    const qint64 asOf = (startDay + days) * 86400;
    double readBest = 1e9, predictBest = 1e9, readCpuBest = 1e9, predictCpuBest = 1e9;
    qint64 predictions = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        double cpu = cpuSeconds();
        {
            Result<Database> db = Database::open(path);
            const auto tasks = TaskReader(*db).read(asOf - 92 * 86400, asOf);
            db->closeThreadConnection();
        }
        readBest = std::min(readBest, double(t.nsecsElapsed()) / 1e9);
        readCpuBest = std::min(readCpuBest, cpuSeconds() - cpu);
        PredictRequest request;
        request.databasePath = path;
        request.asOf = asOf;
        request.store = false;
        t.restart();
        cpu = cpuSeconds();
        const Result<PredictReport> report = runPredict(request);
        predictBest = std::min(predictBest, double(t.nsecsElapsed()) / 1e9);
        predictCpuBest = std::min(predictCpuBest, cpuSeconds() - cpu);
        if (!report) {
            std::fprintf(stderr, "predict failed: %s\n", qPrintable(report.error()));
            return 1;
        }
        predictions = qint64(report->predictions.size());
    }
    std::printf("\npredict, 24 h in 30-minute slots, on %lld tasks of 75 types over %lld days (best of 3; wall / CPU):\n",
                static_cast<long long>(total), static_cast<long long>(days));
    std::printf("  reading the tasks alone  %.3f s / %.3f s\n", readBest, readCpuBest);
    std::printf("  predict incl. reading    %.3f s / %.3f s  (%.2fx the read's CPU; %lld predictions >= 0.7)   goal < 2 s\n",
                predictBest, predictCpuBest, predictCpuBest / readCpuBest, static_cast<long long>(predictions));
    std::printf("  (wall time depends on the machine's load; CPU time much less so)\n");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    if (!qEnvironmentVariableIsSet("RULECAST_BENCH_SKIP_NASA"))
        if (const int rc = nasa(); rc != 0)
            return rc;
    const qint64 days = argc > 2 ? QByteArray(argv[2]).toLongLong() : 60;
    return speed(total, days);
}
