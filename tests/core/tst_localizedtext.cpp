#include "core/localizedtext.h"
#include "core/phrase.h"
#include "testsupport/faketranslator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace rulecast;

namespace {

// Stands in for a German catalogue: knows a few messages of context "Test".
void addGerman(test::FakeTranslator &german)
{
    german.add("Test", "seen on %1 of the last %2 days", QStringLiteral("an %1 der letzten %2 Tage gesehen"))
        .add("Test", "about %1 min", QStringLiteral("etwa %1 min"))
        .add("Test", "; ", QStringLiteral(" | "))
        .add("Test", "%2 before %1", QStringLiteral("%1 nach %2"))
        .add("Test", "%n run(s)", QStringLiteral("1 Lauf|%n Läufe"));
}

} // namespace

class TestLocalizedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { addGerman(m_german); }
    void init() { QLocale::setDefault(QLocale::c()); }
    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_german);
        QLocale::setDefault(QLocale::c());
    }

    void englishWithoutTranslator()
    {
        LocalizedText t("Test", "seen on %1 of the last %2 days");
        t.arg(20).arg(30);
        QCOMPARE(t.toString(), QStringLiteral("seen on 20 of the last 30 days"));
        QCOMPARE(t.toEnglish(), QStringLiteral("seen on 20 of the last 30 days"));
    }

    void translatedWithNumbersInTheUsersLocale()
    {
        QCoreApplication::installTranslator(&m_german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        LocalizedText t("Test", "about %1 min");
        t.arg(1234.5, 1);
        QCOMPARE(t.toString(), QStringLiteral("etwa 1.234,5 min"));
        // Stored text stays English with C-locale numbers whatever the user's language.
        QCOMPARE(t.toEnglish(), QStringLiteral("about 1234.5 min"));
        const EnglishOnly english;
        QCOMPARE(t.toString(), QStringLiteral("about 1234.5 min"));
    }

    void reorderedPlaceholdersAndDataWithPercentSigns()
    {
        QCoreApplication::installTranslator(&m_german);
        LocalizedText t("Test", "%2 before %1");
        t.arg(QStringLiteral("a%2b")).arg(QStringLiteral("c"));
        QCOMPARE(t.toEnglish(), QStringLiteral("c before a%2b"));
        QCOMPARE(t.toString(), QStringLiteral("a%2b nach c"));
    }

    void plurals()
    {
        QCOMPARE(LocalizedText("Test", "%n run(s)", 1).toEnglish(), QStringLiteral("1 run"));
        QCOMPARE(LocalizedText("Test", "%n run(s)", 3).toString(), QStringLiteral("3 runs"));
        QCOMPARE(englishPhrase("%n run(s)", 0), QStringLiteral("0 runs"));
        QCOMPARE(phrase("Unknown", "%n day(s) left", 1), QStringLiteral("1 day left"));
        QCoreApplication::installTranslator(&m_german);
        QCOMPARE(LocalizedText("Test", "%n run(s)", 1).toString(), QStringLiteral("1 Lauf"));
        QCOMPARE(LocalizedText("Test", "%n run(s)", 4).toString(), QStringLiteral("4 Läufe"));
        QCOMPARE(LocalizedText("Test", "%n run(s)", 4).toEnglish(), QStringLiteral("4 runs"));
    }

    void nestedAndJoined()
    {
        QCoreApplication::installTranslator(&m_german);
        LocalizedText inner("Test", "about %1 min");
        inner.arg(qint64(3));
        LocalizedText seen("Test", "seen on %1 of the last %2 days");
        seen.arg(2).arg(7);
        const LocalizedText all = LocalizedText::joined({seen, inner, LocalizedText::verbatim(QStringLiteral("data"))},
                                                        "Test", "; ");
        QCOMPARE(all.toEnglish(), QStringLiteral("seen on 2 of the last 7 days; about 3 min; data"));
        QCOMPARE(all.toString(), QStringLiteral("an 2 der letzten 7 Tage gesehen | etwa 3 min | data"));
        LocalizedText outer("Test", "%2 before %1");
        outer.arg(inner).arg(QStringLiteral("x"));
        QCOMPARE(outer.toString(), QStringLiteral("etwa 3 min nach x"));
    }

    void jsonRoundTrip()
    {
        QCoreApplication::installTranslator(&m_german);
        LocalizedText inner("Test", "about %1 min");
        inner.arg(2.25, 2);
        LocalizedText seen("Test", "seen on %1 of the last %2 days");
        seen.arg(QStringLiteral("twenty")).arg(qint64(30));
        LocalizedText plural("Test", "%n run(s)", 2);
        const LocalizedText all = LocalizedText::joined({seen, inner, plural, LocalizedText::verbatim(QStringLiteral("v"))},
                                                        "Test", "; ");
        const auto back = LocalizedText::fromJsonText(all.toJsonText());
        QVERIFY(back.has_value());
        QCOMPARE(back->toString(), all.toString());
        QCOMPARE(back->toEnglish(), all.toEnglish());
        QCOMPARE(back->toJsonText(), all.toJsonText());
    }

    void damagedJsonIsRefused()
    {
        for (const char *bad : {"", "[]", "{\"s\":\"x\"}", "{\"c\":1,\"s\":\"x\"}", "{\"c\":\"T\",\"s\":\"x\",\"a\":[{}]}",
                                "{\"c\":\"T\",\"s\":\"x\",\"a\":5}", "{\"c\":\"T\",\"j\":\"; \",\"p\":[1]}", "{\"v\":3}",
                                "{\"c\":\"T\",\"s\":\"x\",\"n\":\"two\"}", "not json"}) {
            QVERIFY2(!LocalizedText::fromJsonText(QString::fromLatin1(bad)).has_value(), bad);
        }
        QVERIFY(LocalizedText().isEmpty());
    }

    void englishOnlyNestsAndIsPerThread()
    {
        QCoreApplication::installTranslator(&m_german);
        const LocalizedText t = LocalizedText("Test", "about %1 min").arg(qint64(1));
        {
            const EnglishOnly a;
            {
                const EnglishOnly b;
                QCOMPARE(t.toString(), QStringLiteral("about 1 min"));
            }
            QVERIFY(EnglishOnly::active());
            QCOMPARE(t.toString(), QStringLiteral("about 1 min"));
        }
        QVERIFY(!EnglishOnly::active());
        QCOMPARE(t.toString(), QStringLiteral("etwa 1 min"));
    }

private:
    test::FakeTranslator m_german;
};

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
