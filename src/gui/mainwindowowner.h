#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace rulecast {

class MainWindow;

// Owns the application's MainWindow and rebuilds it when the language
// changes. Every view sets its texts once when it is built, so a new language
// shows by building a new window on the same database — with the old one's
// geometry, dock/toolbar state and current view — rather than by
// retranslating each widget (docs/translations.md).
class MainWindowOwner : public QObject
{
    Q_OBJECT

public:
    explicit MainWindowOwner(QObject *parent = nullptr);
    ~MainWindowOwner() override;

    MainWindow *window() const { return m_window; }

    // Installs the translators for `language` ("" = the system's, "en",
    // "de"), then replaces the window by one built in that language on the
    // same database. The old window is deleted (with its dialogs): call this
    // from the event loop, not from inside one of its dialogs.
    void switchLanguage(const QString &language);

Q_SIGNALS:
    // The window was rebuilt; the old one is gone.
    void windowReplaced(rulecast::MainWindow *window);

private:
    void adopt(MainWindow *window);

    QPointer<MainWindow> m_window;
};

} // namespace rulecast
