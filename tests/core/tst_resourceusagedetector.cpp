#include "core/resourceusagedetector.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace rulecast;

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kStart = 1767225600; // 2026-01-01 00:00 UTC

// Samples every 10 minutes for `days`: CPU at `base` ± noise, and at `peak`
// in [peakFrom, peakTo) on the days `peakOn` accepts.
std::vector<ResourceSample> samples(int days, double base, double peak, int peakFrom, int peakTo,
                                    const std::function<bool(int)> &peakOn, quint64 seed)
{
    QRandomGenerator rng(seed);
    std::vector<ResourceSample> out;
    for (int d = 0; d < days; ++d)
        for (int m = 0; m < 1440; m += 10) {
            ResourceSample s;
            s.sampledAt = kStart + d * kDay + m * 60;
            const int h = m / 60;
            const bool inPeak = h >= peakFrom && h < peakTo && peakOn(d);
            s.cpuPercent = (inPeak ? peak : base) + rng.bounded(10.0);
            s.memoryMb = 4000 + rng.bounded(200.0); // flat: no memory peak
            out.push_back(s);
        }
    return out;
}

QList<ActivityPattern> detectSamples(const std::vector<ResourceSample> &s, int days)
{
    const AnalysisWindow window{kStart, kStart + days * kDay};
    return ResourceUsageDetector().detect({}, {}, EventTable{}, window, s);
}

const ActivityPattern *find(const QList<ActivityPattern> &patterns, const QString &metric)
{
    for (const ActivityPattern &p : patterns)
        if (p.metrics.value(QStringLiteral("metric")).toString() == metric)
            return &p;
    return nullptr;
}

} // namespace

class TestResourceUsageDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsADailySampledPeak()
    {
        const auto s = samples(30, 10, 80, 14, 16, [](int d) { return d % 10 != 3; }, 1); // skips 3 days
        const QList<ActivityPattern> found = detectSamples(s, 30);
        const ActivityPattern *cpu = find(found, QStringLiteral("system_cpu_percent"));
        QVERIFY(cpu);
        QCOMPARE(cpu->kind, PatternKind::ResourceUsage);
        QVERIFY2(cpu->confidence >= 0.7, qPrintable(QString::number(cpu->confidence)));
        QCOMPARE(cpu->metrics.value(QStringLiteral("peak_hours")).toArray(), QJsonArray({14, 15}));
        QCOMPARE(cpu->metrics.value(QStringLiteral("measured_by")).toString(), QStringLiteral("samples"));
        QCOMPARE(cpu->timeWindows.value(0).startHour, 14);
        QCOMPARE(cpu->timeWindows.value(0).endHour, 16);
        QVERIFY(!find(found, QStringLiteral("system_memory_mb"))); // flat memory is no pattern
    }

    void flatOrRandomLoadIsNotConfident()
    {
        // A peak at a different random hour every day: busy hours exist, but no regular ones.
        QRandomGenerator rng(7);
        std::vector<ResourceSample> s;
        for (int d = 0; d < 30; ++d) {
            const int hour = int(rng.bounded(24));
            for (int m = 0; m < 1440; m += 10) {
                ResourceSample r;
                r.sampledAt = kStart + d * kDay + m * 60;
                r.cpuPercent = (m / 60 == hour ? 90 : 10) + rng.bounded(10.0);
                s.push_back(r);
            }
        }
        for (const ActivityPattern &p : detectSamples(s, 30))
            QVERIFY2(p.confidence < 0.7, qPrintable(p.metrics.value(QStringLiteral("metric")).toString()));
    }

    void samplesOutsideTheWindowAreIgnored()
    {
        // The peak only exists after the window ends: nothing after as-of may be used.
        auto s = samples(40, 10, 10, 14, 16, [](int) { return false; }, 3);
        for (ResourceSample &r : s)
            if (r.sampledAt >= kStart + 30 * kDay && (r.sampledAt / 3600) % 24 == 14)
                r.cpuPercent = 99;
        QVERIFY(!find(detectSamples(s, 30), QStringLiteral("system_cpu_percent")));
    }

    void tooFewSamplesAreNoPattern()
    {
        std::vector<ResourceSample> s(2);
        s[0].sampledAt = kStart + 14 * 3600;
        s[0].cpuPercent = 90;
        s[1].sampledAt = kStart + kDay + 14 * 3600;
        s[1].cpuPercent = 90;
        QVERIFY(detectSamples(s, 2).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResourceUsageDetector)
#include "tst_resourceusagedetector.moc"
