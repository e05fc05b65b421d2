#pragma once

// A German session without the real catalogue (tests/report links no GUI):
// a translator that knows a few of the report's messages, and the German
// locale as the default. The real catalogue is exercised by
// tests/gui/tst_reportexportdialog.

#include "testsupport/faketranslator.h"

#include <QCoreApplication>
#include <QLocale>

namespace rulecast::test {

// A few of the report's messages in German.
inline void addReportGerman(FakeTranslator &german)
{
    german
        .add("ReportText", "Summary", QStringLiteral("Zusammenfassung"))
        .add("ReportText", "Rulecast report", QStringLiteral("Rulecast-Bericht"))
        .add("ReportText", "Detected patterns", QStringLiteral("Erkannte Muster"))
        .add("ReportText", "page %1", QStringLiteral("Seite %1"))
        .add("ReportText", "en", QStringLiteral("de"))
        .add("ReportText", "ddd d MMM", QStringLiteral("ddd d. MMM"))
        .add("ReportText", "high", QStringLiteral("hoch"))
        .add("ReportText", "yes", QStringLiteral("ja"))
        .add("ReportText", "%1 rules, %2 enabled.", QStringLiteral("Regeln: %1, davon aktiv: %2."))
        .add("ReportMetric", "Runs", QStringLiteral("Läufe"))
        .add("PatternTypeLabel", "daily recurring", QStringLiteral("täglich wiederkehrend"))
        .add("PatternTypeLabel", "weekly recurring", QStringLiteral("wöchentlich wiederkehrend"))
        .add("PatternTypeLabel", "recurring at an interval", QStringLiteral("im Intervall wiederkehrend"))
        .add("PatternTypeLabel", "task correlation", QStringLiteral("Aufgabenkorrelation"))
        .add("PatternTypeLabel", "resource usage", QStringLiteral("Ressourcennutzung"));
}

// Installs the translator and the German locale while it lives.
class GermanSession
{
public:
    GermanSession() : m_locale(QLocale())
    {
        addReportGerman(m_translator);
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
    FakeTranslator m_translator;
    QLocale m_locale;
};

} // namespace rulecast::test
