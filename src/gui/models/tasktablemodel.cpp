#include "tasktablemodel.h"
#include "gui/taskstatusnames.h"

#include "gui/themecolors.h"

#include <QColor>
#include <QGuiApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent>
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
    // One thread that never expires: it keeps one SQLite connection open for
    // the model's page queries, and requests run in the order they were made.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

TaskTableModel::~TaskTableModel()
{
    ++m_generation;
    closeWorkerConnection();
    m_pool.waitForDone();
}

void TaskTableModel::closeWorkerConnection()
{
    // Connections belong to their thread: close it there, before the thread
    // ends or the model moves to another file.
    if (m_db)
        m_pool.start([db = *m_db] { db.closeThreadConnection(); });
}

void TaskTableModel::setDatabase(const std::optional<Database> &db)
{
    closeWorkerConnection();
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
    // A new generation: pages of the old query that are still on their way are dropped.
    ++m_generation;
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_cursor = TaskCursor{};
    m_atEnd = !m_db.has_value();
    endResetModel();
    m_notifying = false;
    if (m_db)
        requestPage();
    else
        setLoading(false);
}

void TaskTableModel::requestPage()
{
    setLoading(true);
    const quint64 generation = m_generation;
    const TaskQuery query(*m_db, m_filter, m_order);
    const TaskCursor cursor = m_cursor;
    // Sorting by a column without an index costs a scan per page, whatever
    // its size: take bigger pages there so scrolling needs fewer of them.
    const int limit = m_order.field == TaskField::Started || m_order.field == TaskField::Id ? m_pageSize
                                                                                             : m_pageSize * 8;
    auto *watcher = new QFutureWatcher<Result<TaskPage>>(this);
    connect(watcher, &QFutureWatcher<Result<TaskPage>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        pageArrived(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [query, cursor, limit] { return query.fetch(cursor, limit); }));
}

void TaskTableModel::pageArrived(quint64 generation, Result<TaskPage> page)
{
    if (generation != m_generation)
        return; // a newer request is queued behind this one and will end the loading state
    if (!page) {
        m_atEnd = true;
        setLoading(false);
        Q_EMIT queryFailed(page.error());
        return;
    }
    m_cursor = page->next;
    m_atEnd = page->atEnd;
    if (!page->rows.isEmpty()) {
        const int first = int(m_rows.size());
        m_notifying = true;
        beginInsertRows({}, first, first + int(page->rows.size()) - 1);
        m_rows.append(std::move(page->rows));
        endInsertRows();
        m_notifying = false;
    }
    setLoading(false);
}

void TaskTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
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
    return !parent.isValid() && !m_atEnd && !m_notifying && !m_loading;
}

void TaskTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_db)
        return;
    requestPage();
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
    case StatusColumn: return taskStatusLabel(t.status);
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
        if (index.column() == StatusColumn && isFailure(t.status))
            return errorTextColor(QGuiApplication::palette());
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
