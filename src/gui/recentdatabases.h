#pragma once

#include <QStringList>

namespace rulecast {

// The File → Open Recent list, newest first, kept in QSettings so it
// survives restarts. Paths are stored absolute and at most `MaxEntries` long.
class RecentDatabases
{
public:
    static constexpr int MaxEntries = 8;

    static QStringList load();
    // Moves `path` to the front (adding it if new) and saves.
    static QStringList add(const QString &path);
    static QStringList remove(const QString &path);
    static void clear();
};

} // namespace rulecast
