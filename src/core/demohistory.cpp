#include "demohistory.h"

#include "core/timeformat.h"

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

// SplitMix64: tiny, fast, and the same sequence everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); } // [lo, hi]
    bool chance(double p) { return uniform() < p; }
    double normal(double mean, double sd)
    {
        // Box-Muller; 1 - u keeps the logarithm finite.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    // Durations are skewed: most runs near the median, a few much longer.
    double logNormal(double median, double spread) { return median * std::exp(normal(0.0, spread)); }
    // Poisson by inversion; fine for the small means used here.
    int poisson(double mean)
    {
        const double limit = std::exp(-mean);
        double p = uniform();
        int k = 0;
        while (p > limit) {
            p *= uniform();
            ++k;
        }
        return k;
    }

private:
    quint64 m_state;
};

struct Resources
{
    double cpu, memory, disk, network;
};

class Generator
{
public:
    Generator(const DemoHistoryOptions &o) : m_options(o), m_rng(o.seed ^ 0x5275'6C65'6361'7374ULL) {}

    QList<TaskRecord> run()
    {
        const qint64 end = m_options.endTime;
        const qint64 start = end - qint64(m_options.days) * 86400;
        // A couple of days the media box was off (holiday, repair): nothing
        // runs on it then, like a real gap in a history.
        const int outageDay = m_options.days >= 20 ? m_rng.integer(5, m_options.days - 5) : -1;
        const qint64 firstDay = start >= 0 ? start / 86400 : (start - 86399) / 86400;
        for (qint64 day = firstDay; day * 86400 < end; ++day) {
            const int index = int(day - firstDay);
            const bool mediaOff = outageDay >= 0 && (index == outageDay || index == outageDay + 1);
            generateDay(day, mediaOff);
        }
        QList<TaskRecord> inRange;
        inRange.reserve(m_tasks.size());
        for (TaskRecord &t : m_tasks) {
            if (t.startedAt < start || t.startedAt >= end)
                continue;
            if (t.finishedAt >= end) { // still running when the history ends
                t.finishedAt = -1;
                t.status = QStringLiteral("running");
            }
            inRange.append(t);
        }
        std::stable_sort(inRange.begin(), inRange.end(),
                         [](const TaskRecord &a, const TaskRecord &b) { return a.startedAt < b.startedAt; });
        return inRange;
    }

private:
    struct Run
    {
        qint64 finishedAt;
        bool succeeded;
    };

    // Adds one run and says when it ended and whether it succeeded.
    Run add(const char *type, const char *host, qint64 startedAt, double seconds, const Resources &r,
               double failRate, const QString &description = {})
    {
        TaskRecord t;
        t.type = QString::fromLatin1(type);
        t.host = QString::fromLatin1(host);
        t.description = description;
        t.startedAt = startedAt;
        const bool failed = m_rng.chance(failRate);
        // A failed run stops early and used less of everything.
        const double share = failed ? m_rng.uniform(0.05, 0.6) : 1.0;
        t.finishedAt = startedAt + std::max<qint64>(1, qint64(std::llround(seconds * share)));
        t.status = failed ? QStringLiteral("failed") : QStringLiteral("completed");
        const auto vary = [this](double v) { return std::max(0.0, std::round(v * m_rng.uniform(0.8, 1.2) * 10) / 10); };
        t.cpuPercent = vary(r.cpu);
        t.memoryMb = vary(r.memory);
        t.diskMb = vary(r.disk * share);
        t.networkMbps = vary(r.network);
        m_tasks.append(t);
        return {t.finishedAt, !failed};
    }

    // A scheduled start: the planned minute plus cron's and the machine's
    // delay of some seconds; it stays inside the planned minute, as cron does.
    qint64 jittered(qint64 planned, double sdSeconds)
    {
        return planned + std::min<qint64>(59, qint64(std::fabs(m_rng.normal(0.0, sdSeconds))) + m_rng.integer(0, 3));
    }

    void generateDay(qint64 day, bool mediaOff)
    {
        const qint64 midnight = day * 86400;
        int year = 0, month = 0, dom = 0;
        timeformat::civilFromDays(day, year, month, dom);
        const int weekday = int(((day % 7) + 11) % 7); // 0 = Sunday; 1970-01-01 was a Thursday
        const auto at = [midnight](int h, int m) { return midnight + h * 3600 + m * 60; };
        // Some days a machine was off or a job was paused: the run is missing.
        const auto skipped = [this](double p) { return m_rng.chance(p); };

        // Nightly backup, with a retry when it fails.
        if (!skipped(0.02)) {
            const qint64 s = jittered(at(2, 13), 40);
            const Run run = add("backup", "nas", s, m_rng.logNormal(25 * 60, 0.25), {35, 512, 18000, 4}, 0.03);
            if (!run.succeeded)
                add("backup", "nas", run.finishedAt + 600 + m_rng.integer(0, 120), m_rng.logNormal(25 * 60, 0.25), {35, 512, 18000, 4},
                    0.01, QStringLiteral("retry"));
        }
        if (weekday == 0 && !skipped(0.03))
            add("backup-full", "nas", jittered(at(3, 0), 60), m_rng.logNormal(2 * 3600, 0.15), {55, 1024, 240000, 6}, 0.04);

        for (int h = 0; h < 24; h += 4)
            if (!skipped(0.015))
                add("sync-photos", "nas", jittered(at(h, 5), 20), m_rng.logNormal(180, 0.4), {12, 256, 800, 38}, 0.02);

        if (!mediaOff) {
            for (const int hour : {6, 18}) {
                if (skipped(0.02))
                    continue;
                const qint64 s = jittered(at(hour, 30), 30);
                const int episodes = m_rng.poisson(1.4);
                qint64 cursor = s;
                // The fetch itself, then each episode downloads, is transcribed
                // within minutes and summarized right after.
                add("download-podcasts", "media", s, m_rng.logNormal(40, 0.3), {5, 128, 1, 20}, 0.02,
                    QStringLiteral("%1 new episode(s)").arg(episodes));
                for (int e = 0; e < episodes; ++e) {
                    const double size = m_rng.logNormal(90, 0.5); // MB
                    const Run dl = add("download", "media", cursor + m_rng.integer(30, 90), size / 6.0 + 20,
                                          {8, 192, size, 48}, 0.04, QStringLiteral("episode %1").arg(e + 1));
                    cursor = dl.finishedAt;
                    if (!dl.succeeded)
                        continue; // nothing to transcribe
                    const double minutes = size / 2.0; // audio length, roughly
                    const Run tr = add("transcribe", "gpu-box", dl.finishedAt + m_rng.integer(120, 600),
                                          m_rng.logNormal(minutes * 60 * 0.3, 0.2), {240, 3500, 5, 0.5}, 0.05);
                    if (!tr.succeeded)
                        continue;
                    add("summarize", "gpu-box", tr.finishedAt + m_rng.integer(60, 300), m_rng.logNormal(50, 0.3),
                        {160, 6000, 1, 0.2}, 0.03);
                }
            }
            if (weekday >= 1 && weekday <= 5 && !skipped(0.05))
                add("transcode", "media", jittered(at(22, 0), 45), m_rng.logNormal(45 * 60, 0.3), {185, 2048, 3500, 1}, 0.04);
        }

        if ((weekday == 1 || weekday == 3 || weekday == 5) && !skipped(0.02))
            add("weekly-report", "nas", jittered(at(9, 30), 15), m_rng.logNormal(75, 0.2), {20, 300, 5, 1}, 0.02);
        if (dom == 15 && !skipped(0.01))
            add("monthly-cleanup", "nas", jittered(at(4, 0), 30), m_rng.logNormal(20 * 60, 0.3), {25, 400, 9000, 0}, 0.03);

        // Noise: a person doing things by hand, no schedule at all.
        static const char *const manual[] = {"manual-search", "thumbnail", "rename-files", "tag-media"};
        const int count = m_rng.poisson(2.5);
        for (int i = 0; i < count; ++i) {
            const qint64 s = midnight + qint64(m_rng.uniform(8.0, 23.5) * 3600);
            add(manual[m_rng.integer(0, 3)], "laptop", s, m_rng.logNormal(90, 0.8), {30, 400, 20, 2}, 0.05);
        }
    }

    DemoHistoryOptions m_options;
    Random m_rng;
    QList<TaskRecord> m_tasks;
};

} // namespace

QList<TaskRecord> generateDemoHistory(const DemoHistoryOptions &options)
{
    if (options.days <= 0)
        return {};
    return Generator(options).run();
}

} // namespace rulecast
