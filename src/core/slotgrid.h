#pragma once

#include "core/result.h"

#include <QtGlobal>

namespace rulecast {

// The time axis predictions live on: `count` consecutive slots of
// `slotSeconds`, aligned to multiples of the slot length in UTC so a slot
// always has the same slot-of-day. Days are UTC calendar days (day 0 =
// 1970-01-01, a Thursday); the kind of a day is weekday or weekend.
class SlotGrid
{
public:
    static constexpr int kSecondsPerDay = 86400;
    static constexpr int kMinLookAheadHours = 1;
    static constexpr int kMaxLookAheadHours = 168;

    // The slots covering `lookAheadHours` from the first slot boundary at or
    // after `asOf`. The slot length must divide a day.
    static Result<SlotGrid> create(qint64 asOf, int lookAheadHours, int slotMinutes);
    // Whether `slotMinutes` is usable (1..1440 and divides a day).
    static bool validSlotMinutes(int slotMinutes);

    qint64 asOf() const { return m_asOf; }
    qint64 start() const { return m_start; }
    qint64 end() const { return m_start + qint64(m_count) * m_slotSeconds; }
    int count() const { return m_count; }
    int slotSeconds() const { return m_slotSeconds; }
    int slotsPerDay() const { return kSecondsPerDay / m_slotSeconds; }
    qint64 slotStart(int index) const { return m_start + qint64(index) * m_slotSeconds; }
    // Index of the slot containing `epoch`, or -1 outside the grid.
    int indexOf(qint64 epoch) const;

    qint64 dayOf(int index) const { return dayOfEpoch(slotStart(index)); }
    int slotOfDay(int index) const { return slotOfDayOf(slotStart(index), m_slotSeconds); }

    static qint64 dayOfEpoch(qint64 epoch);
    static int slotOfDayOf(qint64 epoch, int slotSeconds);
    // 0 = Monday ... 6 = Sunday.
    static int weekdayOfDay(qint64 day);
    static bool isWeekend(qint64 day) { return weekdayOfDay(day) >= 5; }

private:
    SlotGrid() = default;
    qint64 m_asOf = 0;
    qint64 m_start = 0;
    int m_slotSeconds = 3600;
    int m_count = 0;
};

} // namespace rulecast
