#include "app/optimizationsuggestions.h"

#include "llm/llmservice.h"

#include <QElapsedTimer>

namespace rulecast {

QJsonObject OptimizationSuggestions::toJson() const
{
    if (!error.isEmpty())
        return {{QStringLiteral("error"), error}, {QStringLiteral("elapsed_ms"), double(elapsedMs)}};
    return {{QStringLiteral("provider"), provider},
            {QStringLiteral("model"), model},
            {QStringLiteral("text"), text},
            {QStringLiteral("untrusted"), true},
            {QStringLiteral("applied"), false},
            {QStringLiteral("elapsed_ms"), double(elapsedMs)}};
}

QString cleanModelText(const QString &text, int maxChars)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxChars));
    for (const QChar c : text) {
        if (out.size() >= maxChars)
            break;
        if (c == u'\n' || c == u'\t')
            out.append(c);
        else if (c == u'\r' || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue; // ESC and friends could drive a terminal; bidi marks could disguise text
        else
            out.append(c);
    }
    return out.trimmed();
}

OptimizationSuggestions suggestImprovements(llm::LlmService &service, const ScheduleOptimizationReport &report,
                                            const Progress &progress)
{
    OptimizationSuggestions s;
    s.asked = true;
    QElapsedTimer timer;
    timer.start();
    // Facts only, no database text beyond rule names and cron expressions.
    QString facts = QStringLiteral("Strategy: %1. Capacity: %2 concurrent runs. Window: %3 hours.\n")
                        .arg(strategyName(report.settings.strategy))
                        .arg(report.settings.capacity)
                        .arg(report.lookAheadHours);
    facts += QStringLiteral("Before: peak %1, conflicts %2, waiting %3 min. After: peak %4, conflicts %5, waiting %6 min. "
                            "Lower bound on the peak: %7.\n")
                 .arg(report.outcome.before.peak)
                 .arg(report.outcome.before.conflicts)
                 .arg(report.outcome.before.totalWaitMinutes, 0, 'f', 0)
                 .arg(report.outcome.after.peak)
                 .arg(report.outcome.after.conflicts)
                 .arg(report.outcome.after.totalWaitMinutes, 0, 'f', 0)
                 .arg(report.outcome.lowerBound.value());
    int listed = 0;
    for (int j : report.ruleOfJob) {
        if (++listed > 40)
            break;
        const ScheduleRuleInfo &r = report.rules.at(j);
        facts += QStringLiteral("Rule '%1': cron '%2', runs about %3 min%4.\n")
                     .arg(r.rule.name.left(80), r.rule.cron)
                     .arg(r.durationMinutes)
                     .arg(r.rule.keepTime ? QStringLiteral(", must not move") : QString());
    }
    for (const RuleChange &c : report.changes)
        facts += QStringLiteral("Moved '%1' from '%2' to '%3'.\n").arg(c.ruleName.left(80), c.oldCron, c.newCron);
    const QList<llm::ChatMessage> messages{
        llm::ChatMessage::system(QStringLiteral(
            "You advise an operator on a cron schedule. An optimizer already moved rules by simulation; do not repeat "
            "its moves. In at most five short plain-text bullet points, suggest what a person could check or change "
            "(durations, capacity, rules that could be merged or split, jobs to pin). No code, no commands.")),
        llm::ChatMessage::user(facts)};
    const llm::LlmResult<llm::ChatReply> reply = service.wait(service.chat(messages), progress.cancelFlag);
    s.elapsedMs = timer.elapsed();
    if (!reply) {
        s.error = reply.error();
        return s;
    }
    s.provider = llm::providerId(reply->provider);
    s.model = cleanModelText(reply->model, 200);
    s.text = cleanModelText(reply->text);
    if (s.text.isEmpty())
        s.error = QStringLiteral("the model's answer was empty once cleaned");
    return s;
}

} // namespace rulecast
