#include "report/chartcanvas.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace rulecast {

namespace {

QPen penFor(const Stroke &stroke)
{
    if (!stroke.color.isValid())
        return Qt::NoPen;
    QPen pen(stroke.color, stroke.width);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    if (stroke.dashed)
        pen.setDashPattern({4, 3});
    return pen;
}

// Numbers in SVG attributes: C locale, at most two decimals.
QString n(qreal v)
{
    QString s = QString::number(v, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString colour(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString strokeAttributes(const Stroke &s)
{
    if (!s.color.isValid())
        return QStringLiteral(" stroke=\"none\"");
    QString out = QStringLiteral(" stroke=\"%1\" stroke-width=\"%2\"").arg(colour(s.color), n(s.width));
    if (s.color.alphaF() < 1)
        out += QStringLiteral(" stroke-opacity=\"%1\"").arg(n(s.color.alphaF()));
    if (s.dashed)
        out += QStringLiteral(" stroke-dasharray=\"4 3\"");
    return out;
}

QString fillAttributes(const QColor &c)
{
    if (!c.isValid() || c.alpha() == 0)
        return QStringLiteral(" fill=\"none\"");
    QString out = QStringLiteral(" fill=\"%1\"").arg(colour(c));
    if (c.alphaF() < 1)
        out += QStringLiteral(" fill-opacity=\"%1\"").arg(n(c.alphaF()));
    return out;
}

} // namespace

QFont reportFont(qreal size, bool bold, bool italic)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(size);
    f.setBold(bold);
    f.setItalic(italic);
    // No shaping for Latin text means no ligatures (Qt 6.4 has no font-feature API).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PainterCanvas::line(const QPointF &from, const QPointF &to, const Stroke &stroke)
{
    m_painter->save();
    m_painter->setPen(penFor(stroke));
    m_painter->drawLine(from, to);
    m_painter->restore();
}

void PainterCanvas::polyline(const QVector<QPointF> &points, const Stroke &stroke)
{
    if (points.size() < 2)
        return;
    m_painter->save();
    m_painter->setPen(penFor(stroke));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawPolyline(QPolygonF(points));
    m_painter->restore();
}

void PainterCanvas::rect(const QRectF &rect, const QColor &fill, const Stroke &stroke)
{
    m_painter->save();
    m_painter->setPen(penFor(stroke));
    m_painter->setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    m_painter->drawRect(rect);
    m_painter->restore();
}

void PainterCanvas::circle(const QPointF &centre, qreal radius, const QColor &fill)
{
    m_painter->save();
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(fill);
    m_painter->drawEllipse(centre, radius, radius);
    m_painter->restore();
}

void PainterCanvas::text(const QPointF &at, const QString &text, qreal size, Qt::Alignment align, const QColor &color,
                         bool bold, qreal angle)
{
    m_painter->save();
    const QFont font = reportFont(size, bold);
    m_painter->setFont(font);
    m_painter->setPen(color);
    // Metrics against the painter's device: a PDF page has its own resolution.
    const QFontMetricsF metrics(font, m_painter->device());
    const qreal width = metrics.horizontalAdvance(text);
    qreal x = 0;
    if (align & Qt::AlignHCenter)
        x = -width / 2;
    else if (align & Qt::AlignRight)
        x = -width;
    qreal y = 0; // baseline
    if (align & Qt::AlignTop)
        y = metrics.ascent();
    else if (align & Qt::AlignVCenter)
        y = (metrics.ascent() - metrics.descent()) / 2;
    m_painter->translate(at);
    if (angle != 0)
        m_painter->rotate(angle);
    m_painter->drawText(QPointF(x, y), text);
    m_painter->restore();
}

void SvgCanvas::line(const QPointF &from, const QPointF &to, const Stroke &stroke)
{
    m_body += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\"%5/>\n")
                  .arg(n(from.x()), n(from.y()), n(to.x()), n(to.y()), strokeAttributes(stroke));
}

void SvgCanvas::polyline(const QVector<QPointF> &points, const Stroke &stroke)
{
    if (points.size() < 2)
        return;
    QString list;
    list.reserve(points.size() * 12);
    for (const QPointF &p : points) {
        if (!list.isEmpty())
            list += u' ';
        list += n(p.x()) + u',' + n(p.y());
    }
    m_body += QStringLiteral("<polyline fill=\"none\" points=\"%1\"%2/>\n").arg(list, strokeAttributes(stroke));
}

void SvgCanvas::rect(const QRectF &rect, const QColor &fill, const Stroke &stroke)
{
    m_body += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"%5%6/>\n")
                  .arg(n(rect.x()), n(rect.y()), n(rect.width()), n(rect.height()), fillAttributes(fill),
                       strokeAttributes(stroke));
}

void SvgCanvas::circle(const QPointF &centre, qreal radius, const QColor &fill)
{
    m_body += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\"%4/>\n")
                  .arg(n(centre.x()), n(centre.y()), n(radius), fillAttributes(fill));
}

void SvgCanvas::text(const QPointF &at, const QString &text, qreal size, Qt::Alignment align, const QColor &color,
                     bool bold, qreal angle)
{
    const QString anchor = (align & Qt::AlignHCenter) ? QStringLiteral("middle")
                           : (align & Qt::AlignRight) ? QStringLiteral("end")
                                                      : QStringLiteral("start");
    // Baseline offsets for a typical sans-serif (ascent ~0.75 em); SVG's
    // dominant-baseline is not honoured everywhere, a dy is.
    qreal dy = 0;
    if (align & Qt::AlignTop)
        dy = size * 0.75;
    else if (align & Qt::AlignVCenter)
        dy = size * 0.35;
    QString attributes = QStringLiteral(" x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"%4\" fill=\"%5\"")
                             .arg(n(at.x()), n(at.y() + (angle == 0 ? dy : 0)), n(size), anchor, colour(color));
    if (bold)
        attributes += QStringLiteral(" font-weight=\"bold\"");
    if (angle != 0)
        attributes += QStringLiteral(" dy=\"%1\" transform=\"rotate(%2 %3 %4)\"").arg(n(dy), n(angle), n(at.x()), n(at.y()));
    m_body += QStringLiteral("<text%1>%2</text>\n").arg(attributes, text.toHtmlEscaped());
}

QString SvgCanvas::svg(const QString &title) const
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                          "role=\"img\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n<title>%3</title>\n")
               .arg(n(m_size.width()), n(m_size.height()), title.toHtmlEscaped())
           + m_body + QStringLiteral("</svg>\n");
}

} // namespace rulecast
