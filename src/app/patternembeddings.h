#pragma once

#include "core/activitypattern.h"
#include "core/progress.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace rulecast {

namespace llm {
class LlmService;
}

// Embeddings of patterns' description texts (core/patternsimilarity.h's
// embeddingText), from pattern_embeddings when the stored vector is of the
// same model and the same text, else from the language model — and then
// stored. Extra texts (a search query) are embedded with the same model and
// not stored.
struct PatternEmbeddings
{
    bool available = false;          // false: no vectors (see warnings); use structure only
    QString model;                   // "ollama:nomic-embed-text"
    int dimension = 0;
    QHash<qint64, QList<float>> byPattern;
    QList<QList<float>> extra;       // one per extra text
    int computed = 0;                // asked the model for
    int reused = 0;                  // read from pattern_embeddings
    QStringList warnings;
};

PatternEmbeddings embedPatterns(const Database &db, llm::LlmService &service, const QList<ActivityPattern> &patterns,
                                const QStringList &extraTexts, qint64 now, const Progress &progress = {});

// Cosine similarity clipped to [0, 1] (opposite directions are as unalike as
// unrelated ones); 0 for vectors of different length or zero length.
double semanticSimilarity(const QList<float> &a, const QList<float> &b);

} // namespace rulecast
