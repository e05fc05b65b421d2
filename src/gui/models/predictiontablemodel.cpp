#include "gui/models/predictiontablemodel.h"

#include "gui/localedates.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace rulecast {

namespace {

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("–");
}

QString memoryText(double mb)
{
    if (!std::isfinite(mb))
        return QStringLiteral("–");
    if (mb >= 1024)
        return PredictionTableModel::tr("%1 GB").arg(QLocale().toString(mb / 1024, 'f', 1));
    return PredictionTableModel::tr("%1 MB").arg(QLocale().toString(mb, 'f', 0));
}

// Figures that are documented defaults (no runs of the type) get a mark.
QString flagged(const QString &text, const PredictionRecord &p, const QString &figure)
{
    return p.resources.estimated.contains(figure) ? text + QStringLiteral(" *") : text;
}

} // namespace

PredictionTableModel::PredictionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PredictionTableModel::setPredictions(std::vector<PredictionRecord> predictions)
{
    beginResetModel();
    m_rows = std::move(predictions);
    endResetModel();
}

void PredictionTableModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PredictionTableModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int PredictionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PredictionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PredictionTableModel::sourceText(const PredictionRecord &p)
{
    if (p.source.isEmpty())
        return p.ruleId > 0 ? tr("rule #%1").arg(p.ruleId) : QString();
    QStringList parts;
    for (const QString &kind : p.source.split(u'+', Qt::SkipEmptyParts)) {
        if (kind == QLatin1String("rule"))
            parts << (p.ruleId > 0 ? tr("rule #%1").arg(p.ruleId) : tr("rule"));
        else if (kind == QLatin1String("pattern"))
            parts << (p.patternId > 0 ? tr("pattern #%1").arg(p.patternId) : tr("pattern"));
        else if (kind == QLatin1String("correlation"))
            parts << tr("correlation");
        else if (kind == QLatin1String("history"))
            parts << tr("history");
        else
            parts << kind;
    }
    return parts.join(QStringLiteral(" + "));
}

QString PredictionTableModel::slotText(const PredictionRecord &p, bool withZone) const
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(p.slotStart, m_zone);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(p.slotEnd, m_zone);
    const QLocale locale;
    QString text = locale.toString(from, weekdayDateTimeFormat(locale)) + QStringLiteral("–")
                   + locale.toString(to, QStringLiteral("HH:mm"));
    if (withZone)
        text += u' ' + from.timeZoneAbbreviation();
    return text;
}

QString PredictionTableModel::toolTip(const PredictionRecord &p) const
{
    const ResourceEstimate &r = p.resources;
    QStringList lines;
    lines << tr("%1, %2").arg(p.taskType, slotText(p, true));
    lines << tr("Confidence %1%").arg(number(p.confidence * 100, 0));
    if (const QString why = localizedExplanation(p); !why.isEmpty())
        lines << why;
    lines << tr("Duration: median %1 min, 90th percentile %2 min")
                 .arg(number(r.durationMinutes, 1), number(r.durationP90Minutes, 1));
    lines << tr("CPU %1%, memory %2, disk %3 MB, network %4 Mbit/s")
                 .arg(number(r.cpuPercent, 0), memoryText(r.memoryMb), number(r.diskMb, 0), number(r.networkMbps, 1));
    if (r.samples > 0)
        lines << tr("Resources from the runs of the last four weeks: %1").arg(r.samples);
    if (!r.estimated.isEmpty())
        lines << tr("* No history for %1: documented defaults").arg(r.estimated.join(QStringLiteral(", ")));
    if (p.scheduled)
        lines << tr("Pre-scheduled as a pending task");
    if (p.cameTrue)
        lines << (*p.cameTrue ? tr("Came true") : tr("Did not come true"));
    return lines.join(u'\n');
}

QVariant PredictionTableModel::display(const PredictionRecord &p, int column) const
{
    switch (column) {
    case TypeColumn: return p.taskType;
    case TimeColumn: return slotText(p, false);
    case ConfidenceColumn: return tr("%1%").arg(number(p.confidence * 100, 0));
    case SourceColumn: return sourceText(p);
    case DurationColumn:
        return flagged(tr("%1 min").arg(number(p.resources.durationMinutes, p.resources.durationMinutes < 10 ? 1 : 0)),
                       p, QStringLiteral("duration"));
    case CpuColumn: return flagged(tr("%1%").arg(number(p.resources.cpuPercent, 0)), p, QStringLiteral("cpu"));
    case MemoryColumn: return flagged(memoryText(p.resources.memoryMb), p, QStringLiteral("memory"));
    case ScheduledColumn: return p.scheduled ? tr("yes") : tr("no");
    case ExplanationColumn: return localizedExplanation(p);
    default: return {};
    }
}

QVariant PredictionTableModel::raw(const PredictionRecord &p, int column) const
{
    switch (column) {
    case TypeColumn: return p.taskType;
    case TimeColumn: return p.slotStart;
    case ConfidenceColumn: return p.confidence;
    case SourceColumn: return sourceText(p);
    case DurationColumn: return p.resources.durationMinutes;
    case CpuColumn: return p.resources.cpuPercent;
    case MemoryColumn: return p.resources.memoryMb;
    case ScheduledColumn: return p.scheduled;
    case ExplanationColumn: return localizedExplanation(p);
    default: return {};
    }
}

QVariant PredictionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PredictionRecord &p = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole: return display(p, index.column());
    case Qt::ToolTipRole: return toolTip(p);
    case RawValueRole: return raw(p, index.column());
    case IdRole: return p.id;
    case TaskTypeRole: return p.taskType;
    case SlotStartRole: return p.slotStart;
    case SlotEndRole: return p.slotEnd;
    case ConfidenceRole: return p.confidence;
    case ScheduledRole: return p.scheduled;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ConfidenceColumn:
        case DurationColumn:
        case CpuColumn:
        case MemoryColumn: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    default: return {};
    }
}

QVariant PredictionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ConfidenceColumn: return tr("Calibrated probability that the type starts in the slot");
        case SourceColumn: return tr("What the prediction rests on, strongest first");
        case DurationColumn: return tr("Median duration of the type's recent runs (* = default, no history)");
        case CpuColumn: return tr("Median CPU of the type's recent runs, in % of one core");
        case MemoryColumn: return tr("Median memory of the type's recent runs");
        case ScheduledColumn: return tr("Pre-scheduled as a pending task for banana-bun's scheduler");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn: return tr("Type");
    case TimeColumn: return tr("Time");
    case ConfidenceColumn: return tr("Confidence");
    case SourceColumn: return tr("Source");
    case DurationColumn: return tr("Duration");
    case CpuColumn: return tr("CPU");
    case MemoryColumn: return tr("Memory");
    case ScheduledColumn: return tr("Scheduled");
    case ExplanationColumn: return tr("Explanation");
    default: return {};
    }
}

PredictionFilterProxy::PredictionFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PredictionTableModel::RawValueRole);
}

void PredictionFilterProxy::setTaskType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void PredictionFilterProxy::setMinConfidence(double confidence)
{
    m_minConfidence = confidence;
    invalidateFilter();
}

bool PredictionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const PredictionTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const PredictionRecord &p = model->prediction(sourceRow);
    if (!m_type.isEmpty() && p.taskType != m_type)
        return false;
    // Confidences are shown in whole percent; compare what the user sees.
    return std::round(p.confidence * 100) / 100 + 1e-9 >= m_minConfidence;
}

} // namespace rulecast
