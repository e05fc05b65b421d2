#include "resourcesamplestore.h"

#include "core/timeformat.h"
#include "core/phrase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace rulecast {

namespace {

QVariant orNull(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant(QMetaType::fromType<double>());
}

double orNan(const QVariant &v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

} // namespace

Status ResourceSampleStore::append(const std::vector<ResourceSample> &samples) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return Status::failure(phrase("ResourceSampleStore", QT_TRANSLATE_NOOP("ResourceSampleStore", "%1: cannot start a transaction: %2")).arg(m_db.path(), tx.error()));
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO resource_samples (host, sampled_at, sampled_epoch, cpu_percent, memory_mb, "
                             "disk_io_mbps, network_mbps) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ResourceSample &s : samples) {
        q.addBindValue(s.host);
        q.addBindValue(timeformat::toSqlTime(s.sampledAt));
        q.addBindValue(s.sampledAt);
        q.addBindValue(orNull(s.cpuPercent));
        q.addBindValue(orNull(s.memoryMb));
        q.addBindValue(orNull(s.diskIoMbps));
        q.addBindValue(orNull(s.networkMbps));
        if (!q.exec())
            return Status::failure(phrase("ResourceSampleStore", QT_TRANSLATE_NOOP("ResourceSampleStore", "%1: storing a resource sample: %2")).arg(m_db.path(), q.lastError().text()));
    }
    if (const Status s = tx.commit(); !s)
        return Status::failure(phrase("ResourceSampleStore", QT_TRANSLATE_NOOP("ResourceSampleStore", "%1: storing resource samples failed: %2")).arg(m_db.path(), s.error()));
    return {};
}

Result<std::vector<ResourceSample>> ResourceSampleStore::read(qint64 from, qint64 until) const
{
    using R = Result<std::vector<ResourceSample>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT host, sampled_epoch, cpu_percent, memory_mb, disk_io_mbps, network_mbps "
                             "FROM resource_samples WHERE sampled_epoch >= ? AND sampled_epoch < ? "
                             "ORDER BY sampled_epoch, id"));
    q.addBindValue(from);
    q.addBindValue(until);
    if (!q.exec())
        return R::failure(phrase("ResourceSampleStore", QT_TRANSLATE_NOOP("ResourceSampleStore", "%1: reading resource_samples: %2")).arg(m_db.path(), q.lastError().text()));
    std::vector<ResourceSample> out;
    while (q.next()) {
        ResourceSample s;
        s.host = q.value(0).toString();
        s.sampledAt = q.value(1).toLongLong();
        s.cpuPercent = orNan(q.value(2));
        s.memoryMb = orNan(q.value(3));
        s.diskIoMbps = orNan(q.value(4));
        s.networkMbps = orNan(q.value(5));
        out.push_back(s);
    }
    return out;
}

} // namespace rulecast
