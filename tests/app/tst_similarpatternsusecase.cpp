#include "app/analyzeusecase.h"
#include "app/similarpatternsusecase.h"
#include "llm/llmservice.h"
#include "storage/patternembeddingstore.h"
#include "storage/patternfacts.h"
#include "storage/patternrepository.h"
#include "testsupport/fakellmserver.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QTcpServer>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

// The search use case with embeddings through the LLM layer: fallback to the
// second provider, reuse of stored vectors, task-type queries, cancel.
class TestSimilarPatternsUseCase : public QObject
{
    Q_OBJECT
private:
    TempDatabase m_db;
    QList<ActivityPattern> m_patterns;
    std::unique_ptr<FakeLlmServer> m_server;

    llm::LlmSetup ollamaDownOpenAiUp() const
    {
        llm::LlmSetup s;
        s.config.ollamaUrl = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        s.config.openAiBaseUrl = m_server->openAiBaseUrl();
        s.apiKey = QStringLiteral("sk-test");
        s.choice = llm::ModelChoice::Auto;
        s.timeoutMs = 3000;
        return s;
    }
    SimilarSearchRequest byPattern(qint64 id) const
    {
        SimilarSearchRequest r;
        r.databasePath = m_db.path();
        r.patternId = id;
        r.maxResults = 100;
        r.now = 1800000000;
        return r;
    }
    int embeddingRequests() const
    {
        int n = 0;
        for (const auto &r : m_server->requests())
            n += r.path.endsWith("/embeddings") || r.path == "/api/embed" ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PlantedSpec spec;
        spec.seed = 9;
        spec.monthly = false;
        const PlantedHistory h = plantHistory(spec);
        QVERIFY(insertPlanted(m_db.db(), h));
        AnalyzeRequest a;
        a.databasePath = m_db.path();
        a.asOf = h.end;
        a.days = spec.days;
        QVERIFY(runAnalysis(a));
        m_patterns = PatternRepository(m_db.db()).all().value();
        QVERIFY(m_patterns.size() >= 6);
        m_server = std::make_unique<FakeLlmServer>();
    }

    void structuralWithoutEmbeddings()
    {
        const Result<SimilarSearchResult> r = searchSimilarPatterns(byPattern(m_patterns.first().id));
        QVERIFY(r);
        QCOMPARE(r->results.size(), m_patterns.size() - 1);
        for (const SimilarMatch &m : r->results) {
            QVERIFY(!m.semantic);
            QCOMPARE(m.similarity, m.structural);
        }
        QVERIFY(r->embeddingModel.isEmpty());
    }

    void fallbackProviderAndReuse()
    {
        {
            llm::LlmService service(ollamaDownOpenAiUp(), llm::LlmService::KeyLookup::UseSetup);
            SimilarSearchRequest req = byPattern(m_patterns.first().id);
            req.embeddings = &service;
            const Result<SimilarSearchResult> r = searchSimilarPatterns(req);
            QVERIFY2(r, qPrintable(r.error()));
            QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));
            QCOMPARE(r->embeddingModel, QStringLiteral("openai:text-embedding-3-small"));
            QCOMPARE(r->embeddingsComputed, int(m_patterns.size()));
            for (const SimilarMatch &m : r->results) {
                QVERIFY(m.semantic);
                QVERIFY(std::abs(m.similarity - ((1 - kSemanticWeight) * m.structural + kSemanticWeight * *m.semantic)) < 1e-12);
            }
            QCOMPARE(embeddingRequests(), 1);
        }
        const auto stored = PatternEmbeddingStore(m_db.db()).load(QStringLiteral("openai:text-embedding-3-small"));
        QCOMPARE(stored->size(), m_patterns.size());
        QCOMPARE(stored->cbegin()->dimension, 8);

        // Stored vectors of a model of the route are used without asking anyone.
        m_server->clearRequests();
        llm::LlmService service(ollamaDownOpenAiUp(), llm::LlmService::KeyLookup::UseSetup);
        SimilarSearchRequest req = byPattern(m_patterns.at(1).id);
        req.embeddings = &service;
        const Result<SimilarSearchResult> r = searchSimilarPatterns(req);
        QVERIFY(r);
        QCOMPARE(r->embeddingModel, QStringLiteral("openai:text-embedding-3-small"));
        QCOMPARE(r->embeddingsReused, int(m_patterns.size()));
        QCOMPARE(r->embeddingsComputed, 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void taskTypeQueryIsEmbeddedToo()
    {
        m_server->clearRequests();
        llm::LlmService service(ollamaDownOpenAiUp(), llm::LlmService::KeyLookup::UseSetup);
        SimilarSearchRequest req = byPattern(0);
        req.mode = SimilarSearchRequest::Mode::ByTaskTypes;
        req.taskTypes = QStringList{QStringLiteral("extract"), QStringLiteral("transform")};
        req.embeddings = &service;
        const Result<SimilarSearchResult> r = searchSimilarPatterns(req);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(!r->results.isEmpty());
        // Only the query text was new.
        QCOMPARE(embeddingRequests(), 1);
        QCOMPARE(r->embeddingsComputed, 0);
        for (const SimilarMatch &m : r->results)
            QVERIFY(m.semantic && m.structural > 0);
        const auto body = m_server->requests().first().json();
        QVERIFY(body.value(QLatin1String("input")).toVariant().toStringList().contains(
            taskTypeQueryText(req.taskTypes)));
    }

    void typeSearchScoresTypicality()
    {
        SimilarSearchRequest req = byPattern(0);
        req.mode = SimilarSearchRequest::Mode::ByType;
        req.patternType = PatternKind::Daily;
        const Result<SimilarSearchResult> r = searchSimilarPatterns(req);
        QVERIFY(r);
        QVERIFY(r->results.size() >= 2);
        const auto facts = loadPatternFacts(m_db.db(), m_patterns);
        QVERIFY(facts && !facts->isEmpty());
        for (const SimilarMatch &m : r->results) {
            QCOMPARE(m.pattern.kind, PatternKind::Daily);
            double sum = 0;
            for (const SimilarMatch &o : r->results)
                if (o.pattern.id != m.pattern.id)
                    sum += patternSimilarity(m.pattern, o.pattern, facts->value(m.pattern.id), facts->value(o.pattern.id)).total;
            QVERIFY(std::abs(m.structural - sum / double(r->results.size() - 1)) < 1e-12);
            QVERIFY(facts->value(m.pattern.id).typicalDurationSeconds > 0);
        }
    }

    void cancelledSearchFails()
    {
        std::atomic_bool cancel{true};
        Progress p;
        p.cancelFlag = &cancel;
        const Result<SimilarSearchResult> r = searchSimilarPatterns(byPattern(m_patterns.first().id), p);
        QVERIFY(!r);
        QVERIFY(r.error().contains(QLatin1String("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestSimilarPatternsUseCase)
#include "tst_similarpatternsusecase.moc"
