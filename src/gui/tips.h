#pragma once

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

} // namespace rulecast
