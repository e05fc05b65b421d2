#include "patternembeddings.h"

#include "core/patternsimilarity.h"
#include "core/phrase.h"
#include "llm/llmservice.h"
#include "storage/patternembeddingstore.h"

#include <cmath>

namespace rulecast {

namespace {

QString modelKey(const llm::LlmSetup &setup, llm::Provider provider)
{
    const QString model = provider == llm::Provider::Ollama ? setup.ollama().embeddingModel : setup.openAi().embeddingModel;
    return llm::providerId(provider) + QLatin1Char(':') + model;
}

QString unavailable(const QString &why)
{
    return phrase("PatternEmbeddings", QT_TRANSLATE_NOOP("PatternEmbeddings", "--use-embeddings: %1; using the structural similarity only")).arg(why);
}

} // namespace

double semanticSimilarity(const QList<float> &a, const QList<float> &b)
{
    if (a.isEmpty() || a.size() != b.size())
        return 0.0;
    double dot = 0.0, na = 0.0, nb = 0.0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        dot += double(a[i]) * double(b[i]);
        na += double(a[i]) * double(a[i]);
        nb += double(b[i]) * double(b[i]);
    }
    if (na <= 0 || nb <= 0)
        return 0.0;
    return std::clamp(dot / std::sqrt(na * nb), 0.0, 1.0);
}

PatternEmbeddings embedPatterns(const Database &db, llm::LlmService &service, const QList<ActivityPattern> &patterns,
                                const QStringList &extraTexts, qint64 now, const Progress &progress)
{
    PatternEmbeddings out;
    const llm::LlmSetup::Route route = service.setup().route();
    if (route.order.isEmpty()) {
        out.warnings << unavailable(route.unavailable);
        return out;
    }
    QList<QString> texts, hashes;
    for (const ActivityPattern &p : patterns) {
        texts << embeddingText(p);
        hashes << PatternEmbeddingStore::textHash(texts.back());
    }
    const PatternEmbeddingStore store(db);

    // The model that will most likely answer is the first of the route; if
    // another one answers (fallback), its own stored vectors are looked up
    // and the rest asked of it (embeddings stick to the first provider that
    // answered, docs/llm.md).
    // A model of the route that has every vector stored answers without being
    // asked (route order: the first complete one).
    if (extraTexts.isEmpty()) {
        for (llm::Provider provider : route.order) {
            const QString candidate = modelKey(service.setup(), provider);
            Result<QHash<qint64, StoredEmbedding>> stored = store.load(candidate);
            if (!stored)
                break;
            QHash<qint64, QList<float>> vectors;
            for (int i = 0; i < patterns.size(); ++i) {
                const auto it = stored->constFind(patterns[i].id);
                if (it == stored->constEnd() || it->textHash != hashes[i]
                    || (!vectors.isEmpty() && it->dimension != int(vectors.cbegin()->size())))
                    break;
                vectors.insert(patterns[i].id, it->vector);
            }
            if (vectors.size() == patterns.size() && !vectors.isEmpty()) {
                out.available = true;
                out.model = candidate;
                out.dimension = int(vectors.cbegin()->size());
                out.byPattern = vectors;
                out.reused = int(vectors.size());
                return out;
            }
        }
    }

    QString key = modelKey(service.setup(), route.order.first());
    QHash<qint64, QList<float>> computed;
    QList<StoredEmbedding> toSave;
    if (!extraTexts.isEmpty()) {
        // The query texts first: whoever answers them is the model the
        // pattern vectors must come from (embeddings stick to one provider).
        progress.stage(phrase("Progress", QT_TRANSLATE_N_NOOP("Progress", "Asking for %n embedding(s)"), int(extraTexts.size())));
        const llm::LlmResult<llm::Embeddings> reply = service.wait(service.embed(extraTexts), progress.cancelFlag);
        if (!reply) {
            out.warnings << unavailable(reply.error());
            return out;
        }
        key = modelKey(service.setup(), reply->provider);
        out.dimension = reply->dimension;
        out.extra = reply->vectors;
    }
    for (int round = 0; round < 3; ++round) {
        Result<QHash<qint64, StoredEmbedding>> stored = store.load(key, &out.warnings);
        if (!stored) {
            out.warnings << unavailable(stored.error());
            return out;
        }
        QList<int> missing;
        for (int i = 0; i < patterns.size(); ++i) {
            const auto it = stored->constFind(patterns[i].id);
            const bool fresh = it != stored->constEnd() && it->textHash == hashes[i]
                               && (out.dimension == 0 || it->dimension == out.dimension);
            if (computed.contains(patterns[i].id))
                continue;
            if (fresh)
                out.byPattern.insert(patterns[i].id, it->vector);
            else
                missing << i;
        }
        if (missing.isEmpty()) {
            out.reused = int(out.byPattern.size());
            break;
        }
        QStringList ask;
        for (int i : missing)
            ask << texts[i];
        progress.stage(phrase("Progress", QT_TRANSLATE_N_NOOP("Progress", "Asking for %n embedding(s)"), int(ask.size())));
        const llm::LlmResult<llm::Embeddings> reply = service.wait(service.embed(ask), progress.cancelFlag);
        if (!reply) {
            out.warnings << unavailable(reply.error());
            return out;
        }
        const QString answeredKey = modelKey(service.setup(), reply->provider);
        if (out.dimension != 0 && reply->dimension != out.dimension) {
            out.warnings << unavailable(phrase("PatternEmbeddings", QT_TRANSLATE_NOOP("PatternEmbeddings", "the model answered vectors of dimension %1 after %2"))
                                            .arg(reply->dimension)
                                            .arg(out.dimension));
            return out;
        }
        out.dimension = reply->dimension;
        for (int k = 0; k < missing.size(); ++k) {
            const ActivityPattern &p = patterns[missing[k]];
            computed.insert(p.id, reply->vectors[k]);
            toSave << StoredEmbedding{p.id, answeredKey, reply->dimension, hashes[missing[k]], reply->vectors[k], {}};
        }
        if (answeredKey != key) {
            // Vectors read for the guessed model are not comparable: start over with the answering one.
            out.byPattern.clear();
            key = answeredKey;
            continue;
        }
        // Stored vectors of another dimension than the answer's are stale too.
        bool consistent = true;
        for (const QList<float> &v : std::as_const(out.byPattern))
            consistent = consistent && v.size() == out.dimension;
        if (consistent) {
            out.reused = int(out.byPattern.size());
            break;
        }
        out.byPattern.clear();
    }
    for (auto it = computed.cbegin(); it != computed.cend(); ++it)
        out.byPattern.insert(it.key(), it.value());
    for (const ActivityPattern &p : patterns)
        if (!out.byPattern.contains(p.id)) {
            out.warnings << unavailable(phrase("PatternEmbeddings", QT_TRANSLATE_NOOP("PatternEmbeddings", "no consistent vectors from %1")).arg(key));
            out.byPattern.clear();
            return out;
        }
    out.model = key;
    out.computed = int(computed.size());
    if (out.dimension == 0 && !out.byPattern.isEmpty())
        out.dimension = int(out.byPattern.cbegin()->size());
    if (!toSave.isEmpty())
        if (const Status s = store.save(toSave, now); !s)
            out.warnings << phrase("PatternEmbeddings",
                                           QT_TRANSLATE_NOOP("PatternEmbeddings",
                                                             "--use-embeddings: the vectors could not be stored (%1); "
                                                             "they are used for this search only"))
                                .arg(s.error());
    out.available = true;
    return out;
}

} // namespace rulecast
