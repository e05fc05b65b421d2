#include "patternfacts.h"
#include "core/phrase.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rulecast {

Result<QHash<qint64, PatternFacts>> loadPatternFacts(const Database &db, const QList<ActivityPattern> &patterns)
{
    using R = Result<QHash<qint64, PatternFacts>>;
    QSet<qint64> wanted;
    for (const ActivityPattern &p : patterns)
        for (qint64 id : p.evidenceTaskIds)
            wanted.insert(id);
    QList<qint64> ids(wanted.begin(), wanted.end());
    std::sort(ids.begin(), ids.end());

    // Bound parameters in chunks below SQLite's variable limit.
    constexpr qsizetype kChunk = 500;
    QHash<qint64, double> duration;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id, finished_epoch - started_epoch FROM tasks WHERE id IN (%1) "
                                 "AND started_epoch IS NOT NULL AND finished_epoch IS NOT NULL")
                      .arg(marks.join(QLatin1Char(','))));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return R::failure(phrase("PatternFacts", QT_TRANSLATE_NOOP("PatternFacts", "%1: reading run times of evidence tasks: %2")).arg(db.path(), q.lastError().text()));
        while (q.next())
            if (q.value(1).toLongLong() >= 0)
                duration.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    }

    QHash<qint64, PatternFacts> out;
    for (const ActivityPattern &p : patterns) {
        std::vector<double> runs;
        for (qint64 id : p.evidenceTaskIds)
            if (const auto it = duration.constFind(id); it != duration.constEnd())
                runs.push_back(*it);
        if (runs.empty())
            continue;
        const auto mid = runs.begin() + std::ptrdiff_t(runs.size() / 2);
        std::nth_element(runs.begin(), mid, runs.end());
        PatternFacts f;
        // A run shorter than a second still took time: keep the ratio finite.
        f.typicalDurationSeconds = std::max(1.0, *mid);
        out.insert(p.id, f);
    }
    return out;
}

} // namespace rulecast
