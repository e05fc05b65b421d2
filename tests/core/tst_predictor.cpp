#include "core/predictor.h"
#include "testsupport/faketranslator.h"
#include "core/slotgrid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

#include <random>

using namespace rulecast;

namespace {

constexpr qint64 kDay = 86400;
const qint64 kStartDay = 20000; // 2024-10-04

TaskRecord task(const QString &type, qint64 start)
{
    TaskRecord t;
    t.type = type;
    t.startedAt = start;
    t.finishedAt = start + 600;
    return t;
}

// 70 days: "backup" every day at 09:10-09:20, "report" on weekdays at 14:05,
// "random" on 30% of days at a random hour, "busy" in many hours every day.
std::vector<TaskRecord> history(int days, quint32 seed = 1)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<TaskRecord> tasks;
    for (int d = 0; d < days; ++d) {
        const qint64 day = kStartDay + d;
        tasks.push_back(task(QStringLiteral("backup"), day * kDay + 9 * 3600 + 600 + qint64(uniform(rng) * 600)));
        if (!SlotGrid::isWeekend(day))
            tasks.push_back(task(QStringLiteral("report"), day * kDay + 14 * 3600 + 300));
        if (uniform(rng) < 0.3)
            tasks.push_back(task(QStringLiteral("random"), day * kDay + qint64(uniform(rng) * kDay)));
        for (int h = 0; h < 24; ++h)
            if (uniform(rng) < 0.5)
                tasks.push_back(task(QStringLiteral("busy"), day * kDay + h * 3600 + 60));
    }
    return tasks;
}

// Stands in for the German catalogue: a few of the PredictionText messages.
void addGerman(test::FakeTranslator &german)
{
    german
        .add("PredictionText", "rule #%1 fires %2 (hit %3/%4)", QStringLiteral("Regel #%1 löst %2 aus (Treffer %3/%4)"))
        .add("PredictionText", "%1 pattern #%2 (%3:00–%4:00, hit %5%)", QStringLiteral("Muster %1 #%2 (%3:00–%4:00, Treffer %5 %)"))
        .add("PredictionText", "last active day yes", QStringLiteral("letzter aktiver Tag ja"))
        .add("PredictionText", "; ", QStringLiteral(" | "));
}

// An hour-window pattern source and the backup → verify correlation an
// hour apart, as several tests give the predictor.
PatternSource patternSource(qint64 id, const QString &patternType, const QString &taskType, int startHour,
                            double hitRate)
{
    PatternSource pattern;
    pattern.patternId = id;
    pattern.patternType = patternType;
    pattern.taskType = taskType;
    pattern.startHour = startHour;
    pattern.endHour = startHour + 1;
    pattern.hitRate = hitRate;
    return pattern;
}

CorrelationSource backupThenVerify()
{
    CorrelationSource correlation;
    correlation.correlationId = 3;
    correlation.fromType = QStringLiteral("backup");
    correlation.toType = QStringLiteral("verify");
    correlation.delaySeconds = 3600;
    correlation.strength = 0.9;
    return correlation;
}

} // namespace

class TestPredictor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dailyTypeHighRandomTypeLow()
    {
        const std::vector<TaskRecord> tasks = history(70);
        PredictorInput input;
        input.asOf = (kStartDay + 70) * kDay;
        input.history = &tasks;
        PredictorOptions options;
        options.slotMinutes = 60;
        const Result<PredictionSet> set = Predictor::run(input, options);
        QVERIFY2(set.ok(), qPrintable(set.error()));
        QCOMPARE(set->grid.count(), 24);
        const int backup = int(set->types.indexOf(QStringLiteral("backup")));
        const int random = int(set->types.indexOf(QStringLiteral("random")));
        QVERIFY(backup >= 0 && random >= 0);
        QVERIFY2(set->probability(backup, 9) >= 0.8, qPrintable(QString::number(set->probability(backup, 9))));
        for (int slot = 0; slot < 24; ++slot) {
            if (slot != 9)
                QVERIFY(set->probability(backup, slot) < 0.1);
            QVERIFY(set->probability(random, slot) < 0.3);
        }
        // The listed prediction explains itself from the history.
        bool found = false;
        for (const SlotPrediction &p : set->predictions) {
            if (p.taskType == QLatin1String("backup") && p.slotStart == input.asOf + 9 * 3600) {
                found = true;
                QVERIFY2(p.explanation.contains(QLatin1String("history:")), qPrintable(p.explanation));
                QVERIFY(p.explanation.contains(QLatin1String("09:00")));
                QCOMPARE(p.sources.front().kind, PredictionSource::History);
            }
        }
        QVERIFY(found);
        // Most probable first.
        for (size_t i = 1; i < set->predictions.size(); ++i)
            QVERIFY(set->predictions[i - 1].probability >= set->predictions[i].probability);
    }

    void weekdayTypeFollowsDayKind()
    {
        const std::vector<TaskRecord> tasks = history(70);
        PredictorInput input;
        input.history = &tasks;
        PredictorOptions options;
        options.slotMinutes = 60;
        for (qint64 day = kStartDay + 70; day < kStartDay + 77; ++day) {
            input.asOf = day * kDay;
            const Result<PredictionSet> set = Predictor::run(input, options);
            QVERIFY(set.ok());
            const double p = set->probability(int(set->types.indexOf(QStringLiteral("report"))), 14);
            if (SlotGrid::isWeekend(day))
                QVERIFY2(p < 0.2, qPrintable(QString::number(p)));
            else
                QVERIFY2(p > 0.8, qPrintable(QString::number(p)));
        }
    }

    void asOfExcludesTheFuture()
    {
        std::vector<TaskRecord> tasks = history(70);
        PredictorInput input;
        input.asOf = (kStartDay + 60) * kDay + 3600 * 5 + 17;
        input.history = &tasks;
        PredictorOptions options;
        const Result<PredictionSet> before = Predictor::run(input, options);
        // Append tasks at and after the as-of time, including a new type.
        for (int i = 0; i < 50; ++i)
            tasks.push_back(task(i % 2 ? QStringLiteral("future") : QStringLiteral("backup"), input.asOf + i * 1800));
        const Result<PredictionSet> after = Predictor::run(input, options);
        QVERIFY(before.ok() && after.ok());
        QVERIFY(!after->types.contains(QStringLiteral("future")));
        QCOMPARE(after->types, before->types);
        QVERIFY(after->probabilities == before->probabilities);
        // Slots start at the first boundary at or after as-of.
        QCOMPARE(after->grid.start(), (kStartDay + 60) * kDay + 3600 * 5 + 1800);
    }

    void ruleSourceWeightedByHitRate()
    {
        const std::vector<TaskRecord> tasks = history(40);
        PredictorInput input;
        input.asOf = (kStartDay + 40) * kDay;
        input.history = &tasks;
        RuleSource rule;
        rule.ruleId = 12;
        rule.cron = QStringLiteral("30 2 * * *");
        rule.taskType = QStringLiteral("nightly");
        rule.fireTimes = {input.asOf + 2 * 3600 + 1800};
        rule.pastFires = 28;
        rule.pastFiresFollowed = 27;
        input.rules.push_back(rule);
        PredictorOptions options;
        options.minProbability = 0.5;
        const Result<PredictionSet> set = Predictor::run(input, options);
        QVERIFY(set.ok());
        const int nightly = int(set->types.indexOf(QStringLiteral("nightly")));
        QVERIFY(nightly >= 0);
        const int slot = set->grid.indexOf(input.asOf + 2 * 3600 + 1800);
        QVERIFY(std::abs(set->probability(nightly, slot) - 28.0 / 30.0) < 1e-9);
        QVERIFY(set->probability(nightly, slot + 1) < 0.1);
        const auto it = std::find_if(set->predictions.begin(), set->predictions.end(),
                                     [](const SlotPrediction &p) { return p.taskType == QLatin1String("nightly"); });
        QVERIFY(it != set->predictions.end());
        QCOMPARE(it->ruleId, qint64(12));
        QVERIFY2(it->explanation.contains(QLatin1String("rule #12 fires 02:30 (hit 27/28)")), qPrintable(it->explanation));
        // A rule without track record is a coin flip, not a certainty.
        QCOMPARE(RuleSource().hitRate(), 0.5);
    }

    void patternAndCorrelationSources()
    {
        const std::vector<TaskRecord> tasks = history(40);
        PredictorInput input;
        input.asOf = (kStartDay + 40) * kDay;
        input.history = &tasks;
        input.patterns.push_back(patternSource(4, QStringLiteral("daily"), QStringLiteral("cleanup"), 22, 0.8));
        input.correlations.push_back(backupThenVerify());
        PredictorOptions options;
        options.slotMinutes = 60;
        const Result<PredictionSet> set = Predictor::run(input, options);
        QVERIFY(set.ok());
        const int cleanup = int(set->types.indexOf(QStringLiteral("cleanup")));
        QVERIFY(std::abs(set->probability(cleanup, 22) - 0.8) < 1e-9);
        QVERIFY(set->probability(cleanup, 21) < 0.05); // no history: the base rate only
        // backup is near-certain at 09:00, so verify follows at 10:00.
        const int verify = int(set->types.indexOf(QStringLiteral("verify")));
        const int backup = int(set->types.indexOf(QStringLiteral("backup")));
        QVERIFY(std::abs(set->probability(verify, 10) - 0.9 * set->probability(backup, 9)) < 1e-9);
        QVERIFY2(set->probability(verify, 10) > 0.7, qPrintable(QString::number(set->probability(backup, 9))));
        for (const SlotPrediction &p : set->predictions) {
            if (p.taskType == QLatin1String("cleanup") && p.probability > 0.5) {
                QCOMPARE(p.patternId, qint64(4));
                QVERIFY(p.explanation.contains(QLatin1String("pattern #4")));
            }
            if (p.taskType == QLatin1String("verify") && p.probability > 0.5)
                QVERIFY(p.explanation.contains(QLatin1String("correlation #3")));
        }
    }

    void patternWithTypicalMinuteMarksOneSlot()
    {
        PredictorInput input;
        input.asOf = (kStartDay + 40) * kDay;
        PatternSource pattern = patternSource(7, QString(), QStringLiteral("sync"), 9, 0.75);
        pattern.minuteOfDay = 9 * 60 + 40;
        pattern.daysOfWeek = {(SlotGrid::weekdayOfDay(kStartDay + 40) + 1) % 7}; // the as-of day, 0 = Sunday
        input.patterns.push_back(pattern);
        PredictorOptions options; // 30-minute slots
        const Result<PredictionSet> set = Predictor::run(input, options);
        QVERIFY(set.ok());
        const int sync = int(set->types.indexOf(QStringLiteral("sync")));
        QCOMPARE(set->probability(sync, 19), 0.75); // 09:30-10:00
        QVERIFY(set->probability(sync, 18) < 0.75); // 09:00-09:30
        // Another weekday: not marked.
        input.asOf += kDay;
        const Result<PredictionSet> next = Predictor::run(input, options);
        QVERIFY(next->probability(sync, 19) < 0.75);
    }

    // The explanation is kept as a sentence with its arguments: its English
    // is what the CLI and the database read, word for word as before; a
    // translator renders the same sentence in German.
    void explanationsInEnglishAndTranslatable()
    {
        const std::vector<TaskRecord> tasks = history(40);
        PredictorInput input;
        input.asOf = (kStartDay + 40) * kDay; // a weekday
        input.history = &tasks;
        RuleSource rule;
        rule.ruleId = 12;
        rule.taskType = QStringLiteral("backup");
        rule.fireTimes = {input.asOf + 9 * 3600 + 1200};
        rule.pastFires = 28;
        rule.pastFiresFollowed = 27;
        input.rules.push_back(rule);
        input.patterns.push_back(patternSource(4, QStringLiteral("daily_recurring"), QStringLiteral("backup"), 9, 0.8));
        input.patterns.push_back(patternSource(5, QString(), QStringLiteral("cleanup"), 22, 0.8)); // no type
        input.correlations.push_back(backupThenVerify());
        PredictorOptions options;
        options.slotMinutes = 60;
        const Result<PredictionSet> set = Predictor::run(input, options);
        QVERIFY(set.ok());

        auto find = [&](const QString &type, int hour) -> const SlotPrediction * {
            for (const SlotPrediction &p : set->predictions)
                if (p.taskType == type && p.slotStart == input.asOf + hour * 3600)
                    return &p;
            return nullptr;
        };
        const SlotPrediction *backup = find(QStringLiteral("backup"), 9);
        QVERIFY(backup);
        const QRegularExpression history(QStringLiteral(
            "^weekday history: (\\d+) of last (\\d+) weekdays at 09:00–10:00, last active day yes, same weekday (\\d+) of (\\d+)$"));
        QCOMPARE(backup->sources.size(), size_t(3));
        QVERIFY2(history.match(backup->sources[0].detail.toEnglish()).hasMatch(),
                 qPrintable(backup->sources[0].detail.toEnglish()));
        QCOMPARE(backup->sources[1].detail.toEnglish(), QStringLiteral("rule #12 fires 09:20 (hit 27/28)"));
        QCOMPARE(backup->sources[2].detail.toEnglish(), QStringLiteral("daily_recurring pattern #4 (09:00–10:00, hit 80%)"));
        QCOMPARE(backup->explanation, backup->sources[0].detail.toEnglish() + QStringLiteral("; rule #12 fires 09:20 (hit 27/28); daily_recurring pattern #4 (09:00–10:00, hit 80%)"));
        QCOMPARE(backup->explanationText.toEnglish(), backup->explanation);
        const SlotPrediction *cleanup = find(QStringLiteral("cleanup"), 22);
        QVERIFY(cleanup);
        QCOMPARE(cleanup->explanation, QStringLiteral("pattern #5 (22:00–23:00, hit 80%)"));
        const SlotPrediction *verify = find(QStringLiteral("verify"), 10);
        QVERIFY(verify);
        QCOMPARE(verify->explanation, QStringLiteral("after backup (correlation #3, 60 min later, strength 90%)"));
        // A type seen nowhere near the slot: its base rate.
        for (const SlotPrediction &p : set->predictions)
            if (p.sources.empty())
                QCOMPARE(p.explanation, QStringLiteral("base rate of %1 in similar slots").arg(p.taskType));

        // German: the sentence, not the stored English, is translated; the
        // JSON form (what predictive_schedules.explanation_text keeps)
        // renders the same.
        test::FakeTranslator german;
        addGerman(german);
        QCoreApplication::installTranslator(&german);
        const QString shown = backup->explanationText.toString();
        const std::optional<LocalizedText> stored = LocalizedText::fromJsonText(backup->explanationText.toJsonText());
        const QString fromStored = stored ? stored->toString() : QString();
        const QString english = backup->explanationText.toEnglish();
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(shown.contains(QStringLiteral(", letzter aktiver Tag ja, ")), qPrintable(shown));
        QVERIFY2(shown.endsWith(QStringLiteral(" | Regel #12 löst 09:20 aus (Treffer 27/28) | "
                                               "Muster daily_recurring #4 (09:00–10:00, Treffer 80 %)")),
                 qPrintable(shown));
        QCOMPARE(fromStored, shown);
        QCOMPARE(english, backup->explanation);
        QCOMPARE(backup->explanationText.parts().size(), 3);
    }

    void rejectsBadGrid()
    {
        PredictorInput input;
        PredictorOptions options;
        options.lookAheadHours = 169;
        QVERIFY(!Predictor::run(input, options).ok());
        options.lookAheadHours = 24;
        options.slotMinutes = 7;
        QVERIFY(!Predictor::run(input, options).ok());
        options.slotMinutes = 30;
        const Result<PredictionSet> empty = Predictor::run(input, options);
        QVERIFY(empty.ok());
        QVERIFY(empty->predictions.empty());
    }
};

QTEST_GUILESS_MAIN(TestPredictor)
#include "tst_predictor.moc"
