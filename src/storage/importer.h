#pragma once

#include "core/progress.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <string_view>

namespace rulecast {

class Database;
class LineReader;

// Options some formats read; the rest ignore them.
struct ImportOptions
{
    QString swfTypeField = QStringLiteral("user"); // user|app|queue|partition
    int syslogYear = 0; // classic syslog lines carry no year; 0: the file's modification year
};

struct ImportCounts
{
    qint64 tasks = 0;
    qint64 rules = 0;
    qint64 skipped = 0; // lines or rows that are not task runs (documented per format)
};

// Every importer streams its file into the calling thread's connection of
// `db`, inside the transaction the caller holds, and stops at the first bad
// row with a message in the style `FILE:LINE: field 'started_at': expected an
// ISO-8601 time, got 'not-a-date'`. The caller rolls back on failure.
using ImporterFunction = Result<ImportCounts> (*)(const QString &path, const ImportOptions &options,
                                                  Database &db, const Progress &progress);

struct ImportFormat
{
    QString name;
    QString summary;
    ImporterFunction run;
};

// The formats in the order the CLI and the dialog list them.
const QList<ImportFormat> &importFormatTable();
const ImportFormat *findImportFormat(const QString &name);

Result<ImportCounts> importCsv(const QString &path, const ImportOptions &, Database &, const Progress &);
Result<ImportCounts> importJson(const QString &path, const ImportOptions &, Database &, const Progress &);
Result<ImportCounts> importBananaBun(const QString &path, const ImportOptions &, Database &, const Progress &);
Result<ImportCounts> importSwf(const QString &path, const ImportOptions &, Database &, const Progress &);
Result<ImportCounts> importSyslog(const QString &path, const ImportOptions &, Database &, const Progress &);
Result<ImportCounts> importCrontab(const QString &path, const ImportOptions &, Database &, const Progress &);
Result<ImportCounts> importJobsJson(const QString &path, const ImportOptions &, Database &, const Progress &);

namespace importdetail {

// "FILE:LINE: field 'NAME': expected WHAT, got 'VALUE'".
QString fieldError(const QString &path, qint64 line, const QString &field, const QString &expected,
                   std::string_view got);
QString fieldError(const QString &path, qint64 line, const QString &field, const QString &expected,
                   const QString &got);
// "FILE:LINE: MESSAGE".
QString lineError(const QString &path, qint64 line, const QString &message);

// Reports progress every few thousand lines and answers whether the user
// canceled; importers stop with cancelError() then.
class Ticker
{
public:
    Ticker(const Progress &progress, const LineReader &reader);
    // True when the import should stop (canceled).
    bool tick();
    void finish();

private:
    const Progress &m_progress;
    const LineReader &m_reader;
    unsigned m_count = 0;
};
QString cancelError();

// Strict number parsing of a view: the whole text must be a finite number.
bool parseDouble(std::string_view text, double &out);
bool parseInt(std::string_view text, qint64 &out);
std::string_view trim(std::string_view text);

} // namespace importdetail
} // namespace rulecast
