#include "rulewriter.h"

#include "core/cronexpression.h"
#include "database.h"
#include "core/phrase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rulecast {

Status RuleWriter::write(const JobDefinition &job)
{
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral(
        "INSERT INTO scheduling_rules (rule_name, description, cron_expression, priority, is_enabled, "
        "is_auto_generated, confidence_score, estimated_duration_seconds, keep_time, source) "
        "VALUES (?, ?, ?, 100, 1, 0, 1.0, ?, ?, ?)"));
    q.addBindValue(job.name);
    q.addBindValue(job.description.isEmpty() ? QVariant() : QVariant(job.description));
    q.addBindValue(job.cronExpression);
    q.addBindValue(job.estimatedDurationSeconds >= 0 ? QVariant(job.estimatedDurationSeconds) : QVariant());
    q.addBindValue(job.keepTime ? 1 : 0);
    q.addBindValue(job.source);
    if (!q.exec())
        return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "cannot store rule '%1': %2")).arg(job.name, q.lastError().text()));
    ++m_written;
    return Status::success();
}

QString cronProblem(const QString &expression)
{
    // The cron engine's own validation, so an imported rule is exactly as
    // valid as one typed into `rulecast-cli cron validate` - except that a
    // schedule that can never fire ("0 0 31 2 *", in cron-ironer's list 1) is
    // a job definition cron itself accepts: importing it keeps the list whole.
    // The problems are told apart by their English wording, then worded
    // again in the user's language for the message.
    bool real = false;
    {
        const EnglishOnly english;
        for (const QString &p : CronExpression::validate(expression.simplified()))
            real = real || !p.contains(QLatin1String("can never fire"));
    }
    if (!real)
        return {};
    return CronExpression::validate(expression.simplified()).join(QStringLiteral("; "));
}

} // namespace rulecast
