#include "core/activityindex.h"
#include "core/historyfeatures.h"
#include "core/historymodel.h"

#include <QtTest>

#include <random>

using namespace rulecast;

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kStartDay = 20000;
constexpr int kDays = 70;

// "backup" every day in hour 9, plus `noiseTypes` types that start in a
// random hour on half of the days.
std::vector<TaskRecord> history(int noiseTypes)
{
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<TaskRecord> tasks;
    auto add = [&](const QString &type, qint64 start) {
        TaskRecord t;
        t.id = qint64(tasks.size()) + 1;
        t.type = type;
        t.startedAt = start;
        t.finishedAt = start + 300;
        tasks.push_back(t);
    };
    for (int d = 0; d < kDays; ++d) {
        const qint64 day = kStartDay + d;
        add(QStringLiteral("backup"), day * kDay + 9 * 3600 + 120);
        for (int n = 0; n < noiseTypes; ++n)
            if (uniform(rng) < 0.5)
                add(QStringLiteral("noise-%1").arg(n), day * kDay + qint64(uniform(rng) * kDay));
    }
    std::sort(tasks.begin(), tasks.end(),
              [](const TaskRecord &a, const TaskRecord &b) { return a.startedAt < b.startedAt; });
    return tasks;
}

struct Fitted
{
    HistoryModel model;
    double backupAtNine = 0;
    double backupAtTen = 0;
};

Fitted fitOn(int noiseTypes)
{
    const std::vector<TaskRecord> tasks = history(noiseTypes);
    const qint64 cutoff = kStartDay + kDays;
    const ActivityIndex index = ActivityIndex::build(tasks, 3600, cutoff - 91, cutoff, cutoff * kDay);
    const HistoryModel::Options options;
    Fitted f{HistoryModel::fit(index, cutoff, 0, options), 0, 0};
    const int backup = index.findType(QStringLiteral("backup"));
    HistoryFeatures::compute(index, {FeatureTarget{cutoff, cutoff}}, options.features, {backup},
                             [&](int, int, int slot, const double *x) {
                                 if (slot == 9)
                                     f.backupAtNine = f.model.probability(x);
                                 if (slot == 10)
                                     f.backupAtTen = f.model.probability(x);
                             });
    return f;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A perfectly regular job stays near-certain whether it runs among a
    // few or among many noisy types, and the ridge it was fitted with is one
    // of the candidates (chosen by rolling-origin validation).
    void regularJobAmongFewOrManyNoisyTypes()
    {
        const HistoryModel::Options options;
        for (int noise : {3, 60}) {
            const Fitted f = fitOn(noise);
            qInfo("%d noisy types: ridge %g, backup at 09:00 %.3f, at 10:00 %.3f", noise, f.model.ridge(),
                  f.backupAtNine, f.backupAtTen);
            QCOMPARE(f.model.trainingDays(), 28);
            QVERIFY(std::find(options.ridgeCandidates.begin(), options.ridgeCandidates.end(), f.model.ridge())
                    != options.ridgeCandidates.end());
            QVERIFY2(f.backupAtNine >= 0.85, qPrintable(QString::number(f.backupAtNine)));
            QVERIFY2(f.backupAtTen < 0.1, qPrintable(QString::number(f.backupAtTen)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
