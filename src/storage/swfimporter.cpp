// `import --format swf`: the Standard Workload Format of the Parallel
// Workloads Archive (https://www.cs.huji.ac.il/labs/parallel/workload/swf.html),
// plain or gzipped. One job is one task: started at UnixStartTime + submit +
// wait, finished after the run time, host = partition, cpu_percent = the
// allocated processors (a demand in processors, not a percentage; see
// docs/import.md), memory_mb = used memory per processor x processors.
#include "database.h"
#include "importer.h"
#include "linereader.h"
#include "taskwriter.h"
#include "core/phrase.h"

#include <string>

namespace rulecast {

using namespace importdetail;

namespace {

constexpr int FieldCount = 18;
// Zero-based positions of the fields we read.
enum SwfField {
    JobNumber = 0,
    SubmitTime = 1,
    WaitTime = 2,
    RunTime = 3,
    AllocatedProcessors = 4,
    UsedMemory = 6,
    StatusCode = 10,
    UserId = 11,
    ExecutableNumber = 13,
    QueueNumber = 14,
    PartitionNumber = 15,
};
const char *const FieldNames[FieldCount] = {
    "job_number",  "submit_time", "wait_time",      "run_time",        "allocated_processors", "average_cpu_time",
    "used_memory", "requested_processors", "requested_time", "requested_memory", "status",       "user_id",
    "group_id",    "executable_number",    "queue_number",   "partition_number", "preceding_job", "think_time"};

std::string_view statusText(qint64 status)
{
    switch (status) {
    case 0: return "failed";
    case 1: return "completed";
    case 2: return "partial"; // a checkpointed part; the job continues
    case 3: return "completed"; // last part of a checkpointed job, completed
    case 4: return "failed";    // last part of a checkpointed job, failed
    case 5: return "cancelled";
    default: return "unknown";
    }
}

// Splits on runs of spaces and tabs; returns the number of fields found
// (stops counting past `max`).
int splitWhitespace(std::string_view line, std::string_view *out, int max)
{
    int n = 0;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i == line.size())
            break;
        const size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (n < max)
            out[n] = line.substr(start, i - start);
        ++n;
    }
    return n;
}

} // namespace

Result<ImportCounts> importSwf(const QString &path, const ImportOptions &options, Database &db, const Progress &progress)
{
    int typeField = UserId;
    if (options.swfTypeField == QLatin1String("app"))
        typeField = ExecutableNumber;
    else if (options.swfTypeField == QLatin1String("queue"))
        typeField = QueueNumber;
    else if (options.swfTypeField == QLatin1String("partition"))
        typeField = PartitionNumber;
    else if (options.swfTypeField != QLatin1String("user"))
        return Result<ImportCounts>::failure(
            phrase("Importer", QT_TRANSLATE_NOOP("Importer", "unknown SWF type field '%1' (expected user, app, queue or partition)")).arg(options.swfTypeField));
    const std::string typePrefix = options.swfTypeField.toStdString();

    LineReader lines;
    if (const Status s = lines.open(path); !s)
        return Result<ImportCounts>::failure(s.error());
    TaskWriter writer(db);
    Ticker ticker(progress, lines);
    ImportCounts counts;
    std::optional<qint64> unixStart;
    std::string_view line;
    std::string_view raw[FieldCount];
    double value[FieldCount];
    std::string type, host, description;
    TaskRow row;
    while (lines.next(line)) {
        const std::string_view content = trim(line);
        if (content.empty())
            continue;
        if (content.front() == ';') {
            // "; UnixStartTime: 749458803" anchors every time in the file.
            std::string_view header = trim(content.substr(1));
            constexpr std::string_view key = "UnixStartTime:";
            if (header.substr(0, key.size()) == key) {
                qint64 t = 0;
                if (!parseInt(header.substr(key.size()), t))
                    return Result<ImportCounts>::failure(fieldError(path, lines.lineNumber(), QStringLiteral("UnixStartTime"),
                                                                    phrase("Importer", QT_TRANSLATE_NOOP("Importer", "seconds since 1970")),
                                                                    trim(header.substr(key.size()))));
                unixStart = t;
            }
            continue;
        }
        if (!unixStart)
            return Result<ImportCounts>::failure(lineError(
                path, lines.lineNumber(),
                phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a job before any '; UnixStartTime:' header line (SWF times count from it)"))));
        const int n = splitWhitespace(content, raw, FieldCount);
        if (n != FieldCount)
            return Result<ImportCounts>::failure(
                lineError(path, lines.lineNumber(), phrase("Importer", QT_TRANSLATE_NOOP("Importer", "expected 18 whitespace-separated fields, got %1")).arg(n)));
        for (int i = 0; i < FieldCount; ++i) {
            if (!parseDouble(raw[i], value[i]) || (value[i] < 0 && value[i] != -1))
                return Result<ImportCounts>::failure(fieldError(path, lines.lineNumber(), QString::fromLatin1(FieldNames[i]),
                                                                phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a number, 0 or more, or -1 for unknown")),
                                                                raw[i]));
        }
        if (value[SubmitTime] < 0)
            return Result<ImportCounts>::failure(fieldError(path, lines.lineNumber(), QString::fromLatin1(FieldNames[SubmitTime]),
                                                            phrase("Importer", QT_TRANSLATE_NOOP("Importer", "seconds since UnixStartTime (a job needs one)")),
                                                            raw[SubmitTime]));
        const qint64 wait = value[WaitTime] < 0 ? 0 : qint64(value[WaitTime]);
        row.startedAt = *unixStart + qint64(value[SubmitTime]) + wait;
        row.finishedAt = value[RunTime] < 0 ? -1 : row.startedAt + qint64(value[RunTime]);

        const qint64 typeValue = qint64(value[typeField]);
        type = typePrefix;
        type += typeValue < 0 ? std::string("-unknown") : std::to_string(typeValue);
        row.type = type;
        row.status = statusText(qint64(value[StatusCode]));
        if (value[PartitionNumber] >= 0) {
            host = "partition" + std::to_string(qint64(value[PartitionNumber]));
            row.host = host;
        } else {
            row.host = {};
        }
        description = "SWF job ";
        description += raw[JobNumber];
        row.description = description;
        const double processors = value[AllocatedProcessors];
        row.cpuPercent = processors < 0 ? std::nan("") : processors;
        row.memoryMb = processors < 0 || value[UsedMemory] < 0 ? std::nan("") : value[UsedMemory] * processors / 1024.0;
        row.diskMb = std::nan("");
        row.networkMbps = std::nan("");
        if (const Status s = writer.write(row); !s)
            return Result<ImportCounts>::failure(lineError(path, lines.lineNumber(), s.error()));
        ++counts.tasks;
        if (ticker.tick())
            return Result<ImportCounts>::failure(cancelError());
    }
    if (!lines.error().isEmpty())
        return Result<ImportCounts>::failure(lines.error());
    ticker.finish();
    return counts;
}

} // namespace rulecast
