#include "taskstatusnames.h"

#include <QCoreApplication>

namespace rulecast {

QString taskStatusLabel(const QString &status)
{
    // banana-bun's task states, the SWF importer's (partial, cancelled,
    // unknown) and common spellings of other schedulers' histories.
    static const char *const known[] = {
        QT_TRANSLATE_NOOP("TaskStatus", "pending"),   QT_TRANSLATE_NOOP("TaskStatus", "running"),
        QT_TRANSLATE_NOOP("TaskStatus", "completed"), QT_TRANSLATE_NOOP("TaskStatus", "failed"),
        QT_TRANSLATE_NOOP("TaskStatus", "error"),     QT_TRANSLATE_NOOP("TaskStatus", "cancelled"),
        QT_TRANSLATE_NOOP("TaskStatus", "canceled"),  QT_TRANSLATE_NOOP("TaskStatus", "skipped"),
        QT_TRANSLATE_NOOP("TaskStatus", "partial"),   QT_TRANSLATE_NOOP("TaskStatus", "unknown"),
        QT_TRANSLATE_NOOP("TaskStatus", "paused"),    QT_TRANSLATE_NOOP("TaskStatus", "scheduled"),
        QT_TRANSLATE_NOOP("TaskStatus", "queued"),    QT_TRANSLATE_NOOP("TaskStatus", "timeout"),
    };
    for (const char *k : known) {
        if (status.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("TaskStatus", k);
    }
    return status;
}

} // namespace rulecast
