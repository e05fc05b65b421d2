#include "core/predictor.h"
#include "gui/models/predictiontablemodel.h"
#include "gui/translations.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace rulecast;

namespace {

const qint64 kT = 20494 * 86400 + 12 * 3600; // 2026-02-10 12:00 UTC

PredictionRecord prediction(qint64 id, const QString &type, qint64 at, double confidence, const QString &source,
                            qint64 ruleId = 0, qint64 patternId = 0)
{
    PredictionRecord p;
    p.id = id;
    p.taskType = type;
    p.slotStart = at;
    p.slotEnd = at + 1800;
    p.confidence = confidence;
    p.source = source;
    p.ruleId = ruleId;
    p.patternId = patternId;
    p.explanation = QStringLiteral("why %1").arg(id);
    p.resources.durationMinutes = 10.0 * double(id);
    p.resources.durationP90Minutes = 12.0 * double(id);
    p.resources.cpuPercent = 20.0 + double(id);
    p.resources.memoryMb = 300.0 * double(id);
    p.resources.samples = int(id);
    return p;
}

std::vector<PredictionRecord> samples()
{
    std::vector<PredictionRecord> rows{
        prediction(1, QStringLiteral("backup"), kT + 3600, 0.97, QStringLiteral("rule+history"), 12),
        prediction(2, QStringLiteral("etl"), kT, 0.74, QStringLiteral("history")),
        prediction(3, QStringLiteral("backup"), kT + 7200, 0.695, QStringLiteral("pattern+history"), 0, 4),
        prediction(4, QStringLiteral("report"), kT + 1800, 0.88, QStringLiteral("correlation+history")),
    };
    rows[3].scheduled = true;
    rows[1].resources.estimated = {QStringLiteral("duration"), QStringLiteral("memory")};
    rows[1].resources.samples = 0;
    return rows;
}

QStringList column(const QAbstractItemModel &m, int c, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data(role).toString();
    return out;
}

// A real prediction of the predictor: "backup" ran at 02:35 on each of 30
// days, a rule fires it at 02:30 and a pattern covers 02:00–03:00.
SlotPrediction predictedBackup()
{
    constexpr qint64 kDay = 86400;
    const qint64 firstDay = 20400;
    std::vector<TaskRecord> history;
    for (qint64 d = firstDay; d < firstDay + 30; ++d) {
        TaskRecord t;
        t.type = QStringLiteral("backup");
        t.startedAt = d * kDay + 2 * 3600 + 35 * 60;
        t.finishedAt = t.startedAt + 600;
        history.push_back(t);
    }
    PredictorInput input;
    input.asOf = (firstDay + 30) * kDay;
    input.history = &history;
    RuleSource rule;
    rule.ruleId = 12;
    rule.taskType = QStringLiteral("backup");
    rule.fireTimes = {input.asOf + 2 * 3600 + 30 * 60};
    rule.pastFires = 28;
    rule.pastFiresFollowed = 27;
    input.rules.push_back(rule);
    PatternSource pattern;
    pattern.patternId = 4;
    pattern.patternType = QStringLiteral("daily_recurring");
    pattern.taskType = QStringLiteral("backup");
    pattern.startHour = 2;
    pattern.endHour = 3;
    pattern.hitRate = 0.8;
    input.patterns.push_back(pattern);
    const Result<PredictionSet> set = Predictor::run(input, PredictorOptions());
    if (!set)
        qFatal("predictor failed");
    for (const SlotPrediction &p : set->predictions)
        if (p.taskType == QLatin1String("backup") && p.slotStart == input.asOf + 2 * 3600 + 1800)
            return p;
    qFatal("no prediction at 02:30");
    return {};
}

} // namespace

class TestPredictionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndRoles()
    {
        PredictionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone::utc());
        model.setPredictions(samples());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(PredictionTableModel::ColumnCount));
        QCOMPARE(model.rowOf(3), 2);
        QCOMPARE(model.rowOf(99), -1);
        auto cell = [&](int row, int c, int role = Qt::DisplayRole) { return model.index(row, c).data(role); };
        QCOMPARE(cell(0, PredictionTableModel::TypeColumn).toString(), QStringLiteral("backup"));
        QVERIFY2(cell(0, PredictionTableModel::TimeColumn).toString().endsWith(QStringLiteral("13:00–13:30")),
                 qPrintable(cell(0, PredictionTableModel::TimeColumn).toString()));
        QCOMPARE(cell(0, PredictionTableModel::ConfidenceColumn).toString(), QStringLiteral("97%"));
        QCOMPARE(cell(0, PredictionTableModel::SourceColumn).toString(), QStringLiteral("rule #12 + history"));
        QCOMPARE(cell(2, PredictionTableModel::SourceColumn).toString(), QStringLiteral("pattern #4 + history"));
        QCOMPARE(cell(3, PredictionTableModel::SourceColumn).toString(), QStringLiteral("correlation + history"));
        QCOMPARE(cell(0, PredictionTableModel::DurationColumn).toString(), QStringLiteral("10 min"));
        QCOMPARE(cell(0, PredictionTableModel::CpuColumn).toString(), QStringLiteral("21%"));
        QCOMPARE(cell(0, PredictionTableModel::MemoryColumn).toString(), QStringLiteral("300 MB"));
        QCOMPARE(cell(3, PredictionTableModel::MemoryColumn).toString(), QStringLiteral("1.2 GB"));
        QCOMPARE(cell(3, PredictionTableModel::ScheduledColumn).toString(), QStringLiteral("yes"));
        QCOMPARE(cell(0, PredictionTableModel::ScheduledColumn).toString(), QStringLiteral("no"));
        QCOMPARE(cell(0, PredictionTableModel::ExplanationColumn).toString(), QStringLiteral("why 1"));
        // Defaults are marked.
        QCOMPARE(cell(1, PredictionTableModel::DurationColumn).toString(), QStringLiteral("20 min *"));
        QCOMPARE(cell(1, PredictionTableModel::MemoryColumn).toString(), QStringLiteral("600 MB *"));
        QCOMPARE(cell(1, PredictionTableModel::CpuColumn).toString(), QStringLiteral("22%"));
        // Raw values and the roles the timeline reads.
        QCOMPARE(cell(0, PredictionTableModel::TimeColumn, PredictionTableModel::RawValueRole).toLongLong(), kT + 3600);
        QCOMPARE(cell(0, PredictionTableModel::ConfidenceColumn, PredictionTableModel::RawValueRole).toDouble(), 0.97);
        QCOMPARE(cell(2, 0, PredictionTableModel::IdRole).toLongLong(), qint64(3));
        QCOMPARE(cell(2, 0, PredictionTableModel::TaskTypeRole).toString(), QStringLiteral("backup"));
        QCOMPARE(cell(2, 0, PredictionTableModel::SlotStartRole).toLongLong(), kT + 7200);
        QCOMPARE(cell(2, 0, PredictionTableModel::SlotEndRole).toLongLong(), kT + 9000);
        QCOMPARE(cell(2, 0, PredictionTableModel::ConfidenceRole).toDouble(), 0.695);
        QCOMPARE(cell(3, 0, PredictionTableModel::ScheduledRole).toBool(), true);
        // The tooltip carries explanation and resources.
        const QString tip = cell(0, PredictionTableModel::TypeColumn, Qt::ToolTipRole).toString();
        for (const char *part : {"backup", "Confidence 97%", "why 1", "median 10.0 min", "90th percentile 12.0 min",
                                 "CPU 21%", "memory 300 MB", "four weeks: 1"})
            QVERIFY2(tip.contains(QLatin1String(part)), qPrintable(tip + QStringLiteral(" lacks ") + QLatin1String(part)));
        QVERIFY(cell(1, 0, Qt::ToolTipRole).toString().contains(QLatin1String("No history for duration, memory")));
        QVERIFY(cell(3, 0, Qt::ToolTipRole).toString().contains(QLatin1String("Pre-scheduled")));
        QVERIFY(!model.headerData(PredictionTableModel::ConfidenceColumn, Qt::Horizontal).toString().isEmpty());

        model.setPredictions({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The explanation is shown in the user's language from the sentence
    // stored beside the English (explanation_text); rows written before it,
    // or with a damaged one, show their English explanation.
    void explanationInTheUsersLanguage()
    {
        QStandardPaths::setTestModeEnabled(true);
        const SlotPrediction predicted = predictedBackup();
        QVERIFY2(predicted.explanation.contains(QLatin1String("rule #12 fires 02:30 (hit 27/28)")),
                 qPrintable(predicted.explanation));
        std::vector<PredictionRecord> rows = samples();
        rows[0].explanation = predicted.explanation;
        rows[0].explanationText = predicted.explanationText.toJsonText();
        rows[1].explanation = predicted.explanation; // an older row: English only
        rows[2].explanation = predicted.explanation;
        rows[2].explanationText = QStringLiteral("{\"c\": 1}"); // damaged

        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        PredictionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone::utc());
        model.setPredictions(rows);
        const QString german = model.index(0, PredictionTableModel::ExplanationColumn).data().toString();
        const QString tip = model.index(0, PredictionTableModel::TypeColumn).data(Qt::ToolTipRole).toString();
        const QString old = model.index(1, PredictionTableModel::ExplanationColumn).data().toString();
        const QString damaged = model.index(2, PredictionTableModel::ExplanationColumn).data().toString();
        const QString source = model.index(0, PredictionTableModel::SourceColumn).data().toString();
        installTranslations(QStringLiteral("en"));

        QVERIFY2(german.contains(QStringLiteral("Regel #12 löst um 02:30 aus (Treffer 27/28)")), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("Muster daily_recurring #4 (02:00–03:00, Treffer 80 %)")), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("-Verlauf: ")), qPrintable(german));
        for (const char *english : {"history", "fires", "hit", "last active day", "same weekday"})
            QVERIFY2(!german.contains(QLatin1String(english)), qPrintable(german));
        QVERIFY2(tip.contains(german), qPrintable(tip));
        QCOMPARE(old, predicted.explanation);
        QCOMPARE(damaged, predicted.explanation);
        QCOMPARE(source, QStringLiteral("Regel #12 + Verlauf"));
        // In English, the sentence reads as the stored column.
        QCOMPARE(model.index(0, PredictionTableModel::ExplanationColumn).data().toString(), predicted.explanation);
    }

    void missingResourcesShowADash()
    {
        PredictionTableModel model;
        PredictionRecord p = prediction(7, QStringLiteral("x"), kT, 0.8, QString(), 5);
        p.resources.durationMinutes = qQNaN();
        p.resources.memoryMb = qQNaN();
        model.setPredictions({p});
        QCOMPARE(model.index(0, PredictionTableModel::DurationColumn).data().toString(), QStringLiteral("– min"));
        QCOMPARE(model.index(0, PredictionTableModel::MemoryColumn).data().toString(), QStringLiteral("–"));
        // No stored source kinds (a row from an older writer): the rule id still says where it came from.
        QCOMPARE(model.index(0, PredictionTableModel::SourceColumn).data().toString(), QStringLiteral("rule #5"));
    }

    void filterAndSort()
    {
        PredictionTableModel model;
        PredictionFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPredictions(samples());
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setTaskType(QStringLiteral("backup"));
        QCOMPARE(column(proxy, PredictionTableModel::TypeColumn),
                 (QStringList{QStringLiteral("backup"), QStringLiteral("backup")}));
        proxy.setMinConfidence(0.9);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(PredictionTableModel::IdRole).toLongLong(), qint64(1));
        proxy.setTaskType(QString());
        QCOMPARE(proxy.rowCount(), 1);
        // 0.695 shows as 70% and passes a 0.70 filter: the filter compares what is shown.
        proxy.setMinConfidence(0.70);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setMinConfidence(0.75);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinConfidence(0.0);
        proxy.setTaskType(QStringLiteral("nothing"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setTaskType(QString());

        // Sorting on raw values: time as numbers, confidence as numbers.
        proxy.sort(PredictionTableModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0, PredictionTableModel::IdRole),
                 (QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("1"), QStringLiteral("3")}));
        proxy.sort(PredictionTableModel::ConfidenceColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 0, PredictionTableModel::IdRole),
                 (QStringList{QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("3")}));
        proxy.sort(PredictionTableModel::MemoryColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0, PredictionTableModel::IdRole),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));

        // A reset under a filter keeps the filter.
        proxy.setTaskType(QStringLiteral("etl"));
        model.setPredictions(samples());
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_MAIN(TestPredictionTableModel)
#include "tst_predictiontablemodel.moc"
