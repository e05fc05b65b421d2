#include "importusecase.h"

#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/importer.h"
#include "core/phrase.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace rulecast {

QStringList importFormats()
{
    QStringList names;
    for (const ImportFormat &f : importFormatTable())
        names << f.name;
    return names;
}

namespace {

Status logImport(Database &db, const ImportRequest &request, qint64 rows)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO import_log (source, format, row_count) VALUES (?, ?, ?)"));
    q.addBindValue(QFileInfo(request.filePath).absoluteFilePath());
    q.addBindValue(request.format);
    q.addBindValue(rows);
    if (!q.exec())
        return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "cannot record the import: %1")).arg(q.lastError().text()));
    return Status::success();
}

qint64 taskCount(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM tasks")) && q.next() ? q.value(0).toLongLong() : 0;
}

Result<ImportSummary> importInto(Database &db, const ImportFormat &format, const ImportRequest &request,
                                 const Progress &progress)
{
    ImportOptions options;
    options.swfTypeField = request.swfTypeField;
    options.syslogYear = request.syslogYear;
    {
        // A bulk import dirties far more pages than SQLite's default 2 MB
        // cache holds. Once pages spill mid-transaction, every later INSERT
        // journals its pages to a temporary file (measured: ~5 writes a row,
        // 3x slower). This connection lives only for the import.
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("PRAGMA cache_size=-131072"));
    }
    Transaction tx(db.connection());
    if (!tx.isActive())
        return Result<ImportSummary>::failure(
            phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: cannot start a transaction: %2")).arg(request.databasePath, tx.error()));
    TaskBulkLoad bulk;
    // About 64 bytes a task row in the text formats.
    const bool bulkLoad = TaskBulkLoad::worthwhile(QFileInfo(request.filePath).size() / 64, taskCount(db));
    if (bulkLoad) {
        if (const Status s = bulk.begin(db); !s)
            return Result<ImportSummary>::failure(s.error());
    }
    const Result<ImportCounts> counts = format.run(request.filePath, options, db, progress);
    if (!counts)
        return Result<ImportSummary>::failure(counts.error()); // tx rolls back
    if (bulkLoad) {
        progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "indexing")));
        if (const Status s = bulk.finish(db); !s)
            return Result<ImportSummary>::failure(s.error());
    }
    if (progress.canceled())
        return Result<ImportSummary>::failure(importdetail::cancelError());
    if (const Status s = logImport(db, request, counts->tasks + counts->rules); !s)
        return Result<ImportSummary>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Result<ImportSummary>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: cannot commit the import: %2")).arg(request.databasePath, s.error()));
    ImportSummary summary;
    summary.format = request.format;
    summary.filePath = request.filePath;
    summary.tasksImported = counts->tasks;
    summary.rulesImported = counts->rules;
    summary.skipped = counts->skipped;
    return summary;
}

} // namespace

Result<ImportSummary> runImport(const ImportRequest &request, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const ImportFormat *format = findImportFormat(request.format);
    if (!format)
        return Result<ImportSummary>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "unknown import format '%1' (expected one of %2)"))
                                                  .arg(request.format, importFormats().join(u'|')));
    // Check the input before touching the database, so a typo in the file
    // name does not even create a database.
    const QFileInfo input(request.filePath);
    if (!input.exists())
        return Result<ImportSummary>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: no such file")).arg(request.filePath));
    if (!input.isFile() || !input.isReadable())
        return Result<ImportSummary>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: not a readable file")).arg(request.filePath));

    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "importing %1")).arg(input.fileName()));
    // Our own connection (this may run on a worker thread), closed when done
    // so the file is complete on disk and free for others.
    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return Result<ImportSummary>::failure(db.error());
    Result<ImportSummary> result = importInto(db.value(), *format, request, progress);
    db->closeThreadConnection();
    if (result)
        result->elapsedMs = timer.elapsed();
    return result;
}

} // namespace rulecast
