#pragma once

#include "core/result.h"
#include "core/scheduledjob.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace rulecast {

enum class JobListFormat { Json, Crontab };

// One job of a job list, as written in the file.
struct JobListEntry
{
    QString name;
    QString schedule;
    qint64 estimationSeconds = 60;
    bool estimationGiven = true; // false: a crontab job without a `# rulecast: estimation=` comment (60 s assumed)
    bool keepTime = false;
    int priority = 0;
    int demand = 1;
    int line = 0;            // 1-based line where the job is written
    bool schedulable = true; // false for @reboot: kept, never simulated or moved
    QString user;            // crontab user column, when the file has one
    QString command;         // crontab: the command after the schedule (and user)
};

// A job list file — cron-ironer's JSON `[{name, description?, schedule,
// estimation (seconds), keepTime?}]` or a crontab — read so that it can be
// written back byte for byte with only the schedules changed: unknown JSON
// fields, key order, comments, blank lines, environment lines and the user
// column of /etc/crontab-style files all survive. Crontab jobs take their
// estimation and flags from a `# rulecast:` comment right above them
// (docs/optimizer.md).
class JobList
{
public:
    // Format from the content: a list starting with '[' is JSON, anything else a crontab.
    static JobListFormat detectFormat(const QByteArray &bytes);

    // `fileName` is used in messages ("jobs.json:12: ...") and to recognise
    // /etc/crontab and /etc/cron.d files. `userColumn` forces the crontab
    // user column on or off; unset, it is detected (docs/optimizer.md).
    static Result<JobList> parse(const QByteArray &bytes, const QString &fileName,
                                 std::optional<JobListFormat> format = std::nullopt,
                                 std::optional<bool> userColumn = std::nullopt);
    static Result<JobList> load(const QString &path, std::optional<JobListFormat> format = std::nullopt);

    JobListFormat format() const { return m_format; }
    const QString &fileName() const { return m_fileName; }
    const QVector<JobListEntry> &entries() const { return m_entries; }
    bool hasUserColumn() const { return m_userColumn; }

    // The file with entry i's schedule replaced by schedules[i] (same count
    // as entries()); every other byte is kept.
    Result<QByteArray> render(const QVector<QString> &schedules) const;

    // The schedulable entries as optimizer jobs, and for each its entry index.
    QVector<ScheduledJob> scheduledJobs(QVector<int> *entryIndexes = nullptr) const;

    // Where each entry's schedule text sits in the file (byte offsets), for
    // the parsers that fill a JobList.
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };

private:
    friend class CrontabFile;
    static Result<JobList> parseJson(const QByteArray &bytes, const QString &fileName);

    QByteArray m_bytes;
    QString m_fileName;
    JobListFormat m_format = JobListFormat::Json;
    bool m_userColumn = false;
    QVector<JobListEntry> m_entries;
    QVector<Span> m_spans;
};

} // namespace rulecast
