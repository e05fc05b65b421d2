#pragma once

#include <QColor>
#include <QPointer>
#include <QStringList>
#include <QTimeZone>
#include <QWidget>

#include <vector>

class QAbstractItemModel;
class QScrollBar;

namespace rulecast {

// The look-ahead window as one lane per task type (rows) over time, a bar
// per predicted slot coloured by confidence on the sequential scale, with the
// scale drawn below. Reads the rows of a model with PredictionTableModel's
// roles (usually the view's filter proxy, so the table's filter applies
// here too). Many types scroll: the time axis and the scale stay in place,
// the lanes scroll (wheel or the scroll bar on the right). Hovering a bar
// shows the row's tooltip (explanation, resources); clicking one emits
// rowClicked with the model row.
class PredictionTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit PredictionTimeline(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    // The time span drawn, epoch seconds [from, until).
    void setWindow(qint64 from, qint64 until);
    // Confidence at the dark end of the scale (the bright end is 1).
    void setScaleMinimum(double confidence);
    void setTimeZone(const QTimeZone &zone);
    // A vertical "now" line when inside the window (0: none).
    void setNow(qint64 now);
    // Highlights the bar of this model row (-1: none) and scrolls it into view.
    void setSelectedRow(int row);
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    QStringList laneTypes() const { return m_lanes; }
    int barCount() const { return int(m_bars.size()); }
    int visibleLaneCount() const;
    int firstVisibleLane() const;
    // Where the bar of a model row is drawn (empty when scrolled out of view or absent).
    QRectF barRect(int row) const;
    // The model row of the bar under a point, -1 when none.
    int rowAt(const QPointF &pos) const;
    QColor colorFor(double confidence) const;
    double scaleMinimum() const { return m_scaleMin; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Bar
    {
        int row = 0;
        int lane = 0;
        qint64 start = 0;
        qint64 end = 0;
        double confidence = 0;
        bool scheduled = false;
    };
    struct Geometry
    {
        QRectF lanes; // the area of the visible lanes (time runs along x)
        qreal laneHeight = 0;
        qreal labelWidth = 0;
        QRectF axis;
        QRectF legend;
    };

    void rebuild();
    void updateScrollBar();
    Geometry geometry() const;
    qreal xOf(qint64 t, const QRectF &area) const;
    void paintAxis(QPainter &p, const Geometry &g) const;
    void paintLegend(QPainter &p, const Geometry &g) const;

    QPointer<QAbstractItemModel> m_model;
    std::vector<Bar> m_bars;
    QStringList m_lanes;
    qint64 m_from = 0;
    qint64 m_until = 3600;
    qint64 m_now = 0;
    double m_scaleMin = 0.5;
    int m_selectedRow = -1;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_emptyText;
    QScrollBar *m_scroll = nullptr;
};

} // namespace rulecast
