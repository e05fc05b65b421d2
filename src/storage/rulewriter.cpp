#include "rulewriter.h"

#include "database.h"

#include <QRegularExpression>
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
        return Status::failure(QStringLiteral("cannot store rule '%1': %2").arg(job.name, q.lastError().text()));
    ++m_written;
    return Status::success();
}

QString cronProblem(const QString &expression)
{
    const QString text = expression.simplified();
    static const QStringList macros = {QStringLiteral("@yearly"),  QStringLiteral("@annually"),
                                       QStringLiteral("@monthly"), QStringLiteral("@weekly"),
                                       QStringLiteral("@daily"),   QStringLiteral("@midnight"),
                                       QStringLiteral("@hourly")};
    if (text.startsWith(u'@'))
        return macros.contains(text.toLower()) ? QString()
                                               : QStringLiteral("an unknown macro (expected one of %1)").arg(macros.join(u' '));
    // Field count and characters only: the full grammar and ranges are the
    // cron engine's job (CronExpression) once it is linked here.
    const QStringList fields = text.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return QStringLiteral("5 fields (minute hour day-of-month month day-of-week), found %1").arg(fields.size());
    static const QRegularExpression allowed(QStringLiteral("^[0-9A-Za-z*/,?LW#-]+$"));
    static const char *const names[] = {"minute", "hour", "day-of-month", "month", "day-of-week"};
    for (int i = 0; i < 5; ++i) {
        if (!allowed.match(fields.at(i)).hasMatch())
            return QStringLiteral("%1 field '%2' has characters cron does not allow")
                .arg(QString::fromLatin1(names[i]), fields.at(i));
    }
    return {};
}

} // namespace rulecast
