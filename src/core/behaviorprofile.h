#pragma once

#include "core/activitypattern.h"
#include "core/detectiontypes.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <array>

namespace rulecast {

// The user-behaviour profile banana-bun keeps in user_behavior_profiles: when
// the user is busy, what they run most, how often they interact.
struct BehaviorProfile
{
    QString userId = QStringLiteral("default");
    QList<int> peakHours;                         // UTC hours, busiest first
    QList<QPair<QString, double>> preferredTaskTypes; // type and share of all runs, most first
    double interactionFrequency = 0.0;            // runs per day over the window
    std::array<qint64, 24> hourly{};               // runs per UTC hour of day
    std::array<qint64, 7> weekday{};               // runs per weekday (0 = Sunday)
    qint64 taskCount = 0;
    qint64 activeDays = 0;
    double windowDays = 0.0;

    QJsonObject activityPatternsJson(const QList<ActivityPattern> &patterns) const; // the activity_patterns column
    QJsonObject toJson() const;
};

// Builds the profile from the window's runs.
BehaviorProfile buildBehaviorProfile(const EventTable &events, const AnalysisWindow &window);

} // namespace rulecast
