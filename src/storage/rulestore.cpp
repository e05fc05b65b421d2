#include "rulestore.h"

#include "core/cronexpression.h"
#include "core/timeformat.h"
#include "core/phrase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rulecast {

namespace {

Status sqlFailure(const QString &what, const QSqlQuery &q)
{
    return Status::failure(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

// Every row of `table` where `column` = id, each as column → value.
Result<QList<QVariantMap>> readRows(QSqlDatabase &conn, const QString &table, const QString &column, qint64 id)
{
    QSqlQuery q(conn);
    // Table and column names are constants of this file, never user input.
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
    q.addBindValue(id);
    if (!q.exec())
        return Result<QList<QVariantMap>>::failure(
            phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "reading %1 of rule %2: %3")).arg(table).arg(id).arg(q.lastError().text()));
    QList<QVariantMap> rows;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows.append(row);
    }
    return Result<QList<QVariantMap>>(rows);
}

// Inserts `row` as it was read (column names come from the database's own
// schema via readRows).
Status insertRow(QSqlDatabase &conn, const QString &table, const QVariantMap &row)
{
    QStringList columns, marks;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << u'"' + it.key() + u'"';
        marks << QStringLiteral("?");
    }
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(u','), marks.join(u',')));
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        q.addBindValue(it.value());
    if (!q.exec())
        return sqlFailure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "restoring a row of %1")).arg(table), q);
    return Status::success();
}

QString columnOf(RuleField field)
{
    switch (field) {
    case RuleField::Enabled: return QStringLiteral("is_enabled");
    case RuleField::Priority: return QStringLiteral("priority");
    case RuleField::Name: return QStringLiteral("rule_name");
    case RuleField::Description: return QStringLiteral("description");
    case RuleField::Cron: return QStringLiteral("cron_expression");
    }
    return {};
}

} // namespace

Status RuleStore::validate(RuleField field, const QVariant &value)
{
    switch (field) {
    case RuleField::Enabled:
        if (!value.canConvert<bool>())
            return Status::failure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "enabled: expected true or false")));
        return Status::success();
    case RuleField::Priority: {
        bool ok = false;
        const int p = value.toInt(&ok);
        if (!ok || p < 1 || p > 100)
            return Status::failure(
                phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "priority: expected a whole number from 1 to 100, got '%1'")).arg(value.toString()));
        return Status::success();
    }
    case RuleField::Name:
        if (value.toString().trimmed().isEmpty())
            return Status::failure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "name: a rule needs a name")));
        return Status::success();
    case RuleField::Description:
        return Status::success();
    case RuleField::Cron: {
        const Result<CronExpression> cron = CronExpression::parse(value.toString());
        if (!cron)
            return Status::failure(cron.error());
        return Status::success();
    }
    }
    return Status::failure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "unknown rule field")));
}

Status RuleStore::setField(qint64 id, RuleField field, const QVariant &value, qint64 now) const
{
    if (const Status valid = validate(field, value); !valid)
        return valid;
    QVariant stored = value;
    if (field == RuleField::Enabled)
        stored = value.toBool() ? 1 : 0;
    else if (field == RuleField::Priority)
        stored = value.toInt();
    else if (field == RuleField::Name || field == RuleField::Cron)
        stored = value.toString().trimmed();
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE scheduling_rules SET %1 = ?, updated_at = ? WHERE id = ?").arg(columnOf(field)));
    q.addBindValue(stored);
    q.addBindValue(timeformat::toSqlTime(now));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "cannot update rule %1")).arg(id), q);
    if (q.numRowsAffected() != 1)
        return Status::failure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "there is no rule %1 (deleted elsewhere?)")).arg(id));
    return tx.commit();
}

Result<qint64> RuleStore::create(const QString &name, const QString &cron, int priority, bool enabled,
                                 qint64 now) const
{
    using R = Result<qint64>;
    for (const auto &[field, value] : {std::pair{RuleField::Name, QVariant(name)}, std::pair{RuleField::Cron, QVariant(cron)},
                                       std::pair{RuleField::Priority, QVariant(priority)}})
        if (const Status valid = validate(field, value); !valid)
            return R::failure(valid.error());
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return R::failure(tx.error());
    const QString stamp = timeformat::toSqlTime(now);
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO scheduling_rules (rule_name, description, cron_expression, priority, is_enabled, "
                             "is_auto_generated, confidence_score, keep_time, source, created_at, updated_at) "
                             "VALUES (?, '', ?, ?, ?, 0, 1.0, 0, 'manual', ?, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(cron.trimmed());
    q.addBindValue(priority);
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    if (!q.exec())
        return R::failure(sqlFailure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "cannot add rule '%1'")).arg(name), q).error());
    const qint64 id = q.lastInsertId().toLongLong();
    if (const Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return R(id);
}

Result<RuleSnapshot> RuleStore::snapshot(qint64 id) const
{
    using R = Result<RuleSnapshot>;
    QSqlDatabase conn = m_db.connection();
    RuleSnapshot s;
    s.id = id;
    const Result<QList<QVariantMap>> rule = readRows(conn, QStringLiteral("scheduling_rules"), QStringLiteral("id"), id);
    if (!rule)
        return R::failure(rule.error());
    if (rule->isEmpty())
        return R::failure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "there is no rule %1 (deleted elsewhere?)")).arg(id));
    s.rule = rule->first();
    const Result<QList<QVariantMap>> actions = readRows(conn, QStringLiteral("rule_actions"), QStringLiteral("rule_id"), id);
    if (!actions)
        return R::failure(actions.error());
    s.actions = *actions;
    const Result<QList<QVariantMap>> predictions =
        readRows(conn, QStringLiteral("predictive_schedules"), QStringLiteral("rule_id"), id);
    if (!predictions)
        return R::failure(predictions.error());
    s.predictions = *predictions;
    return R(s);
}

Result<QList<RuleSnapshot>> RuleStore::remove(const QList<qint64> &ids) const
{
    using R = Result<QList<RuleSnapshot>>;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return R::failure(tx.error());
    QList<RuleSnapshot> removed;
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("DELETE FROM scheduling_rules WHERE id = ?"));
    for (qint64 id : ids) {
        // Read inside the transaction, so the snapshot is exactly what is deleted.
        Result<RuleSnapshot> s = snapshot(id);
        if (!s)
            return R::failure(s.error());
        q.addBindValue(id);
        if (!q.exec())
            return R::failure(sqlFailure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "cannot delete rule %1")).arg(id), q).error());
        removed.append(*s);
    }
    if (const Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return R(removed);
}

Status RuleStore::restore(const QList<RuleSnapshot> &snapshots) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return Status::failure(tx.error());
    for (const RuleSnapshot &s : snapshots) {
        if (s.rule.isEmpty())
            return Status::failure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "nothing to restore for rule %1")).arg(s.id));
        if (const Status st = insertRow(conn, QStringLiteral("scheduling_rules"), s.rule); !st)
            return Status::failure(phrase("RuleStore", QT_TRANSLATE_NOOP("RuleStore", "cannot restore rule %1: %2")).arg(s.id).arg(st.error()));
        for (const QVariantMap &row : s.actions)
            if (const Status st = insertRow(conn, QStringLiteral("rule_actions"), row); !st)
                return st;
        for (const QVariantMap &row : s.predictions)
            if (const Status st = insertRow(conn, QStringLiteral("predictive_schedules"), row); !st)
                return st;
    }
    return tx.commit();
}

} // namespace rulecast
