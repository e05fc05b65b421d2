#include "secretserviceprobe.h"
#include "llmtext.h"

#include <QDBusConnection>
#include <QDBusMetaType>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusObjectPath>
#include <QTimer>

namespace rulecast::llm {

namespace {

// qtkeychain picks KWallet on KDE desktops; only elsewhere does it use
// libsecret, whose entries the Secret Service search below can see.
bool qtkeychainUsesLibsecret()
{
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP") + QLatin1Char(':')
                            + qEnvironmentVariable("DESKTOP_SESSION");
    return !desktop.contains(QLatin1String("KDE"), Qt::CaseInsensitive)
           && !desktop.contains(QLatin1String("plasma"), Qt::CaseInsensitive)
           && qEnvironmentVariableIsEmpty("KDE_FULL_SESSION");
}

} // namespace

void probeSecretService(QObject *context, const QString &service, const QString &entry,
                        std::function<void(SecretProbe probe, const QString &detail)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        // Every keychain qtkeychain knows on Linux (Secret Service, KWallet)
        // is a D-Bus service: without a session bus there is none to ask.
        QTimer::singleShot(0, context, [done = std::move(done)]() {
            done(SecretProbe::Unavailable, llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "no D-Bus session bus")));
        });
        return;
    }
    if (!qtkeychainUsesLibsecret()) {
        QTimer::singleShot(0, context, [done = std::move(done)]() { done(SecretProbe::Unknown, QString()); });
        return;
    }
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>(); // the a{ss} argument
    Q_UNUSED(registered)
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    QMap<QString, QString> attributes;
    attributes.insert(QStringLiteral("user"), entry);
    attributes.insert(QStringLiteral("server"), service);
    call << QVariant::fromValue(attributes);
    // A keyring that must be started first answers within a few seconds.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 10000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done = std::move(done)](QDBusPendingCallWatcher *w) {
                         w->deleteLater();
                         const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *w;
                         if (reply.isError()) {
                             // No Secret Service (not running, not
                             // activatable): libsecret would fail the same way.
                             done(SecretProbe::Unavailable, reply.error().message());
                             return;
                         }
                         const bool found = !reply.argumentAt<0>().isEmpty() || !reply.argumentAt<1>().isEmpty();
                         done(found ? SecretProbe::Present : SecretProbe::Absent, QString());
                     });
}

} // namespace rulecast::llm
