#include "joblist.h"

#include "core/crontabfile.h"
#include "core/scheduleload.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rulecast {
namespace {

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(std::count(bytes.cbegin(), bytes.cbegin() + std::min(offset, bytes.size()), '\n')) + 1;
}

// Walks JSON that QJsonDocument has already accepted, to find where things
// are: the start of each element of the top-level array and the byte span of
// each element's "schedule" value. QJsonObject keeps neither order nor
// offsets, and the file must be written back with only those spans replaced.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &bytes) : m_b(bytes) {}

    struct Element
    {
        qsizetype begin = 0;
        JobList::Span schedule{-1, -1};
    };

    QVector<Element> elements()
    {
        QVector<Element> out;
        skipSpace();
        if (peek() != '[')
            return out;
        ++m_i;
        skipSpace();
        if (peek() == ']')
            return out;
        while (m_i < m_b.size()) {
            skipSpace();
            Element e;
            e.begin = m_i;
            if (peek() == '{')
                e.schedule = objectScheduleSpan();
            else
                skipValue();
            out.append(e);
            skipSpace();
            if (peek() != ',')
                break;
            ++m_i;
        }
        return out;
    }

private:
    char peek() const { return m_i < m_b.size() ? m_b.at(m_i) : '\0'; }
    void skipSpace()
    {
        while (m_i < m_b.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_i;
    }
    QByteArray stringToken() // raw, quotes included
    {
        const qsizetype begin = m_i++;
        while (m_i < m_b.size() && peek() != '"')
            m_i += peek() == '\\' ? 2 : 1;
        ++m_i;
        return m_b.mid(begin, m_i - begin);
    }
    void skipValue()
    {
        const char c = peek();
        if (c == '"') {
            stringToken();
        } else if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_i;
            skipSpace();
            while (peek() != close && m_i < m_b.size()) {
                if (close == '}') {
                    stringToken();
                    skipSpace();
                    ++m_i; // ':'
                    skipSpace();
                }
                skipValue();
                skipSpace();
                if (peek() == ',') {
                    ++m_i;
                    skipSpace();
                }
            }
            ++m_i;
        } else {
            while (m_i < m_b.size() && !strchr(",]} \t\r\n", peek()))
                ++m_i;
        }
    }
    JobList::Span objectScheduleSpan()
    {
        JobList::Span span{-1, -1};
        ++m_i; // '{'
        skipSpace();
        while (peek() != '}' && m_i < m_b.size()) {
            const QByteArray key = stringToken();
            skipSpace();
            ++m_i; // ':'
            skipSpace();
            const qsizetype valueBegin = m_i;
            skipValue();
            if (key == "\"schedule\"")
                span = {valueBegin, m_i};
            skipSpace();
            if (peek() == ',') {
                ++m_i;
                skipSpace();
            }
        }
        ++m_i;
        return span;
    }

    const QByteArray &m_b;
    qsizetype m_i = 0;
};

QByteArray jsonString(const QString &text)
{
    const QByteArray doc = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2); // strip [ ]
}

} // namespace

JobListFormat JobList::detectFormat(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '[' ? JobListFormat::Json : JobListFormat::Crontab;
    }
    return JobListFormat::Crontab;
}

Result<JobList> JobList::load(const QString &path, std::optional<JobListFormat> format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<JobList>::failure(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path, format);
}

Result<JobList> JobList::parse(const QByteArray &bytes, const QString &fileName,
                               std::optional<JobListFormat> format, std::optional<bool> userColumn)
{
    const JobListFormat f = format.value_or(detectFormat(bytes));
    if (f == JobListFormat::Json)
        return parseJson(bytes, fileName);
    return CrontabFile::parse(bytes, fileName, userColumn);
}

Result<JobList> JobList::parseJson(const QByteArray &bytes, const QString &fileName)
{
    auto fail = [&](int line, const QString &message) {
        return Result<JobList>::failure(QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(lineAt(bytes, error.offset), QStringLiteral("not valid JSON: %1").arg(error.errorString()));
    if (!doc.isArray())
        return fail(1, QStringLiteral("expected a JSON array of jobs [{name, schedule, estimation, keepTime?}]"));

    JobList list;
    list.m_bytes = bytes;
    list.m_fileName = fileName;
    list.m_format = JobListFormat::Json;
    const QJsonArray array = doc.array();
    const QVector<JsonLocator::Element> located = JsonLocator(bytes).elements();
    if (located.size() != array.size())
        return fail(1, QStringLiteral("could not locate the jobs in the file"));

    for (int i = 0; i < array.size(); ++i) {
        const int line = lineAt(bytes, located.at(i).begin);
        const QString which = QStringLiteral("job %1").arg(i + 1);
        if (!array.at(i).isObject())
            return fail(line, QStringLiteral("%1: expected an object {name, schedule, estimation}").arg(which));
        const QJsonObject o = array.at(i).toObject();
        JobListEntry e;
        e.line = line;
        const QJsonValue name = o.value(QStringLiteral("name"));
        if (!name.isString() || name.toString().isEmpty())
            return fail(line, QStringLiteral("%1: field 'name': expected a non-empty string").arg(which));
        e.name = name.toString();
        const QString named = QStringLiteral("%1 ('%2')").arg(which, e.name);
        const QJsonValue schedule = o.value(QStringLiteral("schedule"));
        if (!schedule.isString() || schedule.toString().trimmed().isEmpty())
            return fail(line, QStringLiteral("%1: field 'schedule': expected a cron expression string").arg(named));
        e.schedule = schedule.toString();
        if (e.schedule.trimmed() == QLatin1String("@reboot")) {
            e.schedulable = false;
        } else {
            bool neverFires = false;
            const Result<CronExpression> rule = parseJobRule(e.schedule, &neverFires);
            if (!rule)
                return fail(line, QStringLiteral("%1: field 'schedule': bad cron expression '%2': %3")
                                      .arg(named, e.schedule, QString(rule.error()).replace(u'\n', QStringLiteral("; "))));
        }
        const QJsonValue estimation = o.value(QStringLiteral("estimation"));
        if (!estimation.isDouble() || estimation.toDouble() < 0 || !std::isfinite(estimation.toDouble()))
            return fail(line, QStringLiteral("%1: field 'estimation': expected a number of seconds >= 0").arg(named));
        e.estimationSeconds = qint64(std::ceil(estimation.toDouble()));
        const QJsonValue keep = o.value(QStringLiteral("keepTime"));
        if (!keep.isUndefined() && !keep.isNull() && !keep.isBool())
            return fail(line, QStringLiteral("%1: field 'keepTime': expected true or false").arg(named));
        e.keepTime = keep.toBool(false);
        const QJsonValue priority = o.value(QStringLiteral("priority"));
        if (!priority.isUndefined()) {
            const double p = priority.toDouble(-1);
            if (!priority.isDouble() || p < 0 || p > 11 || p != std::floor(p))
                return fail(line, QStringLiteral("%1: field 'priority': expected a whole number 0-11").arg(named));
            e.priority = int(p);
        }
        const QJsonValue demand = o.value(QStringLiteral("demand"));
        if (!demand.isUndefined()) {
            const double d = demand.toDouble(-1);
            if (!demand.isDouble() || d < 1 || d > 1e6 || d != std::floor(d))
                return fail(line, QStringLiteral("%1: field 'demand': expected a whole number >= 1").arg(named));
            e.demand = int(d);
        }
        if (located.at(i).schedule.begin < 0)
            return fail(line, QStringLiteral("%1: could not locate field 'schedule' in the file").arg(named));
        list.m_entries.append(e);
        list.m_spans.append(located.at(i).schedule);
    }
    return list;
}

Result<QByteArray> JobList::render(const QVector<QString> &schedules) const
{
    if (schedules.size() != m_entries.size())
        return Result<QByteArray>::failure(
            QStringLiteral("%1: %2 schedules for %3 jobs").arg(m_fileName).arg(schedules.size()).arg(m_entries.size()));
    QByteArray out = m_bytes;
    // Back to front, so earlier offsets stay valid.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (schedules.at(i) == m_entries.at(i).schedule)
            continue;
        const Span s = m_spans.at(i);
        const QByteArray text = m_format == JobListFormat::Json ? jsonString(schedules.at(i)) : schedules.at(i).toUtf8();
        out.replace(s.begin, s.end - s.begin, text);
    }
    return out;
}

QVector<ScheduledJob> JobList::scheduledJobs(QVector<int> *entryIndexes) const
{
    QVector<ScheduledJob> jobs;
    if (entryIndexes)
        entryIndexes->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const JobListEntry &e = m_entries.at(i);
        if (!e.schedulable)
            continue;
        ScheduledJob j;
        j.name = e.name;
        j.schedule = e.schedule;
        j.durationMinutes = durationMinutesFor(e.estimationSeconds);
        j.demand = e.demand;
        j.priority = e.priority;
        j.pinned = e.keepTime;
        jobs.append(j);
        if (entryIndexes)
            entryIndexes->append(i);
    }
    return jobs;
}

} // namespace rulecast
