#pragma once

#include "core/taskrecord.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace rulecast {

// Which slots of which UTC day each task type started in, over a window of
// whole days [firstDay, endDay). One bit per (type, day, slot): a million
// tasks fold into a few megabytes and every feature reads bits, never tasks.
class ActivityIndex
{
public:
    ActivityIndex(int slotSeconds, qint64 firstDay, qint64 endDay);

    // Builds from `tasks`, keeping starts inside the window and before `asOf`
    // (the future is never indexed). Types listed in `knownTypes` get an entry
    // even without a start in the window, in that order, before new ones.
    static ActivityIndex build(const std::vector<TaskRecord> &tasks, int slotSeconds, qint64 firstDay,
                               qint64 endDay, qint64 asOf, const QStringList &knownTypes = {});

    int typeIndex(const QString &type); // adds the type when new
    int findType(const QString &type) const { return m_typeIndex.value(type, -1); }
    const QStringList &types() const { return m_types; }
    int typeCount() const { return int(m_types.size()); }

    void add(int type, qint64 startEpoch); // ignores starts outside the window

    int slotSeconds() const { return m_slotSeconds; }
    int slotsPerDay() const { return m_slotsPerDay; }
    qint64 firstDay() const { return m_firstDay; }
    qint64 endDay() const { return m_endDay; }
    int dayCount() const { return int(m_endDay - m_firstDay); }
    bool contains(qint64 day) const { return day >= m_firstDay && day < m_endDay; }

    bool occurred(int type, qint64 day, int slot) const;
    int activeSlots(int type, qint64 day) const;
    // Whether any task of any type started that day; days without any are
    // gaps in the record (outages, holidays) and count as unobserved.
    bool systemActive(qint64 day) const { return contains(day) && m_systemActive[size_t(day - m_firstDay)]; }
    // First day the type was seen anywhere in the input (may precede the window), or endDay.
    qint64 firstSeenDay(int type) const { return m_firstSeen[size_t(type)]; }

private:
    const quint64 *dayBits(int type, qint64 day) const;

    int m_slotSeconds;
    int m_slotsPerDay;
    int m_wordsPerDay;
    qint64 m_firstDay;
    qint64 m_endDay;
    QStringList m_types;
    QHash<QString, int> m_typeIndex;
    std::vector<std::vector<quint64>> m_bits; // per type: days * words
    std::vector<qint64> m_firstSeen;
    std::vector<char> m_systemActive;
};

} // namespace rulecast
