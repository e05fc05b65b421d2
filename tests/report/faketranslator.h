#pragma once

// A German session without the real catalogue (tests/report links no GUI):
// a translator that knows a few of the report's messages, and the German
// locale as the default. The real catalogue is exercised by
// tests/gui/tst_reportexportdialog.

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTranslator>

namespace rulecast::test {

class FakeGermanTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return m_texts.value(QString::fromUtf8(context) + u'|' + QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }

private:
    QHash<QString, QString> m_texts{
        {QStringLiteral("ReportText|Summary"), QStringLiteral("Zusammenfassung")},
        {QStringLiteral("ReportText|Rulecast report"), QStringLiteral("Rulecast-Bericht")},
        {QStringLiteral("ReportText|Detected patterns"), QStringLiteral("Erkannte Muster")},
        {QStringLiteral("ReportText|page %1"), QStringLiteral("Seite %1")},
        {QStringLiteral("ReportText|en"), QStringLiteral("de")},
        {QStringLiteral("ReportText|ddd d MMM"), QStringLiteral("ddd d. MMM")},
        {QStringLiteral("ReportText|high"), QStringLiteral("hoch")},
        {QStringLiteral("ReportText|yes"), QStringLiteral("ja")},
        {QStringLiteral("ReportText|%1 rules, %2 enabled."), QStringLiteral("Regeln: %1, davon aktiv: %2.")},
        {QStringLiteral("ReportMetric|Runs"), QStringLiteral("Läufe")},
    };
};

// Installs the translator and the German locale while it lives.
class GermanSession
{
public:
    GermanSession() : m_locale(QLocale())
    {
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~GermanSession()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }
    GermanSession(const GermanSession &) = delete;
    GermanSession &operator=(const GermanSession &) = delete;

private:
    FakeGermanTranslator m_translator;
    QLocale m_locale;
};

} // namespace rulecast::test
