#include "resourcesampler.h"

#include "storage/database.h"
#include "storage/resourcesamplestore.h"
#include "core/phrase.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QThread>

namespace rulecast {

namespace {

// /proc files report a size of 0, so they are read to the end, not by size.
Result<QByteArray> readProcFile(const QString &root, const QString &name, bool required)
{
    QFile f(QDir(root).filePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        if (!required && !f.exists())
            return QByteArray();
        return Result<QByteArray>::failure(QStringLiteral("%1: cannot read: %2").arg(f.fileName(), f.errorString()));
    }
    return f.readAll();
}

// Waits `ms`, waking every 100 ms to honour cancel.
bool sleepUnlessCanceled(qint64 ms, const Progress &progress)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (progress.canceled())
            return false;
        QThread::msleep(ulong(std::min<qint64>(100, ms - t.elapsed())));
    }
    return !progress.canceled();
}

} // namespace

Result<ProcSnapshot> readProcSnapshot(const QString &procRoot)
{
    using R = Result<ProcSnapshot>;
    ProcSnapshot snap;
    static QElapsedTimer clock; // monotonic: only differences between snapshots matter
    if (!clock.isValid())
        clock.start();
    snap.takenAtMs = clock.elapsed();

    const Result<QByteArray> stat = readProcFile(procRoot, QStringLiteral("stat"), true);
    if (!stat)
        return R::failure(stat.error());
    if (const Status s = procstats::parseStat(*stat, snap); !s)
        return R::failure(s.error());
    const Result<QByteArray> mem = readProcFile(procRoot, QStringLiteral("meminfo"), true);
    if (!mem)
        return R::failure(mem.error());
    if (const Status s = procstats::parseMemInfo(*mem, snap); !s)
        return R::failure(s.error());
    const Result<QByteArray> disk = readProcFile(procRoot, QStringLiteral("diskstats"), false);
    if (!disk)
        return R::failure(disk.error());
    if (!disk->isEmpty())
        if (const Status s = procstats::parseDiskStats(*disk, snap); !s)
            return R::failure(s.error());
    const Result<QByteArray> net = readProcFile(procRoot, QStringLiteral("net/dev"), false);
    if (!net)
        return R::failure(net.error());
    if (!net->isEmpty())
        if (const Status s = procstats::parseNetDev(*net, snap); !s)
            return R::failure(s.error());
    return snap;
}

Result<SampleSummary> runSampler(const SampleRequest &request, const Progress &progress)
{
    using R = Result<SampleSummary>;
    if (request.intervalSeconds < 1 || request.intervalSeconds > 3600)
        return R::failure(QStringLiteral("interval: expected 1–3600 seconds, got %1").arg(request.intervalSeconds));
    if (request.count < 0)
        return R::failure(QStringLiteral("count: expected 0 (until stopped) or more, got %1").arg(request.count));
    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return R::failure(db.error());
    const ThreadConnectionCloser closer(db.value());
    const ResourceSampleStore store(db.value());
    const QString host = request.host.isEmpty() ? QSysInfo::machineHostName() : request.host;

    SampleSummary summary;
    Result<ProcSnapshot> previous = readProcSnapshot(request.procRoot);
    if (!previous)
        return R::failure(previous.error());
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Sampling every %1 s")).arg(request.intervalSeconds));
    while (request.count == 0 || summary.stored < request.count) {
        if (!sleepUnlessCanceled(qint64(request.intervalSeconds) * 1000, progress)) {
            summary.canceled = true;
            break;
        }
        Result<ProcSnapshot> current = readProcSnapshot(request.procRoot);
        if (!current)
            return R::failure(current.error());
        const Result<ResourceSample> sample =
            procstats::sampleBetween(*previous, *current, QDateTime::currentSecsSinceEpoch(), host);
        if (!sample)
            return R::failure(sample.error());
        if (const Status s = store.append({*sample}); !s)
            return R::failure(s.error());
        ++summary.stored;
        if (request.onSample)
            request.onSample(*sample);
        progress.report(summary.stored, request.count);
        previous = current;
    }
    return summary;
}

} // namespace rulecast
