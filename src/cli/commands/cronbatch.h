#pragma once

#include <QByteArray>
#include <QTimeZone>
#include <QtGlobal>

namespace rulecast::cli {

// `cron next --batch`: one case per line, EXPR<TAB>FROM<TAB>ZONE, answered
// with one compact JSON object per line, in order (see docs/cron.md).
struct CronBatchOptions
{
    qint64 defaultFrom = 0;   // when a line leaves FROM empty or out
    QTimeZone defaultZone;    // when a line leaves ZONE empty or out
    int count = 5;            // fire times per case
};

struct CronBatchResult
{
    QByteArray output;        // JSON Lines
    int cases = 0;
    int malformedLines = 0;   // bad FROM / ZONE / column count; answered with "errors"
};

CronBatchResult runCronBatch(const QByteArray &input, const CronBatchOptions &options);

} // namespace rulecast::cli
