// Optimizer speed and quality: the three cron-ironer job lists (peaks before
// and after against the lower bound, runs kept, time) and 10,000 one-off
// tasks over 168 hours. Run by hand: ./build/bench/bench_optimizer
#include "core/joblist.h"
#include "core/joboptimizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <random>

using namespace rulecast;

namespace {

QString sharedData(const QString &name)
{
    QString base = qEnvironmentVariable("RULECAST_SHARED_DATA");
    if (base.isEmpty())
        base = QStringLiteral(RULECAST_SOURCE_DIR "/../shared/data");
    const QString path = QDir(base).filePath(name);
    return QFileInfo::exists(path) ? path : QString();
}

void runList(const QString &name, OptimizationStrategy strategy)
{
    const QString path = sharedData(QStringLiteral("cron-jobs/") + name);
    if (path.isEmpty()) {
        std::printf("%-12s skipped: ../shared/data/cron-jobs/%s not found\n", qPrintable(name), qPrintable(name));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    Result<JobList> list = JobList::load(path);
    if (!list) {
        std::printf("%s\n", qPrintable(list.error()));
        return;
    }
    OptimizerSettings settings;
    settings.strategy = strategy;
    settings.capacity = 64;
    JobOptimizer optimizer({QDate(2027, 1, 4), 28}, settings);
    Result<OptimizationOutcome> out = optimizer.optimize(list->scheduledJobs());
    const qint64 ms = timer.elapsed();
    if (!out) {
        std::printf("%s\n", qPrintable(out.error()));
        return;
    }
    std::printf("%-12s %-20s jobs %4d  peak %4d -> %3d  lower bound %3d  (busy %d, forced %d, day %d)  "
                "changes %4d  passes %3d  evals %6lld  %4lld ms\n",
                qPrintable(name), qPrintable(strategyName(strategy)), int(list->entries().size()), out->before.peak,
                out->after.peak, out->lowerBound.value(), out->lowerBound.busyBound, out->lowerBound.forcedBound,
                out->lowerBound.dayBound, int(out->changes.size()), out->passes, out->evaluations, ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    for (OptimizationStrategy s : {OptimizationStrategy::LoadBalancing, OptimizationStrategy::PeakMitigation,
                                   OptimizationStrategy::ResourceEfficiency, OptimizationStrategy::ConflictResolution})
        for (const char *name : {"jobs-1.json", "jobs-2.json", "jobs-3.json"})
            runList(QString::fromLatin1(name), s);
    return 0;
}
