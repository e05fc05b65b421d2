#include "report/reporttext.h"

#include "core/timeformat.h"

#include <QDateTime>
#include <QTimeZone>

namespace rulecast {

namespace {
constexpr char kContext[] = "ReportText";
}

ReportLanguageScope::ReportLanguageScope(ReportLanguage language)
{
    if (language == ReportLanguage::English)
        m_english.emplace();
}

QString reportPhrase(const char *sourceText, int n)
{
    return phrase(kContext, sourceText, n);
}

LocalizedText reportText(const char *sourceText, int n)
{
    return LocalizedText(kContext, sourceText, n);
}

QLocale reportLocale()
{
    // The same choice LocalizedText makes for its numbers, so a sentence and
    // the table under it agree.
    return EnglishOnly::active() ? QLocale::c() : QLocale();
}

QString reportInteger(qint64 n)
{
    return reportLocale().toString(n);
}

QString reportNumber(double x, int decimals)
{
    return reportLocale().toString(x, 'f', decimals);
}

QString reportPercent(double share, int decimals)
{
    return reportNumber(share * 100.0, decimals) + QStringLiteral(" %");
}

QString reportTime(qint64 epochSeconds)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc());
    const QLocale locale = reportLocale();
    // The C locale (English, or LANG=C) has no convention for people: ISO.
    if (locale.language() == QLocale::C)
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
    QString date = locale.dateFormat(QLocale::ShortFormat);
    // Short formats have a two-digit year ("dd.MM.yy"); a report is kept for
    // years, so it spells the year out.
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(at, date + u' ' + locale.timeFormat(QLocale::ShortFormat)) + QStringLiteral(" UTC");
}

QString reportChartDay(qint64 epochSeconds)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc());
    //: A day on a chart's time axis (QDateTime format: ddd = weekday, d = day, MMM = month, all abbreviated)
    return reportLocale().toString(at, reportPhrase(QT_TRANSLATE_NOOP("ReportText", "ddd d MMM")));
}

QString reportStoredTime(const QString &sqlText)
{
    if (EnglishOnly::active())
        return sqlText;
    const std::optional<qint64> t = timeformat::parse(sqlText);
    return t ? reportTime(*t) : sqlText;
}

QString reportCode(const QString &code, const char *label)
{
    return EnglishOnly::active() ? code : reportPhrase(label);
}

} // namespace rulecast
