#include "core/procstats.h"

#include <QTest>

using namespace rulecast;

namespace {

// Trimmed copies of a real machine's /proc files.
const QByteArray kStat1 = "cpu  1000 0 500 8000 500 0 0 0 0 0\ncpu0 500 0 250 4000 250 0 0 0 0 0\nintr 1\n";
const QByteArray kStat2 = "cpu  1600 0 700 8600 600 0 100 0 0 0\ncpu0 800 0 350 4300 300 0 50 0 0 0\n";
const QByteArray kMemInfo = "MemTotal:       16384000 kB\nMemFree:         1000000 kB\nMemAvailable:    8192000 kB\n";
const QByteArray kDisk1 =
    "   7       0 loop0 10 0 1000 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"
    "   8       0 sda 100 0 2000 50 10 0 3000 20 0 0 0 0 0 0 0 0 0\n"
    "   8       1 sda1 100 0 2000 50 10 0 3000 20 0 0 0 0 0 0 0 0 0\n"
    " 259       0 nvme0n1 1 0 500 1 1 0 500 1 0 0 0 0 0 0 0 0 0\n"
    " 259       1 nvme0n1p1 1 0 500 1 1 0 500 1 0 0 0 0 0 0 0 0 0\n"
    " 253       0 dm-0 1 0 99999 1 1 0 99999 1 0 0 0 0 0 0 0 0 0\n";
const QByteArray kNet1 =
    "Inter-|   Receive                                                |  Transmit\n"
    " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n"
    "    lo: 7835997   69927    0    0    0     0          0         0  7835997   69927    0    0    0     0       0          0\n"
    "  eth0: 1000000   10    0    0    0     0          0         0  500000   5    0    0    0     0       0          0\n";

} // namespace

class TestProcStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCpuCounters()
    {
        ProcSnapshot s;
        QVERIFY(procstats::parseStat(kStat1, s));
        QCOMPARE(s.cpuTotalJiffies, quint64(10000));
        QCOMPARE(s.cpuBusyJiffies, quint64(1500)); // idle 8000 and iowait 500 are not busy
    }

    void parsesMemoryInUse()
    {
        ProcSnapshot s;
        QVERIFY(procstats::parseMemInfo(kMemInfo, s));
        QCOMPARE(s.memoryUsedMb, 8000.0); // (16384000 - 8192000) kB
    }

    void countsWholeDisksOnly()
    {
        QVERIFY(procstats::isWholeDisk(QStringLiteral("sda")));
        QVERIFY(procstats::isWholeDisk(QStringLiteral("nvme0n1")));
        QVERIFY(procstats::isWholeDisk(QStringLiteral("mmcblk0")));
        QVERIFY(!procstats::isWholeDisk(QStringLiteral("sda1")));
        QVERIFY(!procstats::isWholeDisk(QStringLiteral("nvme0n1p1")));
        QVERIFY(!procstats::isWholeDisk(QStringLiteral("loop0")));
        QVERIFY(!procstats::isWholeDisk(QStringLiteral("dm-0")));
        ProcSnapshot s;
        QVERIFY(procstats::parseDiskStats(kDisk1, s));
        QVERIFY(s.hasDisk);
        QCOMPARE(s.diskSectors, quint64(2000 + 3000 + 500 + 500));
    }

    void countsNetworkWithoutLoopback()
    {
        ProcSnapshot s;
        QVERIFY(procstats::parseNetDev(kNet1, s));
        QVERIFY(s.hasNetwork);
        QCOMPARE(s.networkBytes, quint64(1500000));
    }

    void reportsTheBadLine()
    {
        ProcSnapshot s;
        const Status bad = procstats::parseStat("intr 5\ncpu  10 x 3 4\n", s);
        QVERIFY(!bad);
        QVERIFY2(bad.error().startsWith(QStringLiteral("/proc/stat:2: counter 2")), qPrintable(bad.error()));
        const Status noCpu = procstats::parseStat("intr 5\n", s);
        QVERIFY(!noCpu);
        QVERIFY(noCpu.error().contains(QStringLiteral("no 'cpu' line")));
        const Status mem = procstats::parseMemInfo("MemTotal: 10 kB\n", s);
        QVERIFY(!mem);
        QVERIFY(mem.error().contains(QStringLiteral("MemAvailable")));
        const Status disk = procstats::parseDiskStats("8 0 sda 1 2\n", s);
        QVERIFY(!disk);
        QVERIFY2(disk.error().startsWith(QStringLiteral("/proc/diskstats:1:")), qPrintable(disk.error()));
    }

    void samplesTheDifference()
    {
        ProcSnapshot a, b;
        QVERIFY(procstats::parseStat(kStat1, a));
        QVERIFY(procstats::parseStat(kStat2, b));
        QVERIFY(procstats::parseMemInfo(kMemInfo, b));
        a.hasDisk = b.hasDisk = true;
        a.diskSectors = 0;
        b.diskSectors = 20000; // 10,240,000 bytes
        a.hasNetwork = b.hasNetwork = true;
        a.networkBytes = 0;
        b.networkBytes = 2500000; // 20 Mbit
        a.takenAtMs = 1000;
        b.takenAtMs = 11000; // 10 s
        const Result<ResourceSample> s = procstats::sampleBetween(a, b, 1700000000, QStringLiteral("h"));
        QVERIFY(s);
        // busy 1500 -> 2400 (+900) of total 10000 -> 11600 (+1600)
        QCOMPARE(s->cpuPercent, 100.0 * 900.0 / 1600.0);
        QCOMPARE(s->memoryMb, 8000.0);
        QCOMPARE(s->diskIoMbps, 1.024);
        QCOMPARE(s->networkMbps, 2.0);
        QCOMPARE(s->sampledAt, qint64(1700000000));
        QCOMPARE(s->host, QStringLiteral("h"));
    }

    void refusesCountersGoingBackwards()
    {
        ProcSnapshot a, b;
        QVERIFY(procstats::parseStat(kStat2, a));
        QVERIFY(procstats::parseStat(kStat1, b));
        a.takenAtMs = 0;
        b.takenAtMs = 1000;
        const Result<ResourceSample> s = procstats::sampleBetween(a, b, 0, {});
        QVERIFY(!s);
        QVERIFY(s.error().contains(QStringLiteral("backwards")));
        QVERIFY(!procstats::sampleBetween(a, a, 0, {})); // no time passed
    }

    void unmeasuredStaysNaN()
    {
        ProcSnapshot a, b;
        QVERIFY(procstats::parseStat(kStat1, a));
        QVERIFY(procstats::parseStat(kStat2, b));
        b.takenAtMs = 1000;
        const Result<ResourceSample> s = procstats::sampleBetween(a, b, 0, {});
        QVERIFY(s);
        QVERIFY(std::isnan(s->diskIoMbps));
        QVERIFY(std::isnan(s->networkMbps));
        QVERIFY(std::isnan(s->memoryMb));
    }
};

QTEST_GUILESS_MAIN(TestProcStats)
#include "tst_procstats.moc"
