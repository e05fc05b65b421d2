// `import --format jobs-json`: a cron-ironer job list
// `[{name, description, schedule, estimation (seconds), keepTime?}]` as job
// definitions (scheduling rules).
#include "database.h"
#include "importer.h"
#include "jsonarrayreader.h"
#include "rulewriter.h"
#include "core/phrase.h"

namespace rulecast {

using namespace importdetail;

namespace {
using Value = JsonArrayReader::Value;
QString qs(const std::string &v) { return QString::fromStdString(v); }
} // namespace

Result<ImportCounts> importJobsJson(const QString &path, const ImportOptions &, Database &db, const Progress &progress)
{
    LineReader lines;
    if (const Status s = lines.open(path); !s)
        return Result<ImportCounts>::failure(s.error());
    JsonArrayReader json(lines);
    RuleWriter writer(db);
    Ticker ticker(progress, lines);
    ImportCounts counts;
    while (json.next()) {
        const qint64 line = json.lineNumber();
        const auto fail = [&](const char *field, const QString &expected, const QString &got) {
            return Result<ImportCounts>::failure(fieldError(path, line, QString::fromLatin1(field), expected, got));
        };
        const auto shown = [](const JsonArrayReader::Member *m) { return m ? qs(m->value.text) : QString(); };
        const JsonArrayReader::Member *name = json.find("name");
        const JsonArrayReader::Member *description = json.find("description");
        const JsonArrayReader::Member *schedule = json.find("schedule");
        const JsonArrayReader::Member *estimation = json.find("estimation");
        const JsonArrayReader::Member *keepTime = json.find("keepTime");
        if (!name || name->value.kind != Value::String || name->value.text.empty())
            return fail("name", phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a non-empty string")), shown(name));
        if (!schedule || schedule->value.kind != Value::String)
            return fail("schedule", phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a cron schedule string")), shown(schedule));
        if (const QString problem = cronProblem(qs(schedule->value.text)); !problem.isEmpty())
            return fail("schedule", phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a cron schedule: %1")).arg(problem), qs(schedule->value.text));
        double seconds = -1;
        if (estimation && estimation->value.kind != Value::Null) {
            if (estimation->value.kind != Value::Number || !parseDouble(estimation->value.text, seconds) || seconds < 0)
                return fail("estimation", phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a number of seconds, 0 or more")), shown(estimation));
        }
        if (keepTime && keepTime->value.kind != Value::Bool && keepTime->value.kind != Value::Null)
            return fail("keepTime", phrase("Importer", QT_TRANSLATE_NOOP("Importer", "true or false")), shown(keepTime));
        if (description && description->value.kind != Value::String && description->value.kind != Value::Null)
            return fail("description", phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a string")), shown(description));

        JobDefinition job;
        job.name = qs(name->value.text);
        job.description = description && description->value.kind == Value::String ? qs(description->value.text) : QString();
        job.cronExpression = qs(schedule->value.text).simplified();
        job.estimatedDurationSeconds = seconds < 0 ? -1 : qint64(std::ceil(seconds));
        job.keepTime = keepTime && keepTime->value.text == "true";
        job.source = QStringLiteral("jobs-json:") + path;
        if (const Status s = writer.write(job); !s)
            return Result<ImportCounts>::failure(lineError(path, line, s.error()));
        ++counts.rules;
        if (ticker.tick())
            return Result<ImportCounts>::failure(cancelError());
    }
    if (!json.error().isEmpty())
        return Result<ImportCounts>::failure(json.error());
    ticker.finish();
    return counts;
}

} // namespace rulecast
