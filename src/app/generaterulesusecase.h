#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "core/ruleconflicts.h"
#include "core/rulegenerator.h"

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

    QList<SchedulingRule> newRules() const { return all.mid(existingCount); }
    QJsonObject summaryJson() const;
};

Result<GenerateRulesResult> generateRules(const GenerateRulesRequest &request, const Progress &progress = {});

} // namespace rulecast
