#include "migrations.h"

#include "database.h"
#include "schema.h"
#include "core/phrase.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace rulecast {

namespace {

Status exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return Status::failure(QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), sql.simplified().left(120)));
    return Status::success();
}

QSet<QString> columnsOf(QSqlDatabase &db, const QString &table)
{
    QSet<QString> names;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        names.insert(q.value(1).toString().toLower());
    return names;
}

Status runStep(QSqlDatabase &db, int number)
{
    const schema::Step &step = schema::steps().at(number - 1);
    QSqlQuery q(db);
    for (const QString &sql : step.createTables())
        if (const Status s = exec(q, sql); !s)
            return s;
    for (const schema::EnsuredColumn &c : schema::ensuredColumns()) {
        if (c.step != number)
            continue;
        const QString table = QString::fromLatin1(c.table);
        if (!columnsOf(db, table).contains(QString::fromLatin1(c.column))) {
            const QString sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                    .arg(table, QString::fromLatin1(c.column), QString::fromLatin1(c.definition));
            if (const Status s = exec(q, sql); !s)
                return s;
        }
    }
    for (const QString &sql : step.afterColumns())
        if (const Status s = exec(q, sql); !s)
            return s;
    // Bound, not spliced: a step title may contain a quote.
    q.prepare(QStringLiteral("INSERT INTO rulecast_schema_version (version, description) VALUES (?, ?)"));
    q.addBindValue(number);
    q.addBindValue(QString::fromLatin1(step.title));
    if (!q.exec())
        return Status::failure(phrase("Migrations", QT_TRANSLATE_NOOP("Migrations", "cannot record schema version %1: %2")).arg(number).arg(q.lastError().text()));
    return Status::success();
}

} // namespace

int Migrations::latestVersion() { return int(schema::steps().size()); }

int Migrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM rulecast_schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Migrations::migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    {
        QSqlQuery q(db);
        if (const Status s = exec(q, QStringLiteral("CREATE TABLE IF NOT EXISTS rulecast_schema_version ("
                                                    "version INTEGER PRIMARY KEY, description TEXT, "
                                                    "applied_at DATETIME DEFAULT CURRENT_TIMESTAMP)"));
            !s)
            return s;
    }
    const int current = currentVersion(db);
    if (current > latestVersion())
        return Status::failure(phrase("Migrations", QT_TRANSLATE_NOOP("Migrations", "the database has schema version %1, newer "
                                                                                "than this Rulecast understands (%2); "
                                                                                "upgrade Rulecast"))
                                   .arg(current)
                                   .arg(latestVersion()));
    for (int v = current + 1; v <= target; ++v) {
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(phrase("Migrations", QT_TRANSLATE_NOOP("Migrations", "cannot start a transaction: %1")).arg(tx.error()));
        if (const Status s = runStep(db, v); !s)
            return Status::failure(phrase("Migrations", QT_TRANSLATE_NOOP("Migrations", "migration %1 failed: %2")).arg(v).arg(s.error()));
        if (const Status s = tx.commit(); !s)
            return Status::failure(phrase("Migrations", QT_TRANSLATE_NOOP("Migrations", "migration %1 failed to commit: %2")).arg(v).arg(s.error()));
    }
    return Status::success();
}

} // namespace rulecast
