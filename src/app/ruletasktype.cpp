#include "app/ruletasktype.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rulecast {

QString ruleTaskType(const QString &ruleName, const QString &actionData)
{
    if (!actionData.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(actionData.toUtf8()).object();
        for (const char *key : {"task_type", "type"}) {
            const QString v = o.value(QLatin1String(key)).toString();
            if (!v.isEmpty())
                return v;
        }
    }
    return ruleName;
}

} // namespace rulecast
