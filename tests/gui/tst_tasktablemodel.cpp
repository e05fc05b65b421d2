#include "gui/models/tasktablemodel.h"
#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace rulecast;
using namespace rulecast::test;

class TestTaskTableModel : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 T0 = 1790000000;

    static void fill(TempDatabase &tmp, int n)
    {
        QList<TaskRecord> tasks;
        for (int i = 0; i < n; ++i) {
            TaskRecord t = makeTask(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"), T0 + i * 60, 30 + i,
                                    i % 10 == 0 ? QStringLiteral("failed") : QStringLiteral("completed"),
                                    QStringLiteral("h%1").arg(i % 3));
            t.cpuPercent = i % 4 == 0 ? std::nan("") : i * 0.5;
            tasks << t;
        }
        QVERIFY(insertTasks(tmp.db(), tasks));
    }

    // Pages arrive from the model's worker thread: wait for each.
    static void fetchAll(TaskTableModel &m)
    {
        for (;;) {
            QTRY_VERIFY(!m.isLoading());
            if (!m.canFetchMore({}))
                return;
            m.fetchMore({});
        }
    }

    static void settle(TaskTableModel &m) { QTRY_VERIFY(!m.isLoading()); }

private Q_SLOTS:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void noDatabaseIsEmpty()
    {
        TaskTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.columnCount(), int(TaskTableModel::ColumnCount));
        QVERIFY(!m.canFetchMore({}));
    }

    void fetchesInPages()
    {
        TempDatabase tmp;
        fill(tmp, 1000);
        TaskTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPageSize(300);
        QSignalSpy loading(&m, &TaskTableModel::loadingChanged);
        m.setDatabase(tmp.db());
        QVERIFY(m.isLoading());
        QCOMPARE(m.rowCount(), 0); // the first page is still on its way
        settle(m);
        QCOMPARE(m.rowCount(), 300);
        QCOMPARE(loading.count(), 2);
        QVERIFY(m.canFetchMore({}));
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.fetchMore({});
        QVERIFY(!m.canFetchMore({})); // one request at a time
        settle(m);
        QCOMPARE(m.rowCount(), 600);
        QCOMPARE(inserted.count(), 1);
        fetchAll(m);
        QCOMPARE(m.rowCount(), 1000);
        QVERIFY(!m.canFetchMore({}));
        // Default order: newest start first.
        QCOMPARE(m.index(0, TaskTableModel::StartedColumn).data(TaskTableModel::RawValueRole).toLongLong(),
                 T0 + 999 * 60);
        QCOMPARE(m.index(999, TaskTableModel::StartedColumn).data(TaskTableModel::RawValueRole).toLongLong(), T0);
    }

    void displayIsFormattedRawIsNumeric()
    {
        TempDatabase tmp;
        fill(tmp, 3);
        TaskTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setTimeZone(QTimeZone::utc());
        m.setDatabase(tmp.db());
        m.sort(TaskTableModel::IdColumn, Qt::AscendingOrder);
        settle(m);
        QCOMPARE(m.rowCount(), 3);
        const QModelIndex started = m.index(0, TaskTableModel::StartedColumn);
        QCOMPARE(started.data().toString(),
                 QDateTime::fromSecsSinceEpoch(T0, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(started.data(TaskTableModel::RawValueRole).toLongLong(), T0);
        const QModelIndex duration = m.index(2, TaskTableModel::DurationColumn);
        QCOMPARE(duration.data().toString(), QStringLiteral("32s"));
        QCOMPARE(duration.data(TaskTableModel::RawValueRole).toLongLong(), 32);
        // Unknown CPU: empty text, null raw value (charts skip it, sorting puts it first).
        QVERIFY(m.index(0, TaskTableModel::CpuColumn).data().toString().isEmpty());
        QVERIFY(m.index(0, TaskTableModel::CpuColumn).data(TaskTableModel::RawValueRole).isNull());
        QCOMPARE(m.index(1, TaskTableModel::CpuColumn).data(TaskTableModel::RawValueRole).toDouble(), 0.5);
        QCOMPARE(m.index(0, TaskTableModel::StatusColumn).data().toString(), QStringLiteral("failed"));
        QVERIFY(m.index(0, TaskTableModel::StatusColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!m.index(1, TaskTableModel::StatusColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(m.headerData(TaskTableModel::StartedColumn, Qt::Horizontal).toString(), QStringLiteral("Started"));
    }

    void staleResultsAreDropped()
    {
        TempDatabase tmp;
        fill(tmp, 200);
        TaskTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDatabase(tmp.db());
        // Change the filter before the first page arrives: only the new query's rows may show.
        TaskFilter f;
        f.type = QStringLiteral("odd");
        m.setFilter(f);
        fetchAll(m);
        QCOMPARE(m.rowCount(), 100);
        for (int row = 0; row < m.rowCount(); ++row)
            QCOMPARE(m.task(row).type, QStringLiteral("odd"));
    }

    void formatsDurations()
    {
        QCOMPARE(formatDuration(0), QStringLiteral("0s"));
        QCOMPARE(formatDuration(59), QStringLiteral("59s"));
        QCOMPARE(formatDuration(65), QStringLiteral("1m 05s"));
        QCOMPARE(formatDuration(3600 + 120 + 5), QStringLiteral("1h 02m"));
        QCOMPARE(formatDuration(-1), QString());
    }

    void sortsInSqlAcrossUnfetchedRows()
    {
        TempDatabase tmp;
        fill(tmp, 700);
        TaskTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPageSize(100);
        m.setDatabase(tmp.db());
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        // The longest duration is on the last row written, which the first
        // page (newest first … by id ascending) would not contain unless SQL sorts.
        m.sort(TaskTableModel::DurationColumn, Qt::DescendingOrder);
        QCOMPARE(reset.count(), 1);
        settle(m);
        QCOMPARE(m.rowCount(), 700); // unindexed sort: pages eight times as big
        QCOMPARE(m.index(0, TaskTableModel::DurationColumn).data(TaskTableModel::RawValueRole).toLongLong(), 30 + 699);
        m.sort(TaskTableModel::CpuColumn, Qt::AscendingOrder);
        fetchAll(m);
        QCOMPARE(m.rowCount(), 700);
        // NULL CPU rows first, then ascending.
        QVERIFY(m.index(0, TaskTableModel::CpuColumn).data(TaskTableModel::RawValueRole).isNull());
        double previous = -1;
        for (int row = 175; row < 700; ++row) { // 175 of 700 rows have no CPU figure
            const QVariant v = m.index(row, TaskTableModel::CpuColumn).data(TaskTableModel::RawValueRole);
            QVERIFY2(!v.isNull(), qPrintable(QString::number(row)));
            QVERIFY(v.toDouble() >= previous);
            previous = v.toDouble();
        }
        // Sorting by the same key again re-reads nothing.
        m.sort(TaskTableModel::CpuColumn, Qt::AscendingOrder);
        QCOMPARE(reset.count(), 2);
    }

    void filtersInSql()
    {
        TempDatabase tmp;
        fill(tmp, 500);
        TaskTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPageSize(64);
        m.setDatabase(tmp.db());
        TaskFilter f;
        f.status = QStringLiteral("failed");
        m.setFilter(f);
        fetchAll(m);
        QCOMPARE(m.rowCount(), 50);
        for (int row = 0; row < m.rowCount(); ++row)
            QCOMPARE(m.task(row).status, QStringLiteral("failed"));
        f.host = QStringLiteral("h1");
        m.setFilter(f);
        fetchAll(m);
        // i % 10 == 0 and i % 3 == 1: i ≡ 10 (mod 30) → 10, 40, …, 490.
        QCOMPARE(m.rowCount(), 17);
        f = {};
        f.text = QStringLiteral("ODD");
        m.setFilter(f);
        fetchAll(m);
        QCOMPARE(m.rowCount(), 250);
        QCOMPARE(m.filter().text, QStringLiteral("ODD"));
    }

    void badDatabaseReportsAnError()
    {
        TempDatabase tmp;
        fill(tmp, 3);
        TaskTableModel m;
        QSignalSpy failed(&m, &TaskTableModel::queryFailed);
        m.setDatabase(tmp.db());
        settle(m);
        QVERIFY(QSqlQuery(tmp.db().connection()).exec(QStringLiteral("DROP TABLE tasks")));
        m.reload();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("tasks")));
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.canFetchMore({}));
    }
};

QTEST_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
