#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <array>

namespace rulecast {

// Task starts by weekday (rows, Monday first) and hour (columns), painted as
// coloured cells with a colour scale. The sequential scale is the one place
// with fixed colours: it is chosen to read on light and dark palettes; labels
// and grid use the palette.
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    using Counts = std::array<qint64, 7 * 24>;

    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setCounts(const Counts &counts);
    const Counts &counts() const { return m_counts; }
    qint64 total() const;
    qint64 maximum() const { return m_max; }
    // Shown instead of the grid when every count is zero.
    void setEmptyText(const QString &text);

    // Cell under a point, or false when the point is outside the grid.
    bool cellAt(const QPoint &pos, int *weekday, int *hour) const;
    QString cellToolTip(int weekday, int hour) const;
    // Colour of a count on the scale (0 → the lightest step).
    QColor colorFor(qint64 count) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QRectF grid;
        qreal cellW = 0;
        qreal cellH = 0;
        QRectF legend;
    };
    Layout layout() const;

    Counts m_counts{};
    qint64 m_max = 0;
    QString m_emptyText;
};

} // namespace rulecast
