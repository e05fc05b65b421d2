#include "tasktablemodel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace rulecast {

namespace {

QVariant realOrNull(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}

QString formatReal(double v, int decimals)
{
    return std::isnan(v) ? QString() : QLocale().toString(v, 'f', decimals);
}

bool isFailure(const QString &status)
{
    return status.compare(QLatin1String("failed"), Qt::CaseInsensitive) == 0
           || status.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1h %2m").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return QStringLiteral("%1m %2s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1s").arg(s);
}

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_zone(QTimeZone::systemTimeZone())
{
}

void TaskTableModel::setDatabase(const std::optional<Database> &db)
{
    m_db = db;
    reload();
}

void TaskTableModel::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TaskTableModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StartedColumn), index(int(m_rows.size()) - 1, FinishedColumn));
}

void TaskTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void TaskTableModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_cursor = TaskCursor{};
    m_atEnd = !m_db.has_value();
    if (m_db)
        loadPage(false);
    endResetModel();
    m_notifying = false;
}

void TaskTableModel::loadPage(bool notifyRows)
{
    const TaskQuery query(*m_db, m_filter, m_order);
    Result<TaskPage> page = query.fetch(m_cursor, m_pageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT queryFailed(page.error());
        return;
    }
    m_cursor = page->next;
    m_atEnd = page->atEnd;
    if (page->rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    if (notifyRows)
        beginInsertRows({}, first, first + int(page->rows.size()) - 1);
    m_rows.append(std::move(page->rows));
    if (notifyRows)
        endInsertRows();
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TaskTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a change is being announced: listeners of the reset and
    // insert signals (QAbstractItemModelTester among them) would otherwise
    // nest one insertion inside another and pull in the whole table.
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void TaskTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_db)
        return;
    m_notifying = true;
    loadPage(true);
    m_notifying = false;
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const TaskOrder wanted{TaskField(column), order};
    if (wanted.field == m_order.field && wanted.order == m_order.order)
        return;
    // Sorting re-queries: the layout of loaded rows does not survive, and a
    // reset is what views and proxies expect after a full re-read.
    m_order = wanted;
    reload();
}

QString TaskTableModel::formatTime(qint64 epoch) const
{
    if (epoch == TaskQuery::NoTime || epoch < 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(epoch, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant TaskTableModel::displayValue(const TaskRecord &t, int column) const
{
    switch (Column(column)) {
    case IdColumn: return t.id;
    case TypeColumn: return t.type;
    case StatusColumn: return t.status;
    case HostColumn: return t.host;
    case StartedColumn: return formatTime(t.startedAt);
    case FinishedColumn: return t.hasFinished() ? formatTime(t.finishedAt) : QString();
    case DurationColumn:
        return t.hasFinished() && t.startedAt != TaskQuery::NoTime ? formatDuration(t.durationSeconds()) : QString();
    case CpuColumn: return formatReal(t.cpuPercent, 1);
    case MemoryColumn: return formatReal(t.memoryMb, 0);
    case DiskColumn: return formatReal(t.diskMb, 0);
    case NetworkColumn: return formatReal(t.networkMbps, 1);
    case DescriptionColumn: return t.description;
    case ColumnCount: break;
    }
    return {};
}

QVariant TaskTableModel::rawValue(const TaskRecord &t, int column) const
{
    const bool hasStart = t.startedAt != TaskQuery::NoTime;
    switch (Column(column)) {
    case IdColumn: return t.id;
    case TypeColumn: return t.type;
    case StatusColumn: return t.status;
    case HostColumn: return t.host;
    case StartedColumn: return hasStart ? QVariant(t.startedAt) : QVariant();
    case FinishedColumn: return t.hasFinished() ? QVariant(t.finishedAt) : QVariant();
    case DurationColumn: return t.hasFinished() && hasStart ? QVariant(t.durationSeconds()) : QVariant();
    case CpuColumn: return realOrNull(t.cpuPercent);
    case MemoryColumn: return realOrNull(t.memoryMb);
    case DiskColumn: return realOrNull(t.diskMb);
    case NetworkColumn: return realOrNull(t.networkMbps);
    case DescriptionColumn: return t.description;
    case ColumnCount: break;
    }
    return {};
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRecord &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(t, index.column());
    case RawValueRole:
        return rawValue(t, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn || index.column() == TypeColumn)
            return t.description.isEmpty() ? QVariant() : QVariant(t.description);
        if (index.column() == StartedColumn || index.column() == FinishedColumn)
            return m_zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::LongName);
        return {};
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case IdColumn:
        case DurationColumn:
        case CpuColumn:
        case MemoryColumn:
        case DiskColumn:
        case NetworkColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        // A mid red reads on light and dark palettes alike.
        if (index.column() == StatusColumn && isFailure(t.status))
            return QColor(0xd6, 0x3a, 0x3a);
        return {};
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case IdColumn: return tr("ID");
        case TypeColumn: return tr("Type");
        case StatusColumn: return tr("Status");
        case HostColumn: return tr("Host");
        case StartedColumn: return tr("Started");
        case FinishedColumn: return tr("Finished");
        case DurationColumn: return tr("Duration");
        case CpuColumn: return tr("CPU %");
        case MemoryColumn: return tr("Memory MB");
        case DiskColumn: return tr("Disk MB");
        case NetworkColumn: return tr("Network Mbit/s");
        case DescriptionColumn: return tr("Description");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole && (section == StartedColumn || section == FinishedColumn))
        return tr("Shown in %1").arg(m_zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::LongName));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace rulecast
