#include "bulkload.h"

#include "database.h"
#include "core/phrase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rulecast {

bool TaskBulkLoad::worthwhile(qint64 expectedRows, qint64 existingRows)
{
    return expectedRows >= 50000 && expectedRows >= existingRows;
}

Status TaskBulkLoad::begin(const Database &db)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery q(conn);
    // Indexes first, so triggers are dropped after and recreated after them.
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'tasks' "
                               "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type")))
        return Status::failure(q.lastError().text());
    QList<QPair<QString, QString>> drops;
    while (q.next()) {
        drops.append({q.value(0).toString(), q.value(1).toString()});
        m_recreate.append(q.value(2).toString());
    }
    for (const auto &[type, name] : drops) {
        if (!q.exec(QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), name)))
            return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "cannot prepare the bulk load: %1")).arg(q.lastError().text()));
    }
    return Status::success();
}

Status TaskBulkLoad::finish(const Database &db)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery q(conn);
    for (const QString &sql : std::as_const(m_recreate)) {
        if (!q.exec(sql))
            return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "cannot rebuild after the bulk load: %1")).arg(q.lastError().text()));
    }
    m_recreate.clear();
    return Status::success();
}

} // namespace rulecast
