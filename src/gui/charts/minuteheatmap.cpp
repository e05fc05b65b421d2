#include "gui/charts/minuteheatmap.h"

#include "gui/charts/chartexport.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace rulecast {

namespace {
constexpr int kLeft = 28;   // hour labels
constexpr int kTop = 20;    // title
constexpr int kBottom = 16; // minute labels
} // namespace

MinuteHeatmap::MinuteHeatmap(QWidget *parent) : QWidget(parent), m_cells(1440, 0)
{
    // No fixed file name: the view names each map (heatmapBefore, heatmapAfter).
    installChartExportMenu(this);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MinuteHeatmap::setLoad(const QVector<int> &minuteLoad, int scaleMax)
{
    m_cells.fill(0);
    for (int i = 0; i < minuteLoad.size(); ++i)
        m_cells[i % 1440] = std::max(m_cells.at(i % 1440), minuteLoad.at(i));
    m_scaleMax = std::max(1, scaleMax);
    m_hasLoad = !minuteLoad.isEmpty();
    update();
}

void MinuteHeatmap::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void MinuteHeatmap::setTitle(const QString &title)
{
    m_title = title;
    update();
}

QSize MinuteHeatmap::sizeHint() const { return {kLeft + 60 * 6, kTop + 24 * 8 + kBottom}; }
QSize MinuteHeatmap::minimumSizeHint() const { return {kLeft + 60 * 3, kTop + 24 * 4 + kBottom}; }

QRectF MinuteHeatmap::gridRect() const
{
    return QRectF(kLeft, kTop, std::max(60, width() - kLeft - 4), std::max(24, height() - kTop - kBottom));
}

QPoint MinuteHeatmap::cellCenter(int hour, int minute) const
{
    const QRectF g = gridRect();
    return QPointF(g.left() + (minute + 0.5) * g.width() / 60, g.top() + (hour + 0.5) * g.height() / 24).toPoint();
}

void MinuteHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF g = gridRect();
    const double cw = g.width() / 60;
    const double ch = g.height() / 24;
    const QColor base = palette().color(QPalette::Base);
    const QColor hot = palette().color(QPalette::Highlight);
    p.fillRect(g, base);
    for (int h = 0; h < 24; ++h)
        for (int m = 0; m < 60; ++m) {
            const int v = m_cells.at(h * 60 + m);
            if (v == 0)
                continue;
            const double t = std::min(1.0, double(v) / m_scaleMax);
            QColor c = hot;
            c.setAlphaF(0.15 + 0.85 * t);
            p.fillRect(QRectF(g.left() + m * cw, g.top() + h * ch, cw + 0.5, ch + 0.5), c);
        }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(g);
    if (!m_hasLoad && !m_emptyText.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(g.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
    p.setPen(palette().color(QPalette::WindowText));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    for (int h = 0; h < 24; h += 3)
        p.drawText(QRectF(0, g.top() + h * ch, kLeft - 4, ch), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
    for (int m = 0; m < 60; m += 10)
        p.drawText(QRectF(g.left() + m * cw, g.bottom() + 1, 30, kBottom - 1), Qt::AlignLeft | Qt::AlignTop,
                   QStringLiteral(":%1").arg(m, 2, 10, QLatin1Char('0')));
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRectF(kLeft, 0, width() - kLeft, kTop - 2), Qt::AlignLeft | Qt::AlignVCenter, m_title);
}

void MinuteHeatmap::mousePressEvent(QMouseEvent *event)
{
    const QRectF g = gridRect();
    const QPointF pos = event->position();
    if (!g.contains(pos))
        return;
    const int minute = std::clamp(int((pos.x() - g.left()) * 60 / g.width()), 0, 59);
    const int hour = std::clamp(int((pos.y() - g.top()) * 24 / g.height()), 0, 23);
    Q_EMIT cellClicked(hour, minute);
}

} // namespace rulecast
