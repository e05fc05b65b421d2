#include "cronfield.h"

#include "core/phrase.h"

#include <QVarLengthArray>

namespace rulecast {

namespace {

const char *const MonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const DayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

// Messages are shown by the cron editor in the user's language and printed
// by the CLI in English (phrase()).
QString cronText(const char *source)
{
    return phrase("CronExpression", source);
}

bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// Saturating: a 30-digit number is simply "too large", never an overflow.
qint64 toNumber(QStringView digits)
{
    qint64 v = 0;
    for (QChar c : digits) {
        v = v * 10 + (c.unicode() - u'0');
        if (v > 1000000000)
            return 1000000000;
    }
    return v;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// Replaces month / weekday names by their numbers. Like the reference
// library, every run of letters is read in chunks of three ("monfri" is
// "mon" then "fri"), so exactly the same spellings are accepted.
bool substituteNames(CronField field, QStringView text, QString &out, QString &error)
{
    const bool months = field == CronField::Month;
    out.clear();
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (!isAsciiLetter(text[i])) {
            out += text[i++];
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isAsciiLetter(text[end]))
            ++end;
        const QStringView run = text.mid(i, end - i);
        qsizetype pos = 0;
        for (; pos + 3 <= run.size(); pos += 3) {
            const QString chunk = run.mid(pos, 3).toString().toLower();
            int value = -1;
            const int count = months ? 12 : 7;
            for (int k = 0; k < count; ++k) {
                if (chunk == QLatin1String(months ? MonthNames[k] : DayNames[k]))
                    value = months ? k + 1 : k;
            }
            if (value < 0) {
                error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: unknown name '%2' (expected %3)"))
                            .arg(cronFieldName(field), run.toString(),
                                 months ? QStringLiteral("jan-dec") : QStringLiteral("sun-sat"));
                return false;
            }
            out += QString::number(value);
        }
        if (pos < run.size()) {
            error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: unknown name '%2' (expected %3)"))
                        .arg(cronFieldName(field), run.toString(),
                             months ? QStringLiteral("jan-dec") : QStringLiteral("sun-sat"));
            return false;
        }
        i = end;
    }
    return true;
}

// Checks the characters before any parsing, so the message can name the
// offending one (and say which extensions are deliberately unsupported).
bool checkCharacters(CronField field, QStringView text, QString &error)
{
    const QString name = cronFieldName(field);
    for (QChar c : text) {
        if (isDigit(c) || c == u',' || c == u'-' || c == u'/' || c == u'*' || c == u'?')
            continue;
        if (c == u'L' && (field == CronField::DayOfMonth || field == CronField::DayOfWeek))
            error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: 'L' (last day) is not supported in '%2'")).arg(name, text.toString());
        else if (c == u'#' && field == CronField::DayOfWeek)
            error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: '#' (nth weekday of the month) is not supported in '%2'"))
                        .arg(name, text.toString());
        else if (c == u'H')
            error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: 'H' (hashed value) is not supported in '%2'")).arg(name, text.toString());
        else if (isAsciiLetter(c))
            error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: '%2' is not a number%3"))
                        .arg(name, text.toString(),
                             field == CronField::Month || field == CronField::DayOfWeek
                                 ? QString()
                                 : cronText(QT_TRANSLATE_NOOP("CronExpression", " (names are allowed only for months and weekdays)")));
        else
            error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: unexpected character '%2' in '%3'")).arg(name, QString(c), text.toString());
        return false;
    }
    return true;
}

QString outOfRange(CronField field, const QString &what)
{
    return cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: %2 is out of range %3-%4"))
        .arg(cronFieldName(field), what)
        .arg(cronFieldMin(field))
        .arg(cronFieldMax(field));
}

// One list item (after name substitution): value, a-b, a/n, a-b/n, */n.
// Returns its values as a mask, or 0 with `error` set.
quint64 parseItem(CronField field, QStringView item, QStringView original, QString &error)
{
    const QString name = cronFieldName(field);
    const int min = cronFieldMin(field), max = cronFieldMax(field);
    const QString shown = original.toString();
    if (item.isEmpty()) {
        error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: empty item in the list '%2'")).arg(name, shown);
        return 0;
    }
    // A wildcard is allowed only as a whole item, optionally with a step.
    QStringView base = item;
    QStringView stepText;
    bool hasStep = false;
    const qsizetype slash = item.indexOf(u'/');
    if (slash >= 0) {
        if (item.indexOf(u'/', slash + 1) >= 0) {
            error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: '%2' has more than one '/'")).arg(name, shown);
            return 0;
        }
        base = item.left(slash);
        stepText = item.mid(slash + 1);
        hasStep = true;
    }
    const bool wildcard = base == u"*" || base == u"?";
    if (!wildcard && (base.contains(u'*') || base.contains(u'?') || stepText.contains(u'*') || stepText.contains(u'?'))) {
        error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: '*' may stand only alone or before a step (*/n), not in '%2'")).arg(name, shown);
        return 0;
    }
    qint64 lo = 0, hi = 0;
    if (wildcard) {
        lo = min;
        hi = max;
    } else {
        const qsizetype dash = base.indexOf(u'-');
        if (dash < 0) {
            if (!allDigits(base)) {
                error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: '%2' is not a number")).arg(name, shown);
                return 0;
            }
            lo = toNumber(base);
            if (!hasStep) {
                if (lo < min || lo > max) {
                    error = outOfRange(field, base.toString());
                    return 0;
                }
                return quint64(1) << (field == CronField::DayOfWeek ? lo % 7 : lo);
            }
            if (lo < min || lo > max) {
                error = outOfRange(field, base.toString());
                return 0;
            }
            hi = max; // a/n runs from a to the end of the field
        } else {
            const QStringView a = base.left(dash), b = base.mid(dash + 1);
            if (!allDigits(a) || !allDigits(b)) {
                error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: '%2' is not a range a-b of two numbers")).arg(name, shown);
                return 0;
            }
            lo = toNumber(a);
            hi = toNumber(b);
        }
        if (lo < min || lo > max || hi < min || hi > max) {
            error = outOfRange(field, QString::number(lo < min || lo > max ? lo : hi));
            return 0;
        }
        if (lo > hi) {
            error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: range %2-%3 runs backwards (%2 is greater than %3)")).arg(name).arg(lo).arg(hi);
            return 0;
        }
    }
    qint64 step = 1;
    if (hasStep) {
        step = allDigits(stepText) ? toNumber(stepText) : 0;
        if (step < 1) {
            error = cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: the step in '%2' must be a whole number of at least 1")).arg(name, shown);
            return 0;
        }
    }
    quint64 mask = 0;
    for (qint64 v = lo; v <= hi; v += step)
        mask |= quint64(1) << (field == CronField::DayOfWeek ? v % 7 : v);
    return mask;
}

} // namespace

QString cronFieldName(CronField field)
{
    switch (field) {
    case CronField::Minute:
        return cronText(QT_TRANSLATE_NOOP("CronExpression", "minute"));
    case CronField::Hour:
        return cronText(QT_TRANSLATE_NOOP("CronExpression", "hour"));
    case CronField::DayOfMonth:
        return cronText(QT_TRANSLATE_NOOP("CronExpression", "day-of-month"));
    case CronField::Month:
        return cronText(QT_TRANSLATE_NOOP("CronExpression", "month"));
    case CronField::DayOfWeek:
        return cronText(QT_TRANSLATE_NOOP("CronExpression", "day-of-week"));
    }
    return {};
}

int cronFieldMin(CronField field)
{
    return field == CronField::DayOfMonth || field == CronField::Month ? 1 : 0;
}

int cronFieldMax(CronField field)
{
    switch (field) {
    case CronField::Minute:
        return 59;
    case CronField::Hour:
        return 23;
    case CronField::DayOfMonth:
        return 31;
    case CronField::Month:
        return 12;
    case CronField::DayOfWeek:
        return 7;
    }
    return 0;
}

CronFieldValues parseCronField(CronField field, QStringView text)
{
    CronFieldValues result;
    result.unrestricted = text == u"*" || text == u"?";
    QString error;
    QString substituted;
    if (field == CronField::Month || field == CronField::DayOfWeek) {
        if (!substituteNames(field, text, substituted, error)) {
            result.errors << error;
            return result;
        }
    } else {
        substituted = text.toString();
    }
    if (!checkCharacters(field, substituted, error)) {
        // Report against what the user wrote, not the substituted digits.
        result.errors << error.replace(substituted, text.toString());
        return result;
    }
    const QList<QStringView> items = QStringView(substituted).split(u',');
    const QList<QStringView> originals = text.split(u',');
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QStringView original = originals.size() == items.size() ? originals[i] : text;
        const quint64 mask = parseItem(field, items[i], items[i].isEmpty() ? text : original, error);
        if (mask == 0) {
            result.errors << error;
            continue;
        }
        if (const quint64 both = mask & result.mask) {
            int value = 0;
            while (!(both & (quint64(1) << value)))
                ++value;
            result.repeats << qMakePair(value, cronText(QT_TRANSLATE_NOOP("CronExpression", "%1: %2 is listed more than once in '%3'%4"))
                                 .arg(cronFieldName(field))
                                 .arg(value)
                                 .arg(text.toString(),
                                      field == CronField::DayOfWeek && value == 0
                                          ? cronText(QT_TRANSLATE_NOOP("CronExpression", " (0 and 7 are both Sunday)"))
                                          : QString()));
        }
        result.mask |= mask;
    }
    if (!result.errors.isEmpty())
        result.mask = 0;
    return result;
}

} // namespace rulecast
