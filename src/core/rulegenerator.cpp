#include "rulegenerator.h"

#include "core/crondescription.h"
#include "core/cronexpression.h"
#include "core/cronshift.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <cmath>
#include <map>

namespace rulecast {

namespace {

QString hhmm(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

// Rule names, descriptions and skip reasons are in the "RuleGenerator"
// context. Names and descriptions are the user's labels, stored as written:
// in the language of the program that generates them (the desktop app's, or
// English in the CLI, which generates inside an EnglishOnly scope).
LocalizedText text(const char *source) { return LocalizedText("RuleGenerator", source); }

QString joinInts(const QList<int> &values)
{
    QStringList out;
    for (int v : values)
        out << QString::number(v);
    return out.join(u',');
}

QVector<int> toVector(const QList<int> &values)
{
    QVector<int> v(values.begin(), values.end());
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

// A weekday field as people write it: `*`, a range `1-5`, else a list `1,3,5`.
QString weekdayField(const QList<int> &days)
{
    const QVector<int> v = toVector(days);
    if (v.size() == 7)
        return QStringLiteral("*");
    if (v.size() >= 3 && v.last() - v.first() == v.size() - 1)
        return QStringLiteral("%1-%2").arg(v.first()).arg(v.last());
    return joinInts(QList<int>(v.begin(), v.end()));
}

int patternMinute(const ActivityPattern &p)
{
    return int(std::lround(p.minuteOfDay)) % 1440;
}

qint64 detections(const ActivityPattern &p)
{
    return p.storedDetectionCount > 0 ? p.storedDetectionCount : p.occurrences;
}

QStringList intervalCrons(const ActivityPattern &p, int maxRules, LocalizedText *why)
{
    const int period = p.periodMinutes;
    if (period <= 0 || 1440 % period != 0) {
        *why = text(QT_TRANSLATE_NOOP("RuleGenerator",
                                      "its period of %1 minutes does not divide a day, so no cron rule repeats it exactly"))
                   .arg(period);
        return {};
    }
    const TimeWindow w = p.timeWindows.value(0);
    const bool allDay = (w.endHour - w.startHour + 24) % 24 == 0;
    const auto inWindow = [&](int h) {
        if (allDay)
            return true;
        return w.startHour < w.endHour ? (h >= w.startHour && h < w.endHour) : (h >= w.startHour || h < w.endHour);
    };
    // The runs of one day (the phase counts from the epoch, and the period
    // divides a day, so every day has the same runs), grouped into hours
    // that fire at the same minutes: one cron rule per group.
    std::map<int, QVector<int>> minutesByHour;
    const int phase = int(std::lround(p.minuteOfDay)) % period;
    for (int m = phase; m < 1440; m += period)
        if (inWindow(m / 60))
            minutesByHour[m / 60].append(m % 60);
    std::map<QVector<int>, QVector<int>> hoursByMinutes;
    for (const auto &[hour, minutes] : minutesByHour)
        hoursByMinutes[minutes].append(hour);
    if (hoursByMinutes.empty()) {
        *why = text(QT_TRANSLATE_NOOP("RuleGenerator", "no run falls inside its time window"));
        return {};
    }
    if (int(hoursByMinutes.size()) > maxRules) {
        *why = text(QT_TRANSLATE_NOOP("RuleGenerator", "it needs %1 cron rules, more than max_rules_per_pattern (%2)"))
                   .arg(qint64(hoursByMinutes.size()))
                   .arg(maxRules);
        return {};
    }
    const QString dow = w.daysOfWeek.isEmpty() ? QStringLiteral("*") : weekdayField(w.daysOfWeek);
    QStringList crons;
    for (const auto &[minutes, hours] : hoursByMinutes)
        crons << CronShape::formatField(minutes, 59) + u' ' + CronShape::formatField(hours, 23) + QStringLiteral(" * * ") + dow;
    return crons;
}

LocalizedText cronName(const ActivityPattern &p, const QString &type, int index, int count)
{
    const int m = patternMinute(p);
    LocalizedText name;
    switch (p.kind) {
    case PatternKind::Daily:
        name = text(QT_TRANSLATE_NOOP("RuleGenerator", "%1 daily at %2")).arg(type).arg(hhmm(m));
        break;
    case PatternKind::Weekly:
        name = text(QT_TRANSLATE_NOOP("RuleGenerator", "%1 on %2 at %3"))
                   .arg(type)
                   .arg(weekdayAbbreviations(p.timeWindows.value(0).daysOfWeek))
                   .arg(hhmm(m));
        break;
    case PatternKind::Monthly:
        name = text(QT_TRANSLATE_NOOP("RuleGenerator", "%1 monthly on day %2 at %3"))
                   .arg(type)
                   .arg(joinInts(p.timeWindows.value(0).daysOfMonth))
                   .arg(hhmm(m));
        break;
    case PatternKind::Interval:
        name = p.periodMinutes % 60 == 0
                   ? text(QT_TRANSLATE_NOOP("RuleGenerator", "%1 every %2 h")).arg(type).arg(p.periodMinutes / 60)
                   : text(QT_TRANSLATE_NOOP("RuleGenerator", "%1 every %2 min")).arg(type).arg(p.periodMinutes);
        break;
    default:
        name = LocalizedText::verbatim(type);
    }
    return count > 1 ? text(QT_TRANSLATE_NOOP("RuleGenerator", "%1 (%2 of %3)")).arg(name).arg(index + 1).arg(count) : name;
}

LocalizedText evidenceText(const ActivityPattern &p)
{
    const char *sentence =
        p.kind == PatternKind::Daily     ? QT_TRANSLATE_NOOP("RuleGenerator", "seen on %1 of %2 days (confidence %3)")
        : p.kind == PatternKind::Weekly  ? QT_TRANSLATE_NOOP("RuleGenerator", "seen on %1 of %2 of those weekdays (confidence %3)")
        : p.kind == PatternKind::Monthly ? QT_TRANSLATE_NOOP("RuleGenerator",
                                                             "seen on %1 of %2 of those days of the month (confidence %3)")
                                         : QT_TRANSLATE_NOOP("RuleGenerator", "seen on %1 of %2 expected runs (confidence %3)");
    return text(sentence).arg(p.occurrences).arg(p.opportunities).arg(p.confidence, 2);
}

bool isCalendar(PatternKind k)
{
    return k == PatternKind::Daily || k == PatternKind::Weekly || k == PatternKind::Monthly || k == PatternKind::Interval;
}

} // namespace

QString SchedulingRule::actionType() const
{
    return isAfterRule() ? QStringLiteral("run_after") : QStringLiteral("run_task");
}

QJsonObject SchedulingRule::actionData() const
{
    QJsonObject o{{QStringLiteral("task_type"), taskType}};
    if (isAfterRule()) {
        o.insert(QStringLiteral("after_task_type"), afterTaskType);
        o.insert(QStringLiteral("delay_minutes"), delayMinutes);
        o.insert(QStringLiteral("window_minutes"), windowMinutes);
    }
    return o;
}

void SchedulingRule::setAction(const QString &type, const QJsonObject &data)
{
    for (const char *key : {"task_type", "type"}) {
        const QString t = data.value(QLatin1String(key)).toString();
        if (!t.isEmpty()) {
            taskType = t;
            break;
        }
    }
    if (type == QLatin1String("run_after")) {
        afterTaskType = data.value(QStringLiteral("after_task_type")).toString();
        delayMinutes = data.value(QStringLiteral("delay_minutes")).toInt();
        windowMinutes = data.value(QStringLiteral("window_minutes")).toInt();
    }
}

int RuleGenerator::priorityFor(double confidence, qint64 detectionCount)
{
    const double raw = 80.0 * confidence + double(std::min<qint64>(detectionCount, 20));
    return std::clamp(int(std::lround(raw)), 1, 100);
}

QStringList RuleGenerator::cronsFor(const ActivityPattern &p, int maxRules, LocalizedText *why)
{
    const int m = patternMinute(p);
    const QString time = QStringLiteral("%1 %2 ").arg(m % 60).arg(m / 60);
    const TimeWindow w = p.timeWindows.value(0);
    switch (p.kind) {
    case PatternKind::Daily:
        if (p.minuteOfDay < 0)
            break;
        return {time + QStringLiteral("* * *")};
    case PatternKind::Weekly:
        if (p.minuteOfDay < 0 || w.daysOfWeek.isEmpty())
            break;
        return {time + QStringLiteral("* * ") + weekdayField(w.daysOfWeek)};
    case PatternKind::Monthly:
        if (p.minuteOfDay < 0 || w.daysOfMonth.isEmpty())
            break;
    {
        const QVector<int> days = toVector(w.daysOfMonth);
        return {time + joinInts(QList<int>(days.begin(), days.end())) + QStringLiteral(" * *")};
    }
    case PatternKind::Interval:
        return intervalCrons(p, maxRules, why);
    case PatternKind::Correlation:
        *why = text(QT_TRANSLATE_NOOP("RuleGenerator", "a correlation is started by its predecessor, not by the clock"));
        return {};
    case PatternKind::ResourceUsage:
        *why = text(QT_TRANSLATE_NOOP("RuleGenerator", "resource-usage patterns describe load, not work to start"));
        return {};
    }
    *why = text(QT_TRANSLATE_NOOP("RuleGenerator", "the pattern has no typical time"));
    return {};
}

QString RuleGenerator::shiftCron(const QString &cron, int minutes)
{
    const Result<CronExpression> e = CronExpression::parse(cron);
    if (!e)
        return cron;
    const Result<CronShape> shape = CronShape::fromExpression(e.value());
    if (!shape)
        return cron;
    const int d = ((minutes % 1440) + 1440) % 1440;
    int dm = d % 60;
    int dh = d / 60;
    // A single minute carries into the hour (02:58 + 6 min = 03:04); a set of
    // minutes rotates within the hour and keeps its runs per hour.
    if (shape->minuteList().size() == 1 && shape->minuteList().first() + dm >= 60)
        ++dh;
    return shape->shiftedText(dm % 60, dh % 24);
}

GeneratedRules RuleGenerator::generate(const QList<ActivityPattern> &patterns, const QList<SchedulingRule> &existing,
                                       const QHash<qint64, qint64> &medianSeconds) const
{
    GeneratedRules out;
    QList<const ActivityPattern *> candidates;
    for (const ActivityPattern &p : patterns) {
        if (!m_options.patternIds.isEmpty() && !m_options.patternIds.contains(p.id))
            continue;
        if (!p.active) {
            out.skipped.append({p.id, text(QT_TRANSLATE_NOOP("RuleGenerator", "the pattern is inactive"))});
            continue;
        }
        if (p.confidence < m_options.minConfidence) {
            out.skipped.append({p.id, text(QT_TRANSLATE_NOOP("RuleGenerator", "confidence %1 is below %2"))
                                          .arg(p.confidence, 2)
                                          .arg(m_options.minConfidence, 2)});
            continue;
        }
        candidates.append(&p);
    }
    // Clock-driven rules first, so a correlation can take its predecessor's
    // time from a rule made in the same run.
    std::stable_sort(candidates.begin(), candidates.end(), [](const ActivityPattern *a, const ActivityPattern *b) {
        return (a->kind == PatternKind::Correlation) < (b->kind == PatternKind::Correlation);
    });

    const auto known = [&](const std::function<bool(const SchedulingRule &)> &match) -> const SchedulingRule * {
        for (const SchedulingRule &r : existing)
            if (match(r))
                return &r;
        for (const SchedulingRule &r : out.rules)
            if (match(r))
                return &r;
        return nullptr;
    };

    for (const ActivityPattern *pp : candidates) {
        const ActivityPattern &p = *pp;
        SchedulingRule base;
        base.patternId = p.id;
        base.confidence = p.confidence;
        base.priority = priorityFor(p.confidence, detections(p));
        base.enabled = m_options.autoEnable || p.confidence >= kAutoEnableConfidence;
        base.estimatedDurationSeconds = medianSeconds.value(p.id, -1);

        if (p.kind == PatternKind::Correlation) {
            const QString before = p.taskTypes.value(0);
            const QString after = p.taskTypes.value(1);
            if (const SchedulingRule *dup = known([&](const SchedulingRule &r) {
                    return r.isAfterRule() && (r.patternId == p.id || (r.taskType == after && r.afterTaskType == before));
                })) {
                out.skipped.append({p.id, text(QT_TRANSLATE_NOOP("RuleGenerator", "rule #%1 '%2' already runs it"))
                                              .arg(QString::number(dup->id))
                                              .arg(dup->name)});
                continue;
            }
            base.taskType = after;
            base.afterTaskType = before;
            base.delayMinutes = int(std::lround(p.delayMinutes));
            base.windowMinutes = p.windowMinutes;
            base.name = text(QT_TRANSLATE_NOOP("RuleGenerator", "%1 after %2")).arg(after).arg(before).toString();
            // The cron column holds when the successor is expected: the
            // predecessor's schedule moved by the delay (from its rule, else
            // its most confident calendar pattern). The action is the trigger.
            QString predecessorCron;
            if (const SchedulingRule *r = known([&](const SchedulingRule &r) {
                    return r.enabled && !r.isAfterRule() && r.taskType == before;
                }))
                predecessorCron = r->cron;
            const ActivityPattern *best = nullptr;
            for (const ActivityPattern &q : patterns)
                if (predecessorCron.isEmpty() && q.active && isCalendar(q.kind) && q.taskTypes.value(0) == before &&
                    (!best || q.confidence > best->confidence))
                    best = &q;
            if (best) {
                LocalizedText ignored;
                predecessorCron = cronsFor(*best, 1, &ignored).value(0);
            }
            base.cron = predecessorCron.isEmpty() ? neverFiringCron() : shiftCron(predecessorCron, base.delayMinutes);
            base.description =
                text(QT_TRANSLATE_NOOP("RuleGenerator", "run %1 %2 min after each %3 — %3 was followed by %1 within %4 "
                                                        "min %5 of %6 times (confidence %7)"))
                    .arg(after)
                    .arg(base.delayMinutes)
                    .arg(before)
                    .arg(p.windowMinutes)
                    .arg(p.occurrences)
                    .arg(p.opportunities)
                    .arg(p.confidence, 2)
                    .toString();
            out.rules.append(base);
            continue;
        }

        LocalizedText why;
        const QStringList crons = cronsFor(p, m_options.maxRulesPerPattern, &why);
        if (crons.isEmpty()) {
            out.skipped.append({p.id, why});
            continue;
        }
        const QString type = p.taskTypes.value(0);
        for (int i = 0; i < crons.size(); ++i) {
            const QString &cron = crons[i];
            if (const SchedulingRule *dup = known([&](const SchedulingRule &r) {
                    return !r.isAfterRule() && r.cron == cron && (r.patternId == p.id || r.taskType == type);
                })) {
                out.skipped.append({p.id, text(QT_TRANSLATE_NOOP("RuleGenerator", "rule #%1 '%2' already runs %3 at '%4'"))
                                              .arg(QString::number(dup->id))
                                              .arg(dup->name)
                                              .arg(type)
                                              .arg(cron)});
                continue;
            }
            SchedulingRule r = base;
            r.taskType = type;
            r.cron = cron;
            r.name = cronName(p, type, i, int(crons.size())).toString();
            const Result<CronExpression> parsed = CronExpression::parse(cron);
            r.description = text(QT_TRANSLATE_NOOP("RuleGenerator", "run %1: %2 UTC — %3"))
                                .arg(type)
                                .arg(parsed ? describeCron(parsed.value()) : cron)
                                .arg(evidenceText(p))
                                .toString();
            out.rules.append(r);
        }
    }
    return out;
}

} // namespace rulecast
