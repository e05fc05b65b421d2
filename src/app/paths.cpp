#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace rulecast {

QString defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("RULECAST_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/rulecast.db");
}

} // namespace rulecast
