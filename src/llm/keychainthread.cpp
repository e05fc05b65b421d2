#include "keychainthread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

namespace rulecast::llm {

namespace {

struct KeychainThread
{
    QThread *thread = nullptr;
    QObject *context = nullptr;
};

QMutex g_mutex;
KeychainThread g_keychain;

// A QCoreApplication post routine: runs while the application object is
// destroyed, after the event loops are done.
void stopKeychainThread()
{
    QMutexLocker lock(&g_mutex);
    if (!g_keychain.thread)
        return;
    g_keychain.thread->quit();
    g_keychain.thread->wait();
    delete g_keychain.context; // its thread has finished: nothing runs on it any more
    delete g_keychain.thread;
    g_keychain = {};
}

QObject *keychainContext()
{
    QMutexLocker lock(&g_mutex);
    if (!g_keychain.thread) {
        g_keychain.thread = new QThread;
        g_keychain.thread->setObjectName(QStringLiteral("rulecast-keychain"));
        g_keychain.context = new QObject;
        g_keychain.context->moveToThread(g_keychain.thread);
        g_keychain.thread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return g_keychain.context;
}

} // namespace

void runOnKeychainThread(std::function<void(QObject *keychainContext)> work)
{
    QObject *context = keychainContext();
    QMetaObject::invokeMethod(
        context, [context, work = std::move(work)]() { work(context); }, Qt::QueuedConnection);
}

} // namespace rulecast::llm
