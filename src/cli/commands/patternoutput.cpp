#include "patternoutput.h"

#include "core/timeformat.h"

namespace rulecast::cli {

namespace {

QString isoOrEmpty(const QString &sqlTime)
{
    const auto t = timeformat::parse(sqlTime);
    return t ? timeformat::toIsoUtc(*t) : sqlTime;
}

} // namespace

QString cell(QString text, int width)
{
    if (text.size() > width)
        text = text.left(width - 1) + QChar(0x2026);
    return text.leftJustified(width);
}

QJsonObject patternJson(const ActivityPattern &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("pattern_type"), p.patternType()},
            {QStringLiteral("confidence_score"), p.confidence},
            {QStringLiteral("detection_count"), p.storedDetectionCount > 0 ? p.storedDetectionCount : p.occurrences},
            {QStringLiteral("is_active"), p.active},
            {QStringLiteral("first_detected_at"), isoOrEmpty(p.firstDetectedAt)},
            {QStringLiteral("last_detected_at"), isoOrEmpty(p.lastDetectedAt)},
            {QStringLiteral("description"), p.describeEnglish()},
            {QStringLiteral("recommendation"), p.recommendation()},
            {QStringLiteral("pattern_data"), p.toPatternData()}};
}

QJsonArray patternsJson(const QList<ActivityPattern> &patterns)
{
    QJsonArray a;
    for (const ActivityPattern &p : patterns)
        a.append(patternJson(p));
    return a;
}

void printPatternTable(CliContext &ctx, const QList<ActivityPattern> &patterns)
{
    QTextStream &out = ctx.out();
    if (patterns.isEmpty()) {
        out << "No patterns." << Qt::endl;
        return;
    }
    out << cell(QStringLiteral("ID"), 6) << cell(QStringLiteral("TYPE"), 20) << cell(QStringLiteral("TASK TYPES"), 28)
        << cell(QStringLiteral("WHEN"), 52) << cell(QStringLiteral("CONF"), 6) << cell(QStringLiteral("DETECTIONS"), 11)
        << cell(QStringLiteral("LAST SEEN"), 21) << QStringLiteral("ACTIVE") << Qt::endl;
    for (const ActivityPattern &p : patterns) {
        out << cell(QString::number(p.id), 6) << cell(p.patternType(), 20)
            << cell(p.taskTypes.join(p.kind == PatternKind::Correlation ? QStringLiteral(" -> ") : QStringLiteral(", ")), 28)
            << cell(p.describeEnglish(), 52) << cell(QString::number(p.confidence, 'f', 2), 6)
            << cell(QString::number(p.storedDetectionCount > 0 ? p.storedDetectionCount : p.occurrences), 11)
            << cell(isoOrEmpty(p.lastDetectedAt), 21) << (p.active ? "yes" : "no") << Qt::endl;
    }
}

void printPatternDetails(CliContext &ctx, const QList<ActivityPattern> &patterns)
{
    QTextStream &out = ctx.out();
    if (patterns.isEmpty()) {
        out << "No patterns." << Qt::endl;
        return;
    }
    for (const ActivityPattern &p : patterns) {
        out << "Pattern " << p.id << ": " << p.patternType() << (p.active ? "" : " (inactive)") << Qt::endl;
        out << "  task types:      " << p.taskTypes.join(QStringLiteral(", ")) << Qt::endl;
        out << "  when:            " << p.describeEnglish() << Qt::endl;
        out << "  frequency:       " << p.frequency << Qt::endl;
        out << "  confidence:      " << QString::number(p.confidence, 'f', 3) << "  (seen " << p.occurrences
            << " of " << p.opportunities << " times = " << QString::number(p.hitRate * 100.0, 'f', 1)
            << "%; chance alone " << QString::number(p.chanceRate * 100.0, 'f', 1) << "%)" << Qt::endl;
        out << "  detections:      " << (p.storedDetectionCount > 0 ? p.storedDetectionCount : p.occurrences)
            << "  first " << isoOrEmpty(p.firstDetectedAt) << ", last " << isoOrEmpty(p.lastDetectedAt) << Qt::endl;
        for (const TimeWindow &w : p.timeWindows) {
            out << "  time window:     " << QString::number(w.startHour).rightJustified(2, u'0') << ":00–"
                << QString::number(w.endHour).rightJustified(2, u'0') << ":00 UTC";
            if (w.minute >= 0)
                out << ", minute " << w.minute;
            if (!w.daysOfWeek.isEmpty()) {
                QStringList d;
                for (int v : w.daysOfWeek)
                    d << QString::number(v);
                out << ", weekdays " << d.join(u',');
            }
            if (!w.daysOfMonth.isEmpty()) {
                QStringList d;
                for (int v : w.daysOfMonth)
                    d << QString::number(v);
                out << ", days of month " << d.join(u',');
            }
            out << Qt::endl;
        }
        if (p.kind == PatternKind::Correlation)
            out << "  typical delay:   " << QString::number(p.delayMinutes, 'f', 1) << " min (spread "
                << QString::number(p.delaySpreadMinutes, 'f', 1) << " min) within " << p.windowMinutes << " min"
                << Qt::endl;
        if (p.kind == PatternKind::ResourceUsage)
            out << "  demand:          peak " << QString::number(p.metrics.value(QStringLiteral("peak_average")).toDouble(), 'f', 2)
                << " vs average " << QString::number(p.metrics.value(QStringLiteral("overall_average")).toDouble(), 'f', 2)
                << " " << p.metrics.value(QStringLiteral("unit")).toString() << Qt::endl;
        out << "  recommendation:  " << p.recommendation() << " — " << p.recommendationReasonEnglish() << Qt::endl;
        if (!p.evidenceTaskIds.isEmpty()) {
            QStringList ids;
            for (qint64 id : p.evidenceTaskIds.mid(0, 12))
                ids << QString::number(id);
            out << "  evidence tasks:  " << ids.join(QStringLiteral(", "))
                << (p.evidenceTaskIds.size() > 12 ? QStringLiteral(", …") : QString()) << Qt::endl;
        }
        out << Qt::endl;
    }
}

} // namespace rulecast::cli
