#include "crontabfile.h"

#include "core/scheduleload.h"
#include "core/phrase.h"

#include <QRegularExpression>

namespace rulecast {
namespace {

struct Token
{
    qsizetype begin = 0; // offset in the line
    qsizetype end = 0;
};

QVector<Token> tokenize(const QString &line)
{
    QVector<Token> out;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
            ++i;
        if (i >= line.size())
            break;
        const qsizetype begin = i;
        while (i < line.size() && line.at(i) != u' ' && line.at(i) != u'\t')
            ++i;
        out.append({begin, i});
    }
    return out;
}

struct Annotation
{
    bool present = false;
    std::optional<qint64> estimation;
    bool keepTime = false;
    int priority = 0;
    int demand = 1;
    QString name;
};

// "600", "600s", "10m", "2h" -> seconds
std::optional<qint64> parseSeconds(QString text)
{
    qint64 unit = 1;
    if (text.endsWith(u's')) {
        text.chop(1);
    } else if (text.endsWith(u'm')) {
        unit = 60;
        text.chop(1);
    } else if (text.endsWith(u'h')) {
        unit = 3600;
        text.chop(1);
    }
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v * unit;
}

// Parses the words after "# rulecast:"; on error returns the message.
QString parseAnnotation(const QString &words, Annotation &a)
{
    a = Annotation();
    a.present = true;
    for (const QString &word : words.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const qsizetype eq = word.indexOf(u'=');
        const QString key = eq < 0 ? word : word.left(eq);
        const QString value = eq < 0 ? QString() : word.mid(eq + 1);
        bool ok = false;
        if (key == QLatin1String("estimation")) {
            a.estimation = parseSeconds(value);
            if (!a.estimation)
                return phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "'estimation': expected seconds (600, 600s, 10m or 2h), got '%1'")).arg(value);
        } else if (key == QLatin1String("keepTime")) {
            if (eq >= 0 && value != QLatin1String("true") && value != QLatin1String("false"))
                return phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "'keepTime': expected true or false, got '%1'")).arg(value);
            a.keepTime = eq < 0 || value == QLatin1String("true");
        } else if (key == QLatin1String("priority")) {
            a.priority = value.toInt(&ok);
            if (!ok || a.priority < 0 || a.priority > 11)
                return phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "'priority': expected a whole number 0-11, got '%1'")).arg(value);
        } else if (key == QLatin1String("demand")) {
            a.demand = value.toInt(&ok);
            if (!ok || a.demand < 1)
                return phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "'demand': expected a whole number >= 1, got '%1'")).arg(value);
        } else if (key == QLatin1String("name")) {
            if (value.isEmpty())
                return phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "'name': expected a name"));
            a.name = value;
        } else {
            return phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "unknown key '%1' (expected estimation, keepTime, priority, demand, name)")).arg(key);
        }
    }
    return {};
}

struct JobLine
{
    int line = 0;
    qsizetype lineOffset = 0; // byte offset of the line in the file
    QString text;
    QVector<Token> tokens;
    int scheduleTokens = 5;
    Annotation annotation;
};

bool looksLikeUser(const QString &token)
{
    static const QRegularExpression user(QStringLiteral("^[a-z_][a-z0-9_-]*\\$?$"));
    return user.match(token).hasMatch();
}

} // namespace

Result<JobList> CrontabFile::parse(const QByteArray &bytes, const QString &fileName, std::optional<bool> userColumn)
{
    auto fail = [&](int line, const QString &message) {
        return Result<JobList>::failure(phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "%1:%2: %3")).arg(fileName).arg(line).arg(message));
    };
    static const QRegularExpression envLine(QStringLiteral("^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*="));
    static const QRegularExpression annotationLine(QStringLiteral("^\\s*#\\s*rulecast:(.*)$"));

    QVector<JobLine> jobLines;
    Annotation pending;
    qsizetype offset = 0;
    int lineNo = 0;
    while (offset < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', offset);
        if (end < 0)
            end = bytes.size();
        ++lineNo;
        QByteArray raw = bytes.mid(offset, end - offset);
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString text = QString::fromUtf8(raw);
        const QString trimmed = text.trimmed();
        const qsizetype lineOffset = offset;
        offset = end + 1;
        if (trimmed.isEmpty())
            continue;
        if (trimmed.startsWith(u'#')) {
            const QRegularExpressionMatch m = annotationLine.match(text);
            if (m.hasMatch()) {
                const QString error = parseAnnotation(m.captured(1), pending);
                if (!error.isEmpty())
                    return fail(lineNo, phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "rulecast comment: %1")).arg(error));
            }
            continue;
        }
        if (envLine.match(text).hasMatch())
            continue;
        JobLine job;
        job.line = lineNo;
        job.lineOffset = lineOffset;
        job.text = text;
        job.tokens = tokenize(text);
        job.scheduleTokens = trimmed.startsWith(u'@') ? 1 : 5;
        if (job.tokens.size() <= job.scheduleTokens)
            return fail(lineNo, job.scheduleTokens == 1
                                    ? phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "expected '@macro command'"))
                                    : phrase("CrontabFile",
                                             QT_TRANSLATE_NOOP("CrontabFile",
                                                               "expected five schedule fields and a command "
                                                               "(minute hour day-of-month month day-of-week "
                                                               "command), or NAME=value")));
        job.annotation = pending;
        pending = Annotation();
        jobLines.append(job);
    }

    // The user column: forced, or /etc/crontab and /etc/cron.d files, or every
    // job line has a user-like word and a command after its schedule and one
    // of those words is root.
    bool hasUser = false;
    if (userColumn) {
        hasUser = *userColumn;
    } else if (fileName == QLatin1String("/etc/crontab") || fileName.startsWith(QLatin1String("/etc/cron.d/"))) {
        hasUser = true;
    } else if (!jobLines.isEmpty()) {
        bool allUserLike = true;
        bool anyRoot = false;
        for (const JobLine &j : std::as_const(jobLines)) {
            if (j.tokens.size() < j.scheduleTokens + 2) {
                allUserLike = false;
                break;
            }
            const Token &t = j.tokens.at(j.scheduleTokens);
            const QString word = j.text.mid(t.begin, t.end - t.begin);
            allUserLike = allUserLike && looksLikeUser(word);
            anyRoot = anyRoot || word == QLatin1String("root");
        }
        hasUser = allUserLike && anyRoot;
    }

    JobList list;
    list.m_bytes = bytes;
    list.m_fileName = fileName;
    list.m_format = JobListFormat::Crontab;
    list.m_userColumn = hasUser;
    for (const JobLine &j : std::as_const(jobLines)) {
        const int commandToken = j.scheduleTokens + (hasUser ? 1 : 0);
        if (j.tokens.size() <= commandToken)
            return fail(j.line, phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "expected a user and a command after the schedule")));
        JobListEntry e;
        e.line = j.line;
        const qsizetype schedBegin = j.tokens.first().begin;
        const qsizetype schedEnd = j.tokens.at(j.scheduleTokens - 1).end;
        e.schedule = j.text.mid(schedBegin, schedEnd - schedBegin);
        if (hasUser) {
            const Token &u = j.tokens.at(j.scheduleTokens);
            e.user = j.text.mid(u.begin, u.end - u.begin);
        }
        const QString command = j.text.mid(j.tokens.at(commandToken).begin).trimmed();
        e.command = command;
        e.name = j.annotation.name.isEmpty() ? command : j.annotation.name;
        e.estimationSeconds = j.annotation.estimation.value_or(60);
        e.estimationGiven = j.annotation.estimation.has_value();
        e.keepTime = j.annotation.keepTime;
        e.priority = j.annotation.priority;
        e.demand = j.annotation.demand;
        if (e.schedule == QLatin1String("@reboot")) {
            e.schedulable = false;
        } else {
            bool neverFires = false;
            const Result<CronExpression> rule = parseJobRule(e.schedule, &neverFires);
            if (!rule)
                return fail(j.line, phrase("CrontabFile", QT_TRANSLATE_NOOP("CrontabFile", "bad schedule '%1': %2"))
                                        .arg(e.schedule, QString(rule.error()).replace(u'\n', QStringLiteral("; "))));
        }
        // Byte offsets: the line is UTF-8, the tokens count QChars.
        const qsizetype begin = j.lineOffset + j.text.left(schedBegin).toUtf8().size();
        const qsizetype end = j.lineOffset + j.text.left(schedEnd).toUtf8().size();
        list.m_entries.append(e);
        list.m_spans.append({begin, end});
    }
    return list;
}

} // namespace rulecast
