#include "storage/patternevidence.h"
#include "core/phrase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace rulecast {

Result<QList<TaskRecord>> loadEvidenceTasks(const Database &db, const QList<qint64> &ids)
{
    using R = Result<QList<TaskRecord>>;
    QList<TaskRecord> out;
    // Bound parameters in chunks below SQLite's variable limit.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id, type, status, started_epoch, finished_epoch FROM tasks WHERE id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return R::failure(phrase("PatternEvidence", QT_TRANSLATE_NOOP("PatternEvidence", "%1: reading evidence tasks: %2")).arg(db.path(), q.lastError().text()));
        while (q.next()) {
            TaskRecord t;
            t.id = q.value(0).toLongLong();
            t.type = q.value(1).toString();
            t.status = q.value(2).toString();
            t.startedAt = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
            t.finishedAt = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
            out.append(t);
        }
    }
    std::sort(out.begin(), out.end(), [](const TaskRecord &a, const TaskRecord &b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    });
    return out;
}

} // namespace rulecast
