#include "activitypattern.h"

#include "circularstats.h"
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

QString weekdayNames(const QList<int> &days)
{
    static const char *names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    QStringList out;
    for (int d : days)
        out << QString::fromLatin1(names[((d % 7) + 7) % 7]);
    return out.join(QStringLiteral(", "));
}

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

QString ActivityPattern::recommendationReason() const
{
    if (kind == PatternKind::ResourceUsage)
        return QStringLiteral("recurring load peak: consider optimize-resource-schedule to spread work away from it");
    if (confidence >= kCreateRuleConfidence)
        return QStringLiteral("regular enough (confidence %1 >= %2) to become a scheduling rule")
            .arg(confidence, 0, 'f', 2)
            .arg(kCreateRuleConfidence, 0, 'f', 2);
    return QStringLiteral("confidence %1 is below %2: watch it over a longer window before automating it")
        .arg(confidence, 0, 'f', 2)
        .arg(kCreateRuleConfidence, 0, 'f', 2);
}

QString ActivityPattern::describe() const
{
    const QString spread = spreadMinutes > 0 ? QStringLiteral(" (±%1 min)").arg(spreadMinutes, 0, 'f', 1) : QString();
    switch (kind) {
    case PatternKind::Daily:
        return QStringLiteral("every day at %1 UTC%2").arg(hhmm(minuteOfDay), spread);
    case PatternKind::Weekly:
        return QStringLiteral("%1 at %2 UTC%3")
            .arg(weekdayNames(timeWindows.value(0).daysOfWeek), hhmm(minuteOfDay), spread);
    case PatternKind::Monthly:
        return QStringLiteral("day %1 of the month at %2 UTC%3")
            .arg(joinInts(timeWindows.value(0).daysOfMonth), hhmm(minuteOfDay), spread);
    case PatternKind::Interval: {
        const TimeWindow w = timeWindows.value(0);
        const QString hours = (w.endHour - w.startHour + 24) % 24 == 0
                                  ? QStringLiteral("all day")
                                  : QStringLiteral("%1:00–%2:00 UTC").arg(w.startHour, 2, 10, QLatin1Char('0'))
                                        .arg(w.endHour, 2, 10, QLatin1Char('0'));
        const QString every = periodMinutes % 60 == 0
                                  ? (periodMinutes == 60 ? QStringLiteral("every hour")
                                                         : QStringLiteral("every %1 hours").arg(periodMinutes / 60))
                                  : QStringLiteral("every %1 minutes").arg(periodMinutes);
        return QStringLiteral("%1 at +%2 min, %3%4").arg(every).arg(std::lround(minuteOfDay)).arg(hours, spread);
    }
    case PatternKind::Correlation:
        return QStringLiteral("%1 starts about %2 min after %3 (within %4 min)")
            .arg(taskTypes.value(1))
            .arg(delayMinutes, 0, 'f', 1)
            .arg(taskTypes.value(0))
            .arg(windowMinutes);
    case PatternKind::ResourceUsage: {
        QStringList blocks;
        for (const TimeWindow &w : timeWindows)
            blocks << QStringLiteral("%1–%2h").arg(w.startHour, 2, 10, QLatin1Char('0')).arg(w.endHour, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1 demand peaks at %2 UTC (%3x the average)")
            .arg(metrics.value(QStringLiteral("metric")).toString(), blocks.join(QStringLiteral(", ")))
            .arg(metrics.value(QStringLiteral("peak_to_average")).toDouble(), 0, 'f', 1);
    }
    }
    return {};
}

QJsonObject ActivityPattern::toPatternData() const
{
    QJsonObject o;
    o.insert(QStringLiteral("frequency"), frequency);
    o.insert(QStringLiteral("task_types"), QJsonArray::fromStringList(taskTypes));
    QJsonArray windows;
    for (const TimeWindow &w : timeWindows)
        windows.append(w.toJson());
    o.insert(QStringLiteral("time_windows"), windows);
    o.insert(QStringLiteral("description"), describe());
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
             QJsonObject{{QStringLiteral("type"), recommendation()}, {QStringLiteral("reason"), recommendationReason()}});
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
