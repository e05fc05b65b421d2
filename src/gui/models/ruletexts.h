#pragma once

#include "core/rulegenerator.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace rulecast {

// How the Rules view words and colours a rule and its conflicts; shared by
// the table model, its detail pane and their tests.
class RuleTexts
{
    Q_DECLARE_TR_FUNCTIONS(RuleTexts)

public:
    // "At 02:13 UTC", or for an after rule "7 min after each download
    // (expected: At 02:20 UTC)"; a broken cron says why.
    static QString schedule(const SchedulingRule &rule);
    // The schedule in words, then the rule's description — the schedule left
    // out when the description already says it (generated rules do).
    static QString description(const SchedulingRule &rule);
    // "daily recurring #3" (patternType: the pattern's type id, empty when it
    // is gone), "added by hand", "crontab: /etc/crontab".
    static QString source(const SchedulingRule &rule, const QString &patternType);

    // 3 high, 2 medium, 1 low, 0 none.
    static int severityRank(const QString &severity);
    // "High" / "Medium" / "Low" and "time overlap" / ... for people.
    static QString severityLabel(const QString &severity);
    static QString conflictTypeLabel(const QString &type);
    // The palette's base colour tinted towards the severity's hue: text in the
    // palette's colour stays readable in light and dark themes.
    static QColor severityTint(const QString &severity);
};

} // namespace rulecast
