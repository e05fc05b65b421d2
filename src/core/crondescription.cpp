#include "crondescription.h"

#include "phrase.h"

#include <QCoreApplication>
#include <QList>

namespace rulecast {

namespace {

// Every phrase is marked with QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP in the
// "CronDescription" context, so lupdate collects them for the GUI.
QString phrase(const char *text, int n = -1)
{
    return rulecast::phrase("CronDescription", text, n);
}

// A field's values read as a shape: everything, one value, a contiguous
// range, an arithmetic step, or a general list (kept as contiguous runs).
struct Shape
{
    enum Kind { All, Single, Range, Step, List } kind = List;
    QList<int> values;
    int step = 0;
    QList<QPair<int, int>> runs; // [first, last] of each contiguous run
};

Shape classify(const QList<int> &values, int min, int max)
{
    Shape s;
    s.values = values;
    for (int v : values) {
        if (!s.runs.isEmpty() && s.runs.last().second == v - 1)
            s.runs.last().second = v;
        else
            s.runs.append({v, v});
    }
    if (values.size() == max - min + 1)
        s.kind = Shape::All;
    else if (values.size() == 1)
        s.kind = Shape::Single;
    else if (s.runs.size() == 1)
        s.kind = Shape::Range;
    else if (values.size() >= 3) {
        const int step = values[1] - values[0];
        bool even = true;
        for (qsizetype i = 2; i < values.size(); ++i)
            even = even && values[i] - values[i - 1] == step;
        if (even) {
            s.kind = Shape::Step;
            s.step = step;
        }
    }
    return s;
}

template <size_t N>
QList<int> valuesOf(const std::bitset<N> &bits, int min, int max)
{
    QList<int> out;
    for (int v = min; v <= max; ++v) {
        if (bits.test(size_t(v)))
            out << v;
    }
    return out;
}

// "A", "A and B", "A, B and C".
QString joined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return phrase(QT_TRANSLATE_NOOP("CronDescription", "%1 and %2"))
        .arg(items.mid(0, items.size() - 1).join(phrase(QT_TRANSLATE_NOOP("CronDescription", ", "))), items.last());
}

QString twoDigits(int v) { return QString::number(v).rightJustified(2, u'0'); }
QString clock(int hour, int minute) { return twoDigits(hour) + u':' + twoDigits(minute); }


QString dayName(int d)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("CronDescription", "Sunday"),
                                        QT_TRANSLATE_NOOP("CronDescription", "Monday"),
                                        QT_TRANSLATE_NOOP("CronDescription", "Tuesday"),
                                        QT_TRANSLATE_NOOP("CronDescription", "Wednesday"),
                                        QT_TRANSLATE_NOOP("CronDescription", "Thursday"),
                                        QT_TRANSLATE_NOOP("CronDescription", "Friday"),
                                        QT_TRANSLATE_NOOP("CronDescription", "Saturday")};
    return phrase(names[d]);
}

// Runs of hours as wall-clock windows: "between 09:00 and 17:59".
QString hourWindows(const Shape &h)
{
    QStringList parts;
    for (const auto &run : h.runs)
        parts << phrase(QT_TRANSLATE_NOOP("CronDescription", "between %1 and %2"))
            .arg(clock(run.first, 0), clock(run.second, 59));
    return joined(parts);
}

QString minuteList(const QList<int> &minutes)
{
    QStringList parts;
    for (int m : minutes)
        parts << QString::number(m);
    return joined(parts);
}

QString timePart(const Shape &m, const Shape &h)
{
    // A handful of exact times reads best as a list of clock times.
    if ((m.kind == Shape::Single || m.values.size() <= 4) && (h.kind == Shape::Single || h.values.size() <= 4)
        && m.values.size() * h.values.size() <= 6 && m.kind != Shape::All && h.kind != Shape::All) {
        QStringList times;
        for (int hour : h.values) {
            for (int minute : m.values)
                times << clock(hour, minute);
        }
        return phrase(QT_TRANSLATE_NOOP("CronDescription", "At %1")).arg(joined(times));
    }

    QString minutes;
    bool needsHours = h.kind != Shape::All;
    if (m.kind == Shape::All) {
        minutes = phrase(QT_TRANSLATE_NOOP("CronDescription", "Every minute"));
    } else if (m.kind == Shape::Step && m.values.first() < m.step && m.values.last() + m.step > 59) {
        if (m.values.first() == 0)
            minutes = phrase(QT_TRANSLATE_N_NOOP("CronDescription", "Every %n minutes"), m.step);
        else
            minutes = phrase(QT_TRANSLATE_N_NOOP("CronDescription", "Every %n minutes, starting at minute %1"), m.step)
                          .arg(m.values.first());
    } else if (m.kind == Shape::Single && h.kind == Shape::All) {
        if (m.values.first() == 0)
            return phrase(QT_TRANSLATE_NOOP("CronDescription", "Every hour"));
        return phrase(QT_TRANSLATE_NOOP("CronDescription", "At minute %1 of every hour")).arg(m.values.first());
    } else if (m.kind == Shape::Single && h.kind == Shape::Step && h.values.first() < h.step
               && h.values.last() + h.step > 23) {
        // "0 */2 * * *": every n hours.
        const QString base =
            m.values.first() == 0
                ? phrase(QT_TRANSLATE_N_NOOP("CronDescription", "Every %n hours"), h.step)
                : phrase(QT_TRANSLATE_N_NOOP("CronDescription", "At minute %1, every %n hours"), h.step)
                      .arg(m.values.first());
        if (h.values.first() == 0)
            return base;
        return phrase(QT_TRANSLATE_NOOP("CronDescription", "%1, starting at %2"))
            .arg(base, clock(h.values.first(), m.values.first()));
    } else if (m.kind == Shape::Range) {
        minutes = phrase(QT_TRANSLATE_NOOP("CronDescription", "Every minute from minute %1 through %2"))
            .arg(m.values.first()).arg(m.values.last());
    } else if (m.kind == Shape::Single) {
        minutes = phrase(QT_TRANSLATE_NOOP("CronDescription", "At minute %1")).arg(m.values.first());
    } else {
        minutes = phrase(QT_TRANSLATE_NOOP("CronDescription", "At minutes %1")).arg(minuteList(m.values));
    }
    if (!needsHours)
        return minutes;
    if (h.kind == Shape::Step && h.values.first() < h.step && h.values.last() + h.step > 23)
        return phrase(QT_TRANSLATE_N_NOOP("CronDescription", "%1, every %n hours"), h.step).arg(minutes);
    if (h.kind == Shape::Range || h.kind == Shape::Single || h.runs.size() <= 3)
        return phrase(QT_TRANSLATE_NOOP("CronDescription", "%1, %2")).arg(minutes, hourWindows(h));
    QStringList hours;
    for (int hour : h.values)
        hours << twoDigits(hour);
    return phrase(QT_TRANSLATE_NOOP("CronDescription", "%1, during the hours %2")).arg(minutes, joined(hours));
}

QString dayOfMonthPart(const Shape &d)
{
    if (d.kind == Shape::Step && d.values.first() < d.step + 1 && d.values.last() + d.step > 31) {
        if (d.values.first() == 1)
            return phrase(QT_TRANSLATE_N_NOOP("CronDescription", "every %n days of the month"), d.step);
        return phrase(QT_TRANSLATE_N_NOOP("CronDescription", "every %n days of the month, from day %1"), d.step)
            .arg(d.values.first());
    }
    if (d.kind == Shape::Single)
        return phrase(QT_TRANSLATE_NOOP("CronDescription", "on day %1 of the month")).arg(d.values.first());
    QStringList parts;
    for (const auto &run : d.runs) {
        if (run.first == run.second)
            parts << QString::number(run.first);
        else if (run.second == run.first + 1)
            parts << QString::number(run.first) << QString::number(run.second);
        else
            parts << phrase(QT_TRANSLATE_NOOP("CronDescription", "%1 through %2")).arg(run.first).arg(run.second);
    }
    return phrase(QT_TRANSLATE_NOOP("CronDescription", "on days %1 of the month")).arg(joined(parts));
}

QString dayOfWeekPart(const std::bitset<7> &bits)
{
    // Monday first, so "5-7" reads "Friday through Sunday".
    QList<int> order;
    for (int d : {1, 2, 3, 4, 5, 6, 0}) {
        if (bits.test(size_t(d)))
            order << d;
    }
    QList<QPair<int, int>> runs; // positions in the Monday-first week
    for (int d : order) {
        const int pos = (d + 6) % 7;
        if (!runs.isEmpty() && runs.last().second == pos - 1)
            runs.last().second = pos;
        else
            runs.append({pos, pos});
    }
    auto name = [](int pos) { return dayName((pos + 1) % 7); };
    if (runs.size() == 1 && runs.first().second - runs.first().first >= 2)
        return phrase(QT_TRANSLATE_NOOP("CronDescription", "%1 through %2"))
            .arg(name(runs.first().first), name(runs.first().second));
    QStringList parts;
    for (const auto &run : runs) {
        if (run.second - run.first >= 2)
            parts << phrase(QT_TRANSLATE_NOOP("CronDescription", "%1 through %2"))
                         .arg(name(run.first), name(run.second));
        else
            for (int pos = run.first; pos <= run.second; ++pos)
                parts << name(pos);
    }
    return phrase(QT_TRANSLATE_NOOP("CronDescription", "on %1")).arg(joined(parts));
}

QString monthPart(const Shape &m)
{
    if (m.kind == Shape::Range && m.values.size() >= 3)
        return phrase(QT_TRANSLATE_NOOP("CronDescription", "%1 through %2"))
            .arg(cronMonthName(m.values.first()), cronMonthName(m.values.last()));
    QStringList names;
    for (int month : m.values)
        names << cronMonthName(month);
    return phrase(QT_TRANSLATE_NOOP("CronDescription", "in %1")).arg(joined(names));
}

} // namespace

QString describeCron(const CronExpression &e)
{
    const Shape minutes = classify(valuesOf(e.minutes(), 0, 59), 0, 59);
    const Shape hours = classify(valuesOf(e.hours(), 0, 23), 0, 23);
    const Shape days = classify(valuesOf(e.daysOfMonth(), 1, 31), 1, 31);
    const Shape months = classify(valuesOf(e.months(), 1, 12), 1, 12);
    const bool everyWeekday = e.daysOfWeek().all();

    QStringList parts{timePart(minutes, hours)};
    const bool dom = e.dayOfMonthRestricted() && days.kind != Shape::All;
    const bool dow = e.dayOfWeekRestricted() && !everyWeekday;
    if (e.dayOfMonthRestricted() && e.dayOfWeekRestricted()) {
        // The OR rule: either field alone covering every day makes every day match.
        if (dom && dow)
            parts << phrase(QT_TRANSLATE_NOOP("CronDescription", "%1 or %2"))
                .arg(dayOfMonthPart(days), dayOfWeekPart(e.daysOfWeek()));
    } else if (dom) {
        parts << dayOfMonthPart(days);
    } else if (dow) {
        parts << dayOfWeekPart(e.daysOfWeek());
    }
    if (months.kind != Shape::All)
        parts << monthPart(months);
    return parts.join(phrase(QT_TRANSLATE_NOOP("CronDescription", ", ")));
}

QString describeCronEnglish(const CronExpression &e)
{
    const EnglishOnly english;
    return describeCron(e);
}

QString cronMonthName(int m)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("CronDescription", "January"),
                                        QT_TRANSLATE_NOOP("CronDescription", "February"),
                                        QT_TRANSLATE_NOOP("CronDescription", "March"),
                                        QT_TRANSLATE_NOOP("CronDescription", "April"),
                                        QT_TRANSLATE_NOOP("CronDescription", "May"),
                                        QT_TRANSLATE_NOOP("CronDescription", "June"),
                                        QT_TRANSLATE_NOOP("CronDescription", "July"),
                                        QT_TRANSLATE_NOOP("CronDescription", "August"),
                                        QT_TRANSLATE_NOOP("CronDescription", "September"),
                                        QT_TRANSLATE_NOOP("CronDescription", "October"),
                                        QT_TRANSLATE_NOOP("CronDescription", "November"),
                                        QT_TRANSLATE_NOOP("CronDescription", "December")};
    return phrase("CronDescription", names[m - 1]);
}

} // namespace rulecast
