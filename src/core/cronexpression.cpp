#include "cronexpression.h"

#include "crondescription.h"

#include "core/cronfield.h"
#include "core/cronwalker.h"
#include "core/phrase.h"

namespace rulecast {

namespace {

// Longer than any meaningful expression (every value of every field listed
// needs about half); the reference library refuses these too.
constexpr int MaxLength = 1024;

struct Macro
{
    const char *name;
    const char *fields;
};

// @midnight is Vixie cron's; the rest are those cron-parser knows.
const Macro Macros[] = {
    {"@yearly", "0 0 1 1 *"},  {"@annually", "0 0 1 1 *"}, {"@monthly", "0 0 1 * *"},
    {"@weekly", "0 0 * * 0"},  {"@daily", "0 0 * * *"},     {"@midnight", "0 0 * * *"},
    {"@hourly", "0 * * * *"},  {"@minutely", "* * * * *"},  {"@weekdays", "0 0 * * 1-5"},
    {"@weekends", "0 0 * * 0,6"},
};

// JavaScript's \s, so that expressions split into fields exactly as in the
// reference library (QChar::isSpace differs on U+0085 and U+FEFF).
bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= 0x09 && u <= 0x0d) || u == 0xa0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200a)
           || u == 0x2028 || u == 0x2029 || u == 0x202f || u == 0x205f || u == 0x3000 || u == 0xfeff;
}

QList<QStringView> splitFields(QStringView text)
{
    QList<QStringView> fields;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSeparator(text[i]))
            ++i;
        const qsizetype begin = i;
        while (i < text.size() && !isSeparator(text[i]))
            ++i;
        if (i > begin)
            fields << text.mid(begin, i - begin);
    }
    return fields;
}

// The cron editor shows these messages in the user's language; the CLI
// prints them in English (phrase()).
QString cronText(const char *source)
{
    return phrase("CronExpression", source);
}

int longestMonth(int month)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1];
}

} // namespace

QStringList CronExpression::parseInto(const QString &text, CronExpression &out)
{
    out.m_text = text;
    QString fieldsText = text;
    if (text.startsWith(u'@')) {
        bool known = false;
        for (const Macro &m : Macros) {
            if (text == QLatin1String(m.name)) {
                fieldsText = QString::fromLatin1(m.fields);
                known = true;
            }
        }
        if (!known) {
            if (text == QLatin1String("@reboot"))
                return {cronText(QT_TRANSLATE_NOOP("CronExpression", "@reboot runs when cron starts and has no fire times"))};
            QStringList names;
            for (const Macro &m : Macros)
                names << QString::fromLatin1(m.name);
            return {cronText(QT_TRANSLATE_NOOP("CronExpression", "unknown macro '%1' (expected one of %2, written exactly so)"))
                        .arg(text, names.join(QStringLiteral(", ")))};
        }
    }
    if (text.size() > MaxLength)
        return {cronText(QT_TRANSLATE_NOOP("CronExpression", "expression is longer than %1 characters")).arg(MaxLength)};
    const QList<QStringView> fields = splitFields(fieldsText);
    if (fields.isEmpty())
        return {cronText(QT_TRANSLATE_NOOP("CronExpression", "expression is empty (expected 5 fields: minute hour day-of-month month day-of-week)"))};
    if (fields.size() != 5) {
        return {cronText(QT_TRANSLATE_NOOP("CronExpression", "expected 5 fields (minute hour day-of-month month day-of-week), got %1"))
                    .arg(fields.size())};
    }

    QStringList errors;
    static const CronField order[] = {CronField::Minute, CronField::Hour, CronField::DayOfMonth, CronField::Month,
                                      CronField::DayOfWeek};
    CronFieldValues values[5];
    for (int i = 0; i < 5; ++i)
        values[i] = parseCronField(order[i], fields[i]);
    // With a single month, days it does not have are dropped before repeats
    // are looked for (as cron-parser does), unless no day would be left.
    int onlyMonthLength = 0;
    if (values[3].errors.isEmpty() && values[3].repeats.isEmpty() && qPopulationCount(values[3].mask) == 1) {
        const int month = __builtin_ctzll(values[3].mask);
        if (values[2].mask & ((quint64(2) << longestMonth(month)) - 1))
            onlyMonthLength = longestMonth(month);
    }
    for (int i = 0; i < 5; ++i) {
        errors << values[i].errors;
        for (const auto &repeat : values[i].repeats) {
            if (!(i == 2 && onlyMonthLength > 0 && repeat.first > onlyMonthLength))
                errors << repeat.second;
        }
    }
    if (!errors.isEmpty())
        return errors;

    out.m_minutes = std::bitset<60>(values[0].mask);
    out.m_hours = std::bitset<24>(values[1].mask);
    out.m_daysOfMonth = std::bitset<32>(values[2].mask);
    out.m_months = std::bitset<13>(values[3].mask);
    out.m_daysOfWeek = std::bitset<7>(values[4].mask);
    out.m_domRestricted = !values[2].unrestricted;
    out.m_dowRestricted = !values[4].unrestricted;

    // Day-of-month and month can contradict each other (30 February); with a
    // restricted day-of-week the OR rule still lets the expression fire.
    if (!out.m_dowRestricted) {
        int firstDay = 1;
        while (!out.m_daysOfMonth.test(size_t(firstDay)))
            ++firstDay;
        QStringList months;
        bool possible = false;
        for (int m = 1; m <= 12; ++m) {
            if (!out.m_months.test(size_t(m)))
                continue;
            months << cronMonthName(m);
            possible = possible || firstDay <= longestMonth(m);
        }
        if (!possible) {
            return {cronText(QT_TRANSLATE_NOOP("CronExpression", "day-of-month: the expression can never fire: there is no day %1 in %2"))
                        .arg(firstDay)
                        .arg(months.join(phrase("CronDescription", QT_TRANSLATE_NOOP("CronDescription", ", "))))};
        }
    }
    return {};
}

Result<CronExpression> CronExpression::parse(const QString &text)
{
    CronExpression expression;
    const QStringList errors = parseInto(text, expression);
    if (!errors.isEmpty())
        return Result<CronExpression>::failure(errors.join(u'\n'));
    return expression;
}

QStringList CronExpression::validate(const QString &text)
{
    CronExpression expression;
    return parseInto(text, expression);
}

std::optional<qint64> CronExpression::next(qint64 after, const QTimeZone &zone) const
{
    return CronWalker(*this, zone, after).next();
}

std::optional<qint64> CronExpression::previous(qint64 before, const QTimeZone &zone) const
{
    return CronWalker(*this, zone, before).previous();
}

QList<qint64> CronExpression::nextN(qint64 after, int count, const QTimeZone &zone) const
{
    QList<qint64> times;
    if (count <= 0)
        return times;
    times.reserve(count);
    // One walker for the whole run: DST bookkeeping carries from one fire
    // time to the next, exactly as in an iterator over the schedule.
    CronWalker walker(*this, zone, after);
    while (times.size() < count) {
        const std::optional<qint64> t = walker.next();
        if (!t)
            break;
        times << *t;
    }
    return times;
}

QList<qint64> CronExpression::between(qint64 from, qint64 to, const QTimeZone &zone) const
{
    QList<qint64> times;
    if (from >= to)
        return times;
    CronWalker walker(*this, zone, from - 1);
    while (true) {
        const std::optional<qint64> t = walker.next();
        if (!t || *t >= to)
            break;
        times << *t;
    }
    return times;
}

} // namespace rulecast
