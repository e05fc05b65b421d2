#include "demousecase.h"

#include "core/demohistory.h"
#include "core/phrase.h"
#include "storage/database.h"
#include "storage/taskwriter.h"

#include <QElapsedTimer>

namespace rulecast {

namespace {

Result<DemoSummary> writeHistory(Database &db, const QList<TaskRecord> &tasks, const Progress &progress)
{
    Transaction tx(db.connection());
    if (!tx.isActive())
        return Result<DemoSummary>::failure(phrase("Demo", QT_TRANSLATE_NOOP("Demo", "%1: cannot start a transaction: %2")).arg(db.path(), tx.error()));
    TaskWriter writer(db);
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (const Status s = writer.write(tasks.at(i)); !s)
            return Result<DemoSummary>::failure(QStringLiteral("%1: %2").arg(db.path(), s.error()));
        if ((i & 0x3ff) == 0) {
            progress.report(i, tasks.size());
            if (progress.canceled())
                return Result<DemoSummary>::failure(phrase("Demo", QT_TRANSLATE_NOOP("Demo", "demo canceled")));
        }
    }
    if (const Status s = tx.commit(); !s)
        return Result<DemoSummary>::failure(phrase("Demo", QT_TRANSLATE_NOOP("Demo", "%1: cannot commit: %2")).arg(db.path(), s.error()));
    progress.report(tasks.size(), tasks.size());
    DemoSummary summary;
    summary.tasksCreated = tasks.size();
    if (!tasks.isEmpty()) {
        summary.firstStart = tasks.first().startedAt;
        summary.lastStart = tasks.last().startedAt;
    }
    return summary;
}

} // namespace

Result<DemoSummary> runDemo(const DemoRequest &request, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (request.days < 1)
        return Result<DemoSummary>::failure(phrase("Demo", QT_TRANSLATE_NOOP("Demo", "a demo history needs at least one day, got %1")).arg(request.days));
    progress.stage(phrase("Progress", QT_TRANSLATE_N_NOOP("Progress", "generating %n day(s) of demo history"), int(request.days)));
    DemoHistoryOptions options;
    options.days = request.days;
    options.seed = request.seed;
    options.endTime = request.endTime;
    const QList<TaskRecord> tasks = generateDemoHistory(options);

    // Our own connection: this may run on a worker thread.
    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return Result<DemoSummary>::failure(db.error());
    progress.stage(phrase("Progress", QT_TRANSLATE_N_NOOP("Progress", "writing %n task(s)"), int(tasks.size())));
    Result<DemoSummary> result = writeHistory(db.value(), tasks, progress);
    db->closeThreadConnection();
    if (result)
        result->elapsedMs = timer.elapsed();
    return result;
}

} // namespace rulecast
