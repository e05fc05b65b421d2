#include "patternembeddingstore.h"

#include "core/timeformat.h"
#include "core/phrase.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <cstring>

namespace rulecast {

QByteArray PatternEmbeddingStore::encode(const QList<float> &vector)
{
    QByteArray out(vector.size() * 4, Qt::Uninitialized);
    for (qsizetype i = 0; i < vector.size(); ++i) {
        quint32 bits = 0;
        std::memcpy(&bits, &vector[i], 4);
        qToLittleEndian(bits, out.data() + i * 4);
    }
    return out;
}

std::optional<QList<float>> PatternEmbeddingStore::decode(const QByteArray &blob, int dimension)
{
    if (dimension <= 0 || blob.size() != qsizetype(dimension) * 4)
        return std::nullopt;
    QList<float> out(dimension);
    for (int i = 0; i < dimension; ++i) {
        const quint32 bits = qFromLittleEndian<quint32>(blob.constData() + qsizetype(i) * 4);
        std::memcpy(&out[i], &bits, 4);
    }
    return out;
}

QString PatternEmbeddingStore::textHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QHash<qint64, StoredEmbedding>> PatternEmbeddingStore::load(const QString &model, QStringList *warnings) const
{
    using R = Result<QHash<qint64, StoredEmbedding>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT pattern_id, dimension, text_hash, vector, created_at FROM pattern_embeddings "
                             "WHERE model = ?"));
    q.addBindValue(model);
    if (!q.exec())
        return R::failure(phrase("PatternEmbeddingStore", QT_TRANSLATE_NOOP("PatternEmbeddingStore", "%1: reading pattern_embeddings: %2")).arg(m_db.path(), q.lastError().text()));
    QHash<qint64, StoredEmbedding> out;
    while (q.next()) {
        StoredEmbedding e;
        e.patternId = q.value(0).toLongLong();
        e.model = model;
        e.dimension = q.value(1).toInt();
        e.textHash = q.value(2).toString();
        const std::optional<QList<float>> v = decode(q.value(3).toByteArray(), e.dimension);
        if (!v) {
            if (warnings)
                *warnings << QStringLiteral("pattern_embeddings row (pattern %1, model %2): vector is not %3 floats; "
                                            "it is recomputed")
                                 .arg(e.patternId)
                                 .arg(model)
                                 .arg(e.dimension);
            continue;
        }
        e.vector = *v;
        e.createdAt = q.value(4).toString();
        out.insert(e.patternId, e);
    }
    return out;
}

Status PatternEmbeddingStore::save(const QList<StoredEmbedding> &embeddings, qint64 now) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return Status::failure(phrase("PatternEmbeddingStore", QT_TRANSLATE_NOOP("PatternEmbeddingStore", "%1: cannot start a transaction: %2")).arg(m_db.path(), tx.error()));
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO pattern_embeddings (pattern_id, model, dimension, text_hash, vector, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString nowText = timeformat::toSqlTime(now);
    for (const StoredEmbedding &e : embeddings) {
        if (e.dimension <= 0 || e.vector.size() != e.dimension)
            return Status::failure(phrase("PatternEmbeddingStore", QT_TRANSLATE_NOOP("PatternEmbeddingStore", "embedding of pattern %1 (%2): %3 values for dimension %4"))
                                       .arg(e.patternId)
                                       .arg(e.model)
                                       .arg(e.vector.size())
                                       .arg(e.dimension));
        q.addBindValue(e.patternId);
        q.addBindValue(e.model);
        q.addBindValue(e.dimension);
        q.addBindValue(e.textHash);
        q.addBindValue(encode(e.vector));
        q.addBindValue(e.createdAt.isEmpty() ? nowText : e.createdAt);
        if (!q.exec())
            return Status::failure(phrase("PatternEmbeddingStore", QT_TRANSLATE_NOOP("PatternEmbeddingStore", "%1: storing the embedding of pattern %2: %3"))
                                       .arg(m_db.path())
                                       .arg(e.patternId)
                                       .arg(q.lastError().text()));
    }
    if (const Status s = tx.commit(); !s)
        return Status::failure(phrase("PatternEmbeddingStore", QT_TRANSLATE_NOOP("PatternEmbeddingStore", "%1: storing embeddings failed: %2")).arg(m_db.path(), s.error()));
    return {};
}

} // namespace rulecast
