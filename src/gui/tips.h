#pragma once

#include <QAction>
#include <QKeySequence>
#include <QString>
#include <QWidget>

namespace rulecast {

// Every control explains itself twice: as a tooltip where the mouse is and as
// a status tip in the main window's status bar.
inline void setTips(QWidget *widget, const QString &tip)
{
    widget->setToolTip(tip);
    widget->setStatusTip(tip);
}

// Gives an action its shortcut, and a tooltip and status tip that name it, so
// the key is discoverable from the menu, the tooltip and the status bar.
inline void describeAction(QAction *action, const QString &tip, const QKeySequence &shortcut = {})
{
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    const QString key = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key));
    action->setStatusTip(tip);
}

} // namespace rulecast
