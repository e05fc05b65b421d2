#include "app/backtestusecase.h"

#include "core/slotgrid.h"
#include "core/timeformat.h"
#include "core/phrase.h"
#include "storage/database.h"
#include "storage/taskreader.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace rulecast {

namespace {

QString dateOf(qint64 day)
{
    return timeformat::toIsoUtc(day * SlotGrid::kSecondsPerDay).left(10);
}

// JSON has no NaN: an undefined figure is null.
QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

} // namespace

QJsonObject BacktestReport::toJson() const
{
    const BacktestResult &r = result;
    QJsonArray models;
    for (const BacktestModelScore &m : r.models) {
        const PredictionScore &s = m.score;
        QJsonArray bins;
        for (const CalibrationBin &b : s.bins)
            bins.append(QJsonObject{{QStringLiteral("lower"), b.lower},
                                    {QStringLiteral("upper"), b.upper},
                                    {QStringLiteral("count"), b.count},
                                    {QStringLiteral("mean_predicted"), b.meanPredicted},
                                    {QStringLiteral("observed_rate"), b.observedRate}});
        models.append(QJsonObject{{QStringLiteral("name"), m.name},
                                  {QStringLiteral("description"), m.description},
                                  {QStringLiteral("best_f1"), s.bestF1},
                                  {QStringLiteral("best_threshold"), s.bestThreshold},
                                  {QStringLiteral("precision_at_best"), s.precisionAtBest},
                                  {QStringLiteral("recall_at_best"), s.recallAtBest},
                                  {QStringLiteral("brier"), s.brier},
                                  {QStringLiteral("log_loss"), s.logLoss},
                                  {QStringLiteral("calibration_error"), s.calibrationError},
                                  {QStringLiteral("calibration_error_all_cells"), s.calibrationErrorAllCells},
                                  {QStringLiteral("precision_at_0_7"), number(s.precisionAtHigh)},
                                  {QStringLiteral("predictions_at_0_7"), s.countAtHigh},
                                  {QStringLiteral("calibration"), bins}});
    }
    QJsonArray days;
    for (const BacktestDay &d : r.days) {
        QJsonObject brier, f1;
        for (size_t m = 0; m < r.models.size(); ++m) {
            brier.insert(r.models[m].name, d.brier[m]);
            f1.insert(r.models[m].name, d.bestF1[m]);
        }
        days.append(QJsonObject{{QStringLiteral("date"), dateOf(d.day)},
                                {QStringLiteral("cells"), d.cells},
                                {QStringLiteral("positives"), d.positives},
                                {QStringLiteral("brier"), brier},
                                {QStringLiteral("best_f1"), f1}});
    }
    QJsonArray skipped;
    for (qint64 d : r.skippedDays)
        skipped.append(dateOf(d));
    return {{QStringLiteral("from"), dateOf(r.fromDay)},
            {QStringLiteral("to"), dateOf(r.toDay)},
            {QStringLiteral("slot_minutes"), r.slotMinutes},
            {QStringLiteral("cells"), r.cells},
            {QStringLiteral("positives"), r.positives},
            {QStringLiteral("types"), qint64(r.types.size())},
            {QStringLiteral("tasks_read"), tasksRead},
            {QStringLiteral("models"), models},
            {QStringLiteral("days"), days},
            {QStringLiteral("skipped_days"), skipped}};
}

Result<BacktestReport> runBacktest(const BacktestRequest &request, const Progress &progress)
{
    using R = Result<BacktestReport>;
    if (request.to < request.from)
        return R::failure(QStringLiteral("--to lies before --from"));
    Result<Database> db = Database::open(request.databasePath);
    if (!db)
        return R::failure(db.error());
    const ThreadConnectionCloser closer(db.value());

    BacktestReport report;
    QElapsedTimer timer;
    timer.start();
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading tasks")));
    // Everything up to the end of the last scored day: the predictor reads
    // only what lies before each replayed day, the scoring reads the day itself.
    const qint64 until = (SlotGrid::dayOfEpoch(request.to) + 1) * SlotGrid::kSecondsPerDay;
    Result<std::vector<TaskRecord>> tasks = TaskReader(db.value()).read(std::numeric_limits<qint64>::min(), until);
    if (!tasks)
        return R::failure(tasks.error());
    report.tasksRead = qint64(tasks->size());
    report.readMs = timer.restart();

    BacktestOptions options;
    options.slotMinutes = request.slotMinutes;
    progress.stage(phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Replaying predictions")));
    Result<BacktestResult> result = Backtest::run(*tasks, request.from, request.to, options, &progress);
    if (!result)
        return R::failure(result.error());
    report.result = std::move(result).value();
    report.replayMs = timer.elapsed();
    return report;
}

} // namespace rulecast
