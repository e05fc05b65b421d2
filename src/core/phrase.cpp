#include "phrase.h"

#include <QCoreApplication>
#include <QLocale>

namespace rulecast {

namespace {
thread_local int t_englishDepth = 0;
}

QString englishPhrase(const char *sourceText, int n)
{
    QString english = QString::fromUtf8(sourceText);
    if (n < 0)
        return english;
    english.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    // %Ln groups digits like the C locale's English: 1,234.
    english.replace(QStringLiteral("%Ln"), QLocale::c().toString(n));
    english.replace(QStringLiteral("%n"), QString::number(n));
    return english;
}

QString phrase(const char *context, const char *sourceText, int n)
{
    if (t_englishDepth > 0)
        return englishPhrase(sourceText, n);
    const QString translated = QCoreApplication::translate(context, sourceText, nullptr, n);
    // No catalogue knew it (the CLI, or a language without this message):
    // Qt returns the source with %n filled in but "(s)" left; tidy that.
    if (n >= 0 && translated.contains(QStringLiteral("(s)")))
        return englishPhrase(sourceText, n);
    return translated;
}

EnglishOnly::EnglishOnly()
{
    ++t_englishDepth;
}

EnglishOnly::~EnglishOnly()
{
    --t_englishDepth;
}

bool EnglishOnly::active()
{
    return t_englishDepth > 0;
}

} // namespace rulecast
