#include "core/activityindex.h"

#include "core/slotgrid.h"
#include "core/typeinterner.h"

#include <algorithm>
#include <QtAlgorithms>

namespace rulecast {

ActivityIndex::ActivityIndex(int slotSeconds, qint64 firstDay, qint64 endDay)
    : m_slotSeconds(slotSeconds),
      m_slotsPerDay(SlotGrid::kSecondsPerDay / slotSeconds),
      m_wordsPerDay((m_slotsPerDay + 63) / 64),
      m_firstDay(firstDay),
      m_endDay(std::max(firstDay, endDay)),
      m_systemActive(size_t(m_endDay - m_firstDay), 0)
{
}

ActivityIndex ActivityIndex::build(const std::vector<TaskRecord> &tasks, int slotSeconds, qint64 firstDay,
                                   qint64 endDay, qint64 asOf, const QStringList &knownTypes)
{
    ActivityIndex index(slotSeconds, firstDay, endDay);
    for (const QString &type : knownTypes)
        index.typeIndex(type);
    TypeInterner interner;
    std::vector<int> indexOf;
    for (const TaskRecord &task : tasks) {
        if (task.startedAt >= asOf)
            continue;
        const int local = interner.intern(task.type);
        if (local >= int(indexOf.size()))
            indexOf.push_back(index.typeIndex(task.type));
        const int lastType = indexOf[size_t(local)];
        const qint64 day = SlotGrid::dayOfEpoch(task.startedAt);
        qint64 &seen = index.m_firstSeen[size_t(lastType)];
        seen = std::min(seen, day);
        index.add(lastType, task.startedAt);
    }
    return index;
}

int ActivityIndex::typeIndex(const QString &type)
{
    auto it = m_typeIndex.constFind(type);
    if (it != m_typeIndex.constEnd())
        return it.value();
    const int index = int(m_types.size());
    m_types.append(type);
    m_typeIndex.insert(type, index);
    m_bits.emplace_back(size_t(dayCount()) * size_t(m_wordsPerDay), 0);
    m_firstSeen.push_back(m_endDay);
    return index;
}

void ActivityIndex::add(int type, qint64 startEpoch)
{
    const qint64 day = SlotGrid::dayOfEpoch(startEpoch);
    if (!contains(day))
        return;
    const int slot = SlotGrid::slotOfDayOf(startEpoch, m_slotSeconds);
    quint64 *bits = m_bits[size_t(type)].data() + size_t(day - m_firstDay) * size_t(m_wordsPerDay);
    bits[slot / 64] |= quint64(1) << (slot % 64);
    m_systemActive[size_t(day - m_firstDay)] = 1;
    m_firstSeen[size_t(type)] = std::min(m_firstSeen[size_t(type)], day);
}

const quint64 *ActivityIndex::dayBits(int type, qint64 day) const
{
    return m_bits[size_t(type)].data() + size_t(day - m_firstDay) * size_t(m_wordsPerDay);
}

bool ActivityIndex::occurred(int type, qint64 day, int slot) const
{
    if (!contains(day) || slot < 0 || slot >= m_slotsPerDay)
        return false;
    return (dayBits(type, day)[slot / 64] >> (slot % 64)) & 1u;
}

int ActivityIndex::activeSlots(int type, qint64 day) const
{
    if (!contains(day))
        return 0;
    const quint64 *bits = dayBits(type, day);
    int count = 0;
    for (int w = 0; w < m_wordsPerDay; ++w)
        count += qPopulationCount(bits[w]);
    return count;
}

} // namespace rulecast
