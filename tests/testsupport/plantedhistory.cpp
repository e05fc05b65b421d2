#include "plantedhistory.h"

#include "core/timeformat.h"
#include "taskrows.h"

#include <algorithm>
#include <cmath>

namespace rulecast::test {

namespace {

// splitmix64: small, seeded, identical on every platform.
class Rng
{
public:
    // The seed is mixed once, so neighbouring seeds give unrelated streams.
    explicit Rng(quint64 seed) : m_state(seed) { m_state = next(); }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) / 9007199254740992.0; }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(uniform() * double(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

constexpr qint64 kDay = 86400;

int weekdayOf(qint64 t)
{
    return int(((t / kDay) + 4) % 7);
}

int dayOfMonthOf(qint64 t)
{
    int y = 0, m = 0, d = 0;
    timeformat::civilFromDays(t / kDay, y, m, d);
    return d;
}

} // namespace

PlantedHistory plantHistory(const PlantedSpec &spec)
{
    Rng rng(spec.seed);
    PlantedHistory h;
    h.end = spec.start + qint64(spec.days) * kDay;
    const qint64 jitter = qint64(spec.jitterMinutes) * 60;
    auto add = [&](const QString &type, qint64 t, double cpu, qint64 duration) {
        if (t < spec.start || t >= h.end)
            return;
        TaskRecord r;
        r.type = type;
        r.status = QStringLiteral("completed");
        r.startedAt = t;
        r.finishedAt = t + duration;
        r.cpuPercent = cpu;
        r.memoryMb = 64.0 + double(rng.between(0, 512));
        h.tasks.push_back(r);
    };
    auto jittered = [&](qint64 t) { return t + rng.between(-jitter, jitter); };

    const QString backup = QStringLiteral("backup"), rotate = QStringLiteral("rotate-logs"),
                  report = QStringLiteral("weekly-report"), billing = QStringLiteral("billing"),
                  heartbeat = QStringLiteral("heartbeat"), sync = QStringLiteral("sync-inbox"),
                  extract = QStringLiteral("extract"), transform = QStringLiteral("transform");
    h.planted << PlantedPattern{PatternKind::Daily, {backup}, 2 * 60 + 13, 0, {}, 0}
              << PlantedPattern{PatternKind::Daily, {rotate}, 23 * 60 + 58, 0, {}, 0}
              << PlantedPattern{PatternKind::Weekly, {report}, 9 * 60 + 30, 0, {1, 3, 5}, 0}
              << PlantedPattern{PatternKind::Interval, {heartbeat}, -1, 60, {}, 0}
              << PlantedPattern{PatternKind::Interval, {sync}, -1, 15, {}, 0}
              << PlantedPattern{PatternKind::Correlation, {extract, transform}, -1, 0, {}, 8};
    if (spec.monthly)
        h.planted << PlantedPattern{PatternKind::Monthly, {billing}, 4 * 60, 0, {15}, 0};

    for (int d = 0; d < spec.days; ++d) {
        const qint64 day = spec.start + qint64(d) * kDay;
        if (!rng.chance(spec.skipRate))
            add(backup, jittered(day + (2 * 60 + 13) * 60), 85.0, 20 * 60);
        if (!rng.chance(spec.skipRate))
            add(rotate, jittered(day + (23 * 60 + 58) * 60), 10.0, 120);
        const int wd = weekdayOf(day);
        if ((wd == 1 || wd == 3 || wd == 5) && !rng.chance(spec.skipRate))
            add(report, jittered(day + (9 * 60 + 30) * 60), 30.0, 300);
        if (spec.monthly && dayOfMonthOf(day) == 15)
            add(billing, jittered(day + 4 * 3600), 60.0, 600);
        for (int hour = 0; hour < 24; ++hour)
            if (!rng.chance(spec.skipRate))
                add(heartbeat, day + hour * 3600 + 7 * 60 + rng.between(-180, 180), 2.0, 30);
        for (int slot = 8 * 4; slot < 18 * 4; ++slot)
            if (!rng.chance(spec.skipRate))
                add(sync, day + slot * 900 + rng.between(-120, 120), 5.0, 60);
        // extract at random moments three times a day; transform 5–12 min later.
        for (int k = 0; k < 3; ++k) {
            const qint64 t = day + rng.between(0, kDay - 1);
            add(extract, t, 20.0, 240);
            if (!rng.chance(spec.skipRate))
                add(transform, t + rng.between(5 * 60, 12 * 60), 40.0, 300);
        }
    }
    for (int n = 0; n < spec.noiseTypes; ++n) {
        const QString type = QStringLiteral("noise-%1").arg(n + 1, 2, 10, QLatin1Char('0'));
        h.noiseTypes << type;
        const double perDay = 0.3 + rng.uniform() * (spec.maxNoisePerDay - 0.3);
        const qint64 count = qint64(std::llround(perDay * spec.days));
        for (qint64 i = 0; i < count; ++i)
            add(type, spec.start + rng.between(0, qint64(spec.days) * kDay - 1), 1.0 + rng.uniform() * 30.0,
                rng.between(30, 1800));
    }
    std::stable_sort(h.tasks.begin(), h.tasks.end(),
                     [](const TaskRecord &a, const TaskRecord &b) { return a.startedAt < b.startedAt; });
    for (std::size_t i = 0; i < h.tasks.size(); ++i)
        h.tasks[i].id = qint64(i) + 1;
    return h;
}

Status insertPlanted(const Database &db, const PlantedHistory &history)
{
    return insertTasks(db, QList<TaskRecord>(history.tasks.begin(), history.tasks.end()));
}

} // namespace rulecast::test
