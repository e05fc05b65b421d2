#include "jobsfileoptimization.h"

#include "core/timeformat.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace rulecast {

Result<JobsFileResult> optimizeJobsFile(const JobsFileRequest &request, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(request.inputPath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<JobsFileResult>::failure(
            QStringLiteral("%1: cannot read: %2").arg(request.inputPath, file.errorString()));
    Result<JobList> list = JobList::parse(file.readAll(), request.inputPath, request.format, request.userColumn);
    if (!list)
        return Result<JobsFileResult>::failure(list.error());

    JobsFileResult result{list.value(), {}, {}, {}, false, {}, 0};
    const QVector<ScheduledJob> jobs = result.list.scheduledJobs(&result.entryOfJob);
    Result<OptimizationOutcome> outcome = JobOptimizer(request.horizon, request.settings).optimize(jobs, {}, progress);
    if (!outcome)
        return Result<JobsFileResult>::failure(QStringLiteral("%1: %2").arg(request.inputPath, outcome.error()));
    result.outcome = outcome.value();

    for (const JobListEntry &e : result.list.entries())
        result.schedules.append(e.schedule);
    for (int j = 0; j < jobs.size(); ++j)
        result.schedules[result.entryOfJob.at(j)] = result.outcome.schedules.at(j);

    if (!request.outputPath.isEmpty()) {
        const double gain = efficiencyGain(request.settings.strategy, result.outcome.before, result.outcome.after);
        if (request.minimumGainToWrite > 0 && gain < request.minimumGainToWrite) {
            result.notWrittenReason = QStringLiteral("efficiency gain %1% is below the auto-apply level of %2%")
                                          .arg(gain * 100, 0, 'f', 1)
                                          .arg(request.minimumGainToWrite * 100, 0, 'f', 0);
        } else {
            Result<QByteArray> bytes = result.list.render(result.schedules);
            if (!bytes)
                return Result<JobsFileResult>::failure(bytes.error());
            QSaveFile out(request.outputPath);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes->size() || !out.commit())
                return Result<JobsFileResult>::failure(
                    QStringLiteral("%1: cannot write: %2").arg(request.outputPath, out.errorString()));
            result.written = true;
        }
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

QJsonObject JobsFileResult::toJson(const OptimizerSettings &settings, const Horizon &horizon,
                                   const QString &outputPath) const
{
    QJsonArray changes;
    for (const JobChange &c : outcome.changes) {
        const JobListEntry &e = list.entries().at(entryOfJob.at(c.job));
        changes.append(QJsonObject{{QStringLiteral("name"), e.name},
                                   {QStringLiteral("line"), e.line},
                                   {QStringLiteral("old_schedule"), c.oldSchedule},
                                   {QStringLiteral("new_schedule"), c.newSchedule},
                                   {QStringLiteral("shift_minutes"), c.shiftMinutes},
                                   {QStringLiteral("runs_in_horizon"), outcome.runsPerJob.at(c.job)}});
    }
    int pinned = 0;
    for (const JobListEntry &e : list.entries())
        pinned += e.keepTime ? 1 : 0;
    const qint64 start = QDateTime(horizon.startDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QJsonObject jobsFile{{QStringLiteral("path"), list.fileName()},
                         {QStringLiteral("format"),
                          list.format() == JobListFormat::Json ? QStringLiteral("json") : QStringLiteral("crontab")},
                         {QStringLiteral("jobs"), int(list.entries().size())},
                         {QStringLiteral("simulated_jobs"), int(entryOfJob.size())},
                         {QStringLiteral("pinned_jobs"), pinned},
                         {QStringLiteral("moved_jobs"), int(outcome.changes.size())},
                         {QStringLiteral("written"), written}};
    if (list.format() == JobListFormat::Crontab)
        jobsFile.insert(QStringLiteral("user_column"), list.hasUserColumn());
    if (!outputPath.isEmpty())
        jobsFile.insert(QStringLiteral("out"), outputPath);
    if (!notWrittenReason.isEmpty())
        jobsFile.insert(QStringLiteral("not_written_reason"), notWrittenReason);
    return {
        {QStringLiteral("id"), QJsonValue::Null},
        {QStringLiteral("optimization_type"), strategyName(settings.strategy)},
        {QStringLiteral("improvement_metrics"),
         improvementMetricsJson(settings.strategy, outcome.before, outcome.after, outcome.lowerBound)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("jobs_file"), jobsFile},
        {QStringLiteral("horizon"),
         QJsonObject{{QStringLiteral("start"), timeformat::toIsoUtc(start)},
                     {QStringLiteral("days"), horizon.days},
                     {QStringLiteral("resolution_minutes"), 1}}},
        {QStringLiteral("capacity"), settings.capacity},
        {QStringLiteral("search"),
         QJsonObject{{QStringLiteral("seed"), double(settings.seed)},
                     {QStringLiteral("passes"), outcome.passes},
                     {QStringLiteral("evaluations"), double(outcome.evaluations)},
                     {QStringLiteral("time_budget_reached"), outcome.timeBudgetReached},
                     {QStringLiteral("canceled"), outcome.canceled},
                     {QStringLiteral("elapsed_ms"), double(elapsedMs)}}},
    };
}

} // namespace rulecast
