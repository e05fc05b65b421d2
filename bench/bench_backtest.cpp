// Prediction quality on several histories, so a change to the history model
// is judged on more than the one trace the goals were written for. Each
// history is scored with the protocol of shared/data/README.md (each of the
// last 28 days with any task predicted at 00:00 UTC, hourly cells, the types
// seen before the test), Rulecast beside the better baseline:
//   - NASA iPSC/860, the last 28 observed days (the goal's protocol);
//   - NASA iPSC/860, the 28 observed days before those (held out: never used
//     to choose anything);
//   - the demo history (a regular home pipeline), 120 days, three seeds;
//   - "office": 60 users with working hours, weekday habits, vacations, a
//     site-wide holiday and habits that drift — irregular like the trace but
//     generated, 120 days, three seeds.
// Usage: bench_backtest   (RULECAST_BENCH_BINS=1 also prints the reliability
// table of Rulecast from 0.4 up)
#include "app/importusecase.h"
#include "core/backtest.h"
#include "core/demohistory.h"
#include "storage/database.h"
#include "storage/taskreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <limits>
#include <random>

using namespace rulecast;

namespace {

struct Totals
{
    double f1 = 0, brier = 0, calibration = 0;
    qint64 high = 0, highHits = 0;
    int runs = 0;
};

void score(const char *name, const std::vector<TaskRecord> &tasks, qint64 firstDay, qint64 lastDay, Totals *totals = nullptr)
{
    BacktestOptions options;
    QElapsedTimer t;
    t.start();
    const Result<BacktestResult> r = Backtest::run(tasks, firstDay * 86400, lastDay * 86400, options);
    if (!r) {
        std::printf("  %-28s failed: %s\n", name, qPrintable(r.error()));
        return;
    }
    const PredictionScore &s = r->models[0].score;
    const PredictionScore &share = r->models[2].score;
    std::printf("  %-28s %6lld %5lld  %6.3f %7.4f %7.3f %6.3f (%4lld)   share: %6.3f %7.4f %7.3f %6.3f (%4lld)  %5.1fs\n", name,
                static_cast<long long>(r->cells), static_cast<long long>(r->positives), s.bestF1, s.brier,
                s.calibrationError, s.precisionAtHigh, static_cast<long long>(s.countAtHigh), share.bestF1, share.brier,
                share.calibrationError, share.precisionAtHigh, static_cast<long long>(share.countAtHigh),
                double(t.elapsed()) / 1000.0);
    if (qEnvironmentVariableIsSet("RULECAST_BENCH_BINS"))
        for (const CalibrationBin &b : s.bins)
            if (b.lower >= 0.4)
                std::printf("      [%.1f,%.1f) n %5lld mean %.3f observed %.3f\n", b.lower, b.upper,
                            static_cast<long long>(b.count), b.meanPredicted, b.observedRate);
    if (totals) {
        totals->f1 += s.bestF1;
        totals->brier += s.brier;
        totals->calibration += s.calibrationError;
        totals->high += s.countAtHigh;
        totals->highHits += qint64(std::llround(s.precisionAtHigh * double(s.countAtHigh)));
        ++totals->runs;
    }
}

void printTotals(const char *name, const Totals &t)
{
    if (t.runs == 0)
        return;
    std::printf("  %-28s mean F1 %.3f  Brier %.4f  cal. err %.3f  p>=0.7 true %.3f (%lld)\n", name, t.f1 / t.runs,
                t.brier / t.runs, t.calibration / t.runs, t.high ? double(t.highHits) / double(t.high) : 0.0,
                static_cast<long long>(t.high));
}

std::vector<TaskRecord> nasaTasks()
{
    const QString trace = QStringLiteral(RULECAST_SOURCE_DIR "/../shared/data/NASA-iPSC-1993-3.1-cln.swf.gz");
    if (!QFile::exists(trace))
        return {};
    QTemporaryDir dir;
    ImportRequest import;
    import.databasePath = dir.filePath(QStringLiteral("nasa.db"));
    import.format = QStringLiteral("swf");
    import.filePath = trace;
    if (!runImport(import))
        return {};
    Result<Database> db = Database::open(import.databasePath);
    Result<std::vector<TaskRecord>> tasks =
        TaskReader(*db).read(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    db->closeThreadConnection();
    return tasks ? std::move(tasks).value() : std::vector<TaskRecord>{};
}

// The observed days (with any start), oldest first.
std::vector<qint64> observedDays(const std::vector<TaskRecord> &tasks)
{
    std::vector<qint64> days;
    for (const TaskRecord &t : tasks)
        days.push_back(t.startedAt >= 0 ? t.startedAt / 86400 : (t.startedAt - 86399) / 86400);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

// Users who work most weekdays within their own hours, start a few jobs per
// working hour, take vacations, all stop for a site-wide holiday, and whose
// hours drift now and then.
std::vector<TaskRecord> officeHistory(quint64 seed, int days)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const qint64 firstDay = 20000;
    const int holiday = days - 20 - int(u(rng) * 10); // a 4-day break late in the history
    std::vector<TaskRecord> tasks;
    for (int user = 0; user < 60; ++user) {
        const double regularity = 0.3 + 0.65 * u(rng);  // chance to work on a weekday
        const double weekendWork = 0.15 * u(rng);
        int startHour = 6 + int(u(rng) * 10);
        int length = 1 + int(u(rng) * 8);
        const double intensity = 0.3 + 0.7 * u(rng);    // chance of a start in a working hour
        int vacationLeft = 0;
        for (int d = 0; d < days; ++d) {
            if (d >= holiday && d < holiday + 4)
                continue;
            if (vacationLeft > 0) {
                --vacationLeft;
                continue;
            }
            if (u(rng) < 0.01) // a vacation of 3-10 days
                vacationLeft = 3 + int(u(rng) * 8);
            if (u(rng) < 0.02) { // habits drift
                startHour = std::clamp(startHour + int(u(rng) * 5) - 2, 0, 20);
                length = std::clamp(length + int(u(rng) * 3) - 1, 1, 10);
            }
            const qint64 day = firstDay + d;
            const bool weekend = ((day + 3) % 7) >= 5;
            if (u(rng) >= (weekend ? weekendWork : regularity))
                continue;
            // The day after the holiday starts slowly.
            const double dayIntensity = d == holiday + 4 ? intensity * 0.5 : intensity;
            for (int h = startHour; h < std::min(24, startHour + length); ++h) {
                if (u(rng) >= dayIntensity)
                    continue;
                const int jobs = 1 + int(u(rng) * 3);
                for (int j = 0; j < jobs; ++j) {
                    TaskRecord r;
                    r.id = qint64(tasks.size()) + 1;
                    r.type = QStringLiteral("user%1").arg(user);
                    r.startedAt = day * 86400 + h * 3600 + qint64(u(rng) * 3600);
                    r.finishedAt = r.startedAt + 60 + qint64(u(rng) * 3600);
                    tasks.push_back(r);
                }
            }
        }
    }
    // A few users who only appear now and then, at any hour.
    for (int k = 0; k < 20; ++k) {
        for (int d = 0; d < days; ++d) {
            if (u(rng) >= 0.05)
                continue;
            TaskRecord r;
            r.id = qint64(tasks.size()) + 1;
            r.type = QStringLiteral("guest%1").arg(k);
            r.startedAt = (firstDay + d) * 86400 + qint64(u(rng) * 86400);
            r.finishedAt = r.startedAt + 600;
            tasks.push_back(r);
        }
    }
    std::sort(tasks.begin(), tasks.end(), [](const TaskRecord &a, const TaskRecord &b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    });
    return tasks;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("  %-28s %6s %5s  %6s %7s %7s %13s   %s\n", "history", "cells", "pos", "F1", "Brier", "cal.err",
                "p>=0.7 (n)", "share baseline: F1 Brier cal.err p>=0.7 (n)");
    const std::vector<TaskRecord> nasa = nasaTasks();
    if (!nasa.empty()) {
        const std::vector<qint64> days = observedDays(nasa);
        const size_t n = days.size();
        score("NASA last 28 (goal)", nasa, days[n - 28], days[n - 1]);
        score("NASA 28 before (held out)", nasa, days[n - 56], days[n - 29]);
    } else {
        std::printf("  NASA trace not found: skipped\n");
    }
    Totals demo, office;
    for (quint64 seed : {1, 2, 3}) {
        DemoHistoryOptions options;
        options.days = 120;
        options.seed = seed;
        options.endTime = 20120LL * 86400;
        const QList<TaskRecord> list = generateDemoHistory(options);
        const std::vector<TaskRecord> tasks(list.begin(), list.end());
        const std::vector<qint64> days = observedDays(tasks);
        score(qPrintable(QStringLiteral("demo seed %1").arg(seed)), tasks, days[days.size() - 28], days.back(), &demo);
    }
    for (quint64 seed : {1, 2, 3}) {
        const std::vector<TaskRecord> tasks = officeHistory(seed, 120);
        const std::vector<qint64> days = observedDays(tasks);
        score(qPrintable(QStringLiteral("office seed %1").arg(seed)), tasks, days[days.size() - 28], days.back(), &office);
    }
    printTotals("demo, 3 seeds", demo);
    printTotals("office, 3 seeds", office);
    return 0;
}
