#include "cronshift.h"

#include <QRegularExpression>

#include <algorithm>

namespace rulecast {
namespace {

template <std::size_t N>
QVector<int> setValues(const std::bitset<N> &set, int from)
{
    QVector<int> out;
    for (int i = from; i < int(N); ++i)
        if (set.test(std::size_t(i)))
            out.append(i);
    return out;
}

// The five fields of a @macro, spelled from what the engine parsed (so the
// macro table lives in one place, the engine).
QStringList macroFields(const CronExpression &e)
{
    const QVector<int> months = setValues(e.months(), 1);
    return {CronShape::formatField(setValues(e.minutes(), 0), 59),
            CronShape::formatField(setValues(e.hours(), 0), 23),
            e.dayOfMonthRestricted() ? CronShape::formatField(setValues(e.daysOfMonth(), 1), 31)
                                     : QStringLiteral("*"),
            months.size() == 12 ? QStringLiteral("*") : CronShape::formatField(months, 12),
            e.dayOfWeekRestricted() ? CronShape::formatField(setValues(e.daysOfWeek(), 0), 6)
                                    : QStringLiteral("*")};
}

// Smallest r dividing n with (S + r) mod n == S.
template <std::size_t N>
int rotationPeriod(const std::bitset<N> &set)
{
    const int n = int(N);
    for (int r = 1; r < n; ++r) {
        if (n % r != 0)
            continue;
        bool same = true;
        for (int i = 0; i < n && same; ++i)
            same = set.test(std::size_t(i)) == set.test(std::size_t((i + r) % n));
        if (same)
            return r;
    }
    return n;
}

int circularDistance(int value, int period)
{
    int v = value % period;
    if (v < 0)
        v += period;
    return std::min(v, period - v);
}

} // namespace

Result<CronShape> CronShape::fromExpression(const CronExpression &expression)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString text = expression.text().trimmed();
    const QStringList fields = text.startsWith(u'@') ? macroFields(expression) : text.split(space, Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return Result<CronShape>::failure(
            QStringLiteral("'%1': expected five fields (minute hour day-of-month month day-of-week)")
                .arg(expression.text()));

    CronShape s;
    s.m_text = expression.text();
    s.m_minuteText = fields.at(0);
    s.m_hourText = fields.at(1);
    s.m_dayFields = fields.mid(2).join(u' ');
    s.m_minutes = expression.minutes();
    s.m_hours = expression.hours();
    for (int m = 0; m < 60; ++m)
        if (s.m_minutes.test(std::size_t(m)))
            s.m_minuteList.append(m);
    for (int h = 0; h < 24; ++h)
        if (s.m_hours.test(std::size_t(h)))
            s.m_hourList.append(h);
    if (s.m_minuteList.isEmpty() || s.m_hourList.isEmpty())
        return Result<CronShape>::failure(QStringLiteral("'%1' never fires").arg(expression.text()));
    s.m_minutePeriod = rotationPeriod(s.m_minutes);
    s.m_hourPeriod = rotationPeriod(s.m_hours);

    // The smallest rotation of the day (a divisor of 1440) that maps the fire
    // minutes onto themselves; checked on the fires, which fail fast.
    std::bitset<1440> day;
    const QVector<int> fires = s.fireMinutesOfDay(0, 0);
    for (int f : fires)
        day.set(std::size_t(f));
    s.m_dayPeriod = 1440;
    for (int r = 1; r < 1440; ++r) {
        if (1440 % r != 0)
            continue;
        bool same = true;
        for (int i = 0; i < fires.size() && same; ++i)
            same = day.test(std::size_t((fires.at(i) + r) % 1440));
        if (same) {
            s.m_dayPeriod = r;
            break;
        }
    }
    return s;
}

int CronShape::displacement(int dm, int dh) const
{
    dm = ((dm % m_minutePeriod) + m_minutePeriod) % m_minutePeriod;
    dh = ((dh % m_hourPeriod) + m_hourPeriod) % m_hourPeriod;
    const int minMinute = m_minuteList.first();
    const int maxMinute = m_minuteList.last();
    // A run at minute m moves by dh*60 + dm, or by dh*60 + dm - 60 when the
    // rotated minute wraps past the hour (the hour field rotates separately).
    // Rotating the minutes by dm + k*minutePeriod gives the same rule, so the
    // cheapest spelling counts.
    int best = 1440;
    for (int rep = dm; rep < 60; rep += m_minutePeriod) {
        int worst = 0;
        if (minMinute + rep < 60)
            worst = std::max(worst, circularDistance(dh * 60 + rep, m_dayPeriod));
        if (maxMinute + rep >= 60)
            worst = std::max(worst, circularDistance(dh * 60 + rep - 60, m_dayPeriod));
        best = std::min(best, worst);
    }
    return best;
}

QString CronShape::shiftedText(int dm, int dh) const
{
    dm = ((dm % m_minutePeriod) + m_minutePeriod) % m_minutePeriod;
    dh = ((dh % m_hourPeriod) + m_hourPeriod) % m_hourPeriod;
    if (dm == 0 && dh == 0)
        return m_text;
    QString minuteText = m_minuteText;
    if (dm != 0) {
        QVector<int> values;
        for (int m : m_minuteList)
            values.append((m + dm) % 60);
        std::sort(values.begin(), values.end());
        minuteText = formatField(values, 59);
    }
    QString hourText = m_hourText;
    if (dh != 0) {
        QVector<int> values;
        for (int h : m_hourList)
            values.append((h + dh) % 24);
        std::sort(values.begin(), values.end());
        hourText = formatField(values, 23);
    }
    return minuteText + u' ' + hourText + u' ' + m_dayFields;
}

QVector<int> CronShape::fireMinutesOfDay(int dm, int dh) const
{
    QVector<int> out;
    out.reserve(runsPerActiveDay());
    for (int h : m_hourList)
        for (int m : m_minuteList)
            out.append(((h + dh) % 24) * 60 + (m + dm) % 60);
    std::sort(out.begin(), out.end());
    return out;
}

QString CronShape::formatField(const QVector<int> &values, int max)
{
    if (values.size() == max + 1)
        return QStringLiteral("*");
    if (values.size() == 1)
        return QString::number(values.first());
    if (values.size() >= 3) {
        const int step = values.at(1) - values.at(0);
        bool arithmetic = step > 1;
        for (int i = 2; i < values.size() && arithmetic; ++i)
            arithmetic = values.at(i) - values.at(i - 1) == step;
        if (arithmetic) {
            const int first = values.first();
            const int last = values.last();
            if (last + step > max) // the step runs to the end of the range
                return first == 0 ? QStringLiteral("*/%1").arg(step)
                                  : QStringLiteral("%1-%2/%3").arg(first).arg(max).arg(step);
            return QStringLiteral("%1-%2/%3").arg(first).arg(last).arg(step);
        }
    }
    QStringList parts;
    for (int i = 0; i < values.size();) {
        int j = i;
        while (j + 1 < values.size() && values.at(j + 1) == values.at(j) + 1)
            ++j;
        if (j - i >= 2)
            parts.append(QStringLiteral("%1-%2").arg(values.at(i)).arg(values.at(j)));
        else
            for (int k = i; k <= j; ++k)
                parts.append(QString::number(values.at(k)));
        i = j + 1;
    }
    return parts.join(u',');
}

} // namespace rulecast
