#pragma once

#include "core/result.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace rulecast {

class MainWindow;

// `rulecast --screenshot DIR`: shows each main view in turn, waits until its
// background queries are done, and saves the whole window as DIR/<view>.png;
// then each page of the settings dialog as DIR/settings-<section>.png.
class Screenshotter : public QObject
{
    Q_OBJECT

public:
    Screenshotter(MainWindow *window, QString directory);

    // Starts; `done` receives the written files or the first error.
    void start(std::function<void(Result<QStringList>)> done);

private:
    void next();
    void captureWhenIdle(int attempt);
    Status captureSettings();
    void fail(const QString &error);

    MainWindow *m_window;
    QString m_directory;
    int m_index = 0;
    QStringList m_written;
    std::function<void(Result<QStringList>)> m_done;
};

} // namespace rulecast
