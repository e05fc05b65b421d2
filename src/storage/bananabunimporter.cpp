// `import --format banana-bun`: the tasks table of another banana-bun (or
// Rulecast) database, read through its own read-only SQLite connection.
// Tasks that never started (pending, no started_at) are skipped and counted.
#include "core/timeformat.h"
#include "database.h"
#include "importer.h"
#include "taskwriter.h"
#include "core/phrase.h"

#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

namespace rulecast {

using namespace importdetail;

namespace {

// Closes the source connection on every return path.
struct SourceDb
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    ~SourceDb()
    {
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

std::string_view columnText(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(s, column))) : std::string_view();
}

double columnReal(sqlite3_stmt *s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_NULL ? std::nan("") : sqlite3_column_double(s, column);
}

QString rowError(const QString &path, qint64 id, const char *field, const QString &expected, std::string_view got)
{
    return phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: task id %2: field '%3': expected %4, got '%5'"))
        .arg(path)
        .arg(id)
        .arg(QString::fromLatin1(field), expected, QString::fromUtf8(got.data(), qsizetype(got.size())));
}

} // namespace

Result<ImportCounts> importBananaBun(const QString &path, const ImportOptions &, Database &db, const Progress &progress)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<ImportCounts>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: no such file")).arg(path));
    if (!info.isFile())
        return Result<ImportCounts>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: not a database file")).arg(path));
    SourceDb source;
    if (sqlite3_open_v2(path.toUtf8().constData(), &source.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return Result<ImportCounts>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: cannot open: %2")).arg(path, source.error()));
    sqlite3_busy_timeout(source.db, 5000);

    QSet<QString> columns;
    if (sqlite3_prepare_v2(source.db, "PRAGMA table_info(tasks)", -1, &source.stmt, nullptr) != SQLITE_OK)
        return Result<ImportCounts>::failure(
            phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: not a readable SQLite database (%2)")).arg(path, source.error()));
    while (sqlite3_step(source.stmt) == SQLITE_ROW) {
        const std::string_view name = columnText(source.stmt, 1);
        columns.insert(QString::fromUtf8(name.data(), qsizetype(name.size())).toLower());
    }
    sqlite3_finalize(source.stmt);
    source.stmt = nullptr;
    for (const char *required : {"id", "type", "status", "started_at", "finished_at"}) {
        if (!columns.contains(QString::fromLatin1(required)))
            return Result<ImportCounts>::failure(
                phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: not a banana-bun database: %2"))
                    .arg(path, columns.isEmpty() ? phrase("Importer", QT_TRANSLATE_NOOP("Importer", "it has no tasks table"))
                                                 : phrase("Importer", QT_TRANSLATE_NOOP("Importer", "its tasks table lacks the column '%1'"))
                                                       .arg(QString::fromLatin1(required))));
    }
    // Rulecast's extra columns when the source has them, NULL otherwise.
    const auto optional = [&columns](const char *name) {
        return columns.contains(QString::fromLatin1(name)) ? QByteArray(name) : QByteArray("NULL");
    };
    const QByteArray sql = "SELECT id, type, status, description, started_at, finished_at, " + optional("host") + ", "
                           + optional("cpu_percent") + ", " + optional("memory_mb") + ", " + optional("disk_mb") + ", "
                           + optional("network_mbps") + ", (SELECT count(*) FROM tasks) FROM tasks ORDER BY id";
    if (sqlite3_prepare_v2(source.db, sql.constData(), -1, &source.stmt, nullptr) != SQLITE_OK)
        return Result<ImportCounts>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: cannot read tasks: %2")).arg(path, source.error()));

    TaskWriter writer(db);
    ImportCounts counts;
    TaskRow row;
    qint64 seen = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(source.stmt)) == SQLITE_ROW) {
        sqlite3_stmt *s = source.stmt;
        const qint64 id = sqlite3_column_int64(s, 0);
        const qint64 total = sqlite3_column_int64(s, 11);
        if ((++seen & 0xfff) == 0) {
            progress.report(seen, total);
            if (progress.canceled())
                return Result<ImportCounts>::failure(cancelError());
        }
        const std::string_view started = trim(columnText(s, 4));
        if (started.empty()) {
            ++counts.skipped; // never ran
            continue;
        }
        const std::optional<qint64> start = timeformat::parseUtf8(started.data(), qsizetype(started.size()));
        if (!start)
            return Result<ImportCounts>::failure(rowError(path, id, "started_at", phrase("Importer", QT_TRANSLATE_NOOP("Importer", "an ISO-8601 time")), started));
        const std::string_view finished = trim(columnText(s, 5));
        std::optional<qint64> end;
        if (!finished.empty()) {
            end = timeformat::parseUtf8(finished.data(), qsizetype(finished.size()));
            if (!end)
                return Result<ImportCounts>::failure(
                    rowError(path, id, "finished_at", phrase("Importer", QT_TRANSLATE_NOOP("Importer", "an ISO-8601 time or nothing")), finished));
        }
        row.type = trim(columnText(s, 1));
        if (row.type.empty())
            return Result<ImportCounts>::failure(rowError(path, id, "type", phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a task type")), row.type));
        row.status = trim(columnText(s, 2));
        if (row.status.empty())
            row.status = "unknown";
        row.description = columnText(s, 3);
        row.startedAt = *start;
        if (end && *end < *start)
            return Result<ImportCounts>::failure(rowError(
                path, id, "finished_at", phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a time not before started_at (%1)")).arg(timeformat::toIsoUtc(*start)),
                finished));
        row.finishedAt = end ? *end : -1;
        row.host = columnText(s, 6);
        row.cpuPercent = columnReal(s, 7);
        row.memoryMb = columnReal(s, 8);
        row.diskMb = columnReal(s, 9);
        row.networkMbps = columnReal(s, 10);
        if (const Status st = writer.write(row); !st)
            return Result<ImportCounts>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: task id %2: %3")).arg(path).arg(id).arg(st.error()));
        ++counts.tasks;
    }
    if (rc != SQLITE_DONE)
        return Result<ImportCounts>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: cannot read tasks: %2")).arg(path, source.error()));
    progress.report(seen, seen);
    return counts;
}

} // namespace rulecast
