#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <unordered_map>

namespace rulecast {

// Task type name -> dense index, for loops over a million tasks. Readers
// share one QString per type, so the common case is a lookup by the string's
// data pointer; a name seen under a new pointer falls back to hashing it once.
class TypeInterner
{
public:
    // The index of `type`, adding it when new.
    int intern(const QString &type)
    {
        const auto fast = m_byPointer.find(type.constData());
        // The comparison guards against a pointer reused by a different string.
        if (fast != m_byPointer.end() && m_names[fast->second] == type)
            return fast->second;
        int index = m_byName.value(type, -1);
        if (index < 0) {
            index = int(m_names.size());
            m_names.append(type);
            m_byName.insert(type, index);
        }
        m_byPointer[type.constData()] = index;
        return index;
    }
    // The index of `type`, or -1 when unknown (never adds).
    int find(const QString &type) const
    {
        const auto fast = m_byPointer.find(type.constData());
        if (fast != m_byPointer.end() && m_names[fast->second] == type)
            return fast->second;
        return m_byName.value(type, -1);
    }
    const QStringList &names() const { return m_names; }
    int size() const { return int(m_names.size()); }

private:
    std::unordered_map<const QChar *, int> m_byPointer;
    QHash<QString, int> m_byName;
    QStringList m_names;
};

} // namespace rulecast
