#pragma once

#include "core/result.h"

#include <QString>

namespace rulecast {

class Database;

// A job definition imported from a crontab or a cron-ironer job list.
struct JobDefinition
{
    QString name;
    QString description;
    QString cronExpression;
    qint64 estimatedDurationSeconds = -1; // -1: unknown
    bool keepTime = false;                // the optimizer must not move it
    QString source;                       // "crontab:FILE" / "jobs-json:FILE"
};

// Writes job definitions as scheduling_rules: user-given (is_auto_generated
// 0), certain (confidence 1.0), enabled, with the cron text as given. Uses
// the calling thread's connection inside the caller's transaction.
class RuleWriter
{
public:
    explicit RuleWriter(const Database &db) : m_db(db) {}
    Status write(const JobDefinition &job);
    qint64 written() const { return m_written; }

private:
    const Database &m_db;
    qint64 m_written = 0;
};

// Why `expression` is not a usable cron schedule, or empty when it is.
QString cronProblem(const QString &expression);

} // namespace rulecast
