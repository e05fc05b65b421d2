#include "core/correlationdetector.h"

#include <QTest>

#include <random>

using namespace rulecast;

namespace {

constexpr qint64 kStart = 1798761600;
constexpr qint64 kDay = 86400;

struct Builder
{
    EventTable table;
    std::vector<std::tuple<qint64, int>> rows;
    int type(const QString &name)
    {
        table.typeNames << name;
        return int(table.typeNames.size()) - 1;
    }
    void add(int type, qint64 t) { rows.emplace_back(t, type); }
    EventTable build()
    {
        std::sort(rows.begin(), rows.end());
        for (const auto &[t, ty] : rows) {
            table.starts.push_back(t);
            table.types.push_back(ty);
            table.ids.push_back(qint64(table.ids.size()) + 1);
        }
        return table;
    }
};

const ActivityPattern *find(const QList<ActivityPattern> &ps, const QString &a, const QString &b)
{
    for (const ActivityPattern &p : ps)
        if (p.taskTypes == QStringList{a, b})
            return &p;
    return nullptr;
}

} // namespace

class TestCorrelationDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bFollowsAWithItsTypicalDelay()
    {
        std::mt19937_64 rng(1);
        std::uniform_int_distribution<qint64> u(0, kDay - 1), delay(5 * 60, 9 * 60);
        Builder b;
        const int a = b.type(QStringLiteral("extract")), t = b.type(QStringLiteral("transform"));
        const int busy = b.type(QStringLiteral("busy"));
        for (int d = 0; d < 30; ++d) {
            for (int k = 0; k < 3; ++k) {
                const qint64 s = kStart + d * kDay + u(rng);
                b.add(a, s);
                if (k != 0 || d % 10 != 0)
                    b.add(t, s + delay(rng));
            }
            for (int k = 0; k < 300; ++k) // a frequent type follows everything
                b.add(busy, kStart + d * kDay + u(rng));
        }
        const QList<ActivityPattern> found = CorrelationDetector().detect(b.build(), {kStart, kStart + 30 * kDay});
        const ActivityPattern *p = find(found, QStringLiteral("extract"), QStringLiteral("transform"));
        QVERIFY(p);
        QVERIFY(p->confidence >= 0.8);
        QVERIFY(p->delayMinutes >= 5 && p->delayMinutes <= 9);
        QCOMPARE(p->windowMinutes, 60);
        // The frequent type is behind every extract too, but by chance.
        const ActivityPattern *q = find(found, QStringLiteral("extract"), QStringLiteral("busy"));
        QVERIFY(!q || q->confidence < 0.3);
        QVERIFY(!find(found, QStringLiteral("transform"), QStringLiteral("extract")));
    }

    void typesOnTheSameClockAreNotCausallyCorrelated()
    {
        // A report at 09:30 and a sync every 15 minutes in office hours: the
        // sync always follows the report, because of the clock.
        Builder b;
        const int report = b.type(QStringLiteral("report")), sync = b.type(QStringLiteral("sync"));
        for (int d = 0; d < 30; ++d) {
            b.add(report, kStart + d * kDay + 9 * 3600 + 1800);
            for (int q = 32; q < 72; ++q)
                b.add(sync, kStart + d * kDay + q * 900 + 30);
        }
        const QList<ActivityPattern> found = CorrelationDetector().detect(b.build(), {kStart, kStart + 30 * kDay});
        const ActivityPattern *p = find(found, QStringLiteral("report"), QStringLiteral("sync"));
        QVERIFY(!p || p->confidence < 0.5);
    }

    void aBurstIsOneEpisode()
    {
        // Forty runs of A in one hour on two days, each "followed" by B.
        Builder b;
        const int a = b.type(QStringLiteral("burst")), c = b.type(QStringLiteral("other"));
        for (int d : {3, 4}) {
            for (int i = 0; i < 20; ++i)
                b.add(a, kStart + d * kDay + 3600 + i * 90);
            b.add(c, kStart + d * kDay + 3600 + 20 * 90 + 300);
        }
        const QList<ActivityPattern> found = CorrelationDetector().detect(b.build(), {kStart, kStart + 30 * kDay});
        QVERIFY(!find(found, QStringLiteral("burst"), QStringLiteral("other")));
    }

    void asOfCutsTheLastWindow()
    {
        // A at a different hour each day, C five minutes later.
        Builder b;
        const int a = b.type(QStringLiteral("a")), c = b.type(QStringLiteral("c"));
        for (int d = 0; d < 10; ++d) {
            b.add(a, kStart + d * kDay + (d * 5 % 24) * 3600);
            b.add(c, kStart + d * kDay + (d * 5 % 24) * 3600 + 300);
        }
        // The last A is 10 minutes before as-of: its follower lies in the
        // future and must not be seen, so it is no opportunity either.
        const qint64 asOf = kStart + 9 * kDay + (9 * 5 % 24) * 3600 + 600;
        const QList<ActivityPattern> found = CorrelationDetector().detect(b.build(), {kStart, asOf});
        const ActivityPattern *p = find(found, QStringLiteral("a"), QStringLiteral("c"));
        QVERIFY(p);
        QCOMPARE(p->opportunities, qint64(9));
        QCOMPARE(p->occurrences, qint64(9));
        QCOMPARE(p->delayMinutes, 5.0);
    }

    void twentyThousandTasksInOneSweep()
    {
        // Not a timing test (see bench/bench_patterns): a large input with
        // many types completes and finds the planted pair among noise.
        std::mt19937_64 rng(3);
        std::uniform_int_distribution<qint64> u(0, 30 * kDay - 1);
        Builder b;
        const int a = b.type(QStringLiteral("a")), c = b.type(QStringLiteral("c"));
        std::vector<int> noise;
        for (int i = 0; i < 40; ++i)
            noise.push_back(b.type(QStringLiteral("n%1").arg(i)));
        for (int i = 0; i < 100; ++i) {
            const qint64 s = kStart + u(rng);
            b.add(a, s);
            b.add(c, s + 600);
        }
        for (int i = 0; i < 19800; ++i)
            b.add(noise[std::size_t(i % 40)], kStart + u(rng));
        const QList<ActivityPattern> found = CorrelationDetector().detect(b.build(), {kStart, kStart + 30 * kDay});
        QVERIFY(find(found, QStringLiteral("a"), QStringLiteral("c")));
        for (const ActivityPattern &p : found)
            QVERIFY2(p.confidence < 0.7 || p.taskTypes == (QStringList{QStringLiteral("a"), QStringLiteral("c")}),
                     qPrintable(p.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCorrelationDetector)
#include "tst_correlationdetector.moc"
