// `import --format csv`: a header row naming the columns (any order), then one
// task per record. See docs/import.md.
#include "csvreader.h"
#include "database.h"
#include "importer.h"
#include "taskfields.h"
#include "taskwriter.h"
#include "core/phrase.h"

namespace rulecast {

using namespace importdetail;

namespace {

QString readerError(const CsvReader &csv, const LineReader &lines)
{
    return !csv.error().isEmpty() ? csv.error() : lines.error();
}

} // namespace

Result<ImportCounts> importCsv(const QString &path, const ImportOptions &, Database &db, const Progress &progress)
{
    LineReader lines;
    if (const Status s = lines.open(path); !s)
        return Result<ImportCounts>::failure(s.error());
    CsvReader csv(lines);
    if (!csv.next()) {
        const QString err = readerError(csv, lines);
        return Result<ImportCounts>::failure(
            err.isEmpty() ? phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: the file is empty; expected a header row naming %2"))
                                .arg(path, requiredTaskFieldList())
                          : err);
    }

    // Column index of each known field, -1 when the header lacks it. Unknown
    // columns (an exported id, notes) are ignored so banana-bun exports load.
    std::array<int, TaskFieldCount> column;
    column.fill(-1);
    const std::vector<std::string_view> &header = csv.fields();
    for (size_t i = 0; i < header.size(); ++i) {
        const std::string_view name = trim(header[i]);
        const std::optional<TaskField> field = taskFieldByName(name);
        if (!field)
            continue;
        if (column[size_t(*field)] >= 0)
            return Result<ImportCounts>::failure(lineError(
                path, csv.lineNumber(),
                phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the header names column '%1' twice")).arg(QString::fromUtf8(name.data(), qsizetype(name.size())))));
        column[size_t(*field)] = int(i);
    }
    for (int f = 0; f < TaskFieldCount; ++f) {
        if (taskFieldRequired(TaskField(f)) && column[size_t(f)] < 0)
            return Result<ImportCounts>::failure(
                lineError(path, csv.lineNumber(),
                          phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the header lacks the required column '%1' (required: %2)"))
                              .arg(QString::fromLatin1(taskFieldName(TaskField(f))), requiredTaskFieldList())));
    }
    const size_t columnCount = header.size();

    TaskWriter writer(db);
    Ticker ticker(progress, lines);
    TaskFieldValues values;
    TaskRow row;
    ImportCounts counts;
    while (csv.next()) {
        const std::vector<std::string_view> &fields = csv.fields();
        if (fields.size() != columnCount)
            return Result<ImportCounts>::failure(
                lineError(path, csv.lineNumber(),
                          phrase("Importer", QT_TRANSLATE_NOOP("Importer", "expected %1 fields as in the header, got %2")).arg(columnCount).arg(fields.size())));
        for (int f = 0; f < TaskFieldCount; ++f)
            values[size_t(f)] = column[size_t(f)] >= 0 ? fields[size_t(column[size_t(f)])] : std::string_view();
        if (const QString err = toTaskRow(values, path, csv.lineNumber(), row); !err.isEmpty())
            return Result<ImportCounts>::failure(err);
        if (const Status s = writer.write(row); !s)
            return Result<ImportCounts>::failure(lineError(path, csv.lineNumber(), s.error()));
        ++counts.tasks;
        if (ticker.tick())
            return Result<ImportCounts>::failure(cancelError());
    }
    if (const QString err = readerError(csv, lines); !err.isEmpty())
        return Result<ImportCounts>::failure(err);
    ticker.finish();
    return counts;
}

} // namespace rulecast
