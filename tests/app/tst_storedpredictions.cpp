#include "app/predictionexplainer.h"
#include "testsupport/faketranslator.h"
#include "app/storedpredictions.h"
#include "core/timeformat.h"

#include "testsupport/testsupport.h"

#include "core/localizedtext.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using namespace rulecast;
using namespace rulecast::test;

namespace {

constexpr qint64 kHour = 3600;
const qint64 kNow = 20494 * 86400 + 12 * kHour; // 2026-02-10 12:00 UTC

qint64 addPrediction(const Database &db, const QString &type, qint64 at, double confidence, QVariant slotMinutes = 30,
                     const QString &resources = QStringLiteral("{\"estimated_duration_minutes\": 12.5, "
                                                               "\"duration_p90_minutes\": 20, \"cpu_requirement\": 35, "
                                                               "\"memory_requirement\": 512, \"based_on_runs\": 9, "
                                                               "\"estimated\": [\"disk\"]}"))
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO predictive_schedules (predicted_task_type, predicted_execution_time, "
                             "confidence_score, resource_requirements, slot_minutes, explanation, source) "
                             "VALUES (?, ?, ?, ?, ?, ?, 'history')"));
    q.addBindValue(type);
    q.addBindValue(timeformat::toSqlTime(at));
    q.addBindValue(confidence);
    q.addBindValue(resources);
    q.addBindValue(slotMinutes);
    q.addBindValue(QStringLiteral("because %1").arg(type));
    if (!q.exec())
        qFatal("insert failed");
    return q.lastInsertId().toLongLong();
}

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

void setAccuracy(const Database &db, qint64 id, double accuracy)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE predictive_schedules SET prediction_accuracy = ? WHERE id = ?"));
    q.addBindValue(accuracy);
    q.addBindValue(id);
    QVERIFY(q.exec());
}

void setExplanationText(const Database &db, qint64 id, const QString &json)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE predictive_schedules SET explanation_text = ? WHERE id = ?"));
    q.addBindValue(json);
    q.addBindValue(id);
    QVERIFY(q.exec());
}

// Stands in for the German catalogue: a few of the PredictionText messages.
void addGerman(test::FakeTranslator &german)
{
    german
        .add("PredictionText", "rule #%1 fires %2 (hit %3/%4)", QStringLiteral("Regel #%1 löst %2 aus (Treffer %3/%4)"))
        .add("PredictionText", "base rate of %1 in similar slots", QStringLiteral("Grundrate von %1 in ähnlichen Zeitfenstern"));
}

} // namespace

class TestStoredPredictions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsRowsOfAWindow()
    {
        TempDatabase temp;
        const qint64 a = addPrediction(temp.db(), QStringLiteral("backup"), kNow + kHour, 0.91);
        addPrediction(temp.db(), QStringLiteral("etl"), kNow + 5 * kHour, 0.75, QVariant(QMetaType(QMetaType::Int)),
                      QStringLiteral("{}"));
        addPrediction(temp.db(), QStringLiteral("late"), kNow + 30 * kHour, 0.8);
        const Result<std::vector<PredictionRecord>> rows = readStoredPredictions(temp.db(), kNow, kNow + 24 * kHour);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), size_t(2));
        const PredictionRecord &p = rows->at(0);
        QCOMPARE(p.id, a);
        QCOMPARE(p.taskType, QStringLiteral("backup"));
        QCOMPARE(p.slotStart, kNow + kHour);
        QCOMPARE(p.slotEnd, kNow + kHour + 30 * 60);
        QCOMPARE(p.confidence, 0.91);
        QCOMPARE(p.explanation, QStringLiteral("because backup"));
        QCOMPARE(p.source, QStringLiteral("history"));
        QCOMPARE(p.resources.durationMinutes, 12.5);
        QCOMPARE(p.resources.durationP90Minutes, 20.0);
        QCOMPARE(p.resources.cpuPercent, 35.0);
        QCOMPARE(p.resources.memoryMb, 512.0);
        QCOMPARE(p.resources.samples, 9);
        QCOMPARE(p.resources.estimated, QStringList{QStringLiteral("disk")});
        QVERIFY(!p.scheduled);
        QVERIFY(!p.cameTrue.has_value());
        // No slot length (a row from before schema step 8): the default slot; no resources: NaN, not 0.
        const PredictionRecord &old = rows->at(1);
        QCOMPARE(old.slotEnd - old.slotStart, qint64(PredictionRecord::kDefaultSlotMinutes) * 60);
        QVERIFY(std::isnan(old.resources.durationMinutes));
        QVERIFY(std::isnan(old.resources.memoryMb));

        // What "Explain this prediction" is told: the row's facts; missing figures count as estimated.
        const PredictionExplanationInput in = explanationInputOf(p);
        QCOMPARE(in.taskType, QStringLiteral("backup"));
        QCOMPARE(in.predictedTime, kNow + kHour);
        QCOMPARE(in.slotMinutes, 30);
        QCOMPARE(in.confidence, 0.91);
        QCOMPARE(in.explanation, QStringLiteral("because backup"));
        QVERIFY(!in.ruleId.has_value());
        QCOMPARE(in.estimatedDurationMinutes, 12.5);
        QCOMPARE(in.cpuPercent, 35.0);
        QCOMPARE(in.memoryMb, 512.0);
        QVERIFY(in.resourcesEstimated); // disk is a default
        const PredictionExplanationInput bare = explanationInputOf(old);
        QCOMPARE(bare.estimatedDurationMinutes, 0.0);
        QVERIFY(bare.resourcesEstimated);
        PredictionRecord measured = p;
        measured.resources.estimated.clear();
        measured.ruleId = 7;
        QVERIFY(!explanationInputOf(measured).resourcesEstimated);
        QCOMPARE(explanationInputOf(measured).ruleId.value_or(0), qint64(7));
    }

    // explanation_text (schema step 10) is rendered in the user's language;
    // rows without it, or with a damaged one, show the English explanation.
    void explanationInTheUsersLanguage()
    {
        TempDatabase temp;
        const qint64 withText = addPrediction(temp.db(), QStringLiteral("backup"), kNow + kHour, 0.9);
        const qint64 old = addPrediction(temp.db(), QStringLiteral("etl"), kNow + 2 * kHour, 0.9);
        const qint64 damaged = addPrediction(temp.db(), QStringLiteral("late"), kNow + 3 * kHour, 0.9);
        const qint64 notAText = addPrediction(temp.db(), QStringLiteral("odd"), kNow + 4 * kHour, 0.9);
        LocalizedText rule("PredictionText", "rule #%1 fires %2 (hit %3/%4)");
        rule.arg(4).arg(QStringLiteral("02:30")).arg(27).arg(28);
        LocalizedText base("PredictionText", "base rate of %1 in similar slots");
        base.arg(QStringLiteral("backup"));
        const LocalizedText text = LocalizedText::joined({rule, base}, "PredictionText", "; ");
        setExplanationText(temp.db(), withText, text.toJsonText());
        setExplanationText(temp.db(), damaged, QStringLiteral("{\"c\": \"PredictionText\", \"s\": "));
        setExplanationText(temp.db(), notAText, QStringLiteral("[1, 2]"));

        const Result<std::vector<PredictionRecord>> rows = readStoredPredictions(temp.db(), kNow, kNow + 24 * kHour);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), size_t(4));
        QCOMPARE(rows->at(0).id, withText);
        QCOMPARE(rows->at(0).explanationText, text.toJsonText());
        QVERIFY(rows->at(1).explanationText.isEmpty());
        QCOMPARE(rows->at(1).id, old);

        // Without a translator: English from the sentence.
        QCOMPARE(localizedExplanation(rows->at(0)), QStringLiteral("rule #4 fires 02:30 (hit 27/28); base rate of backup in similar slots"));
        test::FakeTranslator german;
        addGerman(german);
        QCoreApplication::installTranslator(&german);
        const QString shown = localizedExplanation(rows->at(0));
        const QStringList sources = explanationInputOf(rows->at(0)).localizedSources();
        const QString oldShown = localizedExplanation(rows->at(1));
        const QString damagedShown = localizedExplanation(rows->at(2));
        const QString notATextShown = localizedExplanation(rows->at(3));
        const QStringList oldSources = explanationInputOf(rows->at(1)).localizedSources();
        const QStringList damagedSources = explanationInputOf(rows->at(2)).localizedSources();
        const PredictionExplanationInput in = explanationInputOf(rows->at(0));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(shown, QStringLiteral("Regel #4 löst 02:30 aus (Treffer 27/28); Grundrate von backup in ähnlichen Zeitfenstern"));
        QCOMPARE(sources, (QStringList{QStringLiteral("Regel #4 löst 02:30 aus (Treffer 27/28)"),
                                       QStringLiteral("Grundrate von backup in ähnlichen Zeitfenstern")}));
        QCOMPARE(oldShown, QStringLiteral("because etl"));
        QCOMPARE(damagedShown, QStringLiteral("because late"));
        QCOMPARE(notATextShown, QStringLiteral("because odd"));
        QCOMPARE(oldSources, QStringList{QStringLiteral("because etl")});
        QCOMPARE(damagedSources, QStringList{QStringLiteral("because late")});
        // The prompt's facts stay the English column.
        QCOMPARE(in.explanation, QStringLiteral("because backup"));
        QCOMPARE(in.sources(), QStringList{QStringLiteral("because backup")});
    }

    void latestWindowPrefersUpcomingThenNewest()
    {
        TempDatabase temp;
        Result<PredictionWindow> empty = readLatestPredictions(temp.db(), kNow, 24);
        QVERIFY(empty.ok());
        QVERIFY(empty->rows.empty());

        // Only old predictions (a replay of the past): the newest 24 hours of them.
        addPrediction(temp.db(), QStringLiteral("a"), kNow - 100 * kHour, 0.9);
        addPrediction(temp.db(), QStringLiteral("b"), kNow - 60 * kHour, 0.9);
        addPrediction(temp.db(), QStringLiteral("c"), kNow - 50 * kHour, 0.9);
        Result<PredictionWindow> past = readLatestPredictions(temp.db(), kNow, 24);
        QVERIFY(past.ok());
        QVERIFY(!past->upcoming);
        QCOMPARE(past->rows.size(), size_t(2));
        QCOMPARE(past->rows.front().taskType, QStringLiteral("b"));
        QCOMPARE(past->from, kNow - 60 * kHour);
        QCOMPARE(past->until, kNow - 50 * kHour + 1800);

        // A slot that is still running counts as upcoming; ended ones do not.
        addPrediction(temp.db(), QStringLiteral("running"), kNow - 10 * 60, 0.8);
        addPrediction(temp.db(), QStringLiteral("over"), kNow - 40 * 60, 0.8);
        addPrediction(temp.db(), QStringLiteral("next"), kNow + 3 * kHour, 0.8);
        Result<PredictionWindow> ahead = readLatestPredictions(temp.db(), kNow, 24);
        QVERIFY(ahead.ok());
        QVERIFY(ahead->upcoming);
        QCOMPARE(ahead->rows.size(), size_t(2));
        QCOMPARE(ahead->rows.at(0).taskType, QStringLiteral("running"));
        QCOMPARE(ahead->rows.at(1).taskType, QStringLiteral("next"));
    }

    void calibrationCoversEveryValidatedRow()
    {
        TempDatabase temp;
        Result<StoredCalibration> none = readStoredCalibration(temp.db());
        QVERIFY(none.ok());
        QCOMPARE(none->validated, qint64(0));
        // 0.95 x4: 3 hits; 0.75 x2: 1 hit; one unvalidated row is ignored.
        for (int i = 0; i < 4; ++i)
            setAccuracy(temp.db(), addPrediction(temp.db(), QStringLiteral("t%1").arg(i), kNow - (i + 30) * kHour, 0.95),
                        i < 3 ? 1 : 0);
        for (int i = 0; i < 2; ++i)
            setAccuracy(temp.db(), addPrediction(temp.db(), QStringLiteral("u%1").arg(i), kNow - (i + 40) * kHour, 0.75),
                        i < 1 ? 1 : 0);
        addPrediction(temp.db(), QStringLiteral("open"), kNow + kHour, 0.95);
        Result<StoredCalibration> c = readStoredCalibration(temp.db());
        QVERIFY(c.ok());
        QCOMPARE(c->validated, qint64(6));
        QCOMPARE(c->hits, qint64(4));
        QCOMPARE(c->score.bins.size(), size_t(10));
        const CalibrationBin &high = c->score.bins.at(9);
        QCOMPARE(high.count, qint64(4));
        QCOMPARE(high.observedRate, 0.75);
        const CalibrationBin &mid = c->score.bins.at(7);
        QCOMPARE(mid.count, qint64(2));
        QCOMPARE(mid.observedRate, 0.5);
        // Brier: (4 x 0.05² ... ) computed by hand.
        const double brier = (3 * 0.05 * 0.05 + 0.95 * 0.95 + 0.25 * 0.25 + 0.75 * 0.75) / 6;
        QVERIFY(std::abs(c->score.brier - brier) < 1e-12);
    }

    void schedulesSelectedRowsOnce()
    {
        TempDatabase temp;
        const qint64 low = addPrediction(temp.db(), QStringLiteral("report"), kNow + 2 * kHour, 0.72);
        const qint64 high = addPrediction(temp.db(), QStringLiteral("backup"), kNow + 3 * kHour, 0.97);
        const qint64 past = addPrediction(temp.db(), QStringLiteral("old"), kNow - 2 * kHour, 0.95);
        const qint64 other = addPrediction(temp.db(), QStringLiteral("other"), kNow + 4 * kHour, 0.95);
        Result<ScheduleSelectedResult> r = scheduleStoredPredictions(temp.db(), {low, high, past, 999999}, kNow);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        // The user's choice counts whatever the confidence; the past and a missing row do not.
        QCOMPARE(r->createdTaskIds.size(), size_t(2));
        QCOMPARE(r->skipped, qint64(2));
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'pending'")), qint64(2));
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM task_schedules WHERE is_predictive = 1")),
                 qint64(2));
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM predictive_schedules WHERE is_scheduled = 1")),
                 qint64(2));
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT is_scheduled FROM predictive_schedules WHERE id = %1").arg(other)),
                 qint64(0));
        QCOMPARE(count(temp.db(),
                       QStringLiteral("SELECT COUNT(*) FROM tasks WHERE type = 'report' AND description LIKE "
                                      "'Predicted by Rulecast for %% (confidence 0.72, prediction #%1): because report'")
                           .arg(low)),
                 qint64(1));

        // Again: nothing new.
        Result<ScheduleSelectedResult> again = scheduleStoredPredictions(temp.db(), {low, high}, kNow);
        QVERIFY(again.ok());
        QVERIFY(again->createdTaskIds.empty());
        QCOMPARE(again->skipped, qint64(2));
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM tasks")), qint64(2));
        Result<std::vector<PredictionRecord>> rows = readStoredPredictions(temp.db(), kNow, kNow + 3 * kHour + 1);
        QVERIFY(rows.ok());
        for (const PredictionRecord &p : *rows)
            QVERIFY(p.scheduled);
    }
};

QTEST_GUILESS_MAIN(TestStoredPredictions)
#include "tst_storedpredictions.moc"
