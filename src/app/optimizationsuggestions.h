#pragma once

#include "app/scheduleoptimization.h"

#include <QJsonObject>

namespace rulecast {

namespace llm {
class LlmService;
}

// `--use-model`: a language model's suggestions on an optimization run, as
// advice for a person. The model's text is untrusted: it is cleaned to plain
// printable text, capped in length, shown and never applied or stored.
struct OptimizationSuggestions
{
    bool asked = false;
    QString provider;
    QString model;
    QString text;  // cleaned; empty on failure
    QString error; // why there are none
    qint64 elapsedMs = 0;

    // {"provider", "model", "text", "untrusted": true, "applied": false} or {"error"}
    QJsonObject toJson() const;
};

// Asks once; the caller bounds the time through the service's per-call
// timeout (the CLI: 20 s per provider, at most two providers = 40 s).
OptimizationSuggestions suggestImprovements(llm::LlmService &service, const ScheduleOptimizationReport &report,
                                            const Progress &progress = {});

// Plain printable text (newlines kept, other control characters and escape
// sequences dropped), at most `maxChars`.
QString cleanModelText(const QString &text, int maxChars = 4000);

} // namespace rulecast
