#include "importer.h"

#include "linereader.h"
#include "core/phrase.h"

#include <charconv>
#include <cmath>

namespace rulecast {

const QList<ImportFormat> &importFormatTable()
{
    // English (the CLI's help); the import dialog shows the summary through
    // phrase("ImportFormat", …).
    static const QList<ImportFormat> table = {
        {QStringLiteral("csv"), QStringLiteral(QT_TRANSLATE_NOOP("ImportFormat", "task history as CSV with a header row")), &importCsv},
        {QStringLiteral("json"), QStringLiteral(QT_TRANSLATE_NOOP("ImportFormat", "task history as a JSON array of objects")), &importJson},
        {QStringLiteral("banana-bun"), QStringLiteral(QT_TRANSLATE_NOOP("ImportFormat", "the tasks table of another banana-bun database")),
         &importBananaBun},
        {QStringLiteral("swf"), QStringLiteral(QT_TRANSLATE_NOOP("ImportFormat", "a Parallel Workloads Archive trace (.swf, .swf.gz)")), &importSwf},
        {QStringLiteral("syslog"), QStringLiteral(QT_TRANSLATE_NOOP("ImportFormat", "cron runs from syslog, journalctl -o short-iso or cronie")),
         &importSyslog},
        {QStringLiteral("crontab"), QStringLiteral(QT_TRANSLATE_NOOP("ImportFormat", "crontab lines as job definitions (scheduling rules)")),
         &importCrontab},
        {QStringLiteral("jobs-json"), QStringLiteral(QT_TRANSLATE_NOOP("ImportFormat", "a cron-ironer job list as job definitions")), &importJobsJson},
    };
    return table;
}

const ImportFormat *findImportFormat(const QString &name)
{
    for (const ImportFormat &f : importFormatTable())
        if (f.name == name)
            return &f;
    return nullptr;
}

namespace importdetail {

QString fieldError(const QString &path, qint64 line, const QString &field, const QString &expected,
                   std::string_view got)
{
    return fieldError(path, line, field, expected, QString::fromUtf8(got.data(), qsizetype(got.size())));
}

QString fieldError(const QString &path, qint64 line, const QString &field, const QString &expected,
                   const QString &got)
{
    // Long garbage would drown the message; the start is enough to find it.
    const QString shown = got.size() > 80 ? got.left(77) + QStringLiteral("...") : got;
    return phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1:%2: field '%3': expected %4, got '%5'")).arg(path).arg(line).arg(field, expected, shown);
}

QString lineError(const QString &path, qint64 line, const QString &message)
{
    return phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1:%2: %3")).arg(path).arg(line).arg(message);
}

QString cancelError() { return phrase("Importer", QT_TRANSLATE_NOOP("Importer", "import canceled")); }

Ticker::Ticker(const Progress &progress, const LineReader &reader) : m_progress(progress), m_reader(reader) {}

bool Ticker::tick()
{
    if ((++m_count & 0x3fff) != 0)
        return false;
    m_progress.report(m_reader.position(), m_reader.size());
    return m_progress.canceled();
}

void Ticker::finish() { m_progress.report(m_reader.size(), m_reader.size()); }

std::string_view trim(std::string_view text)
{
    size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        --e;
    return text.substr(b, e - b);
}

bool parseDouble(std::string_view text, double &out)
{
    text = trim(text);
    if (text.empty())
        return false;
    if (text.front() == '+')
        text.remove_prefix(1);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && std::isfinite(out);
}

bool parseInt(std::string_view text, qint64 &out)
{
    text = trim(text);
    if (text.empty())
        return false;
    long long v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    out = v;
    return ec == std::errc() && end == text.data() + text.size();
}

} // namespace importdetail
} // namespace rulecast
