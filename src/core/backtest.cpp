#include "core/backtest.h"

#include "core/activityindex.h"
#include "core/slotgrid.h"

#include <QSet>

#include <algorithm>
#include <set>

namespace rulecast {

std::pair<qint64, qint64> Backtest::lastObservedDays(const std::vector<TaskRecord> &tasks, int count)
{
    std::set<qint64> days;
    for (const TaskRecord &task : tasks)
        days.insert(SlotGrid::dayOfEpoch(task.startedAt));
    if (days.empty() || count < 1)
        return {0, -1};
    auto it = days.end();
    for (int i = 0; i < count && it != days.begin(); ++i)
        --it;
    return {*it, *days.rbegin()};
}

Result<BacktestResult> Backtest::run(const std::vector<TaskRecord> &tasks, qint64 from, qint64 to,
                                     const BacktestOptions &options, const Progress *progress)
{
    if (!SlotGrid::validSlotMinutes(options.slotMinutes))
        return Result<BacktestResult>::failure(
            QStringLiteral("slot length of %1 minutes must divide a day").arg(options.slotMinutes));
    if (to < from)
        return Result<BacktestResult>::failure(QStringLiteral("the end of the backtest lies before its start"));

    BacktestResult result;
    result.fromDay = SlotGrid::dayOfEpoch(from);
    result.toDay = SlotGrid::dayOfEpoch(to);
    result.slotMinutes = options.slotMinutes;
    const int slotSeconds = options.slotMinutes * 60;

    // The scored types: every type seen before the first scored day.
    const qint64 firstMidnight = result.fromDay * SlotGrid::kSecondsPerDay;
    {
        QSet<QString> seen;
        for (const TaskRecord &task : tasks) {
            if (task.startedAt < firstMidnight && !seen.contains(task.type)) {
                seen.insert(task.type);
                result.types.append(task.type);
            }
        }
        std::sort(result.types.begin(), result.types.end());
    }
    // Truth and baselines read one index over the range and the baseline window before it.
    const ActivityIndex truth =
        ActivityIndex::build(tasks, slotSeconds, result.fromDay - options.baselineWindowDays, result.toDay + 1,
                             (result.toDay + 1) * SlotGrid::kSecondsPerDay, result.types);

    result.models = {{QString::fromLatin1(kRulecast), QStringLiteral("Rulecast predictor"), {}},
                     {QString::fromLatin1(kYesterday), QStringLiteral("same slot yesterday"), {}},
                     {QString::fromLatin1(kShare),
                      QStringLiteral("share of the last %1 days of the same kind").arg(options.baselineWindowDays),
                      {}}};
    const size_t modelCount = result.models.size();
    std::vector<std::vector<double>> probabilities(modelCount);
    std::vector<char> outcomes;

    PredictorOptions predictorOptions = options.predictor;
    predictorOptions.lookAheadHours = 24;
    predictorOptions.slotMinutes = options.slotMinutes;
    predictorOptions.minProbability = 2.0; // the backtest needs the grid, not the listed predictions

    const int slots = SlotGrid::kSecondsPerDay / slotSeconds;
    const qint64 dayCount = result.toDay - result.fromDay + 1;
    for (qint64 day = result.fromDay; day <= result.toDay; ++day) {
        if (progress) {
            progress->report(day - result.fromDay, dayCount);
            if (progress->canceled())
                return Result<BacktestResult>::failure(QStringLiteral("canceled"));
        }
        if (!truth.systemActive(day)) {
            result.skippedDays.push_back(day);
            continue;
        }
        PredictorInput input;
        input.asOf = day * SlotGrid::kSecondsPerDay;
        input.history = &tasks;
        input.types = result.types;
        Result<PredictionSet> predicted = Predictor::run(input, predictorOptions);
        if (!predicted)
            return Result<BacktestResult>::failure(predicted.error());

        BacktestDay dayScore;
        dayScore.day = day;
        std::vector<std::vector<double>> dayProbabilities(modelCount);
        std::vector<char> dayOutcomes;
        const bool weekend = SlotGrid::isWeekend(day);
        for (const QString &type : result.types) {
            const int t = truth.findType(type);
            const int pt = int(predicted->types.indexOf(type));
            for (int slot = 0; slot < slots; ++slot) {
                const bool event = truth.occurred(t, day, slot);
                dayOutcomes.push_back(event ? 1 : 0);
                dayProbabilities[0].push_back(pt >= 0 ? predicted->probability(pt, slot) : 0.0);
                dayProbabilities[1].push_back(truth.occurred(t, day - 1, slot) ? 1.0 : 0.0);
                int kindDays = 0, hits = 0;
                for (qint64 d = day - options.baselineWindowDays; d < day; ++d) {
                    if (SlotGrid::isWeekend(d) != weekend)
                        continue;
                    ++kindDays;
                    hits += truth.occurred(t, d, slot) ? 1 : 0;
                }
                dayProbabilities[2].push_back(kindDays ? double(hits) / kindDays : 0.0);
            }
        }
        dayScore.cells = qint64(dayOutcomes.size());
        for (char o : dayOutcomes)
            dayScore.positives += o;
        for (size_t m = 0; m < modelCount; ++m) {
            const PredictionScore s = PredictionScore::compute(dayProbabilities[m], dayOutcomes);
            dayScore.brier.push_back(s.brier);
            dayScore.bestF1.push_back(s.bestF1);
            probabilities[m].insert(probabilities[m].end(), dayProbabilities[m].begin(), dayProbabilities[m].end());
        }
        outcomes.insert(outcomes.end(), dayOutcomes.begin(), dayOutcomes.end());
        result.cells += dayScore.cells;
        result.positives += dayScore.positives;
        result.days.push_back(std::move(dayScore));
    }
    for (size_t m = 0; m < modelCount; ++m)
        result.models[m].score = PredictionScore::compute(probabilities[m], outcomes);
    if (progress)
        progress->report(dayCount, dayCount);
    return result;
}

} // namespace rulecast
