#include "scheduleload.h"

#include <QRegularExpression>

#include <algorithm>

namespace rulecast {

int carryInDays(int duration)
{
    // A run starting at 23:59 of day -k ends at -k*1440 + 1439 + duration.
    return duration <= 1 ? 0 : (duration + 1438) / 1440;
}

Result<CronExpression> parseJobRule(const QString &schedule, bool *neverFires)
{
    *neverFires = false;
    Result<CronExpression> expr = CronExpression::parse(schedule);
    if (expr)
        return expr;
    // The engine refuses rules whose day and month contradict (30 February).
    // Crontabs hold them anyway; they never run, so they are kept as they are
    // and never moved. Recognised by the rule parsing once the month no
    // longer contradicts.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList fields = schedule.split(space, Qt::SkipEmptyParts);
    if (fields.size() == 5) {
        fields[3] = QStringLiteral("*");
        Result<CronExpression> relaxed = CronExpression::parse(fields.join(u' '));
        if (relaxed) {
            *neverFires = true;
            return relaxed;
        }
    }
    return expr;
}

Result<JobPattern> buildJobPattern(const ScheduledJob &job, const Horizon &horizon)
{
    bool neverFires = false;
    Result<CronExpression> expr = parseJobRule(job.schedule, &neverFires);
    if (!expr)
        return Result<JobPattern>::failure(
            QStringLiteral("job '%1': bad schedule '%2': %3")
                .arg(job.name, job.schedule, QString(expr.error()).replace(u'\n', QStringLiteral("; "))));
    Result<CronShape> shape = CronShape::fromExpression(*expr);
    if (!shape)
        return Result<JobPattern>::failure(QStringLiteral("job '%1': %2").arg(job.name, shape.error()));

    JobPattern p;
    p.shape = shape.value();
    p.duration = std::max(0, job.durationMinutes);
    p.demand = std::max(0, job.demand);
    p.priority = std::max(0, job.priority);
    p.maxShift = job.pinned ? 0 : maxShiftForPriority(job.priority);

    // The day fields with cron's rule: when both day-of-month and weekday are
    // restricted a day matches either; otherwise the restricted one decides.
    const bool domRestricted = expr->dayOfMonthRestricted();
    const bool dowRestricted = expr->dayOfWeekRestricted();
    const int carry = carryInDays(p.duration);
    p.everyDay = !neverFires;
    p.neverFires = neverFires;
    for (int d = neverFires ? horizon.days : -carry; d < horizon.days; ++d) {
        const QDate date = horizon.startDate.addDays(d);
        const bool monthOk = expr->months().test(std::size_t(date.month()));
        const bool domOk = expr->daysOfMonth().test(std::size_t(date.day()));
        const bool dowOk = expr->daysOfWeek().test(std::size_t(date.dayOfWeek() % 7));
        bool dayOk = true;
        if (domRestricted && dowRestricted)
            dayOk = domOk || dowOk;
        else if (domRestricted)
            dayOk = domOk;
        else if (dowRestricted)
            dayOk = dowOk;
        if (monthOk && dayOk) {
            p.activeDays.append(d);
            if (d >= 0)
                p.runsInHorizon += p.shape.runsPerActiveDay();
        } else {
            p.everyDay = false;
        }
    }
    p.movable = !job.pinned && p.maxShift != 0 && p.shape.placementCount() > 1 && !p.activeDays.isEmpty()
                && p.duration > 0 && p.demand > 0;
    return p;
}

ScheduleLoad::ScheduleLoad(int days) : m_days(days), m_load(days * 1440, 0) {}

void ScheduleLoad::addRuns(const JobPattern &pattern, const QVector<int> &fireMinutes, int sign)
{
    const int delta = sign * pattern.demand;
    int *load = m_load.data();
    forEachRunRange(pattern, fireMinutes, minutes(), [load, delta](int begin, int end) {
        for (int i = begin; i < end; ++i)
            load[i] += delta;
    });
}

void ScheduleLoad::addFixed(const FixedRun &run, int sign)
{
    const int begin = std::max(0, run.startMinute);
    const int end = std::min(minutes(), run.startMinute + run.durationMinutes);
    for (int i = begin; i < end; ++i)
        m_load[i] += sign * run.demand;
}

int ScheduleLoad::peak() const
{
    return m_load.isEmpty() ? 0 : *std::max_element(m_load.cbegin(), m_load.cend());
}

} // namespace rulecast
