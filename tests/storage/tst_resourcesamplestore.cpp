#include "storage/resourcesamplestore.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace rulecast;

class TestResourceSampleStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsWithNulls()
    {
        test::TempDatabase tmp;
        ResourceSampleStore store(tmp.db());
        ResourceSample a;
        a.host = QStringLiteral("nas");
        a.sampledAt = 1767225600;
        a.cpuPercent = 12.5;
        a.memoryMb = 2048;
        ResourceSample b = a;
        b.sampledAt += 60;
        b.diskIoMbps = 3.25;
        b.networkMbps = 8;
        QVERIFY(store.append({b, a}));
        QSqlQuery q(tmp.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sampled_at, disk_io_mbps IS NULL FROM resource_samples ORDER BY sampled_epoch")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-01-01 00:00:00")); // banana-bun's text form
        QCOMPARE(q.value(1).toInt(), 1);

        const auto read = store.read(a.sampledAt, a.sampledAt + 61);
        QVERIFY(read);
        QCOMPARE(read->size(), std::size_t(2));
        QCOMPARE(read->at(0).sampledAt, a.sampledAt); // oldest first
        QCOMPARE(read->at(0).host, QStringLiteral("nas"));
        QVERIFY(std::isnan(read->at(0).diskIoMbps));
        QCOMPARE(read->at(1).diskIoMbps, 3.25);
        QCOMPARE(read->at(1).networkMbps, 8.0);
        // [from, until): the end is excluded.
        QCOMPARE(store.read(a.sampledAt, a.sampledAt + 60)->size(), std::size_t(1));
    }

    void failedAppendStoresNothing()
    {
        test::TempDatabase tmp;
        QSqlQuery q(tmp.db().connection());
        // A trigger that refuses the second row makes the batch fail halfway.
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON resource_samples "
                                      "WHEN NEW.sampled_epoch = 2 BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        ResourceSample a, b;
        a.sampledAt = 1;
        b.sampledAt = 2;
        const Status s = ResourceSampleStore(tmp.db()).append({a, b});
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("resource sample")), qPrintable(s.error()));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM resource_samples")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResourceSampleStore)
#include "tst_resourcesamplestore.moc"
