#include "gui/zonelabel.h"

#include <QByteArray>

namespace rulecast {

QString zoneLabel(const QTimeZone &zone)
{
    if (!zone.isValid())
        return QStringLiteral("UTC");
    static const char *const utcIds[] = {"UTC",     "UCT",     "Universal",     "Zulu",     "GMT",       "GMT0",
                                         "GMT+0",   "GMT-0",   "Greenwich",     "Etc/UTC",  "Etc/UCT",   "Etc/Universal",
                                         "Etc/Zulu", "Etc/GMT", "Etc/GMT0",     "Etc/GMT+0", "Etc/GMT-0", "Etc/Greenwich"};
    const QByteArray id = zone.id();
    for (const char *utc : utcIds)
        if (id == utc)
            return QStringLiteral("UTC");
    return QString::fromUtf8(id);
}

} // namespace rulecast
