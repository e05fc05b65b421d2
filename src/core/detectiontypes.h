#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace rulecast {

// The knobs of pattern detection (PRODUCT.md's pattern_detection settings
// plus the tolerances the detectors use).
struct DetectionOptions
{
    double minConfidence = 0.7;     // min_confidence_threshold
    int minDetectionCount = 3;      // min_detection_count: occurrences needed
    int analysisWindowDays = 30;    // analysis_window_days
    int toleranceMinutes = 15;      // how far from its typical time a daily/weekly/monthly run may start
    int correlationWindowMinutes = 60; // B counts as following A when it starts within this
    int maxCandidatesPerType = 8;   // typical times examined per task type
    double alpha = 0.01;            // family-wise false-finding rate per task type / pair family
};

// The analysed span [from, until): `until` is the as-of time (nothing at or
// after it is used), `from` the later of as-of minus the window and the first
// task in it, so a history shorter than the window is not counted as misses.
struct AnalysisWindow
{
    qint64 from = 0;
    qint64 until = 0;
    qint64 seconds() const { return until > from ? until - from : 0; }
    double days() const { return double(seconds()) / 86400.0; }
};

// The tasks of one type inside the window, sorted by start time.
struct TypeSeries
{
    QString type;
    std::vector<qint64> starts;
    std::vector<qint64> ids;
};

} // namespace rulecast

namespace rulecast {

// Every task in the window, sorted by start time, with its type as an index
// into `typeNames` (what the cross-type detectors sweep over).
struct EventTable
{
    QStringList typeNames;
    std::vector<qint64> starts;
    std::vector<int> types;
    std::vector<qint64> ids;
    std::size_t size() const { return starts.size(); }
};

} // namespace rulecast
