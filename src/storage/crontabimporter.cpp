// `import --format crontab`: a user crontab (`crontab -l`) as job definitions.
// Each schedule line becomes one scheduling rule named after the program it
// runs; comments, blank lines, variable assignments (MAILTO=...) and @reboot
// lines (no time to schedule) are skipped and counted.
#include "commandprogram.h"
#include "database.h"
#include "importer.h"
#include "linereader.h"
#include "rulewriter.h"

#include <QSet>

namespace rulecast {

using namespace importdetail;

namespace {

bool isAssignment(std::string_view line)
{
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos || eq == 0)
        return false;
    const std::string_view name = trim(line.substr(0, eq));
    for (char c : name)
        if (!(std::isalnum(uchar(c)) || c == '_'))
            return false;
    return !name.empty() && !std::isdigit(uchar(name.front()));
}

QString qs(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

} // namespace

Result<ImportCounts> importCrontab(const QString &path, const ImportOptions &, Database &db, const Progress &progress)
{
    LineReader lines;
    if (const Status s = lines.open(path); !s)
        return Result<ImportCounts>::failure(s.error());
    RuleWriter writer(db);
    Ticker ticker(progress, lines);
    ImportCounts counts;
    QSet<QString> usedNames;
    std::string_view line;
    while (lines.next(line)) {
        const std::string_view content = trim(line);
        if (content.empty() || content.front() == '#' || isAssignment(content)) {
            ++counts.skipped;
            continue;
        }
        std::string_view rest = content;
        QString schedule;
        if (content.front() == '@') {
            const std::string_view macro = takeWord(rest);
            if (macro == "@reboot") {
                ++counts.skipped;
                continue;
            }
            schedule = qs(macro);
        } else {
            QStringList fields;
            for (int i = 0; i < 5; ++i) {
                const std::string_view word = takeWord(rest);
                if (word.empty())
                    break;
                fields << qs(word);
            }
            schedule = fields.join(u' ');
        }
        const std::string_view command = trim(rest);
        if (const QString problem = cronProblem(schedule); !problem.isEmpty())
            return Result<ImportCounts>::failure(
                fieldError(path, lines.lineNumber(), QStringLiteral("schedule"), QStringLiteral("a cron schedule: %1").arg(problem),
                           schedule));
        if (command.empty())
            return Result<ImportCounts>::failure(fieldError(path, lines.lineNumber(), QStringLiteral("command"),
                                                            QStringLiteral("a command after the five schedule fields"), command));
        JobDefinition job;
        job.name = qs(programOf(command));
        // Two lines running the same program stay apart by their line.
        if (job.name.isEmpty() || usedNames.contains(job.name))
            job.name = QStringLiteral("%1 (line %2)").arg(job.name.isEmpty() ? QStringLiteral("job") : job.name).arg(lines.lineNumber());
        usedNames.insert(job.name);
        job.description = qs(command);
        job.cronExpression = schedule;
        job.source = QStringLiteral("crontab:") + path;
        if (const Status s = writer.write(job); !s)
            return Result<ImportCounts>::failure(lineError(path, lines.lineNumber(), s.error()));
        ++counts.rules;
        if (ticker.tick())
            return Result<ImportCounts>::failure(cancelError());
    }
    if (!lines.error().isEmpty())
        return Result<ImportCounts>::failure(lines.error());
    ticker.finish();
    return counts;
}

} // namespace rulecast
