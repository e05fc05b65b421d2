// Similar-pattern search speed: pattern pairs compared per second by
// patternSimilarity() (from patterns, and from prepared PatternFeatures), against behaviourDistance() (the repository's
// same-behaviour test, a few comparisons per pair) measured in the same run;
// and one --pattern-id search and one --pattern-type search over a database
// of 2,000 stored patterns.
//   ./build/bench/bench_similarity
#include "app/similarpatternsusecase.h"
#include "core/patterndetector.h"
#include "core/patternsimilarity.h"
#include "storage/database.h"
#include "storage/patternrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace rulecast;

namespace {

QList<ActivityPattern> randomPatterns(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList types{QStringLiteral("backup"), QStringLiteral("sync-photos"), QStringLiteral("transcode"),
                            QStringLiteral("report"), QStringLiteral("download"), QStringLiteral("transcribe")};
    QList<ActivityPattern> out;
    for (int i = 0; i < n; ++i) {
        ActivityPattern p;
        p.kind = PatternKind(rng.bounded(4)); // daily, weekly, monthly, interval
        p.taskTypes << types[rng.bounded(int(types.size()))] + QString::number(rng.bounded(50));
        p.minuteOfDay = rng.bounded(1440);
        p.spreadMinutes = rng.bounded(30);
        p.confidence = 0.5 + rng.bounded(0.5);
        p.occurrences = 10;
        TimeWindow w{int(p.minuteOfDay) / 60, (int(p.minuteOfDay) / 60 + 1) % 24, int(p.minuteOfDay) % 60, {}, {}};
        if (p.kind == PatternKind::Weekly)
            w.daysOfWeek = {int(rng.bounded(7))};
        if (p.kind == PatternKind::Monthly)
            w.daysOfMonth = {1 + int(rng.bounded(28))};
        if (p.kind == PatternKind::Interval) {
            p.periodMinutes = 15 * (1 + int(rng.bounded(8)));
            p.minuteOfDay = rng.bounded(15);
            w = TimeWindow{8, 18, -1, {}, {}};
        }
        p.timeWindows << w;
        p.frequency = QStringLiteral("x");
        out << p;
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QList<ActivityPattern> patterns = randomPatterns(600, 7);
    double sink = 0;
    QElapsedTimer t;
    t.start();
    qint64 pairs = 0;
    for (int i = 0; i < patterns.size(); ++i)
        for (int j = i + 1; j < patterns.size(); ++j, ++pairs)
            sink += patternSimilarity(patterns[i], patterns[j]).total;
    const double simRate = double(pairs) / (double(t.nsecsElapsed()) / 1e9);
    std::vector<PatternFeatures> features;
    for (const ActivityPattern &p : patterns)
        features.emplace_back(p);
    t.restart();
    for (std::size_t i = 0; i < features.size(); ++i)
        for (std::size_t j = i + 1; j < features.size(); ++j)
            sink += patternSimilarity(features[i], features[j]).total;
    const double preparedRate = double(pairs) / (double(t.nsecsElapsed()) / 1e9);
    t.restart();
    for (int round = 0; round < 20; ++round)
        for (int i = 0; i < patterns.size(); ++i)
            for (int j = i + 1; j < patterns.size(); ++j)
                sink += behaviourDistance(patterns[i], patterns[j], 30.0 + round).value_or(0.0);
    const double refRate = double(pairs) * 20 / (double(t.nsecsElapsed()) / 1e9);
    std::printf("patternSimilarity: %.0f pairs/s from patterns, %.0f pairs/s prepared (PatternFeatures); "
                "behaviourDistance (reference): %.0f pairs/s; ratios %.4f and %.4f\n",
                simRate, preparedRate, refRate, simRate / refRate, preparedRate / refRate);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    {
        Result<Database> db = Database::open(path);
        PatternAnalysis analysis;
        analysis.patterns = randomPatterns(2000, 11);
        analysis.window.until = 1800000000;
        analysis.requestedFrom = analysis.window.until - 86400;
        for (ActivityPattern &p : analysis.patterns)
            p.analyzedUntil = analysis.window.until;
        if (!db || !PatternRepository(db.value()).store(analysis, analysis.window.until)) {
            std::fprintf(stderr, "could not store the patterns\n");
            return 1;
        }
        db->closeThreadConnection();
    }
    SimilarSearchRequest r;
    r.databasePath = path;
    r.patternId = 1;
    r.threshold = 0.0;
    t.restart();
    const auto byId = searchSimilarPatterns(r);
    const qint64 byIdMs = t.elapsed();
    r.mode = SimilarSearchRequest::Mode::ByType;
    r.patternType = PatternKind::Daily;
    t.restart();
    const auto byType = searchSimilarPatterns(r);
    const qint64 byTypeMs = t.elapsed();
    if (!byId || !byType) {
        std::fprintf(stderr, "search failed\n");
        return 1;
    }
    std::printf("2,000 stored patterns: --pattern-id search %lld ms (%lld compared); --pattern-type daily_recurring "
                "%lld ms (%lld patterns, all pairs)\n",
                qint64(byIdMs), qint64(byId->candidates), qint64(byTypeMs), qint64(byType->candidates));
    return sink > 0 ? 0 : 2;
}
