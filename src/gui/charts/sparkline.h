#pragma once

#include <QVector>
#include <QWidget>

namespace rulecast {

// A small trend line without axes (Tufte's sparkline): the values in order,
// scaled to the widget's height between their own minimum and maximum, the
// last one marked with a dot. Colours come from the palette (highlight for
// the line, mid for the baseline), so it reads in light and dark themes. With
// fewer than two values it draws a short note instead ("one run so far").
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setValues(const QVector<double> &values);
    const QVector<double> &values() const { return m_values; }
    // Shown when there are not enough values for a line.
    void setEmptyText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Where value i is drawn (widget coordinates); exposed for tests.
    QPointF pointAt(int index) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotRect() const;

    QVector<double> m_values;
    QString m_emptyText;
    double m_min = 0;
    double m_max = 0;
};

} // namespace rulecast
