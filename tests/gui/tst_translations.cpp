#include "gui/mainwindow.h"
#include "gui/translations.h"
#include "gui/widgets/configfield.h"
#include "core/configkeys.h"
#include "core/crondescription.h"
#include "core/ruleconflicts.h"
#include "core/rulegenerator.h"
#include "gui/models/patterntypelabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <set>

using namespace rulecast;

namespace {

// Every message of a .ts file with what the check needs.
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    bool hasTranslation = false;
    QStringList forms;       // one entry, or the numerus forms
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": cannot read");
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.hasTranslation = true;
                m.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1 … %99, %L1, and %n / %Ln of plural messages.
std::set<QString> placeholders(const QString &text, bool withCount = true)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    std::set<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (withCount || !p.endsWith(u'n'))
            found.insert(p);
    }
    return found;
}

// A keyboard accelerator: & before a letter or digit, not an HTML entity (&amp;).
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?!amp;|lt;|gt;|nbsp;|quot;|#)\\w"),
                                       QRegularExpression::UseUnicodePropertiesOption); // &Über
    return re.match(text).hasMatch();
}

// Contexts the sources name themselves: QCoreApplication::translate("main", …),
// QT_TRANSLATE_NOOP("rulecast::ConfigKey", …), Q_DECLARE_TR_FUNCTIONS(RuleTexts). Every other context must be a
// class of namespace rulecast, as tr() names it at run time.
QSet<QString> explicitContexts()
{
    static const QSet<QString> contexts = [] {
        QSet<QString> found;
        const QString root = qEnvironmentVariable("RULECAST_SOURCE_DIR") + QStringLiteral("/src");
        static const QRegularExpression re(QStringLiteral(
            "(?:translate|QT_TRANSLATE_NOOP3?)\\(\\s*\"([^\"]+)\"|Q_DECLARE_TR_FUNCTIONS\\(\\s*(\\w+)\\s*\\)"));
        QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = re.globalMatch(text); m.hasNext();) {
                const QRegularExpressionMatch match = m.next();
                found.insert(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
            }
        }
        return found;
    }();
    return contexts;
}

// What is wrong with one file; empty when every message is translated.
QStringList problems(const QString &path, int pluralForms, bool numerusOnly)
{
    const TsFile ts = readTs(path);
    if (!ts.error.isEmpty())
        return {ts.error};
    QStringList out;
    if (ts.messages.isEmpty())
        out << path + QStringLiteral(": no messages");
    for (const Message &m : ts.messages) {
        const QString where = QStringLiteral("%1 [%2] \"%3\"").arg(QFileInfo(path).fileName(), m.context, m.source);
        if (!m.context.startsWith(QLatin1String("rulecast::")) && !explicitContexts().contains(m.context))
            out << where + QStringLiteral(": context is neither a class of namespace rulecast nor named in a "
                                          "translate() call or Q_DECLARE_TR_FUNCTIONS (lupdate could not resolve the class — an include "
                                          "path? — and at run time the translation would not be found)");
        if (numerusOnly && !m.numerus) {
            out << where + QStringLiteral(": not a plural message (the English file holds only plural forms)");
            continue;
        }
        if (!m.hasTranslation || !m.translationType.isEmpty()) {
            out << where + QStringLiteral(": %1").arg(m.translationType.isEmpty() ? QStringLiteral("no translation")
                                                                                  : m.translationType);
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms) {
            out << where + QStringLiteral(": %1 plural forms, expected %2").arg(m.forms.size()).arg(pluralForms);
            continue;
        }
        for (int i = 0; i < m.forms.size(); ++i) {
            const QString &form = m.forms.at(i);
            if (form.trimmed().isEmpty()) {
                out << where + QStringLiteral(": empty translation");
                break;
            }
            // A singular may spell the count out ("Next fire time:"); the
            // last (plural) form must show it.
            const bool mayOmitCount = m.numerus && i + 1 < m.forms.size();
            if (placeholders(form, !mayOmitCount) != placeholders(m.source, !mayOmitCount)) {
                out << where + QStringLiteral(": placeholders differ in \"%1\"").arg(form);
                break;
            }
            if (hasMnemonic(m.source) != hasMnemonic(form)) {
                out << where + QStringLiteral(": keyboard accelerator (&) missing or extra in \"%1\"").arg(form);
                break;
            }
        }
    }
    return out;
}

void verifyComplete(const QString &dir)
{
    QStringList all = problems(dir + QStringLiteral("/rulecast_de.ts"), 2, false);
    all << problems(dir + QStringLiteral("/rulecast_en.ts"), 2, true);
    if (!all.isEmpty()) {
        const QString hint = QStringLiteral(
            "\nRun `cmake --build build --target update_translations`, translate the entries in "
            "translations/rulecast_de.ts (and plural forms in rulecast_en.ts) and commit them; see docs/translations.md.");
        QFAIL(qPrintable(QStringLiteral("%1 translation problem(s):\n").arg(all.size())
                         + all.mid(0, 40).join(u'\n') + (all.size() > 40 ? QStringLiteral("\n…") : QString()) + hint));
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslations(QStringLiteral("en")); }

    // The checked-in files: every message translated, plural forms complete.
    void checkedInFilesAreComplete()
    {
        verifyComplete(qEnvironmentVariable("RULECAST_SOURCE_DIR") + QStringLiteral("/translations"));
    }

    // The build's lupdate run over the current sources: a tr() added since
    // the .ts files were last updated shows up here as unfinished.
    void everyStringOfTheSourcesIsTranslated()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(RULECAST_LUPDATE_CHECK_DIR "/rulecast_de.ts")));
        verifyComplete(QStringLiteral(RULECAST_LUPDATE_CHECK_DIR));
    }

    void theCheckFindsProblems()
    {
        // The checker itself, on a file with each kind of mistake.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.ts"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">
<context><name>rulecast::X</name>
<message><source>&amp;File</source><translation type="unfinished"></translation></message>
<message><source>Open %1</source><translation>Öffnen</translation></message>
<message><source>&amp;Quit</source><translation>Beenden</translation></message>
<message numerus="yes"><source>%n task(s)</source><translation><numerusform>%n Aufgabe</numerusform></translation></message>
<message><source>Fine</source><translation>Gut</translation></message>
</context>
<context><name>X</name><message><source>Lost</source><translation>Verloren</translation></message></context>
</TS>)");
        f.close();
        const QStringList found = problems(path, 2, false);
        QCOMPARE(found.size(), 5);
        QVERIFY(found.at(0).contains(QLatin1String("unfinished")));
        QVERIFY(found.at(1).contains(QLatin1String("placeholders")));
        QVERIFY(found.at(2).contains(QLatin1String("accelerator")));
        QVERIFY(found.at(3).contains(QLatin1String("1 plural forms, expected 2")));
        QVERIFY(found.at(4).contains(QLatin1String("neither a class")));
    }

    void embedsGermanAndEnglish()
    {
        const QStringList languages = availableLanguages();
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
        QVERIFY(languages.contains(QStringLiteral("en")));
    }

    void germanAndEnglishPlurals()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        const char *ctx = "rulecast::MainWindow";
        QCOMPARE(QCoreApplication::translate(ctx, "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate(ctx, "Settings saved (%n change(s)).", nullptr, 1),
                 QStringLiteral("Einstellungen gespeichert (1 Änderung)."));
        QCOMPARE(QCoreApplication::translate(ctx, "Settings saved (%n change(s)).", nullptr, 3),
                 QStringLiteral("Einstellungen gespeichert (3 Änderungen)."));

        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(ctx, "&File"), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate(ctx, "Settings saved (%n change(s)).", nullptr, 1),
                 QStringLiteral("Settings saved (1 change)."));
        QCOMPARE(QCoreApplication::translate(ctx, "Settings saved (%n change(s)).", nullptr, 3),
                 QStringLiteral("Settings saved (3 changes)."));
    }

    void mainWindowInGerman()
    {
        installTranslations(QStringLiteral("de"));
        MainWindow w;
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(u',')));
        QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
        QVERIFY(!titles.contains(QStringLiteral("&File")));
    }

    // Labels that come from tables (QT_TRANSLATE_NOOP) rather than tr():
    // lupdate misses them silently when the marker is hidden in a macro.
    void settingsLabelsInGerman()
    {
        QStringList english;
        for (const ConfigKey &k : configKeys())
            english << ConfigField::labelFor(k.key) << ConfigField::sectionTitle(k.key.section(u'.', 0, 0))
                    << configDescription(k);
        installTranslations(QStringLiteral("de"));
        int i = 0;
        for (const ConfigKey &k : configKeys()) {
            QVERIFY2(ConfigField::labelFor(k.key) != english.at(i++), qPrintable(k.key));
            QVERIFY2(ConfigField::sectionTitle(k.key.section(u'.', 0, 0)) != english.at(i++), qPrintable(k.key));
            QVERIFY2(configDescription(k) != english.at(i++), qPrintable(k.key));
        }
    }

    // Shown in German, stored and sent in English: optimization changes and
    // prompts use describeCronEnglish(); generated rule descriptions are
    // written in the generating program's language (patternsAndRulesInGerman).
    void cronDescriptionsShownInGermanStoredInEnglish()
    {
        const CronExpression weekdays = CronExpression::parse(QStringLiteral("30 2 * * 1-5")).value();
        const CronExpression everyTwoHours = CronExpression::parse(QStringLiteral("0 */2 * * *")).value();
        installTranslations(QStringLiteral("de"));
        QCOMPARE(describeCron(weekdays), QStringLiteral("Um 02:30, Montag bis Freitag"));
        QCOMPARE(describeCron(everyTwoHours), QStringLiteral("Alle 2 Stunden"));
        QCOMPARE(describeCronEnglish(weekdays), QStringLiteral("At 02:30, Monday through Friday"));
        QCOMPARE(describeCronEnglish(everyTwoHours), QStringLiteral("Every 2 hours"));
        QCOMPARE(describeCron(weekdays), QStringLiteral("Um 02:30, Montag bis Freitag")); // back to German
        installTranslations(QStringLiteral("en"));
        QCOMPARE(describeCron(everyTwoHours), QStringLiteral("Every 2 hours"));
    }

    // The Patterns and Rules views' texts built in core, with the real
    // catalogue: German in a German session, English where stored or exchanged.
    void patternsAndRulesInGerman()
    {
        ActivityPattern interval;
        interval.id = 1;
        interval.kind = PatternKind::Interval;
        interval.taskTypes = {QStringLiteral("sync-photos")};
        interval.periodMinutes = 240;
        interval.minuteOfDay = 5;
        interval.spreadMinutes = 0.2;
        interval.timeWindows = {TimeWindow{0, 0, -1, {}, {}}};
        interval.confidence = 1.0;
        interval.occurrences = 30;
        interval.opportunities = 30;
        ActivityPattern daily = interval;
        daily.id = 2;
        daily.kind = PatternKind::Daily;
        daily.taskTypes = {QStringLiteral("backup")};
        daily.minuteOfDay = 134;
        daily.timeWindows = {TimeWindow{2, 3, 14, {}, {}}};
        ActivityPattern weekly = daily;
        weekly.id = 3;
        weekly.kind = PatternKind::Weekly;
        weekly.timeWindows[0].daysOfWeek = {1, 3, 5};

        installTranslations(QStringLiteral("de"));
        QCOMPARE(interval.describe(), QStringLiteral("alle 4 Stunden bei +5 min, ganztägig (±0,2 min)"));
        QCOMPARE(weekly.describe(), QStringLiteral("Mo, Mi, Fr um 02:14 UTC (±0,2 min)"));
        QCOMPARE(interval.recommendationReason(),
                 QStringLiteral("regelmäßig genug (Konfidenz 1,00 ≥ 0,80), um eine Planungsregel zu werden"));
        QCOMPARE(interval.describeEnglish(), QStringLiteral("every 4 hours at +5 min, all day (±0.2 min)"));
        QCOMPARE(interval.toPatternData().value(QStringLiteral("description")).toString(),
                 QStringLiteral("every 4 hours at +5 min, all day (±0.2 min)"));
        QCOMPARE(PatternTypeLabel::of(QStringLiteral("daily_recurring")), QStringLiteral("täglich wiederkehrend"));
        QCOMPARE(PatternTypeLabel::of(QStringLiteral("not_a_type")), QStringLiteral("not_a_type"));

        const GeneratedRules g = RuleGenerator(RuleGenerationOptions{}).generate({daily, interval}, {}, {});
        QCOMPARE(g.rules.size(), 2);
        QCOMPARE(g.rules[0].name, QStringLiteral("backup täglich um 02:14"));
        QCOMPARE(g.rules[0].description,
                 QStringLiteral("backup ausführen: Um 02:14 UTC — an 30 von 30 Tagen gesehen (Konfidenz 1,00)"));
        QCOMPARE(g.rules[1].name, QStringLiteral("sync-photos alle 4 h"));

        SchedulingRule existing = g.rules[0];
        existing.id = 7;
        existing.priority = 90;
        SchedulingRule fresh = g.rules[0];
        fresh.name = QStringLiteral("index");
        fresh.priority = 50;
        ConflictOptions options;
        options.from = 1798761600;
        const QList<RuleConflict> conflicts = findConflicts({existing, fresh}, options);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].suggestion.toString(),
                 QStringLiteral("neue Regel „index“ 2 min später starten (02:16 UTC), nach dem Ende von #7 „backup täglich um 02:14“"));
        QCOMPARE(conflicts[0].suggestion.toEnglish(),
                 QStringLiteral("start new 'index' 2 min later (02:16 UTC), after #7 'backup täglich um 02:14' ends"));

        installTranslations(QStringLiteral("en"));
        QCOMPARE(interval.describe(), QStringLiteral("every 4 hours at +5 min, all day (±0.2 min)"));
        QCOMPARE(PatternTypeLabel::of(QStringLiteral("daily_recurring")), QStringLiteral("daily recurring"));
        const GeneratedRules english = RuleGenerator(RuleGenerationOptions{}).generate({daily}, {}, {});
        QCOMPARE(english.rules[0].description,
                 QStringLiteral("run backup: At 02:14 UTC — seen on 30 of 30 days (confidence 1.00)"));
    }

    void qtsOwnStringsWhenInstalled()
    {
        installTranslations(QStringLiteral("de"));
        if (!qtTranslationsLoaded())
            QSKIP("qtbase_de.qm is not installed (Debian: qt6-translations-l10n); standard buttons stay English");
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
