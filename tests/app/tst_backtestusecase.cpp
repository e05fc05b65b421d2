#include "app/backtestusecase.h"
#include "app/importusecase.h"
#include "core/backtest.h"
#include "storage/taskreader.h"

#include "testsupport/testsupport.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace rulecast;
using namespace rulecast::test;

// The NASA iPSC/860 protocol of shared/data/README.md: each of the last 28
// days with any task predicted at 00:00 UTC, hourly cells for the types seen
// before the test. Reproduces the published counts and baseline figures and
// checks the goals.
class TestBacktestUseCase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nasaProtocol()
    {
        const QString trace = sharedDataFile(QStringLiteral("NASA-iPSC-1993-3.1-cln.swf.gz"));
        if (trace.isEmpty())
            QSKIP("shared/data/NASA-iPSC-1993-3.1-cln.swf.gz is not present");
        TempDatabase temp;
        ImportRequest import;
        import.databasePath = temp.path();
        import.format = QStringLiteral("swf");
        import.filePath = trace;
        const Result<ImportSummary> imported = runImport(import);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->tasksImported, qint64(18239));

        const Result<std::vector<TaskRecord>> tasks =
            TaskReader(temp.db()).read(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        QVERIFY(tasks.ok());
        const auto [firstDay, lastDay] = Backtest::lastObservedDays(*tasks, 28);

        BacktestRequest request;
        request.databasePath = temp.path();
        request.from = firstDay * 86400;
        request.to = lastDay * 86400;
        QElapsedTimer timer;
        timer.start();
        const Result<BacktestReport> report = runBacktest(request);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        qInfo("NASA backtest replay: %lld ms", qint64(timer.elapsed()));
        const BacktestResult &r = report->result;
        QCOMPARE(int(r.days.size()), 28);
        QCOMPARE(r.cells, qint64(40320));
        QCOMPARE(r.positives, qint64(1798));

        const PredictionScore &ours = r.models[0].score;
        const PredictionScore &yesterday = r.models[1].score;
        const PredictionScore &share = r.models[2].score;
        for (const auto &m : r.models)
            qInfo("%-22s F1 %.3f  Brier %.4f  calibration error %.3f  p>=0.7 true %.3f (%lld)", qPrintable(m.name),
                  m.score.bestF1, m.score.brier, m.score.calibrationError, m.score.precisionAtHigh, m.score.countAtHigh);
        // The published baselines.
        QCOMPARE(std::round(yesterday.bestF1 * 1000) / 1000, 0.393);
        QCOMPARE(std::round(yesterday.brier * 10000) / 10000, 0.0553);
        QCOMPARE(std::round(yesterday.calibrationError * 1000) / 1000, 0.615);
        QCOMPARE(std::round(share.bestF1 * 1000) / 1000, 0.419);
        QCOMPARE(std::round(share.brier * 1000) / 1000, 0.034);
        QCOMPARE(std::round(share.calibrationError * 1000) / 1000, 0.031);
        // The goals.
        QVERIFY(ours.bestF1 >= 0.46);
        QVERIFY(ours.brier <= 0.031);
        QVERIFY(ours.calibrationError <= 0.05);
        QVERIFY(ours.calibrationErrorAllCells <= 0.05);
        // At least 70% of the predictions with confidence >= 0.7 come true
        // (measured 198 of 274, 0.723; docs/prediction.md).
        QVERIFY(ours.countAtHigh > 0);
        QVERIFY(ours.precisionAtHigh >= 0.70);
    }
};

QTEST_GUILESS_MAIN(TestBacktestUseCase)
#include "tst_backtestusecase.moc"
