#pragma once

#include "app/rulewording.h"
#include "core/progress.h"
#include "core/result.h"
#include "core/ruleconflicts.h"
#include "core/rulecastconfig.h"
#include "core/rulegenerator.h"
#include "llm/llmtypes.h"

#include <QJsonObject>
#include <QString>

namespace rulecast {

// "Generate scheduling rules" (phase 2) as the GUI and the CLI run it: opens
// its own connection, turns the stored active patterns into rules, checks
// them against every existing rule, applies the conflict strategy to the new
// ones and stores them with their actions in one transaction — or, for a dry
// run, writes nothing at all.
struct GenerateRulesRequest
{
    QString databasePath;
    qint64 now = 0; // start of the conflict window and the rows' timestamps
    RuleGenerationOptions options;
    ConflictStrategy strategy = ConflictStrategy::Priority;
    int capacity = 1;  // runs that can go at once
    int conflictDays = 7;
    bool dryRun = false;
    // Optional: a language model words the new rules' names and descriptions
    // after everything else is decided (rulewording.h). None: never asked.
    // The call is bounded by boundedModelSetup (20 s per provider, 40 s).
    llm::ModelChoice useModel = llm::ModelChoice::None;
    RulecastConfig::Llm llm = RulecastConfig::defaults().llm; // Settings::config().llm
};

struct GenerateRulesResult
{
    QList<SchedulingRule> all;  // existing rules, then the new ones
    int existingCount = 0;
    QList<SkippedPattern> skipped;
    QList<RuleConflict> conflicts; // indexes into `all`
    int patternsConsidered = 0;
    int rulesChanged = 0;          // new rules a strategy changed
    int conflictsRemaining = 0;    // found again after the strategy (a move can create one)
    bool dryRun = false;
    QString strategy;
    RuleWording wording; // asked only with a model in use

    QList<SchedulingRule> newRules() const { return all.mid(existingCount); }
    // `all` with the new rules' deterministic names and descriptions: what
    // the conflicts were found and described with, model or not.
    QList<SchedulingRule> deterministicRules() const;
    QJsonObject summaryJson() const;
};

Result<GenerateRulesResult> generateRules(const GenerateRulesRequest &request, const Progress &progress = {});

} // namespace rulecast
