#include "historystats.h"
#include "core/phrase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace rulecast {

namespace {

// Starts are grouped into quarter hours in SQL: every UTC offset in use is a
// multiple of 15 minutes, so each bucket falls into exactly one local hour,
// whatever the display zone (India's +05:30, Nepal's +05:45 included).
constexpr qint64 kBucketSeconds = 900;

QString queryError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

} // namespace

Result<HistorySummary> summarizeHistory(const Database &db, const TaskFilter &filter)
{
    const SqlCondition c = taskFilterCondition(filter);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT count(*), count(started_epoch), count(DISTINCT type), min(started_epoch), "
                            "max(started_epoch) FROM tasks WHERE ")
                 + c.sql,
             c.binds)
        || !q.next())
        return Result<HistorySummary>::failure(phrase("HistoryStats", QT_TRANSLATE_NOOP("HistoryStats", "%1: cannot summarize tasks: %2"))
                                                   .arg(db.path(), queryError(q)));
    HistorySummary s;
    s.tasks = q.value(0).toLongLong();
    s.startedTasks = q.value(1).toLongLong();
    s.types = q.value(2).toLongLong();
    s.firstStart = q.value(3).toLongLong();
    s.lastStart = q.value(4).toLongLong();
    return s;
}

Result<QList<QPair<QString, qint64>>> countTasksByType(const Database &db, const TaskFilter &filter)
{
    using R = Result<QList<QPair<QString, qint64>>>;
    const SqlCondition c = taskFilterCondition(filter);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT type, count(*) AS n FROM tasks WHERE ") + c.sql
                 + QStringLiteral(" GROUP BY type ORDER BY n DESC, type"),
             c.binds))
        return R::failure(phrase("HistoryStats", QT_TRANSLATE_NOOP("HistoryStats", "%1: cannot count tasks by type: %2")).arg(db.path(), queryError(q)));
    QList<QPair<QString, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

Result<HistoryStats> computeHistoryStats(const Database &db, const TaskFilter &filter, const QTimeZone &zone)
{
    Result<HistorySummary> summary = summarizeHistory(db, filter);
    if (!summary)
        return Result<HistoryStats>::failure(summary.error());
    HistoryStats stats;
    stats.summary = *summary;
    if (stats.summary.startedTasks == 0)
        return stats;

    const SqlCondition c = taskFilterCondition(filter);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Integer division floors towards zero; starts before 1970 are not a case
    // a task history has, and they still land in a valid (if shifted) bucket.
    if (!run(q,
             QStringLiteral("SELECT started_epoch / %1, count(*) FROM tasks WHERE started_epoch IS NOT NULL AND ")
                     .arg(kBucketSeconds)
                 + c.sql + QStringLiteral(" GROUP BY 1 ORDER BY 1"),
             c.binds))
        return Result<HistoryStats>::failure(phrase("HistoryStats", QT_TRANSLATE_NOOP("HistoryStats", "%1: cannot count task starts: %2"))
                                                 .arg(db.path(), queryError(q)));
    std::map<qint64, qint64> perDay; // julian day → starts
    while (q.next()) {
        const qint64 bucketStart = q.value(0).toLongLong() * kBucketSeconds;
        const qint64 n = q.value(1).toLongLong();
        const QDateTime local = QDateTime::fromSecsSinceEpoch(bucketStart, zone);
        const QDate day = local.date();
        const int weekday = day.dayOfWeek() - 1; // Qt: 1 = Monday
        stats.heatmap[std::size_t(weekday * 24 + local.time().hour())] += n;
        perDay[day.toJulianDay()] += n;
    }
    if (!perDay.empty()) {
        const qint64 first = perDay.begin()->first;
        const qint64 last = perDay.rbegin()->first;
        stats.daily.reserve(int(last - first + 1));
        for (qint64 jd = first; jd <= last; ++jd) {
            const auto it = perDay.find(jd);
            stats.daily.append({QDate::fromJulianDay(jd), it == perDay.end() ? 0 : it->second});
        }
    }
    return stats;
}

} // namespace rulecast
