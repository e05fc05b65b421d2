#pragma once

#include "taskwriter.h"

#include <QString>

#include <array>
#include <optional>
#include <string_view>

namespace rulecast::importdetail {

// The fields of one task in the csv and json formats; both name them alike.
enum class TaskField {
    Type,
    StartedAt,
    FinishedAt,
    Status,
    Host,
    Description,
    CpuPercent,
    MemoryMb,
    DiskMb,
    NetworkMbps,
    Count
};
constexpr int TaskFieldCount = int(TaskField::Count);

std::optional<TaskField> taskFieldByName(std::string_view name);
const char *taskFieldName(TaskField field);
bool taskFieldRequired(TaskField field);
// "type, started_at, finished_at, status".
QString requiredTaskFieldList();

// The raw text of each field of one row; absent fields stay empty.
using TaskFieldValues = std::array<std::string_view, TaskFieldCount>;

// Validates and converts; returns the error message (empty when fine).
QString toTaskRow(const TaskFieldValues &values, const QString &path, qint64 line, TaskRow &row);

} // namespace rulecast::importdetail
