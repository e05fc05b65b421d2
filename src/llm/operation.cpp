#include "operation.h"

#include <QMutexLocker>

namespace rulecast::llm {

void CallHandle::cancel() const
{
    if (!m_link)
        return;
    // The lock keeps the operation alive until the event is posted; an event
    // posted to an object that is deleted later is discarded by Qt.
    QMutexLocker lock(&m_link->mutex);
    if (Operation *op = m_link->operation)
        QMetaObject::invokeMethod(op, [op]() { op->cancel(); }, Qt::QueuedConnection);
}

Operation::Operation(QObject *parent) : QObject(parent), m_link(std::make_shared<CallHandle::Link>())
{
    m_link->operation = this;
}

Operation::~Operation()
{
    QMutexLocker lock(&m_link->mutex);
    m_link->operation = nullptr;
}

} // namespace rulecast::llm
