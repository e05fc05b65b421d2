#pragma once

#include "core/taskrecord.h"

#include <QList>

namespace rulecast {

// A generated, realistic task history of a home media pipeline, for the
// first start of the app and `rulecast-cli demo`. Deterministic: the same
// options give the same tasks on every machine (own PRNG and distributions,
// nothing from <random> whose distributions differ between libraries).
//
// What it contains (times are UTC):
//   backup            nas      daily 02:13, ~25 min; 3% fail and retry 10 min later
//   backup-full       nas      Sundays 03:00, ~2 h
//   sync-photos       nas      every 4 h at :05 from 00:05
//   download-podcasts media    daily 06:30 and 18:30; 0-3 episodes each
//   transcribe        gpu-box  2-10 min after each episode's download
//   summarize         gpu-box  1-5 min after its transcription
//   transcode         media    weekdays 22:00, ~45 min, heavy CPU
//   weekly-report     nas      Mon/Wed/Fri 09:30
//   monthly-cleanup   nas      the 15th at 04:00
//   noise             laptop   a few manual tasks a day at random waking hours
// with jitter on every start, days a machine was off, failures and durations
// that vary, and resource figures (cpu_percent, memory_mb, disk_mb,
// network_mbps) typical of each kind.
struct DemoHistoryOptions
{
    int days = 60;
    quint64 seed = 42;
    qint64 endTime = 0; // history covers [endTime - days * 86400, endTime)
};

// Tasks sorted by start time. A task still running at endTime has no finish
// and status "running".
QList<TaskRecord> generateDemoHistory(const DemoHistoryOptions &options);

} // namespace rulecast
