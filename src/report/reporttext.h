#pragma once

#include "core/localizedtext.h"
#include "core/phrase.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace rulecast {

// The language a report is written in for people (docs/reports.md,
// "Languages"). `rulecast-cli report` writes English with the numbers and
// times it always wrote ("1234.5", "2026-09-21 14:13 UTC"), whatever LANG
// says; File → Export Report… writes the session's language and locale
// ("1.234,5", "21.09.2026 14:13 UTC" in German). The CSV is read by programs
// and stays English with C-locale numbers in every case.
enum class ReportLanguage { English, User };

// Puts the calling thread into `language` while it lives: English is an
// EnglishOnly scope, so phrase(), LocalizedText and the formatters below
// write English and C-locale figures. The report's tables are built and
// rendered inside one scope.
class ReportLanguageScope
{
public:
    explicit ReportLanguageScope(ReportLanguage language);
    ReportLanguageScope(const ReportLanguageScope &) = delete;
    ReportLanguageScope &operator=(const ReportLanguageScope &) = delete;

private:
    std::optional<EnglishOnly> m_english;
};

// A report sentence in the current language. Mark the source where it is
// written: reportText(QT_TRANSLATE_NOOP("ReportText", "Summary")) — lupdate
// does not expand macros, so the context has to be spelled out there.
QString reportPhrase(const char *sourceText, int n = -1);
// The same as a LocalizedText, for sentences with numbers (formatted in the
// current locale) and data arguments.
LocalizedText reportText(const char *sourceText, int n = -1);

// C in English (no digit grouping, a dot), else the user's default locale.
QLocale reportLocale();
QString reportInteger(qint64 n);
QString reportNumber(double x, int decimals);
QString reportPercent(double share, int decimals = 1); // 0.873 → "87.3 %"
// A time in UTC: "2026-09-21 14:13 UTC" in English (and in the C locale),
// the locale's short date (with the full year) and time otherwise:
// "21.09.2026 14:13 UTC".
QString reportTime(qint64 epochSeconds);
// A day label on a chart axis: "Mon 21 Sep" / "Mo. 21. Sep.".
QString reportChartDay(qint64 epochSeconds);
// Stored SQL text ("2026-09-21 14:13:20") as reportTime in a translated
// report; verbatim in English, as the report always showed it.
QString reportStoredTime(const QString &sqlText);

// A stored code word (a conflict's "time_overlap", an impact tier "high")
// for people: the code itself in English, as the report always showed it,
// else its translated label (source: the English label, marked with
// QT_TRANSLATE_NOOP("ReportText", …)).
QString reportCode(const QString &code, const char *label);

} // namespace rulecast
