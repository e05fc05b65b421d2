#include "similarpatternsusecase.h"

#include "patternembeddings.h"
#include "storage/database.h"
#include "storage/patternfacts.h"
#include "storage/patternrepository.h"
#include "core/phrase.h"

#include <algorithm>

namespace rulecast {

namespace {

double blend(double structural, double semantic)
{
    return (1.0 - kSemanticWeight) * structural + kSemanticWeight * semantic;
}

bool passesFilters(const ActivityPattern &p, const SimilarSearchRequest &r)
{
    return (r.includeInactive || p.active) && p.confidence >= r.minConfidence;
}

} // namespace

QString taskTypeQueryText(const QStringList &taskTypes)
{
    return QStringLiteral("Task types: ") + taskTypes.join(QStringLiteral(", ")) + QLatin1Char('.');
}

Result<SimilarSearchResult> searchSimilarPatterns(const SimilarSearchRequest &request, const Progress &progress)
{
    using R = Result<SimilarSearchResult>;
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading patterns")));
    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return R::failure(db.error());
    const PatternRepository repo(db.value());
    Result<QList<ActivityPattern>> all = repo.all();
    if (!all)
        return R::failure(all.error());

    SimilarSearchResult out;
    QList<ActivityPattern> candidates;
    for (const ActivityPattern &p : all.value()) {
        if (request.mode == SimilarSearchRequest::Mode::ByPattern && p.id == request.patternId) {
            out.query = p;
            continue;
        }
        if (request.mode == SimilarSearchRequest::Mode::ByType && p.kind != request.patternType)
            continue;
        if (passesFilters(p, request))
            candidates << p;
    }
    if (request.mode == SimilarSearchRequest::Mode::ByPattern && !out.query)
        return R::failure(QStringLiteral("%1: there is no pattern %2 (%3 stored; view-detected-patterns "
                                         "--include-inactive lists them)")
                              .arg(request.databasePath)
                              .arg(request.patternId)
                              .arg(all->size()));
    out.candidates = candidates.size();

    QList<ActivityPattern> involved = candidates;
    if (out.query)
        involved << *out.query;
    Result<QHash<qint64, PatternFacts>> facts = loadPatternFacts(db.value(), involved);
    if (!facts)
        return R::failure(facts.error());

    PatternEmbeddings vectors;
    if (request.embeddings && !progress.canceled()) {
        const QStringList extra = request.mode == SimilarSearchRequest::Mode::ByTaskTypes
                                      ? QStringList{taskTypeQueryText(request.taskTypes)}
                                      : QStringList();
        vectors = embedPatterns(db.value(), *request.embeddings, involved, extra, request.now, progress);
        out.warnings << vectors.warnings;
        if (vectors.available) {
            out.embeddingModel = vectors.model;
            out.embeddingsComputed = vectors.computed;
            out.embeddingsReused = vectors.reused;
        }
    }
    if (progress.canceled())
        return R::failure(QStringLiteral("cancelled"));

    progress.stage(phrase("Progress", QT_TRANSLATE_N_NOOP("Progress", "Comparing %n pattern(s)"), int(candidates.size())));
    // Each pattern prepared once: a type search compares every pair.
    std::vector<PatternFeatures> features;
    features.reserve(std::size_t(candidates.size()));
    for (const ActivityPattern &c : candidates)
        features.emplace_back(c, facts->value(c.id));
    const PatternFeatures queryFeatures = out.query ? PatternFeatures(*out.query, facts->value(out.query->id)) : PatternFeatures();
    QList<SimilarMatch> matches;
    for (int i = 0; i < candidates.size(); ++i) {
        const ActivityPattern &c = candidates[i];
        SimilarMatch m;
        m.pattern = c;
        switch (request.mode) {
        case SimilarSearchRequest::Mode::ByPattern:
            m.components = patternSimilarity(queryFeatures, features[std::size_t(i)]);
            m.structural = m.components.total;
            if (vectors.available)
                m.semantic = semanticSimilarity(vectors.byPattern.value(out.query->id), vectors.byPattern.value(c.id));
            break;
        case SimilarSearchRequest::Mode::ByType: {
            // Typicality: the mean similarity to the other patterns of the kind.
            double structural = 0.0, semantic = 0.0;
            for (int j = 0; j < candidates.size(); ++j) {
                if (j == i)
                    continue;
                structural += patternSimilarity(features[std::size_t(i)], features[std::size_t(j)]).total;
                if (vectors.available)
                    semantic += semanticSimilarity(vectors.byPattern.value(c.id), vectors.byPattern.value(candidates[j].id));
            }
            const qsizetype others = candidates.size() - 1;
            m.structural = others > 0 ? structural / double(others) : 1.0;
            if (vectors.available)
                m.semantic = others > 0 ? semantic / double(others) : 1.0;
            break;
        }
        case SimilarSearchRequest::Mode::ByTaskTypes:
            m.structural = taskTypeOverlap(request.taskTypes, c.taskTypes);
            if (m.structural <= 0.0)
                continue; // shares no task type: not a match, whatever the wording
            if (vectors.available && !vectors.extra.isEmpty())
                m.semantic = semanticSimilarity(vectors.extra.first(), vectors.byPattern.value(c.id));
            break;
        }
        m.similarity = m.semantic ? blend(m.structural, *m.semantic) : m.structural;
        if (m.similarity + 1e-12 >= request.threshold)
            matches << m;
    }
    std::sort(matches.begin(), matches.end(), [](const SimilarMatch &a, const SimilarMatch &b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        if (a.pattern.confidence != b.pattern.confidence)
            return a.pattern.confidence > b.pattern.confidence;
        return a.pattern.id < b.pattern.id;
    });
    out.aboveThreshold = matches.size();
    out.results = matches.mid(0, std::max(0, request.maxResults));
    return out;
}

} // namespace rulecast
