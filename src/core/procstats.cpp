#include "procstats.h"

#include <QList>
#include <QRegularExpression>

namespace rulecast::procstats {

namespace {

QString lineError(const char *file, int line, const QString &what)
{
    return QStringLiteral("%1:%2: %3").arg(QString::fromLatin1(file)).arg(line).arg(what);
}

bool toCounter(const QByteArray &field, quint64 &out)
{
    bool ok = false;
    out = field.toULongLong(&ok);
    return ok;
}

} // namespace

Status parseStat(const QByteArray &text, ProcSnapshot &into)
{
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.value(0) != "cpu")
            continue;
        // user nice system idle iowait irq softirq steal [guest guest_nice]:
        // guest time is already inside user/nice, so it is not added twice.
        if (f.size() < 5)
            return Status::failure(lineError("/proc/stat", i + 1, QStringLiteral("expected at least 4 counters after 'cpu'")));
        quint64 total = 0, idle = 0;
        for (int c = 1; c < f.size() && c <= 8; ++c) {
            quint64 v = 0;
            if (!toCounter(f[c], v))
                return Status::failure(lineError("/proc/stat", i + 1,
                                                 QStringLiteral("counter %1: expected a number, got '%2'")
                                                     .arg(c)
                                                     .arg(QString::fromLatin1(f[c]))));
            total += v;
            if (c == 4 || c == 5) // idle, iowait
                idle += v;
        }
        into.cpuTotalJiffies = total;
        into.cpuBusyJiffies = total - idle;
        return Status::success();
    }
    return Status::failure(QStringLiteral("/proc/stat: no 'cpu' line"));
}

Status parseMemInfo(const QByteArray &text, ProcSnapshot &into)
{
    qint64 totalKb = -1, availableKb = -1;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.value(0) != "MemTotal:" && f.value(0) != "MemAvailable:")
            continue;
        quint64 v = 0;
        if (f.size() < 2 || !toCounter(f[1], v))
            return Status::failure(lineError("/proc/meminfo", i + 1,
                                             QStringLiteral("%1 expected a number of kB").arg(QString::fromLatin1(f[0]))));
        (f[0] == "MemTotal:" ? totalKb : availableKb) = qint64(v);
    }
    if (totalKb < 0 || availableKb < 0)
        return Status::failure(QStringLiteral("/proc/meminfo: MemTotal and MemAvailable are both needed"));
    into.memoryUsedMb = double(std::max<qint64>(0, totalKb - availableKb)) / 1024.0;
    return Status::success();
}

bool isWholeDisk(const QString &name)
{
    static const QRegularExpression whole(QStringLiteral(
        "^(?:[shv]d[a-z]+|xvd[a-z]+|nvme\\d+n\\d+|mmcblk\\d+|md\\d+)$"));
    return whole.match(name).hasMatch();
}

Status parseDiskStats(const QByteArray &text, ProcSnapshot &into)
{
    quint64 sectors = 0;
    bool any = false;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.size() == 1 && f[0].isEmpty())
            continue;
        // major minor name reads merged sectors_read ms writes merged sectors_written ...
        if (f.size() < 10)
            return Status::failure(lineError("/proc/diskstats", i + 1,
                                             QStringLiteral("expected at least 10 fields, got %1").arg(f.size())));
        if (!isWholeDisk(QString::fromLatin1(f[2])))
            continue;
        quint64 read = 0, written = 0;
        if (!toCounter(f[5], read) || !toCounter(f[9], written))
            return Status::failure(lineError("/proc/diskstats", i + 1,
                                             QStringLiteral("sectors read/written: expected numbers")));
        sectors += read + written;
        any = true;
    }
    into.hasDisk = any;
    into.diskSectors = sectors;
    return Status::success();
}

Status parseNetDev(const QByteArray &text, ProcSnapshot &into)
{
    quint64 bytes = 0;
    bool any = false;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon < 0 || lines[i].contains('|'))
            continue; // the two header lines
        const QByteArray name = lines[i].left(colon).trimmed();
        const QList<QByteArray> f = lines[i].mid(colon + 1).simplified().split(' ');
        if (f.size() < 9)
            return Status::failure(lineError("/proc/net/dev", i + 1,
                                             QStringLiteral("interface %1: expected 16 counters, got %2")
                                                 .arg(QString::fromLatin1(name))
                                                 .arg(f.size())));
        if (name == "lo")
            continue;
        quint64 rx = 0, tx = 0;
        if (!toCounter(f[0], rx) || !toCounter(f[8], tx))
            return Status::failure(lineError("/proc/net/dev", i + 1,
                                             QStringLiteral("interface %1: byte counters must be numbers")
                                                 .arg(QString::fromLatin1(name))));
        bytes += rx + tx;
        any = true;
    }
    into.hasNetwork = any;
    into.networkBytes = bytes;
    return Status::success();
}

Result<ResourceSample> sampleBetween(const ProcSnapshot &earlier, const ProcSnapshot &later, qint64 sampledAt,
                                     const QString &host)
{
    const qint64 ms = later.takenAtMs - earlier.takenAtMs;
    if (ms <= 0)
        return Result<ResourceSample>::failure(QStringLiteral("the second snapshot is not later than the first"));
    if (later.cpuTotalJiffies < earlier.cpuTotalJiffies || later.cpuBusyJiffies < earlier.cpuBusyJiffies
        || (earlier.hasDisk && later.hasDisk && later.diskSectors < earlier.diskSectors)
        || (earlier.hasNetwork && later.hasNetwork && later.networkBytes < earlier.networkBytes))
        return Result<ResourceSample>::failure(QStringLiteral("a /proc counter went backwards (was the machine restarted?)"));
    const double seconds = double(ms) / 1000.0;
    ResourceSample s;
    s.host = host;
    s.sampledAt = sampledAt;
    const quint64 total = later.cpuTotalJiffies - earlier.cpuTotalJiffies;
    if (total > 0)
        s.cpuPercent = 100.0 * double(later.cpuBusyJiffies - earlier.cpuBusyJiffies) / double(total);
    s.memoryMb = later.memoryUsedMb;
    if (earlier.hasDisk && later.hasDisk)
        s.diskIoMbps = double(later.diskSectors - earlier.diskSectors) * 512.0 / 1e6 / seconds;
    if (earlier.hasNetwork && later.hasNetwork)
        s.networkMbps = double(later.networkBytes - earlier.networkBytes) * 8.0 / 1e6 / seconds;
    return s;
}

} // namespace rulecast::procstats
