#include "app/scheduleoptimization.h"
#include "app/storedrunload.h"
#include "core/timeformat.h"

#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

const qint64 kWindow = QDateTime(QDate(2027, 1, 4), QTime(6, 0), Qt::UTC).toSecsSinceEpoch();

void exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
}

// Three rules piled up at 02:00 plus a fixed predicted task the optimizer cannot move.
void plant(const Database &db)
{
    const QString now = timeformat::toSqlTime(kWindow - 3600);
    for (int i = 0; i < 3; ++i) {
        exec(db, QStringLiteral("INSERT INTO scheduling_rules (rule_name, cron_expression, is_enabled, "
                                "estimated_duration_seconds, confidence_score, created_at, updated_at) VALUES ('job%1', "
                                "'0 2 * * *', 1, %2, 0.9, '%3', '%3')")
                     .arg(i)
                     .arg(1800 + i * 600)
                     .arg(now));
    }
    exec(db, QStringLiteral("INSERT INTO predictive_schedules (predicted_task_type, predicted_execution_time, "
                            "confidence_score, resource_requirements, created_at, updated_at) VALUES ('adhoc', '%1', "
                            "0.9, '{\"estimated_duration_minutes\": 42}', '%2', '%2')")
                 .arg(timeformat::toSqlTime(kWindow + 20 * 3600), now));
}

} // namespace

class TestStoredRunLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayEqualsTheOptimizersLoad()
    {
        TempDatabase tmp;
        plant(tmp.db());
        ScheduleOptimizationRequest r;
        r.databasePath = tmp.path();
        r.settings.capacity = 1;
        r.windowStart = kWindow;
        r.lookAheadHours = 48;
        r.generatePredictions = false;
        r.now = kWindow;
        const Result<ScheduleOptimizationReport> run = runScheduleOptimization(r);
        QVERIFY2(run, qPrintable(run.error()));
        QVERIFY(!run->changes.isEmpty()); // the pile-up was spread
        QVERIFY(run->outcome.loadBefore != run->outcome.loadAfter);

        const Result<OptimizationRecord> record = OptimizationStore(tmp.db()).find(run->runId);
        QVERIFY(record);
        const Result<StoredRunLoad> load = replayStoredRunLoad(tmp.db(), *record);
        QVERIFY2(load, qPrintable(load.error()));
        QCOMPARE(load->before, run->outcome.loadBefore);
        QCOMPARE(load->after, run->outcome.loadAfter);
        QCOMPARE(load->capacity, 1);
        QCOMPARE(load->days, run->horizon.days);
        QCOMPARE(load->startEpoch, QDateTime(run->horizon.startDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(load->windowStart, kWindow);
        QVERIFY(load->warnings.isEmpty());

        // A run stored before snapshots carried run lengths: the prediction's
        // row supplies it, with the same result.
        OptimizationRecord old = *record;
        for (QJsonObject *snapshot : {&old.originalSchedule, &old.optimizedSchedule}) {
            QJsonArray predictions = snapshot->value(QLatin1String("predictions")).toArray();
            for (int i = 0; i < predictions.size(); ++i) {
                QJsonObject p = predictions.at(i).toObject();
                p.remove(QStringLiteral("duration_minutes"));
                predictions[i] = p;
            }
            snapshot->insert(QStringLiteral("predictions"), predictions);
        }
        const Result<StoredRunLoad> again = replayStoredRunLoad(tmp.db(), old);
        QVERIFY(again);
        QCOMPARE(again->before, run->outcome.loadBefore);
    }

    void aRecordWithoutWindowIsRefused()
    {
        TempDatabase tmp;
        OptimizationRecord r;
        r.id = 7;
        const Result<StoredRunLoad> load = replayStoredRunLoad(tmp.db(), r);
        QVERIFY(!load);
        QVERIFY(load.error().contains(QLatin1String("#7")));
    }

    void hourOfDay()
    {
        QVector<int> load(2 * 1440, 0);
        load[2 * 60 + 5] = 3;       // day 1, 02:05
        load[1440 + 2 * 60 + 10] = 1; // day 2, 02:10
        load[23 * 60] = 2;
        const HourOfDayLoad h = loadByHourOfDay(load);
        QCOMPARE(h.peak[2], 3);
        QCOMPARE(h.mean[2], 4.0 / 120.0);
        QCOMPARE(h.peak[23], 2);
        QCOMPARE(h.peak[0], 0);
    }
};

QTEST_GUILESS_MAIN(TestStoredRunLoad)
#include "tst_storedrunload.moc"
