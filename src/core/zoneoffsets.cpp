#include "zoneoffsets.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace rulecast {

namespace {

// 1900..2200 covers every date a schedule is realistically asked about; the
// rare instant outside falls back to QTimeZone itself.
constexpr qint64 TableBegin = -2208988800LL; // 1900-01-01T00:00:00Z
constexpr qint64 TableEnd = 7258118400LL;    // 2200-01-01T00:00:00Z

} // namespace

ZoneOffsets::ZoneOffsets(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc()), m_id(m_zone.id())
{
    const QDateTime begin = QDateTime::fromSecsSinceEpoch(TableBegin, Qt::UTC);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(TableEnd, Qt::UTC);
    m_initialOffset = m_zone.offsetFromUtc(begin);
    m_tableBegin = TableBegin;
    m_tableEnd = TableEnd;
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetDataList list = m_zone.transitions(begin, end);
        m_times.reserve(size_t(list.size()));
        m_offsets.reserve(size_t(list.size()));
        int previous = m_initialOffset;
        for (const QTimeZone::OffsetData &t : list) {
            // Qt also reports abbreviation-only changes; they move no clock.
            if (t.offsetFromUtc == previous)
                continue;
            m_times.push_back(t.atUtc.toSecsSinceEpoch());
            m_offsets.push_back(t.offsetFromUtc);
            previous = t.offsetFromUtc;
        }
    }
    m_fixed = m_times.empty() && !m_zone.hasTransitions();
}

std::shared_ptr<const ZoneOffsets> ZoneOffsets::forZone(const QTimeZone &zone)
{
    // Most callers ask for the same zone over and over: remember the last one
    // per thread before taking the shared lock.
    thread_local QByteArray lastId;
    thread_local std::shared_ptr<const ZoneOffsets> last;
    const QByteArray id = zone.isValid() ? zone.id() : QByteArrayLiteral("UTC");
    if (last && id == lastId)
        return last;

    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const ZoneOffsets>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, std::make_shared<const ZoneOffsets>(zone));
    lastId = id;
    last = it.value();
    return last;
}

int ZoneOffsets::offsetAt(qint64 utc, int &hint) const
{
    if (m_fixed)
        return m_initialOffset;
    if (utc < m_tableBegin || utc >= m_tableEnd)
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
    const int n = int(m_times.size());
    // hint = index of the last transition at or before utc, -1 for none.
    if (hint >= -1 && hint < n && (hint < 0 || m_times[size_t(hint)] <= utc)
        && (hint + 1 >= n || utc < m_times[size_t(hint + 1)])) {
        return hint < 0 ? m_initialOffset : m_offsets[size_t(hint)];
    }
    const auto it = std::upper_bound(m_times.begin(), m_times.end(), utc);
    hint = int(it - m_times.begin()) - 1;
    return hint < 0 ? m_initialOffset : m_offsets[size_t(hint)];
}

} // namespace rulecast
