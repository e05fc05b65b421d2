#include "localizedtext.h"

#include "phrase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rulecast {

namespace {

// %1 … %99 (optionally %L1) replaced in one pass, so an argument that itself
// contains "%2" stays as it is. A placeholder without an argument is kept.
QString substitute(const QString &pattern, const QStringList &values)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%') || i + 1 >= pattern.size()) {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        if (pattern.at(j) == QLatin1Char('L'))
            ++j;
        int index = 0;
        qsizetype digits = 0;
        while (j < pattern.size() && digits < 2 && pattern.at(j).isDigit()) {
            index = index * 10 + pattern.at(j).digitValue();
            ++j;
            ++digits;
        }
        if (digits == 0 || index < 1 || index > values.size()) {
            out += c;
            continue;
        }
        out += values.at(index - 1);
        i = j - 1;
    }
    return out;
}

} // namespace

LocalizedText::LocalizedText(const char *context, const char *sourceText, int n)
    : m_kind(Kind::Phrase), m_context(context), m_source(sourceText), m_n(n)
{
}

LocalizedText LocalizedText::verbatim(const QString &text)
{
    LocalizedText t;
    t.m_kind = Kind::Verbatim;
    t.m_verbatim = text;
    return t;
}

LocalizedText LocalizedText::joined(const QList<LocalizedText> &parts, const char *context, const char *separator)
{
    LocalizedText t;
    t.m_kind = Kind::Joined;
    t.m_context = context;
    t.m_source = separator;
    t.m_parts = parts;
    return t;
}

LocalizedText &LocalizedText::arg(const QString &data)
{
    Argument a;
    a.kind = Argument::Data;
    a.data = data;
    m_arguments.append(a);
    return *this;
}

LocalizedText &LocalizedText::arg(qint64 number)
{
    Argument a;
    a.kind = Argument::Integer;
    a.integer = number;
    m_arguments.append(a);
    return *this;
}

LocalizedText &LocalizedText::arg(double number, int decimals)
{
    Argument a;
    a.kind = Argument::Real;
    a.real = number;
    a.decimals = decimals;
    m_arguments.append(a);
    return *this;
}

LocalizedText &LocalizedText::arg(const LocalizedText &nested)
{
    Argument a;
    a.kind = Argument::Nested;
    a.nested = {nested};
    m_arguments.append(a);
    return *this;
}

bool LocalizedText::isEmpty() const
{
    switch (m_kind) {
    case Kind::Phrase:
        return m_source.isEmpty();
    case Kind::Verbatim:
        return m_verbatim.isEmpty();
    case Kind::Joined:
        return m_parts.isEmpty();
    }
    return true;
}

QList<LocalizedText> LocalizedText::parts() const
{
    return m_kind == Kind::Joined ? m_parts : QList<LocalizedText>();
}

QString LocalizedText::toString() const
{
    return render(EnglishOnly::active());
}

QString LocalizedText::toEnglish() const
{
    return render(true);
}

QString LocalizedText::formatArgument(const Argument &argument, bool english)
{
    // English text reads like the CLI's numbers: no digit grouping, a dot.
    const QLocale locale = english ? QLocale::c() : QLocale();
    switch (argument.kind) {
    case Argument::Data:
        return argument.data;
    case Argument::Integer:
        return locale.toString(argument.integer);
    case Argument::Real:
        return locale.toString(argument.real, 'f', argument.decimals);
    case Argument::Nested:
        return argument.nested.isEmpty() ? QString() : argument.nested.first().render(english);
    }
    return QString();
}

QString LocalizedText::render(bool english) const
{
    switch (m_kind) {
    case Kind::Verbatim:
        return m_verbatim;
    case Kind::Joined: {
        QStringList parts;
        for (const LocalizedText &part : m_parts)
            parts << part.render(english);
        const QString separator = english ? englishPhrase(m_source.constData())
                                          : phrase(m_context.constData(), m_source.constData());
        return parts.join(separator);
    }
    case Kind::Phrase:
        break;
    }
    QStringList values;
    values.reserve(m_arguments.size());
    for (const Argument &argument : m_arguments)
        values << formatArgument(argument, english);
    const QString pattern = english ? englishPhrase(m_source.constData(), m_n)
                                    : phrase(m_context.constData(), m_source.constData(), m_n);
    return substitute(pattern, values);
}

QJsonValue LocalizedText::toJson() const
{
    QJsonObject o;
    switch (m_kind) {
    case Kind::Verbatim:
        o.insert(QStringLiteral("v"), m_verbatim);
        return o;
    case Kind::Joined: {
        QJsonArray parts;
        for (const LocalizedText &part : m_parts)
            parts.append(part.toJson());
        o.insert(QStringLiteral("c"), QString::fromUtf8(m_context));
        o.insert(QStringLiteral("j"), QString::fromUtf8(m_source));
        o.insert(QStringLiteral("p"), parts);
        return o;
    }
    case Kind::Phrase:
        break;
    }
    o.insert(QStringLiteral("c"), QString::fromUtf8(m_context));
    o.insert(QStringLiteral("s"), QString::fromUtf8(m_source));
    if (m_n >= 0)
        o.insert(QStringLiteral("n"), m_n);
    if (!m_arguments.isEmpty()) {
        QJsonArray arguments;
        for (const Argument &a : m_arguments) {
            switch (a.kind) {
            case Argument::Data:
                arguments.append(a.data);
                break;
            case Argument::Integer:
                arguments.append(QJsonObject{{QStringLiteral("i"), a.integer}});
                break;
            case Argument::Real:
                arguments.append(QJsonObject{{QStringLiteral("r"), a.real}, {QStringLiteral("d"), a.decimals}});
                break;
            case Argument::Nested:
                arguments.append(QJsonObject{{QStringLiteral("t"), a.nested.first().toJson()}});
                break;
            }
        }
        o.insert(QStringLiteral("a"), arguments);
    }
    return o;
}

std::optional<LocalizedText> LocalizedText::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    if (o.contains(QStringLiteral("v"))) {
        if (!o.value(QStringLiteral("v")).isString())
            return std::nullopt;
        return verbatim(o.value(QStringLiteral("v")).toString());
    }
    const QJsonValue context = o.value(QStringLiteral("c"));
    if (!context.isString())
        return std::nullopt;
    if (o.contains(QStringLiteral("j"))) {
        if (!o.value(QStringLiteral("j")).isString() || !o.value(QStringLiteral("p")).isArray())
            return std::nullopt;
        LocalizedText t;
        t.m_kind = Kind::Joined;
        t.m_context = context.toString().toUtf8();
        t.m_source = o.value(QStringLiteral("j")).toString().toUtf8();
        for (const QJsonValue &part : o.value(QStringLiteral("p")).toArray()) {
            auto parsed = fromJson(part);
            if (!parsed)
                return std::nullopt;
            t.m_parts.append(*parsed);
        }
        return t;
    }
    const QJsonValue source = o.value(QStringLiteral("s"));
    const QJsonValue n = o.value(QStringLiteral("n"));
    if (!source.isString() || (!n.isUndefined() && !n.isDouble()))
        return std::nullopt;
    LocalizedText t;
    t.m_kind = Kind::Phrase;
    t.m_context = context.toString().toUtf8();
    t.m_source = source.toString().toUtf8();
    t.m_n = n.isUndefined() ? -1 : n.toInt();
    const QJsonValue arguments = o.value(QStringLiteral("a"));
    if (!arguments.isUndefined() && !arguments.isArray())
        return std::nullopt;
    for (const QJsonValue &a : arguments.toArray()) {
        if (a.isString()) {
            t.arg(a.toString());
            continue;
        }
        const QJsonObject ao = a.toObject();
        if (ao.value(QStringLiteral("i")).isDouble()) {
            t.arg(qint64(ao.value(QStringLiteral("i")).toDouble()));
        } else if (ao.value(QStringLiteral("r")).isDouble() && ao.value(QStringLiteral("d")).isDouble()) {
            t.arg(ao.value(QStringLiteral("r")).toDouble(), qBound(0, ao.value(QStringLiteral("d")).toInt(), 9));
        } else if (ao.contains(QStringLiteral("t"))) {
            auto nested = fromJson(ao.value(QStringLiteral("t")));
            if (!nested)
                return std::nullopt;
            t.arg(*nested);
        } else {
            return std::nullopt;
        }
    }
    return t;
}

QString LocalizedText::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson().toObject()).toJson(QJsonDocument::Compact));
}

std::optional<LocalizedText> LocalizedText::fromJsonText(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

} // namespace rulecast
