#include "storage/patternembeddingstore.h"
#include "storage/migrations.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <limits>

using namespace rulecast;

namespace {

StoredEmbedding embedding(qint64 id, const QString &model, QList<float> v, const QString &text = QStringLiteral("t"))
{
    return StoredEmbedding{id, model, int(v.size()), PatternEmbeddingStore::textHash(text), std::move(v), {}};
}

// pattern_embeddings rows belong to activity_patterns rows (foreign key).
void addPatterns(test::TempDatabase &tmp, int count)
{
    QSqlQuery q(tmp.db().connection());
    for (int i = 0; i < count; ++i)
        QVERIFY(q.exec(QStringLiteral("INSERT INTO activity_patterns (pattern_type, pattern_data, confidence_score) "
                                      "VALUES ('daily_recurring', '{\"task_types\":[]}', 0.9)")));
}

} // namespace

class TestPatternEmbeddings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodeDecodeRoundTrip()
    {
        const QList<float> v{0.0f, -1.5f, 3.25e-7f, std::numeric_limits<float>::max(), 42.0f};
        const QByteArray blob = PatternEmbeddingStore::encode(v);
        QCOMPARE(blob.size(), 20);
        // Little-endian float32: 42.0f is 0x42280000.
        QCOMPARE(blob.mid(16), QByteArray::fromHex("00002842"));
        QCOMPARE(PatternEmbeddingStore::decode(blob, 5).value(), v);
        QVERIFY(!PatternEmbeddingStore::decode(blob, 4));
        QVERIFY(!PatternEmbeddingStore::decode(blob, 0));
        QVERIFY(!PatternEmbeddingStore::decode(QByteArray(), 1));
    }

    void textHashIsStableAndDistinct()
    {
        QCOMPARE(PatternEmbeddingStore::textHash(QStringLiteral("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(PatternEmbeddingStore::textHash(QStringLiteral("a")) != PatternEmbeddingStore::textHash(QStringLiteral("b")));
    }

    void storesPerModelAndReplaces()
    {
        test::TempDatabase tmp;
        addPatterns(tmp, 2);
        const PatternEmbeddingStore store(tmp.db());
        QVERIFY(store.save({embedding(1, QStringLiteral("ollama:m"), {1, 2, 3}),
                            embedding(2, QStringLiteral("ollama:m"), {4, 5, 6}),
                            embedding(1, QStringLiteral("openai:e"), {7, 8})},
                           1798761600));
        auto ollama = store.load(QStringLiteral("ollama:m"));
        QVERIFY(ollama);
        QCOMPARE(ollama->size(), 2);
        QCOMPARE(ollama->value(2).vector, (QList<float>{4, 5, 6}));
        QCOMPARE(ollama->value(1).dimension, 3);
        QCOMPARE(ollama->value(1).createdAt, QStringLiteral("2027-01-01 00:00:00"));
        auto openai = store.load(QStringLiteral("openai:e"));
        QCOMPARE(openai->size(), 1);
        QCOMPARE(openai->value(1).vector, (QList<float>{7, 8}));
        QCOMPARE(store.load(QStringLiteral("ollama:other"))->size(), 0);

        // A new text for the same pattern and model replaces the row.
        QVERIFY(store.save({embedding(1, QStringLiteral("ollama:m"), {9, 9, 9, 9}, QStringLiteral("new text"))}, 1798761700));
        ollama = store.load(QStringLiteral("ollama:m"));
        QCOMPARE(ollama->size(), 2);
        QCOMPARE(ollama->value(1).dimension, 4);
        QCOMPARE(ollama->value(1).textHash, PatternEmbeddingStore::textHash(QStringLiteral("new text")));

        // A vector of a pattern that does not exist is refused; a deleted pattern takes its vectors along.
        QVERIFY(!store.save({embedding(77, QStringLiteral("ollama:m"), {1})}, 0));
        QSqlQuery q(tmp.db().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM activity_patterns WHERE id = 1")));
        QCOMPARE(store.load(QStringLiteral("ollama:m"))->size(), 1);
        QCOMPARE(store.load(QStringLiteral("openai:e"))->size(), 0);
    }

    void badVectorChangesNothing()
    {
        test::TempDatabase tmp;
        addPatterns(tmp, 2);
        const PatternEmbeddingStore store(tmp.db());
        StoredEmbedding bad = embedding(2, QStringLiteral("m"), {1, 2});
        bad.dimension = 3;
        const Status s = store.save({embedding(1, QStringLiteral("m"), {1, 2}), bad}, 0);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String("pattern 2")), qPrintable(s.error()));
        QCOMPARE(store.load(QStringLiteral("m"))->size(), 0); // the first row was rolled back
    }

    void corruptRowIsSkippedWithAWarning()
    {
        test::TempDatabase tmp;
        addPatterns(tmp, 2);
        const PatternEmbeddingStore store(tmp.db());
        QVERIFY(store.save({embedding(1, QStringLiteral("m"), {1, 2}), embedding(2, QStringLiteral("m"), {3, 4})}, 0));
        QSqlQuery q(tmp.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE pattern_embeddings SET vector = x'0102' WHERE pattern_id = 2")));
        QStringList warnings;
        const auto loaded = store.load(QStringLiteral("m"), &warnings);
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QLatin1String("pattern 2")));
    }

    void tableIsSchemaStep5()
    {
        // Step 5 for good: databases in the field already record it under that number.
        test::TempDatabase tmp;
        QSqlQuery q(tmp.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT description FROM rulecast_schema_version WHERE version = 5")) && q.next());
        QVERIFY(q.value(0).toString().contains(QLatin1String("embeddings")));
        QVERIFY(Migrations::latestVersion() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestPatternEmbeddings)
#include "tst_patternembeddings.moc"
