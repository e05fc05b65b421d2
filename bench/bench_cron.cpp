// Cron engine speed: next() calls per second for ordinary expressions in UTC,
// a fixed-offset zone and DST zones, against a naive minute-by-minute scan
// measured in the same run; and the time `rulecast-cli cron next --batch`
// takes for 20,000 cases (issue goal: at most 2 s).
//   ./build/bench/bench_cron [path/to/rulecast-cli]
#include "core/cronexpression.h"
#include "core/timeformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

#include <sys/resource.h>
#include <time.h>

using namespace rulecast;

namespace {

// The reference: try every minute until all five fields match (UTC only).
qint64 naiveNext(const CronExpression &e, qint64 after)
{
    for (qint64 t = (after / 60 + 1) * 60;; t += 60) {
        const qint64 days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
        const int secs = int(t - days * 86400);
        int y = 0, m = 0, d = 0;
        timeformat::civilFromDays(days, y, m, d);
        const int dow = int((days % 7 + 11) % 7);
        if (!e.minutes().test(size_t(secs / 60 % 60)) || !e.hours().test(size_t(secs / 3600)) || !e.months().test(size_t(m)))
            continue;
        const bool dom = e.daysOfMonth().test(size_t(d)), wd = e.daysOfWeek().test(size_t(dow));
        const bool day = e.dayOfMonthRestricted() && e.dayOfWeekRestricted() ? dom || wd
                         : e.dayOfMonthRestricted()                          ? dom
                         : e.dayOfWeekRestricted()                           ? wd
                                                                             : true;
        if (day)
            return t;
    }
}

// Thread CPU time: on a shared machine wall time mostly measures the others.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double callsPerSecond(const CronExpression &e, const QTimeZone &zone, bool naive, qint64 &checksum)
{
    QRandomGenerator rng(7);
    const int n = naive ? 2000 : 200000;
    const double begin = cpuSeconds();
    for (int i = 0; i < n; ++i) {
        const qint64 from = 1800000000 + qint64(rng.bounded(300000000));
        checksum += naive ? naiveNext(e, from) : e.next(from, zone).value_or(0);
    }
    return n / (cpuSeconds() - begin);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const char *expressions[] = {"*/5 * * * *", "30 2 * * *", "0 9-17 * * mon-fri", "15,45 */2 1,15 * *", "0 0 1 1 *"};
    const char *zones[] = {"UTC", "Asia/Kolkata", "Europe/Berlin", "Australia/Lord_Howe"};
    qint64 checksum = 0;
    std::printf("next() calls per CPU second (200,000 random starts 2027-2037 each)\n");
    std::printf("%-22s %-20s %14s %16s %8s\n", "expression", "zone", "next()/s", "naive scan/s", "ratio");
    for (const char *text : expressions) {
        const CronExpression e = *CronExpression::parse(QString::fromLatin1(text));
        const double naive = callsPerSecond(e, QTimeZone::utc(), true, checksum);
        for (const char *zone : zones) {
            const double fast = callsPerSecond(e, QTimeZone(zone), false, checksum);
            std::printf("%-22s %-20s %14.0f %16.0f %7.0fx\n", text, zone, fast, naive, fast / naive);
        }
    }

    // The batch command, end to end, on 20,000 cases.
    QString cli = argc > 1 ? QString::fromLocal8Bit(argv[1])
                           : QStringLiteral(RULECAST_SOURCE_DIR "/build/src/cli/rulecast-cli");
    if (!QFileInfo::exists(cli)) {
        std::printf("\n(batch timing skipped: %s not found; pass the rulecast-cli path)\n", qPrintable(cli));
        return 0;
    }
    QByteArray input;
    QRandomGenerator rng(11);
    const char *batchZones[] = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney",
                                "Australia/Lord_Howe", "America/Santiago"};
    for (int i = 0; i < 20000; ++i) {
        input += QByteArray(expressions[i % 5]) + '\t'
                 + timeformat::toIsoUtc(1700000000 + qint64(rng.bounded(400000000))).toLatin1() + '\t'
                 + batchZones[i % 7] + '\n';
    }
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(cli, {QStringLiteral("cron"), QStringLiteral("next"), QStringLiteral("--batch"), QStringLiteral("-")});
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray out = p.readAllStandardOutput();
    // CPU time too: on a loaded machine the wall clock mostly measures the
    // other processes.
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                       + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    std::printf("\ncron next --batch: 20,000 cases (5 fire times each) in %.3f s wall, %.3f s CPU, %lld result "
                "lines, exit %d (goal: at most 2 s; %.1fx headroom on wall time)\n",
                seconds, cpu, qint64(out.count('\n')), p.exitCode(), 2.0 / seconds);
    std::printf("(checksum %lld)\n", checksum);
    return 0;
}
