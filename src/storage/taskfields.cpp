#include "taskfields.h"

#include "core/timeformat.h"
#include "importer.h"
#include "core/phrase.h"

namespace rulecast::importdetail {

namespace {
const char *const Names[TaskFieldCount] = {"type",        "started_at", "finished_at", "status",    "host",
                                           "description", "cpu_percent", "memory_mb",  "disk_mb", "network_mbps"};

QString expectedTime() { return phrase("Importer", QT_TRANSLATE_NOOP("Importer", "an ISO-8601 time")); }
} // namespace

std::optional<TaskField> taskFieldByName(std::string_view name)
{
    for (int i = 0; i < TaskFieldCount; ++i)
        if (name == Names[i])
            return TaskField(i);
    return std::nullopt;
}

const char *taskFieldName(TaskField field) { return Names[int(field)]; }

bool taskFieldRequired(TaskField field) { return int(field) <= int(TaskField::Status); }

QString requiredTaskFieldList() { return QStringLiteral("type, started_at, finished_at, status"); }

QString toTaskRow(const TaskFieldValues &values, const QString &path, qint64 line, TaskRow &row)
{
    const auto value = [&values](TaskField f) { return values[size_t(f)]; };
    const auto error = [&](TaskField f, const QString &expected) {
        return fieldError(path, line, QString::fromLatin1(taskFieldName(f)), expected, value(f));
    };

    row.type = trim(value(TaskField::Type));
    if (row.type.empty())
        return error(TaskField::Type, phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a task type")));
    row.status = trim(value(TaskField::Status));
    if (row.status.empty())
        return error(TaskField::Status, phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a status (completed, failed, ...)")));

    const std::string_view started = value(TaskField::StartedAt);
    const std::optional<qint64> start = timeformat::parseUtf8(started.data(), qsizetype(started.size()));
    if (!start)
        return error(TaskField::StartedAt, expectedTime());
    row.startedAt = *start;

    const std::string_view finished = trim(value(TaskField::FinishedAt));
    row.finishedAt = -1;
    if (!finished.empty()) {
        const std::optional<qint64> end = timeformat::parseUtf8(finished.data(), qsizetype(finished.size()));
        if (!end)
            return error(TaskField::FinishedAt, phrase("Importer", QT_TRANSLATE_NOOP("Importer", "an ISO-8601 time or nothing")));
        if (*end < *start)
            return error(TaskField::FinishedAt,
                         phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a time not before started_at (%1)")).arg(timeformat::toIsoUtc(*start)));
        row.finishedAt = *end;
    }

    row.host = trim(value(TaskField::Host));
    row.description = value(TaskField::Description);

    const struct
    {
        TaskField field;
        double *target;
    } numbers[] = {{TaskField::CpuPercent, &row.cpuPercent},
                   {TaskField::MemoryMb, &row.memoryMb},
                   {TaskField::DiskMb, &row.diskMb},
                   {TaskField::NetworkMbps, &row.networkMbps}};
    for (const auto &n : numbers) {
        const std::string_view text = trim(value(n.field));
        *n.target = std::nan("");
        if (text.empty())
            continue;
        double v = 0;
        if (!parseDouble(text, v) || v < 0)
            return error(n.field, phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a number of at least 0 or nothing")));
        *n.target = v;
    }
    return {};
}

} // namespace rulecast::importdetail
