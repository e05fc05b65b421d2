#pragma once

#include "core/resourcesample.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace rulecast {

// Counters read from Linux's /proc at one instant. /proc reports totals since
// boot, so a sample is the difference of two snapshots over their interval.
struct ProcSnapshot
{
    qint64 takenAtMs = 0;        // when the counters were read (monotonic or epoch ms; only differences are used)
    quint64 cpuBusyJiffies = 0;  // /proc/stat "cpu" line: every column but idle and iowait
    quint64 cpuTotalJiffies = 0; // /proc/stat "cpu" line: all of user..steal
    double memoryUsedMb = std::nan("");   // /proc/meminfo MemTotal − MemAvailable
    bool hasDisk = false;
    quint64 diskSectors = 0;     // /proc/diskstats: sectors read + written on whole disks (512 bytes each)
    bool hasNetwork = false;
    quint64 networkBytes = 0;    // /proc/net/dev: received + transmitted on every interface but lo
};

namespace procstats {

// Each parser takes the file's bytes and names the file and line in its
// error, so a malformed /proc (or a test fixture) is reported exactly.
Status parseStat(const QByteArray &text, ProcSnapshot &into);
Status parseMemInfo(const QByteArray &text, ProcSnapshot &into);
// Partitions, loop, ram, zram and device-mapper devices are left out: their
// I/O is already counted on (or is not) a physical disk.
Status parseDiskStats(const QByteArray &text, ProcSnapshot &into);
Status parseNetDev(const QByteArray &text, ProcSnapshot &into);

// Is `name` (a /proc/diskstats device) a whole disk?
bool isWholeDisk(const QString &name);

// The average demand between two snapshots; `sampledAt` is the epoch time
// the later one was taken. Fails when `later` is not after `earlier` or a
// counter went backwards (a reboot in between).
Result<ResourceSample> sampleBetween(const ProcSnapshot &earlier, const ProcSnapshot &later, qint64 sampledAt,
                                     const QString &host);

} // namespace procstats
} // namespace rulecast
