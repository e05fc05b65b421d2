#include "storage/rulestore.h"

#include "core/phrase.h"
#include "testsupport/faketranslator.h"
#include "testsupport/testsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

// The refusals of rule edits: English for the CLI, in the user's language for
// the Rules view (which shows them as they come).
class TestRuleStore : public QObject
{
    Q_OBJECT
private:
    static constexpr qint64 Now = 1800000000;

    static qint64 addRule(const RuleStore &store)
    {
        const Result<qint64> id = store.create(QStringLiteral("backup"), QStringLiteral("0 2 * * *"), 50, true, Now);
        return id ? *id : -1;
    }

    static QString storedCron(Database &db, qint64 id)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT cron_expression FROM scheduling_rules WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void refusalsInEnglish()
    {
        TempDatabase tdb;
        const RuleStore store(tdb.db());
        const qint64 id = addRule(store);
        QVERIFY(id > 0);
        QCOMPARE(store.setField(id, RuleField::Priority, 101, Now).error(),
                 QStringLiteral("priority: expected a whole number from 1 to 100, got '101'"));
        QCOMPARE(store.setField(id, RuleField::Name, QStringLiteral("  "), Now).error(),
                 QStringLiteral("name: a rule needs a name"));
        QCOMPARE(store.setField(id, RuleField::Cron, QStringLiteral("0 25 * * *"), Now).error(),
                 QStringLiteral("hour: 25 is out of range 0-23"));
        QCOMPARE(store.setField(id + 1, RuleField::Priority, 5, Now).error(),
                 QStringLiteral("there is no rule %1 (deleted elsewhere?)").arg(id + 1));
        QCOMPARE(storedCron(tdb.db(), id), QStringLiteral("0 2 * * *"));
    }

    void refusalsInTheUsersLanguage()
    {
        FakeTranslator german;
        german.add("RuleStore", "priority: expected a whole number from 1 to 100, got '%1'",
                   QStringLiteral("Priorität: erwartet wird eine ganze Zahl von 1 bis 100, erhalten: „%1“"))
            .add("RuleStore", "name: a rule needs a name", QStringLiteral("Name: eine Regel braucht einen Namen"))
            .add("RuleStore", "there is no rule %1 (deleted elsewhere?)",
                 QStringLiteral("es gibt keine Regel %1 (anderswo gelöscht?)"))
            .add("CronExpression", "%1: %2 is out of range %3-%4", QStringLiteral("%1: %2 liegt außerhalb des Bereichs %3-%4"))
            .add("CronExpression", "hour", QStringLiteral("Stunde"));
        QCoreApplication::installTranslator(&german);
        TempDatabase tdb;
        const RuleStore store(tdb.db());
        const qint64 id = addRule(store);
        QVERIFY(id > 0);
        QCOMPARE(store.setField(id, RuleField::Priority, 0, Now).error(),
                 QStringLiteral("Priorität: erwartet wird eine ganze Zahl von 1 bis 100, erhalten: „0“"));
        QCOMPARE(store.create(QString(), QStringLiteral("* * * * *"), 5, true, Now).error(),
                 QStringLiteral("Name: eine Regel braucht einen Namen"));
        QCOMPARE(store.setField(id, RuleField::Cron, QStringLiteral("0 25 * * *"), Now).error(),
                 QStringLiteral("Stunde: 25 liegt außerhalb des Bereichs 0-23"));
        QCOMPARE(store.setField(id + 7, RuleField::Name, QStringLiteral("x"), Now).error(),
                 QStringLiteral("es gibt keine Regel %1 (anderswo gelöscht?)").arg(id + 7));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(storedCron(tdb.db(), id), QStringLiteral("0 2 * * *"));
    }
};

QTEST_GUILESS_MAIN(TestRuleStore)
#include "tst_rulestore.moc"
