// How the History view's queries scale to a million tasks.
//   ./build/bench/bench_historyquery [rows]
// Fills a temporary database with generated tasks, then times what the view
// does: the first page, every page to the end (keyset paging), a filtered
// page, a count, and the heatmap/daily aggregation. The reference is one
// forward-only QSqlQuery scan of the whole table, measured in the same run.
#include "storage/database.h"
#include "storage/historystats.h"
#include "storage/taskquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace rulecast;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    Result<Database> opened = Database::open(dir.filePath(QStringLiteral("bench.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    const Database db = *opened;
    QSqlQuery q(db.connection());
    QElapsedTimer t;
    t.start();
    q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < %1) "
                          "INSERT INTO tasks (type, status, host, description, started_epoch, finished_epoch, "
                          "cpu_percent, memory_mb) SELECT 'type' || (x % 40), CASE WHEN x % 17 = 0 THEN 'failed' "
                          "ELSE 'completed' END, 'host' || (x % 5), 'job number ' || x, 1760000000 + x * 30 + "
                          "(x % 13) * 60, 1760000000 + x * 30 + (x % 13) * 60 + 100 + x % 500, (x % 1000) / 10.0, "
                          "x % 4096 FROM c")
               .arg(rows));
    std::printf("generated %lld tasks in %.0f ms\n", rows, ms(t));

    t.restart();
    QSqlQuery scan(db.connection());
    scan.setForwardOnly(true);
    scan.exec(QStringLiteral("SELECT id, type, status, host, started_epoch FROM tasks"));
    qint64 n = 0;
    while (scan.next())
        n += scan.value(0).toLongLong() > 0;
    const double reference = ms(t);
    std::printf("reference: forward-only scan of %lld rows: %.1f ms\n", n, reference);

    auto report = [reference](const char *what, double took) {
        std::printf("%-52s %9.2f ms  %7.4fx reference\n", what, took, took / reference);
    };

    const TaskQuery byStart(db);
    t.restart();
    Result<TaskPage> first = byStart.fetch({}, 256);
    report("first page (256 rows, newest first)", ms(t));

    t.restart();
    TaskCursor cursor;
    qint64 fetched = 0;
    int pages = 0;
    for (;;) {
        Result<TaskPage> page = byStart.fetch(cursor, 256);
        fetched += page->rows.size();
        ++pages;
        cursor = page->next;
        if (page->atEnd)
            break;
    }
    const double all = ms(t);
    report("every page to the end (keyset), total", all);
    std::printf("  %d pages, %lld rows, %.3f ms per page on average\n", pages, fetched, all / pages);

    const TaskQuery byCpu(db, {}, {TaskField::Cpu, Qt::DescendingOrder});
    t.restart();
    byCpu.fetch({}, 256);
    report("first page sorted by CPU (no index: top-N sort)", ms(t));

    TaskFilter typeFilter;
    typeFilter.type = QStringLiteral("type7");
    t.restart();
    TaskQuery(db, typeFilter).fetch({}, 256);
    report("first page filtered by type (index)", ms(t));

    TaskFilter text;
    text.text = QStringLiteral("number 99999");
    t.restart();
    TaskQuery(db, text).fetch({}, 256);
    report("first page of a rare text match (full scan)", ms(t));

    t.restart();
    TaskQuery(db).count();
    report("count, no filter", ms(t));

    t.restart();
    Result<HistoryStats> stats = computeHistoryStats(db, {}, QTimeZone::systemTimeZone());
    report("heatmap + daily aggregation, no filter", ms(t));
    std::printf("  %lld tasks, %lld days\n", stats->summary.tasks, qint64(stats->daily.size()));

    t.restart();
    computeHistoryStats(db, typeFilter, QTimeZone::systemTimeZone());
    report("heatmap + daily aggregation, one type", ms(t));
    db.closeThreadConnection();
    return first ? 0 : 1;
}
