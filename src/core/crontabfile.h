#pragma once

#include "core/joblist.h"

namespace rulecast {

// Reads a crontab into a JobList: five-field and @macro job lines, with the
// user column of /etc/crontab-style files, comments, blank lines and
// environment lines (NAME=value) kept for writing back. A comment
//   # rulecast: estimation=600 keepTime priority=2 demand=1 name=backup
// right above a job (blank lines and comments may sit between) gives it what
// a crontab cannot say; without one a run is taken to last 60 seconds.
class CrontabFile
{
public:
    static Result<JobList> parse(const QByteArray &bytes, const QString &fileName, std::optional<bool> userColumn);
};

} // namespace rulecast
