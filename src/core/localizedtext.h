#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace rulecast {

// A sentence kept as its English source and arguments rather than as
// finished text, so it can be shown in the reader's language later: a
// prediction's explanation or an optimization change's reason is stored in
// English (toEnglish(), what the CLI, reports and prompts read) *and* as
// toJson(), from which the desktop app renders it in German (toString()).
//
//   LocalizedText(QT_TRANSLATE_NOOP("PredictionText", "seen on %1 of the last %2 days"))
//       .arg(hits).arg(days)
//
// Arguments are data shown as given (task types, times), numbers formatted
// in the reader's locale (0.5 → "0,5" in German), or nested texts. Plurals
// pass n ("%n run(s)"). Placeholders are %1 … %9, each filled once from the
// argument list in one pass (an argument's own "%2" is never substituted).
class LocalizedText
{
public:
    LocalizedText() = default;
    // sourceText is a string literal marked with QT_TRANSLATE_NOOP (or _N_).
    LocalizedText(const char *context, const char *sourceText, int n = -1);

    // Text that is not translated at all (data, or English from elsewhere).
    static LocalizedText verbatim(const QString &text);
    // The parts joined with a separator that is itself translatable.
    static LocalizedText joined(const QList<LocalizedText> &parts, const char *context, const char *separator);

    LocalizedText &arg(const QString &data);
    LocalizedText &arg(qint64 number);
    LocalizedText &arg(int number) { return arg(qint64(number)); }
    LocalizedText &arg(double number, int decimals);
    LocalizedText &arg(const LocalizedText &nested);

    bool isEmpty() const;
    // The parts of a joined text, each on its own (a list of sources shown
    // one per line); empty for any other text.
    QList<LocalizedText> parts() const;
    // In the user's language (English inside an EnglishOnly scope or without
    // a translator).
    QString toString() const;
    QString toEnglish() const;

    QJsonValue toJson() const;
    // Null when the JSON is not a text written by toJson() (a damaged row
    // must not crash a view; the caller falls back to the stored English).
    static std::optional<LocalizedText> fromJson(const QJsonValue &json);
    // Convenience for a stored column: compact JSON text.
    QString toJsonText() const;
    static std::optional<LocalizedText> fromJsonText(const QString &text);

private:
    struct Argument
    {
        enum Kind { Data, Integer, Real, Nested } kind = Data;
        QString data;
        qint64 integer = 0;
        double real = 0;
        int decimals = 0;
        QList<LocalizedText> nested; // one element; a list breaks the type's recursion
    };
    enum class Kind { Phrase, Verbatim, Joined };

    QString render(bool english) const;
    static QString formatArgument(const Argument &argument, bool english);

    Kind m_kind = Kind::Verbatim;
    QByteArray m_context;
    QByteArray m_source; // the phrase, or the separator of a joined text
    int m_n = -1;
    QString m_verbatim;
    QList<Argument> m_arguments;
    QList<LocalizedText> m_parts;
};

} // namespace rulecast
