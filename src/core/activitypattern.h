#pragma once

#include "core/localizedtext.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace rulecast {

// The behaviours the pattern detector recognises. The names are the
// `pattern_type` values stored in activity_patterns (banana-bun's, plus
// interval_recurring for hourly / every-N-minutes work).
enum class PatternKind { Daily, Weekly, Monthly, Interval, Correlation, ResourceUsage };

QString patternTypeName(PatternKind kind);
std::optional<PatternKind> patternKindFromName(const QString &name);
QStringList patternTypeNames();
// A pattern type's name for people ("daily recurring", German "täglich
// wiederkehrend"); the id (`daily_recurring`) stays what filters, JSON, CSV
// and the CLI use. An id no detector knows is returned as given.
QString patternKindLabel(PatternKind kind);
QString patternTypeLabel(const QString &patternType);

// Cron weekdays (0 = Sunday) as "Mon, Wed, Fri" (German "Mo, Mi, Fr").
LocalizedText weekdayAbbreviations(const QList<int> &days);

// When a behaviour happens. Hours are UTC; endHour is exclusive (a window
// 09–10 holds 09:xx). `minute` is the typical minute within the hour, -1 when
// the behaviour has none; days lists are empty when every day applies.
// Weekdays use cron numbering (0 = Sunday).
struct TimeWindow
{
    int startHour = 0;
    int endHour = 0;
    int minute = -1;
    QList<int> daysOfWeek;
    QList<int> daysOfMonth;

    QJsonObject toJson() const;
    static TimeWindow fromJson(const QJsonObject &object);
    bool operator==(const TimeWindow &other) const;
};

// One detected behaviour, as plain data: what the detectors produce, what the
// repository stores (as pattern_data JSON) and what the CLI and GUI show.
struct ActivityPattern
{
    // Stored identity and bookkeeping (zero / empty until stored).
    qint64 id = 0;
    qint64 storedDetectionCount = 0; // activity_patterns.detection_count
    QString firstDetectedAt;
    QString lastDetectedAt;
    bool active = true;

    PatternKind kind = PatternKind::Daily;
    QStringList taskTypes; // correlation: {predecessor, successor}
    QList<TimeWindow> timeWindows;
    QString frequency;     // daily | weekly | monthly | hourly | every_N_minutes | ...
    double confidence = 0.0;
    qint64 occurrences = 0;   // times the behaviour showed in the analysed window
    qint64 opportunities = 0; // times it could have shown
    double hitRate = 0.0;     // occurrences / opportunities
    double chanceRate = 0.0;  // what the type's background density alone would give

    double minuteOfDay = -1.0;  // daily / weekly / monthly: typical minute of the UTC day
    double spreadMinutes = 0.0; // circular standard deviation of the start times
    int toleranceMinutes = 0;   // how far from the typical time an occurrence may lie
    int periodMinutes = 0;      // interval: the period; phase in minuteOfDay (minutes into the period)
    double delayMinutes = 0.0;  // correlation: typical delay successor after predecessor
    double delaySpreadMinutes = 0.0;
    int windowMinutes = 0;      // correlation: how long after A a B counts

    QJsonObject metrics;          // kind-specific figures (resource profiles, correlation support)
    QList<qint64> evidenceTaskIds; // tasks that are occurrences of the behaviour
    QList<qint64> occurrenceTimes; // start of each occurrence (not persisted, used when merging)
    qint64 analyzedFrom = 0;       // the analysed window [from, until), epoch seconds
    qint64 analyzedUntil = 0;

    QString patternType() const { return patternTypeName(kind); }
    // create_rule when strong enough for rule generation, else investigate_further.
    QString recommendation() const;
    // Why, as a sentence: describe()'s three forms below apply here too.
    LocalizedText recommendationReasonText() const;
    QString recommendationReason() const;
    QString recommendationReasonEnglish() const;
    // One line in plain words: "every day at 09:30 UTC (±3.0 min)". describe()
    // is in the user's language (the GUI; numbers in its locale), describeEnglish()
    // always English (the stored pattern_data, exchanged JSON, reports,
    // embeddings, the CLI), describeText() the sentence to render either way.
    LocalizedText describeText() const;
    QString describe() const;
    QString describeEnglish() const;

    QJsonObject toPatternData() const;
    // Reads a stored row back; `where` names the row in error messages.
    static Result<ActivityPattern> fromStored(const QString &patternType, const QJsonObject &data,
                                              const QString &where);
};

// Confidence at and above which a pattern is recommended for a rule
// (rule_generation.min_pattern_confidence).
constexpr double kCreateRuleConfidence = 0.8;
// How many evidence task ids pattern_data keeps (enough for a detail view).
constexpr int kMaxStoredEvidence = 100;

// Whether two detections describe the same behaviour: same kind, same task
// types, and a time window within `toleranceMinutes` (same weekday / day-of-
// month sets, same period). Returns the distance in minutes, or nullopt.
std::optional<double> behaviourDistance(const ActivityPattern &a, const ActivityPattern &b,
                                        double toleranceMinutes = 30.0);

} // namespace rulecast
