#pragma once

#include "core/activitypattern.h"

#include <QCoreApplication>
#include <QString>

namespace rulecast {

// A pattern type's name for people ("daily recurring", German "täglich
// wiederkehrend"). The stored id (`daily_recurring`) stays what filters,
// sorting keys, JSON and the CLI use; views show this and put the id in the
// tooltip. Shared by the Patterns and Rules views and the similar-patterns
// dialog.
class PatternTypeLabel
{
    Q_DECLARE_TR_FUNCTIONS(PatternTypeLabel)

public:
    static QString of(PatternKind kind);
    // An id no detector knows (a row written by another program) is shown as stored.
    static QString of(const QString &patternType);
    // "Type: daily_recurring" for a tooltip.
    static QString tooltip(const QString &patternType);
};

} // namespace rulecast
