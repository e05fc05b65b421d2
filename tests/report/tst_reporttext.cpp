#include "report/germansession.h"
#include "report/reporttext.h"

#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {
constexpr qint64 kMonday = 1790000000; // 2026-09-21 14:13:20 UTC
}

class TestReportText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishIsWhatTheReportAlwaysWrote()
    {
        // The CLI's report: English text and C-locale figures, also in a
        // German session (a translator installed, German the default locale).
        const GermanSession german;
        const ReportLanguageScope english(ReportLanguage::English);
        QCOMPARE(reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Summary")), QStringLiteral("Summary"));
        QCOMPARE(reportInteger(1234567), QStringLiteral("1234567"));
        QCOMPARE(reportNumber(1234.5, 2), QStringLiteral("1234.50"));
        QCOMPARE(reportPercent(0.873), QStringLiteral("87.3 %"));
        QCOMPARE(reportTime(kMonday), QStringLiteral("2026-09-21 14:13 UTC"));
        QCOMPARE(reportChartDay(kMonday), QStringLiteral("Mon 21 Sep"));
        QCOMPARE(reportStoredTime(QStringLiteral("2026-09-21 14:13:20")), QStringLiteral("2026-09-21 14:13:20"));
        QCOMPARE(reportCode(QStringLiteral("high"), QT_TRANSLATE_NOOP("ReportText", "high")), QStringLiteral("high"));
        QCOMPARE(reportText(QT_TRANSLATE_NOOP("ReportText", "%1 rules, %2 enabled.")).arg(1200).arg(3).toString(),
                 QStringLiteral("1200 rules, 3 enabled."));
    }

    void userLanguageIsTheSessions()
    {
        const GermanSession german;
        const ReportLanguageScope user(ReportLanguage::User);
        QCOMPARE(reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Summary")), QStringLiteral("Zusammenfassung"));
        QCOMPARE(reportInteger(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(reportNumber(1234.5, 2), QStringLiteral("1.234,50"));
        QCOMPARE(reportPercent(0.873), QStringLiteral("87,3 %"));
        QCOMPARE(reportTime(kMonday), QStringLiteral("21.09.2026 14:13 UTC"));
        QCOMPARE(reportChartDay(kMonday), QStringLiteral("Mo. 21. Sept."));
        QCOMPARE(reportStoredTime(QStringLiteral("2026-09-21 14:13:20")), QStringLiteral("21.09.2026 14:13 UTC"));
        // Not a time: shown as stored.
        QCOMPARE(reportStoredTime(QStringLiteral("yesterday")), QStringLiteral("yesterday"));
        QCOMPARE(reportCode(QStringLiteral("high"), QT_TRANSLATE_NOOP("ReportText", "high")), QStringLiteral("hoch"));
        QCOMPARE(reportText(QT_TRANSLATE_NOOP("ReportText", "%1 rules, %2 enabled.")).arg(1200).arg(3).toString(),
                 QStringLiteral("Regeln: 1.200, davon aktiv: 3."));
    }

    void scopesEndAndNest()
    {
        const GermanSession german;
        {
            const ReportLanguageScope english(ReportLanguage::English);
            {
                // A User scope inside an English one stays English.
                const ReportLanguageScope user(ReportLanguage::User);
                QCOMPARE(reportNumber(0.5, 1), QStringLiteral("0.5"));
            }
            QCOMPARE(reportNumber(0.5, 1), QStringLiteral("0.5"));
        }
        QVERIFY(!EnglishOnly::active());
        QCOMPARE(reportNumber(0.5, 1), QStringLiteral("0,5"));
    }

    void cLocaleKeepsIsoTimes()
    {
        // LANG=C (CI, scripts): no convention for people, so the ISO form.
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        QCOMPARE(reportTime(kMonday), QStringLiteral("2026-09-21 14:13 UTC"));
        QCOMPARE(reportNumber(1234.5, 1), QStringLiteral("1234.5"));
        QLocale::setDefault(before);
    }
};

QTEST_GUILESS_MAIN(TestReportText)
#include "tst_reporttext.moc"
