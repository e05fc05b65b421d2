#include "localedates.h"

#include <QList>

namespace rulecast {

namespace {

// A date format split into fields ("dddd", "d", "MMMM", "yyyy") and the
// literal text between them (", ", ". ", " 'de' ").
struct Piece
{
    QString text;
    bool field = false;
};

QList<Piece> split(const QString &format)
{
    QList<Piece> pieces;
    auto literal = [&pieces](QChar c) {
        if (pieces.isEmpty() || pieces.last().field)
            pieces.append({QString(), false});
        pieces.last().text += c;
    };
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') { // quoted text stays literal, quotes included
            const qsizetype end = format.indexOf(u'\'', i + 1);
            const qsizetype stop = end < 0 ? format.size() : end + 1;
            for (qsizetype k = i; k < stop; ++k)
                literal(format.at(k));
            i = stop;
        } else if (c == u'd' || c == u'M' || c == u'y') {
            qsizetype j = i;
            while (j < format.size() && format.at(j) == c)
                ++j;
            pieces.append({format.mid(i, j - i), true});
            i = j;
        } else {
            literal(c);
            ++i;
        }
    }
    return pieces;
}

// Removes the field for which `match` holds, with the literal after it (or,
// at the end, the one before it). A literal that starts with a period keeps
// it: in "d. MMM" the period belongs to the day ("28.").
void drop(QList<Piece> &pieces, bool (*match)(const QString &))
{
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (!pieces.at(i).field || !match(pieces.at(i).text))
            continue;
        const bool hasNext = i + 1 < pieces.size() && !pieces.at(i + 1).field;
        const bool hasPrevious = i > 0 && !pieces.at(i - 1).field;
        const bool last = i + 2 >= pieces.size();
        if (hasPrevious && (last || !hasNext)) {
            Piece &before = pieces[i - 1];
            before.text = before.text.startsWith(u'.') ? QStringLiteral(".") : QString();
            pieces.removeAt(i);
            if (before.text.isEmpty())
                pieces.removeAt(i - 1);
        } else {
            if (hasNext)
                pieces.removeAt(i + 1);
            pieces.removeAt(i);
        }
        return;
    }
}

bool isWeekday(const QString &f) { return f.startsWith(u'd') && f.size() >= 3; }
bool isDay(const QString &f) { return f.startsWith(u'd') && f.size() <= 2; }
bool isMonth(const QString &f) { return f.startsWith(u'M'); }
bool isYear(const QString &f) { return f.startsWith(u'y'); }

QString join(const QList<Piece> &pieces)
{
    QString out;
    for (const Piece &p : pieces) {
        if (!p.field)
            out += p.text;
        else if (isMonth(p.text))
            out += QStringLiteral("MMM");
        else if (isDay(p.text))
            out += QStringLiteral("d");
        else
            out += p.text;
    }
    return out.trimmed();
}

QList<Piece> longFormat(const QLocale &locale)
{
    return split(locale.dateFormat(QLocale::LongFormat));
}

} // namespace

QString dayMonthFormat(const QLocale &locale)
{
    QList<Piece> pieces = longFormat(locale);
    drop(pieces, isWeekday);
    drop(pieces, isYear);
    const QString format = join(pieces);
    return format.contains(u'd') && format.contains(u'M') ? format : QStringLiteral("d MMM");
}

QString monthYearFormat(const QLocale &locale)
{
    QList<Piece> pieces = longFormat(locale);
    drop(pieces, isWeekday);
    drop(pieces, isDay);
    const QString format = join(pieces);
    return format.contains(u'M') && format.contains(u'y') ? format : QStringLiteral("MMM yyyy");
}

QString weekdayDayFormat(const QLocale &locale)
{
    QList<Piece> pieces = split(dayMonthFormat(locale));
    drop(pieces, isMonth);
    return QStringLiteral("ddd ") + join(pieces);
}

QString weekdayDateTimeFormat(const QLocale &locale)
{
    return QStringLiteral("ddd ") + dayMonthFormat(locale) + QStringLiteral(" HH:mm");
}

} // namespace rulecast
