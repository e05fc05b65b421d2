// `import --format syslog`: the runs cron logged. Three line shapes:
//   classic syslog   Nov 27 02:13:01 nas CRON[4121]: (root) CMD (/usr/local/bin/backup --full)
//   cronie           Nov 27 02:13:01 nas CROND[4121]: (root) CMD (/usr/local/bin/backup --full)
//   journalctl -o short-iso (and ISO-stamped rsyslog)
//                    2026-11-27T02:13:01+0100 nas CRON[4121]: (root) CMD (/usr/local/bin/backup --full)
// Every other line (other daemons, CMDEND, session messages, journal
// headers) is skipped and counted. Classic stamps carry no year and no zone:
// they are read as UTC, in the year of --year or else of the file's
// modification time (see docs/import.md for the year-rollover rule).
#include "core/timeformat.h"
#include "database.h"
#include "importer.h"
#include "linereader.h"
#include "taskwriter.h"
#include "commandprogram.h"
#include "core/phrase.h"

#include <QDateTime>
#include <QFileInfo>

#include <cctype>
#include <cstdio>
#include <string>

namespace rulecast {

using namespace importdetail;

namespace {

int monthFromName(std::string_view name)
{
    static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i)
        if (name == names[i])
            return i + 1;
    return 0;
}

bool isCronTag(std::string_view tag)
{
    if (tag.empty() || tag.back() != ':')
        return false;
    tag.remove_suffix(1);
    if (const size_t bracket = tag.find('['); bracket != std::string_view::npos)
        tag = tag.substr(0, bracket);
    if (const size_t slash = tag.rfind('/'); slash != std::string_view::npos)
        tag.remove_prefix(slash + 1); // /usr/sbin/cron[12]:
    std::string lower(tag);
    for (char &c : lower)
        c = char(std::tolower(uchar(c)));
    return lower == "cron" || lower == "crond";
}

} // namespace

Result<ImportCounts> importSyslog(const QString &path, const ImportOptions &options, Database &db,
                                  const Progress &progress)
{
    LineReader lines;
    if (const Status s = lines.open(path); !s)
        return Result<ImportCounts>::failure(s.error());
    const QDateTime modified = QFileInfo(path).lastModified().toUTC();
    const int baseYear = options.syslogYear > 0 ? options.syslogYear : modified.date().year();
    const qint64 modifiedEpoch = modified.toSecsSinceEpoch();
    int yearOffset = 0;
    int previousMonth = 0;

    TaskWriter writer(db);
    Ticker ticker(progress, lines);
    ImportCounts counts;
    std::string_view line;
    std::string description;
    TaskRow row;
    while (lines.next(line)) {
        std::string_view rest = line;
        std::optional<qint64> when;
        std::string_view stampText;
        int month = 0;
        if (rest.size() >= 15 && (month = monthFromName(rest.substr(0, 3))) > 0 && rest[3] == ' ') {
            stampText = rest.substr(0, 15);
            rest.remove_prefix(15);
        } else {
            stampText = takeWord(rest);
            month = 0;
        }
        const std::string_view host = takeWord(rest);
        const std::string_view tag = takeWord(rest);
        std::string_view message = trim(rest);
        if (!isCronTag(tag) || message.empty() || message.front() != '(') {
            ++counts.skipped;
            continue;
        }
        const size_t userEnd = message.find(')');
        constexpr std::string_view cmd = " CMD (";
        if (userEnd == std::string_view::npos || message.substr(userEnd + 1, cmd.size()) != cmd || message.back() != ')') {
            ++counts.skipped; // CMDEND, INFO, session lines
            continue;
        }
        const std::string_view user = message.substr(1, userEnd - 1);
        const std::string_view command = trim(message.substr(userEnd + 1 + cmd.size(),
                                                             message.size() - (userEnd + 1 + cmd.size()) - 1));
        if (month > 0) {
            // "Nov 27 02:13:01" / "Nov  7 02:13:01"
            const std::string_view dayText = trim(stampText.substr(4, 2));
            qint64 day = 0;
            const bool clockOk = stampText[6] == ' ' && stampText[9] == ':' && stampText[12] == ':';
            qint64 hh = -1, mm = -1, ss = -1;
            if (clockOk && parseInt(dayText, day) && parseInt(stampText.substr(7, 2), hh)
                && parseInt(stampText.substr(10, 2), mm) && parseInt(stampText.substr(13, 2), ss) && day >= 1
                && day <= 31 && hh <= 23 && mm <= 59 && ss <= 60 && hh >= 0 && mm >= 0 && ss >= 0) {
                if (options.syslogYear > 0 && previousMonth > 0 && month < previousMonth)
                    ++yearOffset; // Dec -> Jan: the log went into the next year
                previousMonth = month;
                char iso[20];
                std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", baseYear + yearOffset, month, int(day));
                if (const std::optional<qint64> date = timeformat::parseUtf8(iso, 10)) {
                    when = *date + hh * 3600 + mm * 60 + ss;
                    // Without --year, a stamp later than the file itself was
                    // written in the year before (a log spanning New Year).
                    if (options.syslogYear <= 0 && *when > modifiedEpoch + 86400) {
                        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", baseYear - 1, month, int(day));
                        if (const std::optional<qint64> earlier = timeformat::parseUtf8(iso, 10))
                            when = *earlier + hh * 3600 + mm * 60 + ss;
                    }
                }
            }
        } else {
            when = timeformat::parseUtf8(stampText.data(), qsizetype(stampText.size()));
        }
        if (!when)
            return Result<ImportCounts>::failure(fieldError(path, lines.lineNumber(), QStringLiteral("timestamp"),
                                                            phrase("Importer", QT_TRANSLATE_NOOP("Importer", "'Mon DD HH:MM:SS' or an ISO-8601 time")),
                                                            stampText));
        row.type = programOf(command);
        if (row.type.empty())
            return Result<ImportCounts>::failure(fieldError(path, lines.lineNumber(), QStringLiteral("command"),
                                                            phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a command after CMD")), command));
        // Cron logs the start only: the outcome and the end are unknown.
        row.status = "started";
        row.host = host;
        description = "(";
        description += user;
        description += ") ";
        description += command;
        row.description = description;
        row.startedAt = *when;
        row.finishedAt = -1;
        if (const Status s = writer.write(row); !s)
            return Result<ImportCounts>::failure(lineError(path, lines.lineNumber(), s.error()));
        ++counts.tasks;
        if (ticker.tick())
            return Result<ImportCounts>::failure(cancelError());
    }
    if (!lines.error().isEmpty())
        return Result<ImportCounts>::failure(lines.error());
    ticker.finish();
    return counts;
}

} // namespace rulecast
