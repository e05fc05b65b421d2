#include "app/patternembeddings.h"
#include "core/patternsimilarity.h"
#include "core/timeformat.h"
#include "storage/patternrepository.h"
#include "testsupport/fakellmserver.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

QJsonObject parse(const CliRun &run)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &err);
    if (err.error != QJsonParseError::NoError)
        qWarning("not one JSON document: %s\n%s\n%s", qPrintable(err.errorString()), run.out.constData(), run.err.constData());
    return doc.object();
}

QList<float> toFloats(const QList<double> &v)
{
    QList<float> out;
    for (double x : v)
        out << float(x);
    return out;
}

} // namespace

// search-similar-patterns end to end, on a planted history and on the demo.
class TestSearchSimilarCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TempDatabase m_db;
    QString m_demoPath;
    QList<ActivityPattern> m_patterns; // the planted history's, as stored

    QStringList args(const QStringList &rest, bool json = true, const QString &db = {}) const
    {
        QStringList a{QStringLiteral("--db"), db.isEmpty() ? m_db.path() : db};
        if (json)
            a << QStringLiteral("--output-format") << QStringLiteral("json");
        return a << QStringLiteral("search-similar-patterns") << rest;
    }
    QList<ActivityPattern> stored(PatternKind kind) const
    {
        QList<ActivityPattern> out;
        for (const ActivityPattern &p : m_patterns)
            if (p.kind == kind && p.active)
                out << p;
        return out;
    }
    static void checkSorted(const QJsonArray &results, double threshold)
    {
        double last = 2.0;
        for (const QJsonValue &v : results) {
            const double s = v[QLatin1String("similarity")].toDouble();
            QVERIFY2(s <= last + 1e-12, "results are not sorted by similarity");
            QVERIFY2(s + 1e-9 >= threshold, qPrintable(QStringLiteral("%1 below the threshold %2").arg(s).arg(threshold)));
            last = s;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("similar.conf")).toUtf8());
        qputenv("RULECAST_NO_KEYCHAIN", "1");
        qunsetenv("OPENAI_API_KEY");
        PlantedSpec spec;
        spec.seed = 5;
        spec.monthly = false;
        const PlantedHistory h = plantHistory(spec);
        QVERIFY(insertPlanted(m_db.db(), h));
        m_db.db().closeThreadConnection();
        const CliRun analyze = runCli({QStringLiteral("--db"), m_db.path(), QStringLiteral("analyze-activity-patterns"),
                                       QStringLiteral("--as-of"), timeformat::toIsoUtc(h.end)});
        QCOMPARE(analyze.exitCode, 0);
        auto all = PatternRepository(m_db.db()).all();
        QVERIFY(all);
        m_patterns = all.value();
        m_db.db().closeThreadConnection();
        QVERIFY(stored(PatternKind::Daily).size() >= 2);

        m_demoPath = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_demoPath, QStringLiteral("demo"), QStringLiteral("--history-only")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), m_demoPath, QStringLiteral("analyze-activity-patterns")}).exitCode, 0);
    }
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("similar.conf"))); }

    void dailyNeighboursOfADailyPattern()
    {
        const QList<ActivityPattern> daily = stored(PatternKind::Daily);
        for (const ActivityPattern &d : daily) {
            const CliRun run = runCli(args({QStringLiteral("--pattern-id"), QString::number(d.id), QStringLiteral("--similarity"),
                                            QStringLiteral("0.4")}));
            QCOMPARE(run.exitCode, 0);
            const QJsonObject o = parse(run);
            const QJsonArray results = o[QLatin1String("results")].toArray();
            checkSorted(results, 0.4);
            QCOMPARE(o[QLatin1String("query")][QLatin1String("id")].toInteger(), d.id);
            QVERIFY(results.size() >= daily.size() - 1);
            for (int i = 0; i < results.size(); ++i) {
                const QJsonObject pattern = results[i][QLatin1String("pattern")].toObject();
                QVERIFY2(pattern[QLatin1String("id")].toInteger() != d.id, "the pattern itself came back");
                // The other daily patterns come first.
                if (i < daily.size() - 1)
                    QCOMPARE(pattern[QLatin1String("pattern_type")].toString(), QStringLiteral("daily_recurring"));
                for (const char *key : {"id", "pattern_type", "confidence_score", "detection_count", "pattern_data"})
                    QVERIFY2(pattern.contains(QLatin1String(key)), key);
                QVERIFY(pattern[QLatin1String("pattern_data")][QLatin1String("task_types")].isArray());
                QVERIFY(results[i][QLatin1String("components")][QLatin1String("kind")].isDouble());
            }
        }
    }

    void defaultThresholdComesFromTheSettings()
    {
        const QString id = QString::number(stored(PatternKind::Daily).first().id);
        QJsonObject o = parse(runCli(args({QStringLiteral("--pattern-id"), id})));
        QCOMPARE(o[QLatin1String("search")][QLatin1String("threshold")].toDouble(), 0.8);
        checkSorted(o[QLatin1String("results")].toArray(), 0.8);
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("pattern_detection.pattern_similarity_threshold"),
                         QStringLiteral("0.3")})
                     .exitCode,
                 0);
        o = parse(runCli(args({QStringLiteral("--pattern-id"), id})));
        QCOMPARE(o[QLatin1String("search")][QLatin1String("threshold")].toDouble(), 0.3);
        checkSorted(o[QLatin1String("results")].toArray(), 0.3);
        QVERIFY(o[QLatin1String("results")].toArray().size() >= 1);
    }

    void maxResultsAndFilters()
    {
        const QString id = QString::number(stored(PatternKind::Daily).first().id);
        QJsonArray r = parse(runCli(args({QStringLiteral("--pattern-id"), id, QStringLiteral("--similarity"), QStringLiteral("0"),
                                          QStringLiteral("--max-results"), QStringLiteral("2")})))[QLatin1String("results")]
                           .toArray();
        QCOMPARE(r.size(), 2);
        r = parse(runCli(args({QStringLiteral("--pattern-id"), id, QStringLiteral("--similarity"), QStringLiteral("0"),
                               QStringLiteral("--min-confidence"), QStringLiteral("0.99")})))[QLatin1String("results")]
                .toArray();
        for (const QJsonValue &v : r)
            QVERIFY(v[QLatin1String("pattern")][QLatin1String("confidence_score")].toDouble() >= 0.99);
    }

    void attributeSearches()
    {
        QJsonObject o = parse(runCli(args({QStringLiteral("--pattern-type"), QStringLiteral("daily_recurring")})));
        QJsonArray r = o[QLatin1String("results")].toArray();
        QCOMPARE(r.size(), stored(PatternKind::Daily).size());
        checkSorted(r, 0.0);
        for (const QJsonValue &v : r)
            QCOMPARE(v[QLatin1String("pattern")][QLatin1String("pattern_type")].toString(), QStringLiteral("daily_recurring"));

        o = parse(runCli(args({QStringLiteral("--task-types"), QStringLiteral("extract,transform")})));
        r = o[QLatin1String("results")].toArray();
        QVERIFY(!r.isEmpty());
        checkSorted(r, 0.0);
        QCOMPARE(r[0][QLatin1String("pattern")][QLatin1String("pattern_type")].toString(), QStringLiteral("task_correlation"));
        QCOMPARE(r[0][QLatin1String("similarity")].toDouble(), 1.0);
        for (const QJsonValue &v : r)
            QVERIFY(v[QLatin1String("similarity")].toDouble() > 0);
    }

    void errors()
    {
        CliRun run = runCli(args({QStringLiteral("--pattern-id"), QStringLiteral("99999")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no pattern 99999"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        run = runCli(args({QStringLiteral("--pattern-type"), QStringLiteral("hourly")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("daily_recurring") && run.err.contains("interval_recurring"), run.err.constData());
        const QList<QStringList> usage{{},
                                       {QStringLiteral("--pattern-id"), QStringLiteral("1"), QStringLiteral("--pattern-type"),
                                        QStringLiteral("daily_recurring")},
                                       {QStringLiteral("--pattern-id"), QStringLiteral("x")},
                                       {QStringLiteral("--pattern-id"), QStringLiteral("1"), QStringLiteral("--max-results"), QStringLiteral("0")},
                                       {QStringLiteral("--pattern-id"), QStringLiteral("1"), QStringLiteral("--max-results"), QStringLiteral("101")},
                                       {QStringLiteral("--pattern-id"), QStringLiteral("1"), QStringLiteral("--similarity"), QStringLiteral("1.5")},
                                       {QStringLiteral("--task-types"), QStringLiteral(" , ")}};
        for (const QStringList &a : usage) {
            run = runCli(args(a));
            QVERIFY2(run.exitCode == 2, qPrintable(a.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(run.err)));
        }
    }

    // Every example of the seed's phase-3 guide, on a demo database.
    void seedGuideExamplesOnTheDemo()
    {
        const QList<QStringList> examples{
            {QStringLiteral("--pattern-id"), QStringLiteral("5"), QStringLiteral("--similarity"), QStringLiteral("0.7")},
            {QStringLiteral("--pattern-type"), QStringLiteral("daily_recurring")},
            {QStringLiteral("--task-types"), QStringLiteral("transcribe,analyze")},
            {QStringLiteral("--pattern-id"), QStringLiteral("3"), QStringLiteral("--similarity"), QStringLiteral("0.8")},
            {QStringLiteral("--pattern-type"), QStringLiteral("weekly_recurring")},
            {QStringLiteral("--task-types"), QStringLiteral("backup,sync"), QStringLiteral("--max-results"), QStringLiteral("5")},
            {QStringLiteral("--pattern-type"), QStringLiteral("daily_recurring"), QStringLiteral("--verbose")},
        };
        for (const QStringList &e : examples) {
            const CliRun table = runCli(args(e, false, m_demoPath));
            QVERIFY2(table.exitCode == 0, qPrintable(e.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(table.err)));
            QVERIFY(table.out.contains("similarity >="));
            const CliRun json = runCli(args(e, true, m_demoPath));
            QCOMPARE(json.exitCode, 0);
            const QJsonArray r = parse(json)[QLatin1String("results")].toArray();
            checkSorted(r, e.contains(QStringLiteral("0.8")) ? 0.8 : e.contains(QStringLiteral("0.7")) ? 0.7 : 0.0);
            // The demo's 30-day analysis finds daily patterns and backups (a weekly one only sometimes).
            if (e.contains(QStringLiteral("daily_recurring")) || e.first() == QLatin1String("--task-types"))
                QVERIFY2(!r.isEmpty(), qPrintable(e.join(u' ')));
            if (r.isEmpty())
                QVERIFY(table.out.contains("No patterns at or above similarity"));
            if (e.contains(QStringLiteral("--verbose")))
                QVERIFY(table.err.contains("candidate(s)"));
            const CliRun detailed = runCli(QStringList{QStringLiteral("--output-format"), QStringLiteral("detailed")}
                                           + args(e, false, m_demoPath));
            QCOMPARE(detailed.exitCode, 0);
        }
        // "backup,sync" finds the backups and the photo sync of the demo.
        const QJsonArray r = parse(runCli(args({QStringLiteral("--task-types"), QStringLiteral("backup,sync")}, true, m_demoPath)))
                                 [QLatin1String("results")].toArray();
        QVERIFY(r.size() <= 10);
        QStringList types;
        for (const QJsonValue &v : r)
            for (const QJsonValue &t : v[QLatin1String("pattern")][QLatin1String("pattern_data")][QLatin1String("task_types")].toArray())
                types << t.toString();
        QVERIFY2(types.contains(QStringLiteral("backup")), qPrintable(types.join(u',')));
        const CliRun help = runCli({QStringLiteral("search-similar-patterns"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--task-types \"backup,sync\" --max-results 5"));
    }

    void embeddingsBlendDeterministically()
    {
        FakeLlmServer server;
        qputenv("OLLAMA_URL", server.ollamaUrl().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("OLLAMA_URL"); });
        const ActivityPattern query = stored(PatternKind::Daily).first();
        const QStringList a{QStringLiteral("--pattern-id"), QString::number(query.id), QStringLiteral("--similarity"),
                            QStringLiteral("0"), QStringLiteral("--max-results"), QStringLiteral("100"), QStringLiteral("--use-embeddings"),
                            QStringLiteral("--use-model"), QStringLiteral("ollama")};
        const CliRun run = runCli(args(a));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QJsonObject o = parse(run);
        QCOMPARE(o[QLatin1String("search")][QLatin1String("embedding_model")].toString(), QStringLiteral("ollama:nomic-embed-text"));
        const QJsonArray r = o[QLatin1String("results")].toArray();
        const auto others = std::count_if(m_patterns.cbegin(), m_patterns.cend(),
                                          [&query](const ActivityPattern &p) { return p.active && p.id != query.id; });
        QCOMPARE(qsizetype(r.size()), qsizetype(others));
        checkSorted(r, 0.0);
        const QList<float> qv = toFloats(FakeLlmServer::embeddingFor(embeddingText(query), 8));
        for (const QJsonValue &v : r) {
            const qint64 id = v[QLatin1String("pattern")][QLatin1String("id")].toInteger();
            const auto p = std::find_if(m_patterns.cbegin(), m_patterns.cend(), [id](const ActivityPattern &x) { return x.id == id; });
            QVERIFY(p != m_patterns.cend());
            const double expected = semanticSimilarity(qv, toFloats(FakeLlmServer::embeddingFor(embeddingText(*p), 8)));
            QVERIFY(std::abs(v[QLatin1String("semantic_similarity")].toDouble() - expected) < 1e-6);
            const double structural = v[QLatin1String("structural_similarity")].toDouble();
            QVERIFY(std::abs(v[QLatin1String("similarity")].toDouble() - (0.7 * structural + 0.3 * expected)) < 1e-9);
        }
        int embedRequests = 0;
        for (const auto &req : server.requests())
            embedRequests += req.path == "/api/embed" ? 1 : 0;
        QCOMPARE(embedRequests, 1);

        // The second run reads the stored vectors: same answer, no request.
        server.clearRequests();
        const CliRun again = runCli(args(a));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(parse(again)[QLatin1String("results")], o[QLatin1String("results")]);
        QCOMPARE(server.requestCount(), 0);

        // Another embedding model: every vector is computed again.
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.ollama_embedding_model"),
                         QStringLiteral("mxbai-embed-large")})
                     .exitCode,
                 0);
        server.setEmbeddingDimension(16);
        const CliRun other = runCli(args(a));
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(parse(other)[QLatin1String("search")][QLatin1String("embedding_model")].toString(),
                 QStringLiteral("ollama:mxbai-embed-large"));
        QCOMPARE(server.requestCount(), 1);
        QSqlQuery q(m_db.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(dimension) FROM pattern_embeddings WHERE model = 'ollama:mxbai-embed-large'"))
                && q.next());
        QVERIFY(q.value(0).toInt() >= 2);
        QCOMPARE(q.value(1).toInt(), 16);
        q.finish();
        m_db.db().closeThreadConnection();
    }

    void embeddingFailuresFallBackToStructure_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("garbage") << int(FakeLlmServer::Mode::InvalidJson);
        QTest::newRow("wrong shape") << int(FakeLlmServer::Mode::WrongShape);
        QTest::newRow("500") << int(FakeLlmServer::Mode::ServerError);
        QTest::newRow("hang") << int(FakeLlmServer::Mode::Hang);
        QTest::newRow("closed") << int(FakeLlmServer::Mode::CloseAtOnce);
    }
    void embeddingFailuresFallBackToStructure()
    {
        QFETCH(int, mode);
        FakeLlmServer server;
        server.setMode(FakeLlmServer::Mode(mode));
        qputenv("OLLAMA_URL", server.ollamaUrl().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("OLLAMA_URL"); });
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.timeout_seconds"), QStringLiteral("2")}).exitCode, 0);
        // A model nobody embedded with yet, so the model must be asked.
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.ollama_embedding_model"),
                         QStringLiteral("never-stored-%1").arg(mode)})
                     .exitCode,
                 0);
        const QString id = QString::number(stored(PatternKind::Daily).first().id);
        const QStringList base{QStringLiteral("--pattern-id"), id, QStringLiteral("--similarity"), QStringLiteral("0")};
        const CliRun plain = runCli(args(base));
        QElapsedTimer timer;
        timer.start();
        const CliRun run = runCli(args(base + QStringList{QStringLiteral("--use-embeddings"), QStringLiteral("--use-model"),
                                                           QStringLiteral("ollama")}));
        QVERIFY2(timer.elapsed() < 2000 + 6000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("--use-embeddings:") && run.err.contains("structural similarity only"), run.err.constData());
        const QJsonObject o = parse(run);
        QVERIFY(o[QLatin1String("search")][QLatin1String("embedding_model")].isNull());
        QCOMPARE(o[QLatin1String("results")], parse(plain)[QLatin1String("results")]);
    }

    void noModelInUse()
    {
        const QString id = QString::number(stored(PatternKind::Daily).first().id);
        const CliRun run = runCli(args({QStringLiteral("--pattern-id"), id, QStringLiteral("--use-embeddings"),
                                        QStringLiteral("--use-model"), QStringLiteral("none")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("--use-embeddings:"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSearchSimilarCommand)
#include "tst_searchsimilarcommand.moc"
