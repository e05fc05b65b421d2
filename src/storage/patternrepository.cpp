#include "patternrepository.h"

#include "core/timeformat.h"
#include "core/phrase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace rulecast {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString queryError(const QSqlQuery &q, const QString &what)
{
    return QStringLiteral("%1: %2").arg(what, q.lastError().text());
}

// How long an analysis window must be before not finding a behaviour means it
// is gone: long enough to have shown it min-detection-count times.
qint64 daysNeededToSee(const ActivityPattern &p)
{
    switch (p.kind) {
    case PatternKind::Weekly:
        return 21;
    case PatternKind::Monthly:
        return 90;
    case PatternKind::Correlation:
    case PatternKind::Interval:
        return 1;
    case PatternKind::Daily:
    case PatternKind::ResourceUsage:
        break;
    }
    return 3;
}

const char *kSelect = "SELECT id, pattern_type, pattern_data, confidence_score, detection_count, "
                      "first_detected_at, last_detected_at, is_active FROM activity_patterns";

// Reads one row; a row another program wrote badly is reported, not fatal.
Result<ActivityPattern> readRow(const QSqlQuery &q)
{
    const qint64 id = q.value(0).toLongLong();
    const QString where = QStringLiteral("activity_patterns row %1").arg(id);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Result<ActivityPattern>::failure(
            QStringLiteral("%1: pattern_data is not a JSON object (%2)").arg(where, err.errorString()));
    Result<ActivityPattern> p = ActivityPattern::fromStored(q.value(1).toString(), doc.object(), where);
    if (!p)
        return p;
    p->id = id;
    p->confidence = q.value(3).toDouble();
    p->storedDetectionCount = q.value(4).toLongLong();
    p->firstDetectedAt = q.value(5).toString();
    p->lastDetectedAt = q.value(6).toString();
    p->active = q.value(7).toBool();
    return p;
}

} // namespace

QStringList PatternRepository::sortKeys()
{
    return {QStringLiteral("confidence"), QStringLiteral("frequency"), QStringLiteral("date"), QStringLiteral("type")};
}

Result<QList<ActivityPattern>> PatternRepository::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY id")))
        return Result<QList<ActivityPattern>>::failure(queryError(q, phrase("PatternRepository", QT_TRANSLATE_NOOP("PatternRepository", "reading activity_patterns"))));
    QList<ActivityPattern> out;
    while (q.next()) {
        Result<ActivityPattern> p = readRow(q);
        if (p)
            out << p.value();
    }
    return out;
}

Result<QList<ActivityPattern>> PatternRepository::list(const Filter &f) const
{
    QString sql = QString::fromLatin1(kSelect) + QStringLiteral(" WHERE confidence_score >= :min");
    if (!f.includeInactive)
        sql += QStringLiteral(" AND is_active = 1");
    if (!f.patternType.isEmpty())
        sql += QStringLiteral(" AND pattern_type = :type");
    if (f.sortBy == QLatin1String("frequency"))
        sql += QStringLiteral(" ORDER BY detection_count DESC, confidence_score DESC, id");
    else if (f.sortBy == QLatin1String("date"))
        sql += QStringLiteral(" ORDER BY last_detected_at DESC, confidence_score DESC, id");
    else if (f.sortBy == QLatin1String("type"))
        sql += QStringLiteral(" ORDER BY pattern_type, confidence_score DESC, id");
    else
        sql += QStringLiteral(" ORDER BY confidence_score DESC, detection_count DESC, id");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":min"), f.minConfidence);
    if (!f.patternType.isEmpty())
        q.bindValue(QStringLiteral(":type"), f.patternType);
    if (!q.exec())
        return Result<QList<ActivityPattern>>::failure(queryError(q, phrase("PatternRepository", QT_TRANSLATE_NOOP("PatternRepository", "reading activity_patterns"))));
    QList<ActivityPattern> out;
    while (q.next()) {
        Result<ActivityPattern> p = readRow(q);
        if (p)
            out << p.value();
    }
    return out;
}

Result<PatternStoreOutcome> PatternRepository::store(const PatternAnalysis &analysis, qint64 now) const
{
    using R = Result<PatternStoreOutcome>;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return R::failure(phrase("PatternRepository", QT_TRANSLATE_NOOP("PatternRepository", "%1: cannot start a transaction: %2")).arg(m_db.path(), tx.error()));

    PatternStoreOutcome outcome;
    QList<ActivityPattern> existing;
    {
        QSqlQuery q(conn);
        if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY id")))
            return R::failure(queryError(q, phrase("PatternRepository", QT_TRANSLATE_NOOP("PatternRepository", "reading activity_patterns"))));
        while (q.next()) {
            Result<ActivityPattern> p = readRow(q);
            if (p)
                existing << p.value();
            else
                outcome.warnings << p.error() + QStringLiteral(" — left unchanged");
        }
    }

    // Closest pairs first; each detection and each row is used at most once,
    // so two behaviours can never end up in one row.
    const QList<ActivityPattern> &found = analysis.patterns;
    std::vector<std::tuple<double, int, int>> pairs;
    for (int i = 0; i < found.size(); ++i)
        for (int j = 0; j < existing.size(); ++j)
            if (const auto d = behaviourDistance(found[i], existing[j], kMergeToleranceMinutes))
                pairs.emplace_back(*d, i, j);
    std::sort(pairs.begin(), pairs.end());
    std::vector<int> matchOf(std::size_t(found.size()), -1);
    std::vector<char> rowUsed(std::size_t(existing.size()), 0);
    for (const auto &[d, i, j] : pairs) {
        (void)d;
        if (matchOf[std::size_t(i)] >= 0 || rowUsed[std::size_t(j)])
            continue;
        matchOf[std::size_t(i)] = j;
        rowUsed[std::size_t(j)] = 1;
    }

    const QString detectedAt = timeformat::toSqlTime(analysis.window.until);
    const QString nowText = timeformat::toSqlTime(now);
    for (int i = 0; i < found.size(); ++i) {
        ActivityPattern p = found[i];
        QSqlQuery q(conn);
        if (matchOf[std::size_t(i)] < 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO activity_patterns (pattern_type, pattern_data, confidence_score, detection_count, "
                "first_detected_at, last_detected_at, is_active, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"));
            q.addBindValue(p.patternType());
            q.addBindValue(compact(p.toPatternData()));
            q.addBindValue(p.confidence);
            q.addBindValue(p.occurrences);
            q.addBindValue(detectedAt);
            q.addBindValue(detectedAt);
            q.addBindValue(nowText);
            q.addBindValue(nowText);
            if (!q.exec())
                return R::failure(queryError(q, phrase("PatternRepository", QT_TRANSLATE_NOOP("PatternRepository", "storing a %1 pattern")).arg(p.patternType())));
            p.id = q.lastInsertId().toLongLong();
            p.storedDetectionCount = p.occurrences;
            p.firstDetectedAt = p.lastDetectedAt = detectedAt;
            outcome.created << true;
        } else {
            const ActivityPattern &old = existing[matchOf[std::size_t(i)]];
            // Count only occurrences the earlier analysis could not have seen,
            // so re-running the same analysis does not inflate the count.
            qint64 fresh = 0;
            for (qint64 t : p.occurrenceTimes)
                fresh += (old.analyzedUntil <= 0 || t >= old.analyzedUntil) ? 1 : 0;
            if (p.occurrenceTimes.isEmpty())
                fresh = old.analyzedUntil < p.analyzedUntil ? p.occurrences : 0;
            p.id = old.id;
            p.storedDetectionCount = old.storedDetectionCount + fresh;
            p.firstDetectedAt = old.firstDetectedAt;
            p.lastDetectedAt = std::max(old.lastDetectedAt, detectedAt);
            // An analysis of an older as-of adds its count but does not
            // overwrite what a newer one described.
            const bool newer = p.analyzedUntil >= old.analyzedUntil;
            q.prepare(newer ? QStringLiteral("UPDATE activity_patterns SET pattern_data = ?, confidence_score = ?, "
                                             "detection_count = ?, last_detected_at = ?, is_active = 1, updated_at = ? "
                                             "WHERE id = ?")
                            : QStringLiteral("UPDATE activity_patterns SET detection_count = ?, updated_at = ? WHERE id = ?"));
            if (newer) {
                q.addBindValue(compact(p.toPatternData()));
                q.addBindValue(p.confidence);
            }
            q.addBindValue(p.storedDetectionCount);
            if (newer)
                q.addBindValue(p.lastDetectedAt);
            q.addBindValue(nowText);
            q.addBindValue(p.id);
            if (!q.exec())
                return R::failure(queryError(q, phrase("PatternRepository", QT_TRANSLATE_NOOP("PatternRepository", "updating pattern %1")).arg(p.id)));
            outcome.created << false;
        }
        outcome.stored << p;
    }

    // Behaviours not found again by an analysis that could have seen them.
    const double windowDays = double(analysis.window.until - analysis.requestedFrom) / 86400.0;
    for (int j = 0; j < existing.size(); ++j) {
        const ActivityPattern &old = existing[j];
        if (rowUsed[std::size_t(j)] || !old.active || old.analyzedUntil > analysis.window.until
            || windowDays < double(daysNeededToSee(old)))
            continue;
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("UPDATE activity_patterns SET is_active = 0, updated_at = ? WHERE id = ?"));
        q.addBindValue(nowText);
        q.addBindValue(old.id);
        if (!q.exec())
            return R::failure(queryError(q, phrase("PatternRepository", QT_TRANSLATE_NOOP("PatternRepository", "deactivating pattern %1")).arg(old.id)));
        outcome.deactivatedIds << old.id;
    }

    // The user profile, one row per user.
    const BehaviorProfile &profile = analysis.profile;
    QJsonArray peaks, types;
    for (int h : profile.peakHours)
        peaks.append(h);
    for (const auto &t : profile.preferredTaskTypes)
        types.append(QJsonObject{{QStringLiteral("task_type"), t.first}, {QStringLiteral("share"), t.second}});
    QSqlQuery q(conn);
    q.prepare(QStringLiteral(
        "INSERT INTO user_behavior_profiles (user_id, activity_patterns, peak_hours, preferred_task_types, "
        "interaction_frequency, last_updated, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(user_id) DO UPDATE SET activity_patterns = excluded.activity_patterns, "
        "peak_hours = excluded.peak_hours, preferred_task_types = excluded.preferred_task_types, "
        "interaction_frequency = excluded.interaction_frequency, last_updated = excluded.last_updated"));
    q.addBindValue(profile.userId);
    q.addBindValue(compact(profile.activityPatternsJson(found)));
    q.addBindValue(compact(peaks));
    q.addBindValue(compact(types));
    q.addBindValue(profile.interactionFrequency);
    q.addBindValue(nowText);
    q.addBindValue(nowText);
    if (!q.exec())
        return R::failure(queryError(q, phrase("PatternRepository", QT_TRANSLATE_NOOP("PatternRepository", "storing the user behaviour profile"))));
    QSqlQuery idq(conn);
    idq.prepare(QStringLiteral("SELECT id FROM user_behavior_profiles WHERE user_id = ?"));
    idq.addBindValue(profile.userId);
    if (idq.exec() && idq.next())
        outcome.profileId = idq.value(0).toLongLong();

    if (const Status s = tx.commit(); !s)
        return R::failure(phrase("PatternRepository", QT_TRANSLATE_NOOP("PatternRepository", "%1: storing patterns failed: %2")).arg(m_db.path(), s.error()));
    return outcome;
}

} // namespace rulecast
