#pragma once

#include <QByteArray>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace rulecast {

// The UTC offsets of one time zone, read once from QTimeZone's transition
// list into a sorted table. The cron iterator asks for offsets many times per
// fire time; a binary search here costs nanoseconds where a QDateTime round
// trip costs microseconds. Immutable after construction, so one shared
// instance serves every thread.
class ZoneOffsets
{
public:
    // Shared table for `zone`, built on first use and kept for the life of
    // the program (a handful of zones, a few kB each). An invalid zone is UTC.
    static const ZoneOffsets *forZone(const QTimeZone &zone);

    // Seconds east of UTC at the instant `utc`. `hint` is the caller's cursor
    // into the table; sequential lookups then cost O(1).
    int offsetAt(qint64 utc, int &hint) const;

    // True when the zone never changes offset (UTC, fixed-offset zones): the
    // iterator then skips every daylight-saving check.
    bool isFixed() const { return m_fixed; }
    // True when the offset cannot change between the instants a <= b.
    bool isSteady(qint64 a, qint64 b) const;
    int fixedOffset() const { return m_initialOffset; }
    const QByteArray &id() const { return m_id; }

    explicit ZoneOffsets(const QTimeZone &zone);

private:
    void extendBeyond2037();

    QTimeZone m_zone;
    QByteArray m_id;
    bool m_fixed = true;
    int m_initialOffset = 0;       // before the first transition in the table
    qint64 m_tableBegin = 0;       // instants outside [begin, end) ask QTimeZone
    qint64 m_tableEnd = 0;
    std::vector<qint64> m_times;   // transition instants, ascending
    std::vector<int> m_offsets;    // offset in force from m_times[i] on
};

} // namespace rulecast
