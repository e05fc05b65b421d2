// `import --format json`: an array of objects with the csv format's fields.
#include "database.h"
#include "importer.h"
#include "jsonarrayreader.h"
#include "taskfields.h"
#include "taskwriter.h"
#include "core/phrase.h"

namespace rulecast {

using namespace importdetail;

Result<ImportCounts> importJson(const QString &path, const ImportOptions &, Database &db, const Progress &progress)
{
    LineReader lines;
    if (const Status s = lines.open(path); !s)
        return Result<ImportCounts>::failure(s.error());
    JsonArrayReader json(lines);
    TaskWriter writer(db);
    Ticker ticker(progress, lines);
    TaskFieldValues values;
    TaskRow row;
    ImportCounts counts;
    while (json.next()) {
        values.fill(std::string_view());
        std::array<bool, TaskFieldCount> present{};
        for (size_t i = 0; i < json.memberCount(); ++i) {
            const JsonArrayReader::Member &m = json.members()[i];
            const std::optional<TaskField> field = taskFieldByName(m.key);
            if (!field)
                continue; // extra keys (an id, notes) are allowed
            if (m.value.kind == JsonArrayReader::Value::Bool)
                return Result<ImportCounts>::failure(fieldError(path, json.lineNumber(), QString::fromStdString(m.key),
                                                                phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a string or a number")), m.value.text));
            present[size_t(*field)] = true;
            if (m.value.kind != JsonArrayReader::Value::Null)
                values[size_t(*field)] = m.value.text;
        }
        for (TaskField f : {TaskField::Type, TaskField::StartedAt, TaskField::Status}) {
            if (!present[size_t(f)])
                return Result<ImportCounts>::failure(
                    lineError(path, json.lineNumber(),
                              phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the object lacks the field '%1' (required: type, "
                                                                             "started_at, status; finished_at may be null)"))
                                  .arg(QString::fromLatin1(taskFieldName(f)))));
        }
        if (const QString err = toTaskRow(values, path, json.lineNumber(), row); !err.isEmpty())
            return Result<ImportCounts>::failure(err);
        if (const Status s = writer.write(row); !s)
            return Result<ImportCounts>::failure(lineError(path, json.lineNumber(), s.error()));
        ++counts.tasks;
        if (ticker.tick())
            return Result<ImportCounts>::failure(cancelError());
    }
    if (!json.error().isEmpty())
        return Result<ImportCounts>::failure(json.error());
    ticker.finish();
    return counts;
}

} // namespace rulecast
