#include "app/resourcesampler.h"
#include "storage/resourcesamplestore.h"
#include "testsupport/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestResourceSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAProcTree()
    {
        QTemporaryDir proc;
        write(proc.filePath(QStringLiteral("stat")), "cpu  10 0 10 70 10 0 0 0 0 0\n");
        write(proc.filePath(QStringLiteral("meminfo")), "MemTotal: 2048 kB\nMemAvailable: 1024 kB\n");
        // No diskstats / net/dev, as in some containers: those stay unmeasured.
        const Result<ProcSnapshot> snap = readProcSnapshot(proc.path());
        QVERIFY2(snap, qPrintable(snap.error()));
        QCOMPARE(snap->cpuTotalJiffies, quint64(100));
        QCOMPARE(snap->memoryUsedMb, 1.0);
        QVERIFY(!snap->hasDisk);
        QVERIFY(!snap->hasNetwork);
    }

    void namesAMissingOrBrokenFile()
    {
        QTemporaryDir proc;
        const Result<ProcSnapshot> missing = readProcSnapshot(proc.path());
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QStringLiteral("stat: cannot read")), qPrintable(missing.error()));
        write(proc.filePath(QStringLiteral("stat")), "cpu  10 0 10 70 10 0 0 0 0 0\n");
        write(proc.filePath(QStringLiteral("meminfo")), "MemTotal: 2048 kB\nMemAvailable: 1024 kB\n");
        write(proc.filePath(QStringLiteral("net/dev")), "h|\nh|\n eth0: 1 2 3\n");
        const Result<ProcSnapshot> broken = readProcSnapshot(proc.path());
        QVERIFY(!broken);
        QVERIFY2(broken.error().startsWith(QStringLiteral("/proc/net/dev:3:")), qPrintable(broken.error()));
    }

    void samplesThisMachineIntoTheDatabase()
    {
        if (!QFile::exists(QStringLiteral("/proc/stat")))
            QSKIP("no /proc on this system");
        test::TempDatabase tmp;
        SampleRequest request;
        request.databasePath = tmp.path();
        request.intervalSeconds = 1;
        request.count = 2;
        request.host = QStringLiteral("test-host");
        int seen = 0;
        request.onSample = [&](const ResourceSample &) { ++seen; };
        const Result<SampleSummary> summary = runSampler(request);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->stored, 2);
        QCOMPARE(seen, 2);
        const auto rows = ResourceSampleStore(tmp.db()).read(0, std::numeric_limits<qint64>::max());
        QVERIFY(rows);
        QCOMPARE(rows->size(), std::size_t(2));
        for (const ResourceSample &s : *rows) {
            QCOMPARE(s.host, QStringLiteral("test-host"));
            QVERIFY(s.cpuPercent >= 0.0 && s.cpuPercent <= 100.0);
            QVERIFY(s.memoryMb > 0.0);
        }
    }

    void cancelStopsBetweenSamples()
    {
        test::TempDatabase tmp;
        std::atomic_bool cancel{true};
        Progress progress;
        progress.cancelFlag = &cancel;
        SampleRequest request;
        request.databasePath = tmp.path();
        request.intervalSeconds = 60;
        request.count = 0;
        const Result<SampleSummary> summary = runSampler(request, progress);
        QVERIFY(summary);
        QVERIFY(summary->canceled);
        QCOMPARE(summary->stored, 0);
    }

    void refusesABadInterval()
    {
        SampleRequest request;
        request.intervalSeconds = 0;
        const Result<SampleSummary> summary = runSampler(request);
        QVERIFY(!summary);
        QVERIFY(summary.error().contains(QStringLiteral("1–3600")));
    }
};

QTEST_GUILESS_MAIN(TestResourceSampler)
#include "tst_resourcesampler.moc"
