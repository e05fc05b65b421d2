// `import --format crontab`: a user crontab (`crontab -l`) or an
// /etc/crontab-style file as job definitions. The file is read by core's
// crontab parser (the one `optimize-resource-schedule --jobs-file` uses), so
// both agree on what a job line, a user column and a `# rulecast:` comment
// are. Each schedule line becomes one scheduling rule named after the program
// it runs (or the comment's name=); comments, blank lines, variable
// assignments (MAILTO=...) and @reboot lines (no time to schedule) are
// skipped and counted.
#include "commandprogram.h"
#include "core/crontabfile.h"
#include "database.h"
#include "importer.h"
#include "rulewriter.h"
#include "core/phrase.h"

#include <QFile>
#include <QSet>

namespace rulecast {

using namespace importdetail;

Result<ImportCounts> importCrontab(const QString &path, const ImportOptions &, Database &db, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ImportCounts>::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: cannot read: %2")).arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const Result<JobList> list = CrontabFile::parse(bytes, path, std::nullopt);
    if (!list)
        return Result<ImportCounts>::failure(list.error());
    RuleWriter writer(db);
    ImportCounts counts;
    // Every non-blank line that is not a schedulable job was skipped.
    for (const QByteArray &line : bytes.split('\n'))
        counts.skipped += line.trimmed().isEmpty() ? 0 : 1;
    QSet<QString> usedNames;
    const qint64 total = list->entries().size();
    for (const JobListEntry &e : list->entries()) {
        if (!e.schedulable)
            continue;
        --counts.skipped;
        if (const QString problem = cronProblem(e.schedule); !problem.isEmpty())
            return Result<ImportCounts>::failure(fieldError(path, e.line, QStringLiteral("schedule"),
                                                            phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a cron schedule: %1")).arg(problem), e.schedule));
        JobDefinition job;
        const QByteArray command = e.command.toUtf8();
        const bool named = e.name != e.command;
        job.name = named ? e.name : QString::fromUtf8(programOf(std::string_view(command.constData(), size_t(command.size()))));
        // Two lines running the same program stay apart by their line.
        if (job.name.isEmpty() || usedNames.contains(job.name))
            job.name = QStringLiteral("%1 (line %2)").arg(job.name.isEmpty() ? QStringLiteral("job") : job.name).arg(e.line);
        usedNames.insert(job.name);
        job.description = e.command;
        job.cronExpression = e.schedule;
        job.estimatedDurationSeconds = e.estimationGiven ? e.estimationSeconds : -1;
        job.keepTime = e.keepTime;
        job.source = QStringLiteral("crontab:") + path;
        if (const Status s = writer.write(job); !s)
            return Result<ImportCounts>::failure(lineError(path, e.line, s.error()));
        ++counts.rules;
        progress.report(counts.rules, total);
        if (progress.canceled())
            return Result<ImportCounts>::failure(cancelError());
    }
    return counts;
}

} // namespace rulecast
