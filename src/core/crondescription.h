#pragma once

#include "core/cronexpression.h"

#include <QString>

namespace rulecast {

// A plain-English sentence for an expression: "At 02:30, on Monday and
// Friday", "Every 5 minutes, between 09:00 and 17:59, Monday through Friday".
// Built from the parsed fields, so equivalent spellings read the same.
// Translatable: every phrase goes through QCoreApplication::translate with
// the context "CronDescription" (counts through %n plural forms), so the GUI
// shows it in the user's language.
QString describeCron(const CronExpression &expression);

// Always English, also in a translated GUI: for text that is stored (rule
// descriptions, optimization changes), sent to a language model or printed
// by the CLI, which must read the same whatever the user's language.
QString describeCronEnglish(const CronExpression &expression);

// "January" … "December" (1–12) in the user's language; the cron parser's
// messages use the same words.
QString cronMonthName(int month);

} // namespace rulecast
