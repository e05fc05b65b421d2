#include "storage/taskreader.h"

#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace rulecast;
using namespace rulecast::test;

namespace {

constexpr qint64 kDay = 86400;

// What the reader must return, read the plain way: every column through
// QSqlQuery, in start order.
std::vector<TaskRecord> reference(const Database &db, qint64 from, qint64 until)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, type, started_epoch, finished_epoch, cpu_percent, memory_mb, disk_mb, "
                             "network_mbps, status, host FROM tasks WHERE started_epoch >= ? AND started_epoch < ? "
                             "ORDER BY started_epoch, id"));
    q.addBindValue(from);
    q.addBindValue(until);
    std::vector<TaskRecord> out;
    if (!q.exec())
        return out;
    auto real = [&](int c) { return q.value(c).isNull() ? std::nan("") : q.value(c).toDouble(); };
    while (q.next()) {
        TaskRecord r;
        r.id = q.value(0).toLongLong();
        r.type = q.value(1).toString();
        r.startedAt = q.value(2).toLongLong();
        r.finishedAt = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        r.cpuPercent = real(4);
        r.memoryMb = real(5);
        r.diskMb = real(6);
        r.networkMbps = real(7);
        r.status = q.value(8).toString();
        r.host = q.value(9).toString();
        out.push_back(r);
    }
    return out;
}

bool sameReal(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

QString compare(const std::vector<TaskRecord> &got, const std::vector<TaskRecord> &want, bool withText)
{
    if (got.size() != want.size())
        return QStringLiteral("%1 records instead of %2").arg(got.size()).arg(want.size());
    for (size_t i = 0; i < got.size(); ++i) {
        const TaskRecord &a = got[i], &b = want[i];
        const bool same = a.id == b.id && a.type == b.type && a.startedAt == b.startedAt && a.finishedAt == b.finishedAt
                          && sameReal(a.cpuPercent, b.cpuPercent) && sameReal(a.memoryMb, b.memoryMb)
                          && sameReal(a.diskMb, b.diskMb) && sameReal(a.networkMbps, b.networkMbps)
                          && (!withText || (a.status == b.status && a.host == b.host));
        if (!same)
            return QStringLiteral("record %1 (id %2) differs from id %3").arg(i).arg(a.id).arg(b.id);
    }
    return QString();
}

// Every record of a type shares one string, whichever half read it.
bool typesShared(const std::vector<TaskRecord> &records)
{
    QHash<QString, const QChar *> first;
    for (const TaskRecord &r : records) {
        const auto it = first.constFind(r.type);
        if (it == first.constEnd())
            first.insert(r.type, r.type.constData());
        else if (it.value() != r.type.constData())
            return false;
    }
    return true;
}

} // namespace

// TaskReader reads big ranges in two halves on two connections; whatever
// path it takes, it must return exactly the rows, values and order of a plain
// query.
class TestTaskReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // TaskReader::kParallelRows + 10,000 tasks over 30 days (day 100-129) inserted out of time
        // order, with equal start times and NULL resources, plus a handful
        // on day 0 so a window of the last 31 days is a small share of the
        // table's time range (read through the index) while the whole range
        // is read by a scan.
        std::mt19937_64 rng(3);
        std::uniform_int_distribution<qint64> second(100 * kDay, 130 * kDay - 1);
        std::uniform_int_distribution<int> type(0, 24);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        QList<TaskRecord> tasks;
        const int count = int(TaskReader::kParallelRows) + 10000;
        for (int i = 0; i < count; ++i) {
            TaskRecord t = makeTask(QStringLiteral("type-%1").arg(type(rng)), i % 50 == 0 ? 100 * kDay : second(rng),
                                    i % 7 == 0 ? -1 : 60 + qint64(u(rng) * 600), QStringLiteral("completed"),
                                    QStringLiteral("host-%1").arg(i % 3));
            if (i % 3 != 0)
                t.cpuPercent = u(rng) * 100;
            if (i % 5 != 0)
                t.memoryMb = 100 + u(rng) * 900;
            tasks.append(t);
        }
        for (int i = 0; i < 5; ++i)
            tasks.append(makeTask(QStringLiteral("early"), i * 3600));
        QVERIFY(insertTasks(m_temp.db(), tasks).ok());
    }

    void wholeTableByScan()
    {
        const auto all = TaskReader(m_temp.db()).read(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        QVERIFY2(all.ok(), qPrintable(all.error()));
        const auto want = reference(m_temp.db(), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        QCOMPARE(want.size(), size_t(TaskReader::kParallelRows + 10005));
        const QString diff = compare(*all, want, false);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(typesShared(*all));
    }

    void windowByIndex()
    {
        const qint64 from = 99 * kDay, until = 130 * kDay;
        const auto window = TaskReader(m_temp.db()).read(from, until, true);
        QVERIFY2(window.ok(), qPrintable(window.error()));
        const auto want = reference(m_temp.db(), from, until);
        QCOMPARE(want.size(), size_t(TaskReader::kParallelRows + 10000));
        const QString diff = compare(*window, want, true);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(typesShared(*window));
    }

    void smallWindowAndEmptyRange()
    {
        const qint64 from = 110 * kDay, until = 110 * kDay + 3600;
        const auto part = TaskReader(m_temp.db()).read(from, until);
        QVERIFY(part.ok());
        const QString diff = compare(*part, reference(m_temp.db(), from, until), false);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const auto none = TaskReader(m_temp.db()).read(200 * kDay, 201 * kDay);
        QVERIFY(none.ok());
        QVERIFY(none->empty());
    }

    // Inside a transaction another connection would not see uncommitted
    // rows: the reader must then read everything on the caller's connection.
    void seesUncommittedRowsOfItsOwnTransaction()
    {
        QSqlDatabase conn = m_temp.db().connection();
        QVERIFY(conn.transaction());
        QSqlQuery insert(conn);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO tasks (type, status, started_at, started_epoch) "
                                           "VALUES ('uncommitted', 'completed', '1970-05-10 00:00:05', %1)")
                                .arg(129 * kDay + 5)));
        const auto all = TaskReader(m_temp.db()).read(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        QVERIFY(conn.rollback());
        QVERIFY(all.ok());
        QCOMPARE(all->size(), size_t(TaskReader::kParallelRows + 10006));
        bool found = false;
        for (const TaskRecord &r : *all)
            found = found || r.type == QLatin1String("uncommitted");
        QVERIFY(found);
    }

private:
    TempDatabase m_temp;
};

QTEST_GUILESS_MAIN(TestTaskReader)
#include "tst_taskreader.moc"
