#pragma once

#include "core/progress.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace rulecast {

// "Import a history file" as both the GUI and the CLI run it: opens its own
// connection (so it may run on a worker thread), streams the file, writes all
// rows in one transaction or nothing.
struct ImportRequest
{
    QString databasePath;
    QString format;                       // csv|json|banana-bun|swf|syslog|crontab|jobs-json
    QString filePath;
    QString swfTypeField = QStringLiteral("user"); // user|app|queue|partition
    int syslogYear = 0; // year of classic syslog stamps; 0: the file's modification year
};

struct ImportSummary
{
    QString format;
    QString filePath;
    qint64 tasksImported = 0;
    qint64 rulesImported = 0; // crontab / jobs-json
    qint64 skipped = 0;       // e.g. syslog lines that are not cron runs
    qint64 elapsedMs = 0;
};

QStringList importFormats();
Result<ImportSummary> runImport(const ImportRequest &request, const Progress &progress = {});

} // namespace rulecast
