#include "gui/taskstatusnames.h"
#include "gui/translations.h"
#include "gui/widgets/historyfilterbar.h"

#include <QComboBox>
#include <QTest>

using namespace rulecast;

// Task statuses are data, shown in the user's language when Rulecast knows
// them; the filter keeps matching the stored value.
class TestTaskStatusNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void englishAsStored()
    {
        installTranslations(QStringLiteral("en"));
        QCOMPARE(taskStatusLabel(QStringLiteral("completed")), QStringLiteral("completed"));
        QCOMPARE(taskStatusLabel(QStringLiteral("Failed")), QStringLiteral("failed"));
        QCOMPARE(taskStatusLabel(QStringLiteral("archived-by-hand")), QStringLiteral("archived-by-hand"));
    }

    void germanForKnownStatuses()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(taskStatusLabel(QStringLiteral("completed")), QStringLiteral("abgeschlossen"));
        QCOMPARE(taskStatusLabel(QStringLiteral("FAILED")), QStringLiteral("fehlgeschlagen"));
        QCOMPARE(taskStatusLabel(QStringLiteral("cancelled")), QStringLiteral("abgebrochen"));
        QCOMPARE(taskStatusLabel(QStringLiteral("pending")), QStringLiteral("ausstehend"));
        QCOMPARE(taskStatusLabel(QStringLiteral("archived-by-hand")), QStringLiteral("archived-by-hand"));
        QCOMPARE(taskStatusLabel(QString()), QString());
    }

    void filterShowsTheLabelAndMatchesTheStoredValue()
    {
        installTranslations(QStringLiteral("de"));
        HistoryFilterBar bar;
        bar.setChoices({QStringLiteral("backup")}, {QStringLiteral("completed"), QStringLiteral("odd")}, {});
        auto *status = bar.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(status);
        QCOMPARE(status->count(), 3);
        QCOMPARE(status->itemText(1), QStringLiteral("abgeschlossen"));
        QCOMPARE(status->itemData(1).toString(), QStringLiteral("completed"));
        QCOMPARE(status->itemText(2), QStringLiteral("odd"));
        bar.setStatus(QStringLiteral("completed"));
        QCOMPARE(status->currentText(), QStringLiteral("abgeschlossen"));
        QCOMPARE(bar.filter().status, QStringLiteral("completed"));
    }
};

QTEST_MAIN(TestTaskStatusNames)
#include "tst_taskstatusnames.moc"
