#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace rulecast {

// The report's font (a sans-serif, DejaVu Sans where installed) at `size`
// points. Ligatures are off: text copied or extracted from the PDF then reads
// "confidence", not "conﬁdence", so it can be searched.
QFont reportFont(qreal size, bool bold = false, bool italic = false);

struct Stroke
{
    QColor color;
    qreal width = 1;
    bool dashed = false;
};

// The few drawing operations the report's charts need, so one chart painter
// (reportcharts.h) draws both the PDF's vector graphics (PainterCanvas over
// the QPdfWriter's QPainter) and the HTML's inline SVG (SvgCanvas). Units are
// the caller's (points in the PDF, CSS pixels in the SVG).
class ChartCanvas
{
public:
    virtual ~ChartCanvas() = default;

    virtual void line(const QPointF &from, const QPointF &to, const Stroke &stroke) = 0;
    virtual void polyline(const QVector<QPointF> &points, const Stroke &stroke) = 0;
    // `stroke` with an invalid colour: no outline.
    virtual void rect(const QRectF &rect, const QColor &fill, const Stroke &stroke = {}) = 0;
    virtual void circle(const QPointF &centre, qreal radius, const QColor &fill) = 0;
    // `at` is the anchor: `align` says where it sits on the text (Qt::AlignLeft
    // / AlignHCenter / AlignRight, Qt::AlignTop / AlignVCenter / AlignBottom =
    // baseline). `angle` rotates about the anchor, in degrees clockwise.
    virtual void text(const QPointF &at, const QString &text, qreal size, Qt::Alignment align, const QColor &color,
                      bool bold = false, qreal angle = 0) = 0;
};

// Paints with a QPainter (PDF pages, images). The painter's state is restored
// after each operation.
class PainterCanvas : public ChartCanvas
{
public:
    explicit PainterCanvas(QPainter *painter) : m_painter(painter) {}

    void line(const QPointF &from, const QPointF &to, const Stroke &stroke) override;
    void polyline(const QVector<QPointF> &points, const Stroke &stroke) override;
    void rect(const QRectF &rect, const QColor &fill, const Stroke &stroke = {}) override;
    void circle(const QPointF &centre, qreal radius, const QColor &fill) override;
    void text(const QPointF &at, const QString &text, qreal size, Qt::Alignment align, const QColor &color,
              bool bold = false, qreal angle = 0) override;

private:
    QPainter *m_painter;
};

// Writes SVG 1.1 elements; svg() wraps them in an <svg> of the given size.
// Text is escaped; colours are written as #rrggbb with their opacity.
class SvgCanvas : public ChartCanvas
{
public:
    explicit SvgCanvas(const QSizeF &size) : m_size(size) {}

    void line(const QPointF &from, const QPointF &to, const Stroke &stroke) override;
    void polyline(const QVector<QPointF> &points, const Stroke &stroke) override;
    void rect(const QRectF &rect, const QColor &fill, const Stroke &stroke = {}) override;
    void circle(const QPointF &centre, qreal radius, const QColor &fill) override;
    void text(const QPointF &at, const QString &text, qreal size, Qt::Alignment align, const QColor &color,
              bool bold = false, qreal angle = 0) override;

    // `title` becomes the SVG's accessible name (<title>).
    QString svg(const QString &title) const;

private:
    QSizeF m_size;
    QString m_body;
};

} // namespace rulecast
