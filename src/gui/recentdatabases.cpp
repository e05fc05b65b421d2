#include "recentdatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace rulecast {

namespace {

const QString kKey = QStringLiteral("recentDatabases");

void save(const QStringList &list)
{
    QSettings().setValue(kKey, list);
}

} // namespace

QStringList RecentDatabases::load()
{
    QStringList list = QSettings().value(kKey).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    while (list.size() > MaxEntries)
        list.removeLast();
    return list;
}

QStringList RecentDatabases::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = load();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxEntries)
        list.removeLast();
    save(list);
    return list;
}

QStringList RecentDatabases::remove(const QString &path)
{
    QStringList list = load();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    list.removeAll(path);
    save(list);
    return list;
}

void RecentDatabases::clear()
{
    save({});
}

} // namespace rulecast
