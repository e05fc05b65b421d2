#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rulecast {

// One pattern's embedding as stored in pattern_embeddings: the vector a model
// gave the pattern's description text, with the text's hash so a changed
// description is noticed, and the model so vectors of two models are never
// compared.
struct StoredEmbedding
{
    qint64 patternId = 0;
    QString model;     // "provider:model", e.g. "ollama:nomic-embed-text"
    int dimension = 0;
    QString textHash;  // textHash() of the embedded text
    QList<float> vector;
    QString createdAt; // 'YYYY-MM-DD HH:MM:SS' UTC
};

// pattern_embeddings (schema step 5): one row per (pattern, model).
class PatternEmbeddingStore
{
public:
    explicit PatternEmbeddingStore(const Database &db) : m_db(db) {}

    // Every stored vector of `model`, by pattern id. A row whose blob does not
    // match its dimension is skipped (it will be recomputed) and named in `warnings`.
    Result<QHash<qint64, StoredEmbedding>> load(const QString &model, QStringList *warnings = nullptr) const;
    // Inserts or replaces the rows, all in one transaction (or none).
    Status save(const QList<StoredEmbedding> &embeddings, qint64 now) const;

    // Little-endian float32, the dimension times 4 bytes.
    static QByteArray encode(const QList<float> &vector);
    static std::optional<QList<float>> decode(const QByteArray &blob, int dimension);
    // SHA-256 of the UTF-8 text, hex.
    static QString textHash(const QString &text);

private:
    const Database &m_db;
};

} // namespace rulecast
