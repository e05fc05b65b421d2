#include "storage/taskquery.h"
#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace rulecast;
using namespace rulecast::test;

class TestTaskQuery : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 T0 = 1790000000;

    // Every id the query yields, page by page.
    static QList<qint64> allIds(const TaskQuery &query, int pageSize, int *pages = nullptr)
    {
        QList<qint64> ids;
        TaskCursor cursor;
        int n = 0;
        for (;;) {
            Result<TaskPage> page = query.fetch(cursor, pageSize);
            if (!page) {
                qWarning("fetch failed: %s", qPrintable(page.error()));
                return {};
            }
            ++n;
            for (const TaskRecord &t : page->rows)
                ids << t.id;
            cursor = page->next;
            if (page->atEnd)
                break;
            if (n > 10000)
                return {};
        }
        if (pages)
            *pages = n;
        return ids;
    }

    // The ids SQLite itself gives for the same order: the reference for paging.
    static QList<qint64> referenceIds(const Database &db, const QString &expr, bool ascending,
                                      const QString &where = QStringLiteral("1"))
    {
        const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM tasks WHERE ") + where + QStringLiteral(" ORDER BY ") + expr + dir
               + QStringLiteral(", id") + dir);
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    void fillMixed(TempDatabase &tmp)
    {
        QList<TaskRecord> tasks;
        // Repeated start times and hosts so ties are broken by id; some rows
        // lack a host, a finish or resources so NULL phases are exercised.
        for (int i = 0; i < 97; ++i) {
            TaskRecord t = makeTask(i % 3 == 0 ? QStringLiteral("backup") : QStringLiteral("sync"), T0 + (i / 4) * 600,
                                    i % 5 == 0 ? -1 : 30 + i, i % 7 == 0 ? QStringLiteral("failed")
                                                                          : QStringLiteral("completed"),
                                    i % 4 == 0 ? QString() : QStringLiteral("host%1").arg(i % 3));
            t.cpuPercent = i % 6 == 0 ? std::nan("") : double(i % 10);
            t.description = QStringLiteral("run %1 of 100%_done").arg(i);
            tasks << t;
        }
        QVERIFY(insertTasks(tmp.db(), tasks));
        QVERIFY(insertTaskWithoutStart(tmp.db(), QStringLiteral("pending-job"), QStringLiteral("pending")));
        QVERIFY(insertTaskWithoutStart(tmp.db(), QStringLiteral("pending-job"), QStringLiteral("pending")));
    }

private Q_SLOTS:
    void emptyDatabaseHasOneEmptyPage()
    {
        TempDatabase tmp;
        const TaskQuery query(tmp.db());
        Result<TaskPage> page = query.fetch({}, 10);
        QVERIFY(page);
        QVERIFY(page->rows.isEmpty());
        QVERIFY(page->atEnd);
        QCOMPARE(*query.count(), 0);
    }

    void pagingMatchesSqliteOrder_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("expr");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<int>("pageSize");
        const struct
        {
            TaskField field;
            const char *expr;
        } cases[] = {{TaskField::Id, "id"},
                     {TaskField::Started, "started_epoch"},
                     {TaskField::Host, "host"},
                     {TaskField::Duration, "(finished_epoch - started_epoch)"},
                     {TaskField::Cpu, "cpu_percent"},
                     {TaskField::Type, "type"}};
        for (const auto &c : cases) {
            for (bool asc : {true, false}) {
                for (int pageSize : {1, 7, 1000}) {
                    QTest::addRow("%s %s page %d", c.expr, asc ? "asc" : "desc", pageSize)
                        << int(c.field) << QString::fromLatin1(c.expr) << asc << pageSize;
                }
            }
        }
    }

    void pagingMatchesSqliteOrder()
    {
        QFETCH(int, field);
        QFETCH(QString, expr);
        QFETCH(bool, ascending);
        QFETCH(int, pageSize);
        TempDatabase tmp;
        fillMixed(tmp);
        const TaskQuery query(tmp.db(), {}, {TaskField(field), ascending ? Qt::AscendingOrder : Qt::DescendingOrder});
        const QList<qint64> got = allIds(query, pageSize);
        const QList<qint64> want = referenceIds(tmp.db(), expr, ascending);
        QCOMPARE(want.size(), 99);
        QCOMPARE(got, want);
    }

    void rowsCarryTheirValues()
    {
        TempDatabase tmp;
        TaskRecord t = makeTask(QStringLiteral("transcode"), T0, 125, QStringLiteral("failed"), QStringLiteral("media"));
        t.cpuPercent = 87.5;
        t.memoryMb = 2048;
        t.description = QStringLiteral("movie.mkv");
        QVERIFY(insertTasks(tmp.db(), {t}));
        QVERIFY(insertTaskWithoutStart(tmp.db(), QStringLiteral("pending-job"), QStringLiteral("pending")));
        Result<TaskPage> page = TaskQuery(tmp.db()).fetch({}, 10);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 2);
        const TaskRecord &r = page->rows.at(0); // descending start: NULL starts come last
        QCOMPARE(r.type, QStringLiteral("transcode"));
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.host, QStringLiteral("media"));
        QCOMPARE(r.startedAt, T0);
        QCOMPARE(r.durationSeconds(), 125);
        QCOMPARE(r.cpuPercent, 87.5);
        QCOMPARE(r.memoryMb, 2048.0);
        QVERIFY(std::isnan(r.diskMb));
        QCOMPARE(r.description, QStringLiteral("movie.mkv"));
        const TaskRecord &pending = page->rows.at(1);
        QCOMPARE(pending.startedAt, TaskQuery::NoTime);
        QVERIFY(!pending.hasFinished());
    }

    void filtersNarrowRowsAndCount()
    {
        TempDatabase tmp;
        fillMixed(tmp);
        TaskFilter f;
        f.type = QStringLiteral("backup");
        QCOMPARE(*TaskQuery(tmp.db(), f).count(), 33);
        QCOMPARE(allIds(TaskQuery(tmp.db(), f), 10), referenceIds(tmp.db(), QStringLiteral("started_epoch"), false,
                                                                   QStringLiteral("type = 'backup'")));
        f.status = QStringLiteral("failed");
        QCOMPARE(*TaskQuery(tmp.db(), f).count(), 5); // i % 3 == 0 && i % 7 == 0 for i < 97: 0,21,42,63,84
        TaskFilter host;
        host.host = QStringLiteral("host1");
        QCOMPARE(*TaskQuery(tmp.db(), host).count(),
                 referenceIds(tmp.db(), QStringLiteral("id"), true, QStringLiteral("host = 'host1'")).size());
        TaskFilter range;
        range.from = T0 + 600;
        range.to = T0 + 1800; // two slots of 4 tasks: [T0+600, T0+1800)
        QCOMPARE(*TaskQuery(tmp.db(), range).count(), 8);
        TaskFilter none;
        none.type = QStringLiteral("no-such-type");
        Result<TaskPage> empty = TaskQuery(tmp.db(), none).fetch({}, 10);
        QVERIFY(empty && empty->rows.isEmpty() && empty->atEnd);
    }

    void textFilterIsSubstringAndEscapesWildcards()
    {
        TempDatabase tmp;
        fillMixed(tmp);
        TaskFilter f;
        f.text = QStringLiteral("BACK"); // case-insensitive, matches the type
        QCOMPARE(*TaskQuery(tmp.db(), f).count(), 33);
        f.text = QStringLiteral("run 42 ");
        QCOMPARE(*TaskQuery(tmp.db(), f).count(), 1);
        f.text = QStringLiteral("100%_"); // literal % and _, not wildcards
        QCOMPARE(*TaskQuery(tmp.db(), f).count(), 97);
        f.text = QStringLiteral("1%0"); // as a wildcard this would match "100"
        QCOMPARE(*TaskQuery(tmp.db(), f).count(), 0);
        f.text = QStringLiteral("pending");
        f.type = QStringLiteral("pending-job"); // text and exact filters combine
        QCOMPARE(*TaskQuery(tmp.db(), f).count(), 2);
    }

    void filterEqualityAndEmptiness()
    {
        TaskFilter a;
        QVERIFY(a.isEmpty());
        QCOMPARE(taskFilterCondition(a).sql, QStringLiteral("1"));
        TaskFilter b = a;
        b.from = 5;
        QVERIFY(!b.isEmpty());
        QVERIFY(a != b);
        const SqlCondition c = taskFilterCondition(b);
        QCOMPARE(c.sql, QStringLiteral("started_epoch >= ?"));
        QCOMPARE(c.binds, QVariantList{qint64(5)});
    }

    void distinctValuesAreSortedAndSkipEmpty()
    {
        TempDatabase tmp;
        fillMixed(tmp);
        QCOMPARE(*TaskQuery::distinctValues(tmp.db(), TaskField::Type),
                 (QStringList{QStringLiteral("backup"), QStringLiteral("pending-job"), QStringLiteral("sync")}));
        QCOMPARE(*TaskQuery::distinctValues(tmp.db(), TaskField::Host),
                 (QStringList{QStringLiteral("host0"), QStringLiteral("host1"), QStringLiteral("host2")}));
        QCOMPARE(*TaskQuery::distinctValues(tmp.db(), TaskField::Status),
                 (QStringList{QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("pending")}));
        QVERIFY(!TaskQuery::distinctValues(tmp.db(), TaskField::Cpu));
    }

    void populatedFieldsSkipEmptyColumns()
    {
        TempDatabase tmp;
        QVERIFY(insertTasks(tmp.db(), {makeTask(QStringLiteral("a"), T0, -1)}));
        QCOMPARE(*TaskQuery::populatedFields(tmp.db()),
                 (QList<TaskField>{TaskField::Id, TaskField::Type, TaskField::Status, TaskField::Started}));
        TaskRecord full = makeTask(QStringLiteral("b"), T0, 10, QStringLiteral("completed"), QStringLiteral("nas"));
        full.memoryMb = 12;
        QVERIFY(insertTasks(tmp.db(), {full}));
        const QList<TaskField> got = *TaskQuery::populatedFields(tmp.db());
        QVERIFY(got.contains(TaskField::Host));
        QVERIFY(got.contains(TaskField::Finished));
        QVERIFY(got.contains(TaskField::Duration));
        QVERIFY(got.contains(TaskField::Memory));
        QVERIFY(!got.contains(TaskField::Cpu));
        QVERIFY(!got.contains(TaskField::Description));
    }

    void deepPagesUseTheIndex()
    {
        // Keyset pages must be index seeks, not scans: ask SQLite for the plan.
        TempDatabase tmp;
        QSqlQuery q(tmp.db().connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE 1 AND started_epoch IS NOT NULL "
                                      "AND (started_epoch, id) < (1, 1) ORDER BY started_epoch DESC, id DESC LIMIT 5")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(QLatin1String("SEARCH")) && plan.contains(QLatin1String("idx_tasks_started_epoch")),
                 qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestTaskQuery)
#include "tst_taskquery.moc"
