#pragma once

#include "core/result.h"
#include "storage/database.h"
#include "storage/taskquery.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QTimeZone>

#include <array>

namespace rulecast {

// Counts over a (filtered) history: what the status bar and the History
// view's heatmap and daily chart show. Aggregated by SQLite, so a million
// tasks never cross into Qt one by one.
struct HistorySummary
{
    qint64 tasks = 0;        // matching tasks, with or without a start time
    qint64 startedTasks = 0; // of those, with a start time
    qint64 types = 0;        // distinct task types
    qint64 firstStart = 0;   // epoch seconds; meaningful when startedTasks > 0
    qint64 lastStart = 0;
};

struct HistoryStats
{
    HistorySummary summary;
    // Task starts by weekday (0 = Monday … 6 = Sunday) and hour, in the display zone.
    std::array<qint64, 7 * 24> heatmap{};
    // Starts per calendar day in the display zone, every day from the first
    // to the last start (days without starts are 0).
    QList<QPair<QDate, qint64>> daily;

    qint64 heatmapAt(int weekday, int hour) const { return heatmap[std::size_t(weekday * 24 + hour)]; }
};

Result<HistorySummary> summarizeHistory(const Database &db, const TaskFilter &filter = {});

// Tasks per type, most tasks first (ties by name).
Result<QList<QPair<QString, qint64>>> countTasksByType(const Database &db, const TaskFilter &filter = {});

// `zone` decides which hour and day a start falls on (local time by default in the GUI).
Result<HistoryStats> computeHistoryStats(const Database &db, const TaskFilter &filter, const QTimeZone &zone);

} // namespace rulecast
