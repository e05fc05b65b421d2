#include "activitypattern.h"

#include "circularstats.h"
#include "phrase.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace rulecast {

namespace {

struct KindName
{
    PatternKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {PatternKind::Daily, "daily_recurring"},
    {PatternKind::Weekly, "weekly_recurring"},
    {PatternKind::Monthly, "monthly_recurring"},
    {PatternKind::Interval, "interval_recurring"},
    {PatternKind::Correlation, "task_correlation"},
    {PatternKind::ResourceUsage, "resource_usage"},
};

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

QList<int> intList(const QJsonValue &value)
{
    QList<int> out;
    const QJsonArray a = value.toArray();
    for (const QJsonValue &v : a)
        out.append(v.toInt());
    return out;
}

QString hhmm(double minuteOfDay)
{
    const int m = int(std::lround(circular::wrap(minuteOfDay, 1440.0))) % 1440;
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString twoDigits(int value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); }

// The sentences below are in the "ActivityPattern" context: describeText()
// renders them in the user's language, describeEnglish() as stored.
LocalizedText text(const char *source, int n = -1) { return LocalizedText("ActivityPattern", source, n); }

} // namespace

LocalizedText weekdayAbbreviations(const QList<int> &days)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ActivityPattern", "Sun"), QT_TRANSLATE_NOOP("ActivityPattern", "Mon"),
        QT_TRANSLATE_NOOP("ActivityPattern", "Tue"), QT_TRANSLATE_NOOP("ActivityPattern", "Wed"),
        QT_TRANSLATE_NOOP("ActivityPattern", "Thu"), QT_TRANSLATE_NOOP("ActivityPattern", "Fri"),
        QT_TRANSLATE_NOOP("ActivityPattern", "Sat")};
    QList<LocalizedText> out;
    for (int d : days)
        out << text(names[((d % 7) + 7) % 7]);
    return LocalizedText::joined(out, "ActivityPattern", QT_TRANSLATE_NOOP("ActivityPattern", ", "));
}

namespace {

QString joinInts(const QList<int> &values)
{
    QStringList out;
    for (int v : values)
        out << QString::number(v);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString patternTypeName(PatternKind kind)
{
    for (const KindName &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

QString patternKindLabel(PatternKind kind)
{
    // Context "PatternTypeLabel": the GUI's tooltip shares it (gui/models/patterntypelabel.h).
    switch (kind) {
    case PatternKind::Daily: return phrase("PatternTypeLabel", QT_TRANSLATE_NOOP("PatternTypeLabel", "daily recurring"));
    case PatternKind::Weekly: return phrase("PatternTypeLabel", QT_TRANSLATE_NOOP("PatternTypeLabel", "weekly recurring"));
    case PatternKind::Monthly: return phrase("PatternTypeLabel", QT_TRANSLATE_NOOP("PatternTypeLabel", "monthly recurring"));
    case PatternKind::Interval:
        return phrase("PatternTypeLabel", QT_TRANSLATE_NOOP("PatternTypeLabel", "recurring at an interval"));
    case PatternKind::Correlation: return phrase("PatternTypeLabel", QT_TRANSLATE_NOOP("PatternTypeLabel", "task correlation"));
    case PatternKind::ResourceUsage: return phrase("PatternTypeLabel", QT_TRANSLATE_NOOP("PatternTypeLabel", "resource usage"));
    }
    return patternTypeName(kind);
}

QString patternTypeLabel(const QString &patternType)
{
    const std::optional<PatternKind> kind = patternKindFromName(patternType);
    return kind ? patternKindLabel(*kind) : patternType;
}

std::optional<PatternKind> patternKindFromName(const QString &name)
{
    for (const KindName &k : kKindNames)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QStringList patternTypeNames()
{
    QStringList out;
    for (const KindName &k : kKindNames)
        out << QString::fromLatin1(k.name);
    return out;
}

QJsonObject TimeWindow::toJson() const
{
    QJsonObject o{{QStringLiteral("start_hour"), startHour}, {QStringLiteral("end_hour"), endHour}};
    if (minute >= 0)
        o.insert(QStringLiteral("minute"), minute);
    if (!daysOfWeek.isEmpty())
        o.insert(QStringLiteral("days_of_week"), intArray(daysOfWeek));
    if (!daysOfMonth.isEmpty())
        o.insert(QStringLiteral("days_of_month"), intArray(daysOfMonth));
    return o;
}

TimeWindow TimeWindow::fromJson(const QJsonObject &o)
{
    TimeWindow w;
    w.startHour = o.value(QStringLiteral("start_hour")).toInt();
    w.endHour = o.value(QStringLiteral("end_hour")).toInt();
    w.minute = o.value(QStringLiteral("minute")).toInt(-1);
    w.daysOfWeek = intList(o.value(QStringLiteral("days_of_week")));
    w.daysOfMonth = intList(o.value(QStringLiteral("days_of_month")));
    return w;
}

bool TimeWindow::operator==(const TimeWindow &o) const
{
    return startHour == o.startHour && endHour == o.endHour && minute == o.minute
           && daysOfWeek == o.daysOfWeek && daysOfMonth == o.daysOfMonth;
}

QString ActivityPattern::recommendation() const
{
    // A load peak is not something to schedule; it is something to look at.
    if (kind == PatternKind::ResourceUsage)
        return QStringLiteral("investigate_further");
    return confidence >= kCreateRuleConfidence ? QStringLiteral("create_rule")
                                               : QStringLiteral("investigate_further");
}

LocalizedText ActivityPattern::recommendationReasonText() const
{
    if (kind == PatternKind::ResourceUsage)
        return text(QT_TRANSLATE_NOOP("ActivityPattern",
                                      "recurring load peak: consider optimize-resource-schedule to spread work away from it"));
    if (confidence >= kCreateRuleConfidence)
        return text(QT_TRANSLATE_NOOP("ActivityPattern", "regular enough (confidence %1 >= %2) to become a scheduling rule"))
            .arg(confidence, 2)
            .arg(kCreateRuleConfidence, 2);
    return text(QT_TRANSLATE_NOOP("ActivityPattern",
                                  "confidence %1 is below %2: watch it over a longer window before automating it"))
        .arg(confidence, 2)
        .arg(kCreateRuleConfidence, 2);
}

QString ActivityPattern::recommendationReason() const { return recommendationReasonText().toString(); }

QString ActivityPattern::recommendationReasonEnglish() const { return recommendationReasonText().toEnglish(); }

LocalizedText ActivityPattern::describeText() const
{
    // The spread wraps the whole sentence: "every day at 09:30 UTC (±3.0 min)".
    const auto withSpread = [this](const LocalizedText &when) {
        return spreadMinutes > 0 ? text(QT_TRANSLATE_NOOP("ActivityPattern", "%1 (±%2 min)")).arg(when).arg(spreadMinutes, 1)
                                 : when;
    };
    switch (kind) {
    case PatternKind::Daily:
        return withSpread(text(QT_TRANSLATE_NOOP("ActivityPattern", "every day at %1 UTC")).arg(hhmm(minuteOfDay)));
    case PatternKind::Weekly:
        return withSpread(text(QT_TRANSLATE_NOOP("ActivityPattern", "%1 at %2 UTC"))
                              .arg(weekdayAbbreviations(timeWindows.value(0).daysOfWeek))
                              .arg(hhmm(minuteOfDay)));
    case PatternKind::Monthly: {
        // English says "day 1, 15 of the month" whatever the count; other
        // languages may need a plural.
        const QList<int> days = timeWindows.value(0).daysOfMonth;
        return withSpread(text(QT_TRANSLATE_N_NOOP("ActivityPattern", "day %1 of the month at %2 UTC"), int(days.size()))
                              .arg(joinInts(days))
                              .arg(hhmm(minuteOfDay)));
    }
    case PatternKind::Interval: {
        const TimeWindow w = timeWindows.value(0);
        const LocalizedText hours =
            (w.endHour - w.startHour + 24) % 24 == 0
                ? text(QT_TRANSLATE_NOOP("ActivityPattern", "all day"))
                : text(QT_TRANSLATE_NOOP("ActivityPattern", "%1:00–%2:00 UTC")).arg(twoDigits(w.startHour)).arg(twoDigits(w.endHour));
        const LocalizedText every =
            periodMinutes % 60 == 0
                ? (periodMinutes == 60 ? text(QT_TRANSLATE_NOOP("ActivityPattern", "every hour"))
                                       : text(QT_TRANSLATE_N_NOOP("ActivityPattern", "every %n hour(s)"), periodMinutes / 60))
                : text(QT_TRANSLATE_NOOP("ActivityPattern", "every %1 minutes")).arg(periodMinutes);
        return withSpread(text(QT_TRANSLATE_NOOP("ActivityPattern", "%1 at +%2 min, %3"))
                              .arg(every)
                              .arg(qint64(std::lround(minuteOfDay)))
                              .arg(hours));
    }
    case PatternKind::Correlation:
        return text(QT_TRANSLATE_NOOP("ActivityPattern", "%1 starts about %2 min after %3 (within %4 min)"))
            .arg(taskTypes.value(1))
            .arg(delayMinutes, 1)
            .arg(taskTypes.value(0))
            .arg(windowMinutes);
    case PatternKind::ResourceUsage: {
        QList<LocalizedText> blocks;
        for (const TimeWindow &w : timeWindows)
            blocks << LocalizedText::verbatim(twoDigits(w.startHour) + QStringLiteral("–") + twoDigits(w.endHour)
                                              + QStringLiteral("h"));
        return text(QT_TRANSLATE_NOOP("ActivityPattern", "%1 demand peaks at %2 UTC (%3x the average)"))
            .arg(metrics.value(QStringLiteral("metric")).toString())
            .arg(LocalizedText::joined(blocks, "ActivityPattern", QT_TRANSLATE_NOOP("ActivityPattern", ", ")))
            .arg(metrics.value(QStringLiteral("peak_to_average")).toDouble(), 1);
    }
    }
    return {};
}

QString ActivityPattern::describe() const { return describeText().toString(); }

QString ActivityPattern::describeEnglish() const { return describeText().toEnglish(); }

QJsonObject ActivityPattern::toPatternData() const
{
    QJsonObject o;
    o.insert(QStringLiteral("frequency"), frequency);
    o.insert(QStringLiteral("task_types"), QJsonArray::fromStringList(taskTypes));
    QJsonArray windows;
    for (const TimeWindow &w : timeWindows)
        windows.append(w.toJson());
    o.insert(QStringLiteral("time_windows"), windows);
    o.insert(QStringLiteral("description"), describeEnglish());
    o.insert(QStringLiteral("occurrences"), occurrences);
    o.insert(QStringLiteral("opportunities"), opportunities);
    o.insert(QStringLiteral("hit_rate"), hitRate);
    o.insert(QStringLiteral("chance_rate"), chanceRate);
    if (minuteOfDay >= 0)
        o.insert(kind == PatternKind::Interval ? QStringLiteral("phase_minutes") : QStringLiteral("typical_minute_of_day"),
                 minuteOfDay);
    if (kind != PatternKind::ResourceUsage && kind != PatternKind::Correlation) {
        o.insert(QStringLiteral("spread_minutes"), spreadMinutes);
        o.insert(QStringLiteral("tolerance_minutes"), toleranceMinutes);
    }
    if (kind == PatternKind::Interval)
        o.insert(QStringLiteral("period_minutes"), periodMinutes);
    if (kind == PatternKind::Correlation) {
        o.insert(QStringLiteral("predecessor"), taskTypes.value(0));
        o.insert(QStringLiteral("successor"), taskTypes.value(1));
        o.insert(QStringLiteral("correlation_strength"), confidence);
        o.insert(QStringLiteral("typical_delay_minutes"), delayMinutes);
        o.insert(QStringLiteral("delay_spread_minutes"), delaySpreadMinutes);
        o.insert(QStringLiteral("window_minutes"), windowMinutes);
    }
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        o.insert(it.key(), it.value());
    QJsonArray evidence;
    for (qint64 id : evidenceTaskIds.mid(0, kMaxStoredEvidence))
        evidence.append(id);
    o.insert(QStringLiteral("evidence_task_ids"), evidence);
    o.insert(QStringLiteral("analyzed_from"), timeformat::toIsoUtc(analyzedFrom));
    o.insert(QStringLiteral("analyzed_until"), timeformat::toIsoUtc(analyzedUntil));
    o.insert(QStringLiteral("recommendation"),
             QJsonObject{{QStringLiteral("type"), recommendation()}, {QStringLiteral("reason"), recommendationReasonEnglish()}});
    return o;
}

Result<ActivityPattern> ActivityPattern::fromStored(const QString &patternType, const QJsonObject &o,
                                                    const QString &where)
{
    const std::optional<PatternKind> kind = patternKindFromName(patternType);
    if (!kind)
        return Result<ActivityPattern>::failure(
            QStringLiteral("%1: pattern_type '%2' is not one of %3")
                .arg(where, patternType, patternTypeNames().join(QLatin1Char('|'))));
    if (!o.value(QStringLiteral("task_types")).isArray())
        return Result<ActivityPattern>::failure(
            QStringLiteral("%1: pattern_data.task_types: expected an array of task type names").arg(where));
    ActivityPattern p;
    p.kind = *kind;
    for (const QJsonValue &v : o.value(QStringLiteral("task_types")).toArray())
        p.taskTypes << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("time_windows")).toArray())
        p.timeWindows << TimeWindow::fromJson(v.toObject());
    p.frequency = o.value(QStringLiteral("frequency")).toString();
    p.occurrences = o.value(QStringLiteral("occurrences")).toInteger();
    p.opportunities = o.value(QStringLiteral("opportunities")).toInteger();
    p.hitRate = o.value(QStringLiteral("hit_rate")).toDouble();
    p.chanceRate = o.value(QStringLiteral("chance_rate")).toDouble();
    p.minuteOfDay = o.value(p.kind == PatternKind::Interval ? QStringLiteral("phase_minutes")
                                                            : QStringLiteral("typical_minute_of_day"))
                        .toDouble(-1.0);
    // Rows written by banana-bun carry only time_windows: take the hour.
    if (p.minuteOfDay < 0 && !p.timeWindows.isEmpty() && p.kind != PatternKind::Interval
        && p.kind != PatternKind::ResourceUsage && p.kind != PatternKind::Correlation)
        p.minuteOfDay = p.timeWindows.first().startHour * 60.0 + std::max(0, p.timeWindows.first().minute);
    p.spreadMinutes = o.value(QStringLiteral("spread_minutes")).toDouble();
    p.toleranceMinutes = o.value(QStringLiteral("tolerance_minutes")).toInt();
    p.periodMinutes = o.value(QStringLiteral("period_minutes")).toInt();
    p.delayMinutes = o.value(QStringLiteral("typical_delay_minutes")).toDouble();
    p.delaySpreadMinutes = o.value(QStringLiteral("delay_spread_minutes")).toDouble();
    p.windowMinutes = o.value(QStringLiteral("window_minutes")).toInt();
    // The kind-specific figures the detectors put into metrics.
    for (const QString &key : {QStringLiteral("metric"), QStringLiteral("peak_hours"), QStringLiteral("peak_to_average"),
                               QStringLiteral("hourly_profile"), QStringLiteral("weekday_profile"),
                               QStringLiteral("peak_average"), QStringLiteral("overall_average"), QStringLiteral("unit"),
                               QStringLiteral("weeks_showing"), QStringLiteral("weeks"), QStringLiteral("months_showing"),
                               QStringLiteral("months"), QStringLiteral("successor_preceded_share")})
        if (o.contains(key))
            p.metrics.insert(key, o.value(key));
    for (const QJsonValue &v : o.value(QStringLiteral("evidence_task_ids")).toArray())
        p.evidenceTaskIds << v.toInteger();
    if (const auto t = timeformat::parse(o.value(QStringLiteral("analyzed_from")).toString()))
        p.analyzedFrom = *t;
    if (const auto t = timeformat::parse(o.value(QStringLiteral("analyzed_until")).toString()))
        p.analyzedUntil = *t;
    return p;
}

std::optional<double> behaviourDistance(const ActivityPattern &a, const ActivityPattern &b, double tolerance)
{
    if (a.kind != b.kind)
        return std::nullopt;
    if (a.kind == PatternKind::Correlation) {
        // Order matters: "B after A" is not "A after B".
        if (a.taskTypes != b.taskTypes)
            return std::nullopt;
        return std::fabs(a.delayMinutes - b.delayMinutes) <= tolerance
                   ? std::optional<double>(std::fabs(a.delayMinutes - b.delayMinutes))
                   : std::nullopt;
    }
    QStringList ta = a.taskTypes, tb = b.taskTypes;
    ta.sort();
    tb.sort();
    if (a.kind != PatternKind::ResourceUsage && ta != tb)
        return std::nullopt;
    const TimeWindow wa = a.timeWindows.value(0), wb = b.timeWindows.value(0);
    switch (a.kind) {
    case PatternKind::Daily:
    case PatternKind::Weekly:
    case PatternKind::Monthly: {
        if (wa.daysOfWeek != wb.daysOfWeek || wa.daysOfMonth != wb.daysOfMonth)
            return std::nullopt;
        const double d = circular::distance(a.minuteOfDay, b.minuteOfDay, 1440.0);
        return d <= tolerance ? std::optional<double>(d) : std::nullopt;
    }
    case PatternKind::Interval: {
        if (a.periodMinutes != b.periodMinutes || a.periodMinutes <= 0)
            return std::nullopt;
        const double d = circular::distance(a.minuteOfDay, b.minuteOfDay, double(a.periodMinutes));
        return d <= std::min(tolerance, a.periodMinutes / 4.0) ? std::optional<double>(d) : std::nullopt;
    }
    case PatternKind::ResourceUsage: {
        if (a.metrics.value(QStringLiteral("metric")) != b.metrics.value(QStringLiteral("metric")))
            return std::nullopt;
        QSet<int> ha, hb;
        for (const QJsonValue &v : a.metrics.value(QStringLiteral("peak_hours")).toArray())
            ha.insert(v.toInt());
        for (const QJsonValue &v : b.metrics.value(QStringLiteral("peak_hours")).toArray())
            hb.insert(v.toInt());
        const QSet<int> both = QSet<int>(ha).intersect(hb);
        const QSet<int> either = QSet<int>(ha).unite(hb);
        const double jaccard = either.isEmpty() ? 0.0 : double(both.size()) / double(either.size());
        return jaccard >= 0.5 ? std::optional<double>((1.0 - jaccard) * 60.0) : std::nullopt;
    }
    case PatternKind::Correlation:
        break;
    }
    return std::nullopt;
}

} // namespace rulecast
