#include "patterndetector.h"

#include "correlationdetector.h"
#include "intervaldetector.h"
#include "recurrencedetector.h"
#include "resourceusagedetector.h"
#include "phrase.h"

#include <QFuture>
#include <QHash>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

namespace rulecast {

PatternAnalysis PatternDetector::analyze(const std::vector<TaskRecord> &tasks, qint64 asOf, int days,
                                         const Progress &progress, const std::vector<ResourceSample> &samples) const
{
    PatternAnalysis result;
    result.requestedFrom = asOf - qint64(days) * 86400;
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Selecting the tasks of the window")));

    // The window's runs in start order (bulk readers deliver them sorted;
    // sort only when they are not).
    std::vector<std::size_t> members;
    members.reserve(tasks.size());
    for (std::size_t i = 0; i < tasks.size(); ++i)
        if (tasks[i].startedAt >= result.requestedFrom && tasks[i].startedAt < asOf)
            members.push_back(i);
    const auto byStart = [&](std::size_t a, std::size_t b) { return tasks[a].startedAt < tasks[b].startedAt; };
    if (!std::is_sorted(members.begin(), members.end(), byStart))
        std::stable_sort(members.begin(), members.end(), byStart);

    AnalysisWindow &window = result.window;
    window.until = asOf;
    window.from = members.empty() ? result.requestedFrom
                                  : std::max(result.requestedFrom, tasks[members.front()].startedAt);
    result.tasksAnalyzed = qint64(members.size());

    // Types as small integers. Bulk readers share one string per type, so the
    // data pointer is a cheap first key; the text is the real one.
    EventTable events;
    events.starts.reserve(members.size());
    events.types.reserve(members.size());
    events.ids.reserve(members.size());
    QHash<QString, int> typeIds;
    QHash<const void *, int> byPointer;
    for (std::size_t i : members) {
        const TaskRecord &t = tasks[i];
        const void *key = t.type.constData();
        auto p = byPointer.constFind(key);
        int id = 0;
        if (p != byPointer.constEnd()) {
            id = *p;
        } else {
            auto it = typeIds.constFind(t.type);
            if (it == typeIds.constEnd()) {
                id = int(events.typeNames.size());
                typeIds.insert(t.type, id);
                events.typeNames << t.type;
            } else {
                id = *it;
            }
            if (!t.type.isNull())
                byPointer.insert(key, id);
        }
        events.starts.push_back(t.startedAt);
        events.types.push_back(id);
        events.ids.push_back(t.id);
    }
    result.analyzedTypes = events.typeNames;

    std::vector<TypeSeries> series(std::size_t(events.typeNames.size()));
    for (int t = 0; t < int(series.size()); ++t)
        series[std::size_t(t)].type = events.typeNames[t];
    for (std::size_t i = 0; i < events.size(); ++i) {
        TypeSeries &s = series[std::size_t(events.types[i])];
        s.starts.push_back(events.starts[i]);
        s.ids.push_back(events.ids[i]);
    }

    // The cross-type detectors run beside the per-type loop (two cores).
    QFuture<QList<ActivityPattern>> crossType = QtConcurrent::run([&]() {
        QList<ActivityPattern> out = CorrelationDetector(m_options).detect(events, window);
        out << ResourceUsageDetector(m_options).detect(tasks, members, events, window, samples);
        return out;
    });

    QList<ActivityPattern> found;
    const qint64 total = qint64(series.size()) + 1;
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Looking for recurring runs per task type, correlations and load peaks")));
    const IntervalDetector intervals(m_options);
    const RecurrenceDetector recurrence(m_options);
    std::vector<char> explained;
    for (std::size_t t = 0; t < series.size() && !result.canceled; ++t) {
        if (progress.canceled()) {
            result.canceled = true;
            break;
        }
        if (auto p = intervals.detect(series[t], window, explained))
            found << *p;
        found << recurrence.detect(series[t], window, &explained);
        progress.report(qint64(t) + 1, total);
    }
    found << crossType.result(); // always joined: it reads this function's data
    if (result.canceled || progress.canceled()) {
        result.canceled = true;
        return result;
    }
    progress.report(total, total);

    for (const ActivityPattern &p : found) {
        if (p.confidence >= m_options.minConfidence && p.occurrences >= m_options.minDetectionCount)
            result.patterns << p;
        else
            ++result.candidatesBelowThreshold;
    }
    std::stable_sort(result.patterns.begin(), result.patterns.end(),
                     [](const ActivityPattern &a, const ActivityPattern &b) { return a.confidence > b.confidence; });
    result.profile = buildBehaviorProfile(events, window);
    return result;
}

} // namespace rulecast
