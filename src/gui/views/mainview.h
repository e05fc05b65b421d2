#pragma once

#include "storage/database.h"

#include <QWidget>

#include <optional>

namespace rulecast {

// One page of the main window's tab bar. Adding a view is subclassing this
// and one MainWindow::addView() call; the window hands every view the open
// database and screenshots each one under its id.
class MainView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // File-name-safe id, e.g. "history" → history.png for --screenshot.
    virtual QString viewId() const = 0;
    virtual QString title() const = 0;
    // nullopt: no database is open.
    virtual void setDatabase(const std::optional<Database> &db) = 0;
    // The database's content changed (an import, a demo history): re-read it.
    virtual void reload() = 0;
    // True while background work is still filling the view (screenshots wait).
    virtual bool isBusy() const { return false; }
    // The chart File → Print… prints while this view is shown; nullptr: the
    // view has none (the action is disabled). Charts get their own context
    // menu from installChartExportMenu() (gui/charts/chartexport.h).
    virtual QWidget *mainChart() const { return nullptr; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // A query or an action failed; the main window shows it.
    void errorOccurred(const QString &message);
    // Asks the main window to switch to the view with this viewId (the
    // Dashboard's click-through); the window looks it up when it arrives.
    void viewRequested(const QString &viewId);
};

} // namespace rulecast
