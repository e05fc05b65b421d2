#pragma once

#include <QMutex>
#include <QObject>

#include <memory>

namespace rulecast::llm {

class Operation;

// A handle to a running call that any thread may use to cancel it. The call
// then finishes with FailureKind::Cancelled (its callback still runs exactly
// once, on the call's own thread). Cancelling a finished call does nothing.
class CallHandle
{
public:
    CallHandle() = default;
    void cancel() const;
    bool isValid() const { return m_link != nullptr; }

private:
    friend class Operation;
    struct Link
    {
        QMutex mutex;
        Operation *operation = nullptr;
    };
    explicit CallHandle(std::shared_ptr<Link> link) : m_link(std::move(link)) {}
    std::shared_ptr<Link> m_link;
};

// One asynchronous call (an HTTP exchange, or the router's walk over the
// providers). It lives on one thread, finishes exactly once and then deletes
// itself; cancel() is always posted to that thread, so a callback never runs
// inside the cancel() of its caller.
class Operation : public QObject
{
    Q_OBJECT
public:
    explicit Operation(QObject *parent);
    ~Operation() override;

    CallHandle handle() const { return CallHandle(m_link); }

    // Runs on the operation's thread; must finish the operation with a
    // Cancelled failure unless it already finished.
    virtual void cancel() = 0;

private:
    std::shared_ptr<CallHandle::Link> m_link;
};

} // namespace rulecast::llm
