#include "gui/widgets/historyfilterbar.h"

#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace rulecast;

class TestHistoryFilterBar : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Last = 1790000000;

private Q_SLOTS:
    void startsEmpty()
    {
        HistoryFilterBar bar;
        QVERIFY(bar.filter().isEmpty());
    }

    void choicesBecomeFilters()
    {
        HistoryFilterBar bar;
        bar.setChoices({QStringLiteral("backup"), QStringLiteral("sync")}, {QStringLiteral("failed")},
                       {QStringLiteral("nas")});
        QSignalSpy changed(&bar, &HistoryFilterBar::filterChanged);
        bar.setType(QStringLiteral("sync"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.filter().type, QStringLiteral("sync"));
        bar.setStatus(QStringLiteral("failed"));
        bar.setHost(QStringLiteral("nas"));
        QCOMPARE(changed.count(), 3);
        const TaskFilter f = changed.last().first().value<TaskFilter>();
        QCOMPARE(f.status, QStringLiteral("failed"));
        QCOMPARE(f.host, QStringLiteral("nas"));
        // Unknown values fall back to "all".
        bar.setType(QStringLiteral("no-such-type"));
        QVERIFY(bar.filter().type.isEmpty());
        // New choices keep a selection that still exists.
        bar.setType(QStringLiteral("backup"));
        bar.setChoices({QStringLiteral("backup")}, {}, {});
        QCOMPARE(bar.filter().type, QStringLiteral("backup"));
        QVERIFY(bar.filter().status.isEmpty());
        bar.clear();
        QVERIFY(bar.filter().isEmpty());
    }

    void textIsDebounced()
    {
        HistoryFilterBar bar;
        QSignalSpy changed(&bar, &HistoryFilterBar::filterChanged);
        auto *edit = bar.findChild<QLineEdit *>(QStringLiteral("historySearch"));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("trans"));
        QCOMPARE(changed.count(), 0); // not one query per key
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(bar.filter().text, QStringLiteral("trans"));
    }

    void presetsCountBackFromTheNewestTask()
    {
        HistoryFilterBar bar;
        bar.setHistorySpan(Last - 100 * 86400, Last, QTimeZone::utc());
        bar.setRange(HistoryFilterBar::LastWeek);
        TaskFilter f = bar.filter();
        QCOMPARE(*f.to, Last + 1);
        QCOMPARE(*f.from, Last + 1 - 7 * 86400);
        bar.setRange(HistoryFilterBar::AllTime);
        QVERIFY(!bar.filter().from && !bar.filter().to);
    }

    void customRangeIsWholeDaysInTheZone()
    {
        HistoryFilterBar bar;
        const QTimeZone berlin("Europe/Berlin");
        bar.setHistorySpan(Last - 100 * 86400, Last, berlin);
        const QDate to = QDateTime::fromSecsSinceEpoch(Last, berlin).date();
        const QDate from = to.addDays(-2);
        bar.setCustomRange(from, to);
        const TaskFilter f = bar.filter();
        QCOMPARE(*f.from, QDateTime(from, QTime(0, 0), berlin).toSecsSinceEpoch());
        QCOMPARE(*f.to, QDateTime(to.addDays(1), QTime(0, 0), berlin).toSecsSinceEpoch());
    }
};

QTEST_MAIN(TestHistoryFilterBar)
#include "tst_historyfilterbar.moc"
