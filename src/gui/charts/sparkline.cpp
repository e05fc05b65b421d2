#include "sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {
constexpr double kMargin = 3.0; // room for the end dot
}

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QVector<double> &values)
{
    m_values.clear();
    for (double v : values)
        if (std::isfinite(v))
            m_values.append(v);
    if (!m_values.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(m_values.cbegin(), m_values.cend());
        m_min = *lo;
        m_max = *hi;
    }
    update();
}

void Sparkline::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QSize Sparkline::sizeHint() const { return {160, 44}; }
QSize Sparkline::minimumSizeHint() const { return {60, 32}; }

QRectF Sparkline::plotRect() const
{
    return QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
}

QPointF Sparkline::pointAt(int index) const
{
    const QRectF r = plotRect();
    const int n = int(m_values.size());
    const double x = n > 1 ? r.left() + r.width() * index / (n - 1) : r.center().x();
    // A flat series sits in the middle rather than on an edge.
    const double span = m_max - m_min;
    const double t = span > 0 ? (m_values.at(index) - m_min) / span : 0.5;
    return {x, r.bottom() - t * r.height()};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    if (m_values.size() < 2) {
        if (!m_emptyText.isEmpty()) {
            p.setPen(pal.color(QPalette::Disabled, QPalette::WindowText));
            QFont f = font();
            f.setPointSizeF(f.pointSizeF() * 0.85);
            p.setFont(f);
            p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, m_emptyText);
        }
        return;
    }
    const QRectF r = plotRect();
    p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));

    QPainterPath line;
    line.moveTo(pointAt(0));
    for (int i = 1; i < m_values.size(); ++i)
        line.lineTo(pointAt(i));
    const QColor colour = pal.color(QPalette::Highlight);
    p.setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(line);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(pointAt(int(m_values.size()) - 1), 2.6, 2.6);
}

} // namespace rulecast
