#pragma once

#include "core/activitypattern.h"
#include "core/patternsimilarity.h"
#include "core/progress.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rulecast {

namespace llm {
class LlmService;
}

// "Search similar patterns" (search-similar-patterns, the app's "Find
// similar"), docs/similarity.md. Opens its own connection, so it may run on a
// worker thread. Three searches:
//  - ByPattern: the stored patterns nearest to one pattern (never itself);
//  - ByType: the patterns of one kind, scored by how typical each is of it
//    (its mean similarity to the others of that kind; 1 when alone);
//  - ByTaskTypes: patterns sharing task types, scored by taskTypeOverlap().
struct SimilarSearchRequest
{
    enum class Mode { ByPattern, ByType, ByTaskTypes };
    QString databasePath;
    Mode mode = Mode::ByPattern;
    qint64 patternId = 0;
    PatternKind patternType = PatternKind::Daily;
    QStringList taskTypes;
    // Results score at least this. ByPattern: pattern_similarity_threshold by
    // default (the caller passes it); attribute searches: 0, and a task-type
    // search needs some overlap.
    double threshold = 0.0;
    double minConfidence = 0.0;
    bool includeInactive = false;
    int maxResults = 10;
    llm::LlmService *embeddings = nullptr; // non-null: blend in embeddings (--use-embeddings)
    qint64 now = 0;                        // created_at of stored vectors
};

// How much of the final score the embeddings make when they are available.
constexpr double kSemanticWeight = 0.3;

struct SimilarMatch
{
    ActivityPattern pattern;
    double similarity = 0.0;          // what results are sorted and filtered by
    double structural = 0.0;          // from what the patterns are (or the attribute score)
    std::optional<double> semantic;   // cosine of the embeddings, when used
    PatternSimilarity components;     // ByPattern: the component scores
};

struct SimilarSearchResult
{
    std::optional<ActivityPattern> query; // ByPattern: the pattern searched from
    QList<SimilarMatch> results;          // best first, at most maxResults
    qint64 candidates = 0;                // patterns considered (after the filters)
    qint64 aboveThreshold = 0;            // before maxResults cut
    QString embeddingModel;               // "" unless embeddings were blended in
    int embeddingsComputed = 0;
    int embeddingsReused = 0;
    QStringList warnings;
};

Result<SimilarSearchResult> searchSimilarPatterns(const SimilarSearchRequest &request, const Progress &progress = {});

// The text a task-type search is embedded as.
QString taskTypeQueryText(const QStringList &taskTypes);

} // namespace rulecast
