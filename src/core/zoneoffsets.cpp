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
constexpr qint64 RuleYearEnd = 2145916800LL; // 2038-01-01T00:00:00Z
constexpr int ExtendedUntilYear = 2101;

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
        int previous = m_initialOffset;
        for (const QTimeZone::OffsetData &t : list) {
            const qint64 at = t.atUtc.toSecsSinceEpoch();
            // Qt also reports abbreviation-only changes (and a pseudo
            // transition at 2038-01-19); they move no clock.
            if (t.offsetFromUtc == previous || at >= RuleYearEnd)
                continue;
            m_times.push_back(at);
            m_offsets.push_back(t.offsetFromUtc);
            previous = t.offsetFromUtc;
        }
        extendBeyond2037();
    }
    m_fixed = m_times.empty() && !m_zone.hasTransitions();
}

// Qt 6.4 lists transitions only up to 2037 (the end of the explicit tzfile
// data), although offsetFromUtc() applies the zone's recurring rule beyond.
// The rule's changes fall near the same dates every year, so each 2037
// change is looked for again within a fortnight of its date in later years
// and pinned to the second by bisection.
void ZoneOffsets::extendBeyond2037()
{
    std::vector<qint64> lastYear;
    for (qint64 t : m_times) {
        if (t >= RuleYearEnd - 365 * 86400)
            lastYear.push_back(t);
    }
    if (lastYear.empty())
        return;
    auto offset = [this](qint64 utc) { return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)); };
    for (int year = 2038; year < ExtendedUntilYear; ++year) {
        for (qint64 t : lastYear) {
            const qint64 guess = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).addYears(year - 2037).toSecsSinceEpoch();
            qint64 lo = guess - 8 * 86400;
            int before = offset(lo);
            for (int day = 0; day < 16; ++day) {
                const qint64 hi = lo + 86400;
                const int after = offset(hi);
                if (after != before) {
                    qint64 a = lo, b = hi; // offset(a) == before, offset(b) == after
                    while (b - a > 1) {
                        const qint64 mid = a + (b - a) / 2;
                        (offset(mid) == before ? a : b) = mid;
                    }
                    if (m_times.empty() || b > m_times.back()) {
                        m_times.push_back(b);
                        m_offsets.push_back(after);
                    }
                    break;
                }
                lo = hi;
                before = after;
            }
        }
    }
    m_tableEnd = std::min(m_tableEnd, QDateTime(QDate(ExtendedUntilYear, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

const ZoneOffsets *ZoneOffsets::forZone(const QTimeZone &zone)
{
    // Most callers ask for the same zone over and over: remember the last one
    // per thread before taking the shared lock.
    thread_local const ZoneOffsets *last = nullptr;
    const QByteArray id = zone.isValid() ? zone.id() : QByteArrayLiteral("UTC");
    if (last && id == last->id())
        return last;

    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const ZoneOffsets>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, std::make_shared<const ZoneOffsets>(zone));
    last = it.value().get();
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

namespace rulecast {

bool ZoneOffsets::isSteady(qint64 a, qint64 b) const
{
    if (m_fixed)
        return true;
    if (a < m_tableBegin || b >= m_tableEnd)
        return false;
    // Same number of transitions at or before both instants.
    return std::upper_bound(m_times.begin(), m_times.end(), a) == std::upper_bound(m_times.begin(), m_times.end(), b);
}

} // namespace rulecast
