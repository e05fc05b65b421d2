#include "heatmapwidget.h"

#include "gui/charts/chartexport.h"
#include "gui/charts/colorscale.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rulecast {


HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent), m_emptyText(tr("No task starts to show."))
{
    installChartExportMenu(this, QStringLiteral("start-heatmap"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::setCounts(const Counts &counts)
{
    m_counts = counts;
    m_max = *std::max_element(m_counts.begin(), m_counts.end());
    update();
}

qint64 HeatmapWidget::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), qint64(0));
}

void HeatmapWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QColor HeatmapWidget::colorFor(qint64 count) const
{
    if (m_max <= 0)
        return sequentialColor(0);
    // Square root: a few busy hours should not flatten every other cell into one colour.
    return sequentialColor(std::sqrt(qreal(count) / qreal(m_max)));
}

QSize HeatmapWidget::sizeHint() const
{
    return {560, 240};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {320, 160};
}

HeatmapWidget::Layout HeatmapWidget::layout() const
{
    const QFontMetrics fm(font());
    Layout l;
    qreal labelW = 0;
    for (int d = 1; d <= 7; ++d)
        labelW = std::max<qreal>(labelW, fm.horizontalAdvance(QLocale().dayName(d, QLocale::ShortFormat)));
    const qreal left = labelW + 8;
    const qreal top = fm.height() + 4;
    const qreal legendH = fm.height() * 2 + 10;
    const QRectF area = QRectF(rect()).adjusted(left, top, -4, -(legendH + 4));
    l.cellW = area.width() / 24.0;
    l.cellH = area.height() / 7.0;
    l.grid = QRectF(area.topLeft(), QSizeF(l.cellW * 24, l.cellH * 7));
    const qreal legendW = std::min<qreal>(260, l.grid.width());
    l.legend = QRectF(l.grid.right() - legendW, l.grid.bottom() + 8, legendW, fm.height() * 0.8);
    return l;
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &pal = palette();
    if (m_max <= 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const Layout l = layout();
    if (l.cellW < 2 || l.cellH < 2)
        return;
    const QFontMetrics fm(font());
    p.setPen(pal.color(QPalette::WindowText));
    // Hour labels every 3 hours when cells are narrow, every hour otherwise.
    const int step = l.cellW >= fm.horizontalAdvance(QStringLiteral("00")) + 6 ? 1 : 3;
    for (int h = 0; h < 24; h += step) {
        const QRectF r(l.grid.left() + h * l.cellW, 0, l.cellW, l.grid.top() - 2);
        p.drawText(r, Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
    }
    for (int d = 0; d < 7; ++d) {
        const QRectF r(0, l.grid.top() + d * l.cellH, l.grid.left() - 6, l.cellH);
        p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, QLocale().dayName(d + 1, QLocale::ShortFormat));
    }
    // Cells, separated by a hairline of the window colour so the grid reads in any theme.
    const QColor gap = pal.color(QPalette::Window);
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            const QRectF cell(l.grid.left() + h * l.cellW, l.grid.top() + d * l.cellH, l.cellW, l.cellH);
            p.fillRect(cell, colorFor(m_counts[std::size_t(d * 24 + h)]));
            p.setPen(gap);
            p.drawRect(cell);
        }
    }
    // Colour scale: 0 … max, with the same square-root mapping as the cells.
    for (int x = 0; x < int(l.legend.width()); ++x) {
        const qreal t = x / std::max<qreal>(1, l.legend.width() - 1);
        p.fillRect(QRectF(l.legend.left() + x, l.legend.top(), 1, l.legend.height()), sequentialColor(t));
    }
    p.setPen(pal.color(QPalette::WindowText));
    const QRectF labels(l.legend.left(), l.legend.bottom() + 2, l.legend.width(), fm.height());
    p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("0"));
    p.drawText(labels, Qt::AlignRight | Qt::AlignTop, QLocale().toString(m_max));
    const QRectF caption(l.grid.left(), l.legend.top() - 2, l.legend.left() - l.grid.left() - 8, fm.height() * 2);
    p.drawText(caption, Qt::AlignRight | Qt::AlignTop, tr("task starts per hour slot"));
}

bool HeatmapWidget::cellAt(const QPoint &pos, int *weekday, int *hour) const
{
    if (m_max <= 0)
        return false;
    const Layout l = layout();
    if (!l.grid.contains(pos) || l.cellW <= 0 || l.cellH <= 0)
        return false;
    *hour = std::clamp(int((pos.x() - l.grid.left()) / l.cellW), 0, 23);
    *weekday = std::clamp(int((pos.y() - l.grid.top()) / l.cellH), 0, 6);
    return true;
}

QString HeatmapWidget::cellToolTip(int weekday, int hour) const
{
    const qint64 n = m_counts[std::size_t(weekday * 24 + hour)];
    const qint64 all = total();
    const QString share = all > 0 ? QLocale().toString(100.0 * qreal(n) / qreal(all), 'f', 1) : QStringLiteral("0");
    return tr("%1 %2:00–%3:00\n%Ln task start(s) (%4% of all)", nullptr, int(n))
        .arg(QLocale().dayName(weekday + 1, QLocale::LongFormat))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg((hour + 1) % 24 == 0 ? 24 : hour + 1, 2, 10, QLatin1Char('0'))
        .arg(share);
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int weekday = 0;
        int hour = 0;
        if (cellAt(help->pos(), &weekday, &hour))
            QToolTip::showText(help->globalPos(), cellToolTip(weekday, hour), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace rulecast
