#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "core/rulegenerator.h"
#include "llm/llmtypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rulecast {

namespace llm {
class LlmService;
}

// Optional model wording of generated rules (`generate-scheduling-rules
// --use-model`, docs/llm.md): one request for all new rules asks for a short
// name and a one-sentence description per rule. The reply is untrusted text:
// read strictly, every field checked on its own; a field that passes replaces
// the deterministic wording, anything else keeps it. Only names and
// descriptions can change — never cron, priority, enabled or the action.
constexpr int kMaxRuleNameChars = 60;
constexpr int kMaxRuleDescriptionChars = 200;
// More rules than this in one run: the rest keep their deterministic wording
// (the reply would not fit one answer of a small model).
constexpr int kMaxRulesWorded = 100;

struct RuleWording
{
    bool asked = false;
    QString provider;
    QString model;
    QString error; // why nothing was used (no answer, not the JSON asked for)
    qint64 elapsedMs = 0;
    // Per new rule, in order: the deterministic wording and whether the
    // model's replaced it.
    QStringList deterministicNames;
    QStringList deterministicDescriptions;
    QList<bool> nameFromModel;
    QList<bool> descriptionFromModel;
    QStringList rejected; // "rule 2 name: longer than 60 characters", ...

    int namesReplaced() const;
    int descriptionsReplaced() const;
    // {"provider", "model", "untrusted": true, "names_replaced", "descriptions_replaced",
    //  "rejected": [...], "elapsed_ms"} or {"error", "elapsed_ms"}
    QJsonObject toJson() const;
};

// What the model proposed for one rule, before validation.
struct RuleWordingProposal
{
    std::optional<QString> name;
    std::optional<QString> description;
};

// The two messages sent: the task and the facts of each rule (index, task
// type, schedule, the deterministic name and description).
QList<llm::ChatMessage> ruleWordingPrompt(const QList<SchedulingRule> &rules);

// Reads the reply: a JSON object keyed by rule index ("0", "1", ...), each
// value {"name": "...", "description": "..."}; one ``` fence around it is
// tolerated. Fails when the reply is not such an object; keys and values of
// the wrong form are listed in `rejected` and skipped.
Result<QHash<int, RuleWordingProposal>> parseRuleWording(const QString &reply, int ruleCount, QStringList *rejected);

// Why `text` is not usable as a rule name / description, or empty when it is:
// not empty, one line, printable characters only, at most `maxChars`.
QString wordingProblem(const QString &text, int maxChars);

// Asks once (the service bounds the time) and rewrites the names and
// descriptions of `rules` that the model worded validly. `takenNames`: names
// of other rules, which a new name must not repeat.
RuleWording wordRules(llm::LlmService &service, QList<SchedulingRule> &rules, const QStringList &takenNames,
                      const Progress &progress = {});

} // namespace rulecast
