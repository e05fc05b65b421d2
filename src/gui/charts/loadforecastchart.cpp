#include "gui/charts/loadforecastchart.h"

#include "gui/charts/chartexport.h"
#include "gui/localedates.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

// Fixed mid-lightness hues that read on light and dark backgrounds alike:
// blue for CPU, teal (a stop of the colour scale) for memory.
const QColor kCpuColor(0x44, 0x77, 0xaa);
const QColor kMemoryColor(0x21, 0x90, 0x8d);
const QColor kCapacityColor(0xd6, 0x27, 0x28);

QString memoryText(double mb)
{
    if (mb >= 1024)
        return LoadForecastChart::tr("%1 GB").arg(QLocale().toString(mb / 1024, 'f', mb >= 10240 ? 0 : 1));
    return LoadForecastChart::tr("%1 MB").arg(QLocale().toString(mb, 'f', 0));
}

} // namespace

LoadForecastChart::LoadForecastChart(QWidget *parent) : QWidget(parent)
{
    setEmptyText({});
    setMouseTracking(true);
    installChartExportMenu(this, QStringLiteral("load-forecast"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void LoadForecastChart::setForecast(std::vector<HourLoad> hours, double cpuCapacityPercent, double memoryCapacityMb)
{
    m_hours = std::move(hours);
    m_cpuCapacity = cpuCapacityPercent;
    m_memoryCapacity = memoryCapacityMb;
    update();
}

void LoadForecastChart::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    update();
}

void LoadForecastChart::setEmptyText(const QString &text)
{
    m_emptyText = text.isEmpty() ? tr("Predict to see the hourly load forecast.") : text;
    update();
}

QSize LoadForecastChart::sizeHint() const { return {520, 240}; }
QSize LoadForecastChart::minimumSizeHint() const { return {300, 180}; }

double LoadForecastChart::value(const HourLoad &h, Panel panel) const
{
    switch (panel) {
    case TasksPanel: return h.tasks;
    case CpuPanel: return h.cpu;
    case MemoryPanel: return h.memoryMb;
    default: return 0;
    }
}

double LoadForecastChart::peak(Panel panel) const
{
    double top = 0;
    for (const HourLoad &h : m_hours)
        top = std::max(top, panel == TasksPanel ? std::max(h.tasks, h.tasksP90) : value(h, panel));
    return top;
}

double LoadForecastChart::capacity(Panel panel) const
{
    switch (panel) {
    case CpuPanel: return m_cpuCapacity;
    case MemoryPanel: return m_memoryCapacity;
    default: return 0;
    }
}

bool LoadForecastChart::capacityOnScale(Panel panel) const
{
    const double cap = capacity(panel);
    return cap > 0 && cap <= kCapacityOffScale * std::max(peak(panel), 1e-9);
}

double LoadForecastChart::panelMaximum(Panel panel) const
{
    double top = peak(panel);
    if (capacityOnScale(panel))
        top = std::max(top, capacity(panel));
    if (panel == TasksPanel)
        return std::max(1.0, std::ceil(top));
    return top > 0 ? top * 1.08 : 1.0;
}

QString LoadForecastChart::formatValue(Panel panel, double v) const
{
    switch (panel) {
    case TasksPanel: return QLocale().toString(v, 'f', v < 10 && v != std::floor(v) ? 1 : 0);
    case CpuPanel: return tr("%1%").arg(QLocale().toString(v, 'f', 0));
    case MemoryPanel: return memoryText(v);
    default: return {};
    }
}

QString LoadForecastChart::panelTitle(Panel panel) const
{
    QString title;
    switch (panel) {
    case TasksPanel: title = tr("task starts (median, ▴ 90th percentile)"); break;
    case CpuPanel: title = tr("CPU of tasks starting"); break;
    case MemoryPanel: title = tr("memory of tasks starting"); break;
    default: break;
    }
    const double cap = capacity(panel);
    if (cap > 0) {
        const double share = peak(panel) / cap * 100;
        title += QStringLiteral(" — ")
                 + tr("peak %1 of capacity %2 (%3%)")
                       .arg(formatValue(panel, peak(panel)), formatValue(panel, cap), QLocale().toString(share, 'f', 0));
        if (!capacityOnScale(panel))
            title += QStringLiteral(", ") + tr("capacity line off the scale");
    }
    return title;
}

qreal LoadForecastChart::labelWidth() const
{
    const QFontMetrics fm(font());
    qreal w = 0;
    for (int p = 0; p < PanelCount; ++p)
        w = std::max<qreal>(w, fm.horizontalAdvance(formatValue(Panel(p), panelMaximum(Panel(p)))));
    return w + 10;
}

QRectF LoadForecastChart::panelRect(Panel panel) const
{
    const QFontMetrics fm(font());
    const qreal left = labelWidth();
    const qreal axisH = fm.height() + 4;
    const qreal titleH = fm.height() + 2;
    const qreal each = (height() - axisH - 2) / PanelCount;
    const qreal top = 2 + each * panel + titleH;
    return QRectF(left, top, std::max<qreal>(10, width() - left - 8), std::max<qreal>(4, each - titleH - 4));
}

int LoadForecastChart::hourAt(const QPointF &pos) const
{
    if (m_hours.empty())
        return -1;
    const QRectF first = panelRect(TasksPanel);
    const QRectF last = panelRect(MemoryPanel);
    if (pos.x() < first.left() || pos.x() >= first.right() || pos.y() < first.top() - 20 || pos.y() > last.bottom())
        return -1;
    return std::clamp(int((pos.x() - first.left()) / first.width() * double(m_hours.size())), 0,
                      int(m_hours.size()) - 1);
}

QString LoadForecastChart::hourToolTip(int hour) const
{
    if (hour < 0 || hour >= int(m_hours.size()))
        return {};
    const HourLoad &h = m_hours[size_t(hour)];
    const QDateTime from = QDateTime::fromSecsSinceEpoch(h.start, m_zone);
    const QLocale locale;
    QStringList lines;
    lines << locale.toString(from, weekdayDateTimeFormat(locale)) + QStringLiteral("–")
                 + locale.toString(from.addSecs(3600), QStringLiteral("HH:mm"));
    lines << tr("Task starts: %1 (mean %2, 90th percentile %3)")
                 .arg(formatValue(TasksPanel, h.tasks), locale.toString(h.expectedTasks, 'f', 1),
                      formatValue(TasksPanel, h.tasksP90));
    lines << tr("CPU: %1 of %2").arg(formatValue(CpuPanel, h.cpu), formatValue(CpuPanel, m_cpuCapacity));
    lines << tr("Memory: %1 of %2").arg(formatValue(MemoryPanel, h.memoryMb), formatValue(MemoryPanel, m_memoryCapacity));
    return lines.join(u'\n');
}

void LoadForecastChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_hours.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const QFontMetrics fm(font());
    const int n = int(m_hours.size());
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.2f);
    QColor taskColor = pal.color(QPalette::Text);
    taskColor.setAlphaF(0.45f);
    for (int panel = 0; panel < PanelCount; ++panel) {
        const Panel which = Panel(panel);
        const QRectF r = panelRect(which);
        const double top = panelMaximum(which);
        const qreal barW = r.width() / n;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(r.left(), r.top() - fm.height() - 2, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignBottom,
                   fm.elidedText(panelTitle(which), Qt::ElideRight, int(r.width())));
        p.drawText(QRectF(0, r.top() - fm.height() / 2.0, r.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   formatValue(which, top));
        p.drawText(QRectF(0, r.bottom() - fm.height() / 2.0, r.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
        p.setPen(grid);
        p.drawLine(r.bottomLeft(), r.bottomRight());
        p.drawLine(r.topLeft(), r.topRight());
        const QColor fill = which == CpuPanel ? kCpuColor : which == MemoryPanel ? kMemoryColor : taskColor;
        for (int i = 0; i < n; ++i) {
            const double v = value(m_hours[size_t(i)], which);
            const qreal h = r.height() * std::min(1.0, v / top);
            const QRectF bar(r.left() + i * barW + std::min<qreal>(1, barW * 0.1), r.bottom() - h,
                             std::max<qreal>(1, barW - std::min<qreal>(2, barW * 0.2)), h);
            p.fillRect(bar, fill);
            if (which == TasksPanel) {
                const double p90 = m_hours[size_t(i)].tasksP90;
                if (p90 > v) {
                    const qreal y = r.bottom() - r.height() * std::min(1.0, p90 / top);
                    p.setPen(QPen(pal.color(QPalette::Text), 1));
                    p.drawLine(QPointF(bar.left(), y), QPointF(bar.right(), y));
                }
            }
        }
        if (capacityOnScale(which)) {
            const qreal y = r.bottom() - r.height() * std::min(1.0, capacity(which) / top);
            p.setPen(QPen(kCapacityColor, 1.5, Qt::DashLine));
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        }
    }
    // Time axis under the last panel: local hours, thinned to fit.
    const QRectF last = panelRect(MemoryPanel);
    const qreal labelW = fm.horizontalAdvance(QStringLiteral("00:00")) + 12;
    const int step = std::max(1, int(std::ceil(labelW / (last.width() / n))));
    int shownStep = 1;
    for (int s : {1, 2, 3, 6, 12, 24})
        if (s >= step) {
            shownStep = s;
            break;
        }
    p.setPen(pal.color(QPalette::Text));
    for (int i = 0; i < n; ++i) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(m_hours[size_t(i)].start, m_zone);
        if (t.time().hour() % shownStep != 0)
            continue;
        const qreal x = last.left() + i * last.width() / n;
        QFont f = font();
        f.setBold(t.time().hour() == 0);
        p.setFont(f);
        const QString label =
            t.time().hour() == 0 ? QLocale().toString(t, weekdayDayFormat()) : t.toString(QStringLiteral("HH:mm"));
        p.drawText(QRectF(x, last.bottom() + 2, labelW * shownStep, fm.height() + 2), Qt::AlignLeft | Qt::AlignTop, label);
    }
    p.setFont(font());
}

bool LoadForecastChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hour = hourAt(help->pos());
        if (hour >= 0)
            QToolTip::showText(help->globalPos(), hourToolTip(hour), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace rulecast
