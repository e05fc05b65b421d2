#include "core/slotgrid.h"

namespace rulecast {

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}
} // namespace

bool SlotGrid::validSlotMinutes(int slotMinutes)
{
    return slotMinutes >= 1 && slotMinutes <= 1440 && 1440 % slotMinutes == 0;
}

Result<SlotGrid> SlotGrid::create(qint64 asOf, int lookAheadHours, int slotMinutes)
{
    if (lookAheadHours < kMinLookAheadHours || lookAheadHours > kMaxLookAheadHours)
        return Result<SlotGrid>::failure(
            QStringLiteral("look-ahead of %1 hours is outside 1-168").arg(lookAheadHours));
    if (!validSlotMinutes(slotMinutes))
        return Result<SlotGrid>::failure(
            QStringLiteral("slot length of %1 minutes must divide a day (e.g. 5, 10, 15, 30, 60, 120)")
                .arg(slotMinutes));
    SlotGrid grid;
    grid.m_asOf = asOf;
    grid.m_slotSeconds = slotMinutes * 60;
    grid.m_start = -floorDiv(-asOf, grid.m_slotSeconds) * grid.m_slotSeconds; // ceil to a boundary
    // Whole slots only; a look-ahead shorter than one slot still gets one.
    grid.m_count = qMax(1, int(qint64(lookAheadHours) * 3600 / grid.m_slotSeconds));
    return grid;
}

int SlotGrid::indexOf(qint64 epoch) const
{
    if (epoch < m_start || epoch >= end())
        return -1;
    return int((epoch - m_start) / m_slotSeconds);
}

qint64 SlotGrid::dayOfEpoch(qint64 epoch)
{
    return floorDiv(epoch, kSecondsPerDay);
}

int SlotGrid::slotOfDayOf(qint64 epoch, int slotSeconds)
{
    return int((epoch - dayOfEpoch(epoch) * kSecondsPerDay) / slotSeconds);
}

int SlotGrid::weekdayOfDay(qint64 day)
{
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    return int(((day + 3) % 7 + 7) % 7);
}

} // namespace rulecast
