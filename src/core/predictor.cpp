#include "core/predictor.h"

#include "core/activityindex.h"
#include "core/historyfeatures.h"
#include "core/phrase.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace rulecast {

namespace {

QString clock(qint64 epoch)
{
    const qint64 secondOfDay = epoch - SlotGrid::dayOfEpoch(epoch) * SlotGrid::kSecondsPerDay;
    return QStringLiteral("%1:%2")
        .arg(secondOfDay / 3600, 2, 10, QLatin1Char('0'))
        .arg((secondOfDay % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString slotRange(qint64 start, qint64 end)
{
    return clock(start) + QStringLiteral("\u2013") + clock(end);
}

constexpr const char *kContext = "PredictionText";

// "weekday history: 20 of last 20 weekdays at 09:00–09:30, last active day
// yes, same weekday 4 of 4": one sentence per fact, joined with ", ", so each
// is translated whole.
LocalizedText historyDetail(const HistoryFeatures::Evidence &e, qint64 start, qint64 end)
{
    QList<LocalizedText> parts;
    parts << (e.weekend ? LocalizedText(kContext, QT_TRANSLATE_NOOP("PredictionText", "weekend history: %1 of last %2 weekends at %3"))
                        : LocalizedText(kContext, QT_TRANSLATE_NOOP("PredictionText", "weekday history: %1 of last %2 weekdays at %3")))
                 .arg(e.kindHits)
                 .arg(e.kindDays)
                 .arg(slotRange(start, end));
    if (e.lastDay >= 0)
        parts << (e.lastDayHit ? LocalizedText(kContext, QT_TRANSLATE_NOOP("PredictionText", "last active day yes"))
                               : LocalizedText(kContext, QT_TRANSLATE_NOOP("PredictionText", "last active day no")));
    if (e.weekdayDays > 0)
        parts << LocalizedText(kContext, QT_TRANSLATE_NOOP("PredictionText", "same weekday %1 of %2"))
                     .arg(e.weekdayHits)
                     .arg(e.weekdayDays);
    return LocalizedText::joined(parts, kContext, QT_TRANSLATE_NOOP("PredictionText", ", "));
}

QString twoDigits(int hour)
{
    return QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
}

// 0 = Sunday, as banana-bun and cron number the days.
int sundayBasedWeekday(qint64 day)
{
    return (SlotGrid::weekdayOfDay(day) + 1) % 7;
}

} // namespace

QString PredictionSource::kindName(Kind kind)
{
    switch (kind) {
    case History: return QStringLiteral("history");
    case Rule: return QStringLiteral("rule");
    case Pattern: return QStringLiteral("pattern");
    case Correlation: return QStringLiteral("correlation");
    }
    return QString();
}

Result<PredictionSet> Predictor::run(const PredictorInput &input, const PredictorOptions &options,
                                     const Progress *progress)
{
    Result<SlotGrid> grid = SlotGrid::create(input.asOf, options.lookAheadHours, options.slotMinutes);
    if (!grid)
        return Result<PredictionSet>::failure(grid.error());
    static const std::vector<TaskRecord> noHistory;
    const std::vector<TaskRecord> &history = input.history ? *input.history : noHistory;

    PredictionSet set;
    set.grid = *grid;
    const SlotGrid &g = set.grid;
    const qint64 cutoffDay = SlotGrid::dayOfEpoch(input.asOf);

    QStringList known = input.types;
    for (const RuleSource &r : input.rules)
        known.append(r.taskType);
    for (const PatternSource &p : input.patterns)
        known.append(p.taskType);
    for (const CorrelationSource &c : input.correlations)
        known.append(c.toType);
    known.removeDuplicates();

    if (progress)
        progress->stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "indexing history")));
    const ActivityIndex index = ActivityIndex::build(history, g.slotSeconds(), cutoffDay - options.historyWindowDays,
                                                     cutoffDay, input.asOf, known);
    set.types = index.types();
    const int slots = g.count();
    set.probabilities.assign(size_t(set.types.size()) * size_t(slots), 0.0);
    if (progress && progress->canceled())
        return Result<PredictionSet>::failure(QStringLiteral("canceled"));

    // History: one model per distance between the cutoff and the predicted day.
    std::map<qint64, std::vector<int>> slotsByDay;
    for (int i = 0; i < slots; ++i)
        slotsByDay[g.dayOf(i)].push_back(i);
    int done = 0;
    for (const auto &[day, daySlots] : slotsByDay) {
        if (progress) {
            progress->stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "fitting history model")));
            progress->report(done++, qint64(slotsByDay.size()));
            if (progress->canceled())
                return Result<PredictionSet>::failure(QStringLiteral("canceled"));
        }
        const HistoryModel model = HistoryModel::fit(index, cutoffDay, int(day - cutoffDay), options.model);
        std::vector<int> gridSlotOfDay(size_t(g.slotsPerDay()), -1);
        for (int i : daySlots)
            gridSlotOfDay[size_t(g.slotOfDay(i))] = i;
        HistoryFeatures::compute(index, {FeatureTarget{day, cutoffDay}}, options.model.features, {},
                                 [&](int type, int, int slot, const double *x) {
                                     const int i = gridSlotOfDay[size_t(slot)];
                                     if (i >= 0)
                                         set.probabilities[size_t(type) * size_t(slots) + size_t(i)] =
                                             model.probability(x);
                                 });
    }

    const std::vector<double> historyProbabilities = set.probabilities;

    // Other sources, kept per cell for the explanation.
    QHash<qint64, std::vector<PredictionSource>> extra;
    auto offer = [&](int type, int slot, PredictionSource source) {
        if (type < 0 || slot < 0)
            return;
        double &p = set.probabilities[size_t(type) * size_t(slots) + size_t(slot)];
        p = std::max(p, source.probability);
        extra[qint64(type) * slots + slot].push_back(std::move(source));
    };
    for (const RuleSource &rule : input.rules) {
        const int type = index.findType(rule.taskType);
        for (qint64 fire : rule.fireTimes) {
            const int slot = g.indexOf(fire);
            if (slot < 0)
                continue;
            offer(type, slot,
                  {PredictionSource::Rule, rule.ruleId, rule.hitRate(),
                   LocalizedText(kContext, QT_TRANSLATE_NOOP("PredictionText", "rule #%1 fires %2 (hit %3/%4)"))
                       .arg(rule.ruleId)
                       .arg(clock(fire))
                       .arg(rule.pastFiresFollowed)
                       .arg(rule.pastFires)});
        }
    }
    for (const PatternSource &pattern : input.patterns) {
        const int type = index.findType(pattern.taskType);
        for (int i = 0; i < slots; ++i) {
            const qint64 start = g.slotStart(i);
            const qint64 secondOfDay = start - SlotGrid::dayOfEpoch(start) * SlotGrid::kSecondsPerDay;
            const int hour = int(secondOfDay / 3600);
            if (hour < pattern.startHour || hour >= pattern.endHour)
                continue;
            if (pattern.minuteOfDay >= 0
                && (qint64(pattern.minuteOfDay) * 60 < secondOfDay
                    || qint64(pattern.minuteOfDay) * 60 >= secondOfDay + g.slotSeconds()))
                continue;
            const int weekday = sundayBasedWeekday(SlotGrid::dayOfEpoch(start));
            if (!pattern.daysOfWeek.empty()
                && std::find(pattern.daysOfWeek.begin(), pattern.daysOfWeek.end(), weekday)
                       == pattern.daysOfWeek.end())
                continue;
            // The pattern type is an identifier (daily_recurring), shown as stored.
            LocalizedText detail =
                pattern.patternType.isEmpty()
                    ? LocalizedText(kContext, QT_TRANSLATE_NOOP("PredictionText", "pattern #%1 (%2:00–%3:00, hit %4%)"))
                    : LocalizedText(kContext,
                                    QT_TRANSLATE_NOOP("PredictionText", "%1 pattern #%2 (%3:00–%4:00, hit %5%)"))
                          .arg(pattern.patternType);
            detail.arg(pattern.patternId)
                .arg(twoDigits(pattern.startHour))
                .arg(twoDigits(pattern.endHour))
                .arg(qRound(pattern.hitRate * 100));
            offer(type, i,
                  {PredictionSource::Pattern, pattern.patternId, std::clamp(pattern.hitRate, 0.0, 1.0), detail});
        }
    }
    if (!input.correlations.empty()) {
        // Starts already seen shortly before the as-of time bring their
        // followers; predicted starts bring them with their probability.
        QHash<QString, std::vector<qint64>> recent;
        qint64 longest = 0;
        for (const CorrelationSource &c : input.correlations)
            longest = std::max(longest, c.delaySeconds + c.toleranceSeconds);
        for (const TaskRecord &task : history) {
            if (task.startedAt < input.asOf && task.startedAt >= input.asOf - longest)
                recent[task.type].push_back(task.startedAt);
        }
        const std::vector<double> before = set.probabilities;
        for (const CorrelationSource &c : input.correlations) {
            const int to = index.findType(c.toType);
            LocalizedText detail(kContext,
                                 QT_TRANSLATE_NOOP("PredictionText", "after %1 (correlation #%2, %3 min later, strength %4%)"));
            detail.arg(c.fromType).arg(c.correlationId).arg(c.delaySeconds / 60).arg(qRound(c.strength * 100));
            for (qint64 start : recent.value(c.fromType))
                offer(to, g.indexOf(start + c.delaySeconds),
                      {PredictionSource::Correlation, c.correlationId, c.strength, detail});
            const int from = index.findType(c.fromType);
            if (from < 0)
                continue;
            for (int i = 0; i < slots; ++i) {
                const double pFrom = before[size_t(from) * size_t(slots) + size_t(i)];
                if (pFrom <= 0)
                    continue;
                offer(to, g.indexOf(g.slotStart(i) + c.delaySeconds),
                      {PredictionSource::Correlation, c.correlationId, c.strength * pFrom, detail});
            }
        }
    }

    // The listed predictions, with their sources and a one-line explanation.
    for (int type = 0; type < set.types.size(); ++type) {
        for (int i = 0; i < slots; ++i) {
            const double p = set.probabilities[size_t(type) * size_t(slots) + size_t(i)];
            if (p <= 0 || p < options.minProbability)
                continue;
            SlotPrediction prediction;
            prediction.taskType = set.types[type];
            prediction.slotStart = g.slotStart(i);
            prediction.slotEnd = prediction.slotStart + g.slotSeconds();
            prediction.probability = p;
            const auto evidence = HistoryFeatures::evidence(index, type, g.dayOf(i), g.slotOfDay(i), cutoffDay);
            QList<LocalizedText> parts;
            if (evidence.kindHits > 0 || evidence.lastDayHit || evidence.weekdayHits > 0) {
                PredictionSource source{PredictionSource::History, 0, 0,
                                        historyDetail(evidence, prediction.slotStart, prediction.slotEnd)};
                prediction.sources.push_back(source);
                parts << source.detail;
            }
            const auto more = extra.constFind(qint64(type) * slots + i);
            if (more != extra.constEnd()) {
                double bestRule = 0, bestPattern = 0;
                for (const PredictionSource &source : more.value()) {
                    prediction.sources.push_back(source);
                    parts << source.detail;
                    if (source.kind == PredictionSource::Rule && source.probability > bestRule) {
                        bestRule = source.probability;
                        prediction.ruleId = source.id;
                    }
                    if (source.kind == PredictionSource::Pattern && source.probability > bestPattern) {
                        bestPattern = source.probability;
                        prediction.patternId = source.id;
                    }
                }
            }
            for (PredictionSource &source : prediction.sources) {
                if (source.kind == PredictionSource::History)
                    source.probability = historyProbabilities[size_t(type) * size_t(slots) + size_t(i)];
            }
            if (parts.isEmpty())
                parts << LocalizedText(kContext, QT_TRANSLATE_NOOP("PredictionText", "base rate of %1 in similar slots"))
                             .arg(prediction.taskType);
            prediction.explanationText = LocalizedText::joined(parts, kContext, QT_TRANSLATE_NOOP("PredictionText", "; "));
            prediction.explanation = prediction.explanationText.toEnglish();
            set.predictions.push_back(std::move(prediction));
        }
    }
    std::stable_sort(set.predictions.begin(), set.predictions.end(),
                     [](const SlotPrediction &a, const SlotPrediction &b) { return a.probability > b.probability; });
    return set;
}

} // namespace rulecast
