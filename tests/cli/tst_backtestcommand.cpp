#include "core/slotgrid.h"

#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <random>

using namespace rulecast;
using namespace rulecast::test;

namespace {

constexpr qint64 kDay = 86400;
const qint64 kStartDay = 20454; // 2026-01-01

// 60 days: four types at their own hour on most weekdays, one noisy type.
QList<TaskRecord> history()
{
    std::mt19937 rng(9);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    QList<TaskRecord> tasks;
    for (int d = 0; d < 60; ++d) {
        const qint64 day = kStartDay + d;
        for (int t = 0; t < 4; ++t)
            if (uniform(rng) < (SlotGrid::isWeekend(day) ? 0.1 : 0.9))
                tasks.append(makeTask(QStringLiteral("job%1").arg(t), day * kDay + (8 + 3 * t) * 3600 + 300));
        tasks.append(makeTask(QStringLiteral("noise"), day * kDay + qint64(uniform(rng) * kDay)));
    }
    return tasks;
}

} // namespace

class TestBacktestCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonShape()
    {
        TempDatabase temp;
        QVERIFY(insertTasks(temp.db(), history()).ok());
        const CliRun run = runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("--output-format"),
                                   QStringLiteral("json"), QStringLiteral("backtest"), QStringLiteral("--from"),
                                   QStringLiteral("2026-02-16"), QStringLiteral("--to"), QStringLiteral("2026-03-01")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("cells")).toInt(), 14 * 24 * 5);
        QVERIFY(o.value(QStringLiteral("positives")).toInt() > 30);
        const QJsonArray models = o.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 3);
        QStringList names;
        for (const auto &m : models) {
            const QJsonObject mo = m.toObject();
            names << mo.value(QStringLiteral("name")).toString();
            for (const char *key : {"best_f1", "best_threshold", "brier", "calibration_error", "precision_at_0_7"})
                QVERIFY2(mo.contains(QLatin1String(key)), key);
        }
        QCOMPARE(names, QStringList({QStringLiteral("rulecast"), QStringLiteral("same_slot_yesterday"),
                                     QStringLiteral("share_same_kind_28d")}));
        const double ours = models[0].toObject().value(QStringLiteral("brier")).toDouble();
        const double naive = models[1].toObject().value(QStringLiteral("brier")).toDouble();
        QVERIFY(ours < naive);
        const QJsonArray days = o.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 14);
        QCOMPARE(days[0].toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-02-16"));
    }

    void tableAndDetailed()
    {
        TempDatabase temp;
        QVERIFY(insertTasks(temp.db(), history()).ok());
        const QStringList args{QStringLiteral("backtest"), QStringLiteral("--from"), QStringLiteral("2026-02-23"),
                               QStringLiteral("--to"), QStringLiteral("2026-02-26"), QStringLiteral("--slot-minutes"),
                               QStringLiteral("30")};
        const CliRun table = runCli(QStringList{QStringLiteral("--db"), temp.path()} + args);
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("share_same_kind_28d"));
        QVERIFY(table.out.contains("4 days replayed"));
        const CliRun detailed =
            runCli(QStringList{QStringLiteral("--db"), temp.path(), QStringLiteral("--output-format"),
                               QStringLiteral("detailed")} + args);
        QCOMPARE(detailed.exitCode, 0);
        QVERIFY(detailed.out.contains("Calibration of rulecast"));
        QVERIFY(detailed.out.contains("2026-02-24"));
    }

    void usageErrors()
    {
        TempDatabase temp;
        const CliRun missing = runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("backtest"),
                                       QStringLiteral("--from"), QStringLiteral("2026-02-01")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("--to"));
        const CliRun reversed = runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("backtest"),
                                        QStringLiteral("--from"), QStringLiteral("2026-02-10"), QStringLiteral("--to"),
                                        QStringLiteral("2026-02-01")});
        QCOMPARE(reversed.exitCode, 2);
        const CliRun slots = runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("backtest"),
                                     QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                                     QStringLiteral("2026-02-02"), QStringLiteral("--slot-minutes"), QStringLiteral("7")});
        QCOMPARE(slots.exitCode, 2);
        QVERIFY(slots.err.contains("--slot-minutes"));
        const CliRun badTime = runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("backtest"),
                                       QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--to"),
                                       QStringLiteral("2026-02-02")});
        QCOMPARE(badTime.exitCode, 2);
    }

    void emptyHistoryScoresNothing()
    {
        TempDatabase temp;
        const CliRun run = runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("--output-format"),
                                   QStringLiteral("json"), QStringLiteral("backtest"), QStringLiteral("--from"),
                                   QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-02-03")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("cells")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("skipped_days")).toArray().size(), 3);
        QVERIFY(run.err.contains("nothing to score"));
    }
};

QTEST_GUILESS_MAIN(TestBacktestCommand)
#include "tst_backtestcommand.moc"
