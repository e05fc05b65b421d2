#include "app/storedrunload.h"

#include "core/resourceestimate.h"
#include "core/scheduledjob.h"
#include "core/scheduleload.h"
#include "core/timeformat.h"
#include "core/phrase.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

namespace rulecast {

namespace {

int minutesFromResources(const QString &json)
{
    const QJsonObject r = QJsonDocument::fromJson(json.toUtf8()).object();
    const double minutes = r.value(QLatin1String("estimated_duration_minutes")).toDouble(ResourceEstimate::kDefaultDurationMinutes);
    return std::max(1, int(std::ceil(minutes)));
}

// Run lengths of the snapshot's predictions that do not carry one.
Result<QHash<qint64, int>> storedDurations(const Database &db, const QList<qint64> &ids)
{
    QHash<qint64, int> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT resource_requirements FROM predictive_schedules WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return Result<QHash<qint64, int>>::failure(phrase("StoredPredictions", QT_TRANSLATE_NOOP("StoredPredictions", "reading predictive_schedules row %1")).arg(id));
        if (q.next())
            out.insert(id, minutesFromResources(q.value(0).toString()));
        q.finish();
    }
    return out;
}

// One side of the run: its rules' runs and its fixed predicted tasks.
QVector<int> simulate(const QJsonObject &snapshot, const Horizon &horizon, qint64 horizonStart,
                      const QHash<qint64, int> &durations, QStringList &warnings)
{
    ScheduleLoad load(horizon.days);
    const QJsonArray rules = snapshot.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &v : rules) {
        const QJsonObject r = v.toObject();
        if (!r.value(QLatin1String("simulated")).toBool(true))
            continue;
        ScheduledJob job;
        job.name = r.value(QLatin1String("rule_name")).toString();
        job.schedule = r.value(QLatin1String("cron_expression")).toString();
        job.durationMinutes = r.value(QLatin1String("duration_minutes")).toInt();
        const Result<JobPattern> pattern = buildJobPattern(job, horizon);
        if (!pattern) {
            warnings << pattern.error();
            continue;
        }
        load.addRuns(*pattern, pattern->shape.fireMinutesOfDay(0, 0), +1);
    }
    const QJsonArray predictions = snapshot.value(QLatin1String("predictions")).toArray();
    for (const QJsonValue &v : predictions) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1String("counted_as")).toString() != QLatin1String("fixed"))
            continue; // a rule's run, counted with its rule
        const std::optional<qint64> at = timeformat::parse(p.value(QLatin1String("predicted_execution_time")).toString());
        if (!at) {
            warnings << phrase("StoredPredictions", QT_TRANSLATE_NOOP("StoredPredictions", "prediction #%1 has no readable time")).arg(p.value(QLatin1String("id")).toInteger());
            continue;
        }
        const qint64 id = p.value(QLatin1String("id")).toInteger();
        const int duration = p.contains(QLatin1String("duration_minutes"))
                                 ? p.value(QLatin1String("duration_minutes")).toInt()
                                 : durations.value(id, int(std::ceil(ResourceEstimate::kDefaultDurationMinutes)));
        load.addFixed(FixedRun{int((*at - horizonStart) / 60), duration, 1}, +1);
    }
    return load.values();
}

} // namespace

Result<StoredRunLoad> replayStoredRunLoad(const Database &db, const OptimizationRecord &record)
{
    using R = Result<StoredRunLoad>;
    StoredRunLoad out;
    const QJsonObject window = record.originalSchedule.value(QLatin1String("window")).toObject();
    const std::optional<qint64> from = timeformat::parse(window.value(QLatin1String("simulated_from")).toString());
    out.days = window.value(QLatin1String("simulated_days")).toInt();
    if (!from || out.days < 1)
        return R::failure(QStringLiteral("optimization run #%1: original_schedule has no simulated window "
                                         "(window.simulated_from, window.simulated_days)")
                              .arg(record.id));
    out.startEpoch = *from;
    out.capacity = std::max(1, record.originalSchedule.value(QLatin1String("capacity")).toInt(1));
    out.windowStart = record.windowStart;
    out.windowEnd = record.windowEnd;
    Horizon horizon;
    horizon.startDate = QDateTime::fromSecsSinceEpoch(out.startEpoch, QTimeZone::utc()).date();
    horizon.days = out.days;

    QList<qint64> missing;
    for (const QJsonObject &snapshot : {record.originalSchedule, record.optimizedSchedule})
        for (const QJsonValue &v : snapshot.value(QLatin1String("predictions")).toArray()) {
            const QJsonObject p = v.toObject();
            if (!p.contains(QLatin1String("duration_minutes")) && !missing.contains(p.value(QLatin1String("id")).toInteger()))
                missing.append(p.value(QLatin1String("id")).toInteger());
        }
    const Result<QHash<qint64, int>> durations = storedDurations(db, missing);
    if (!durations)
        return R::failure(durations.error());
    out.before = simulate(record.originalSchedule, horizon, out.startEpoch, *durations, out.warnings);
    out.after = simulate(record.optimizedSchedule.isEmpty() ? record.originalSchedule : record.optimizedSchedule,
                         horizon, out.startEpoch, *durations, out.warnings);
    out.warnings.removeDuplicates();
    return out;
}

HourOfDayLoad loadByHourOfDay(const QVector<int> &minuteLoad)
{
    HourOfDayLoad out;
    std::array<qint64, 24> sum{};
    std::array<qint64, 24> count{};
    for (int i = 0; i < minuteLoad.size(); ++i) {
        const int hour = (i / 60) % 24;
        out.peak[std::size_t(hour)] = std::max(out.peak[std::size_t(hour)], minuteLoad.at(i));
        sum[std::size_t(hour)] += minuteLoad.at(i);
        ++count[std::size_t(hour)];
    }
    for (std::size_t h = 0; h < 24; ++h)
        out.mean[h] = count[h] > 0 ? double(sum[h]) / double(count[h]) : 0.0;
    return out;
}

} // namespace rulecast
