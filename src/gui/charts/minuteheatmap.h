#pragma once

#include <QVector>
#include <QWidget>

namespace rulecast {

// Load by minute of the hour (columns, 0-59) and hour of the day (rows,
// 0-23): each cell is the highest load at that minute on any simulated day.
// Clicking a cell emits cellClicked so the view can list its jobs.
class MinuteHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit MinuteHeatmap(QWidget *parent = nullptr);

    // Per-minute load of whole days (size a multiple of 1440); `scaleMax` is
    // the value drawn darkest (shared by the before and after maps).
    void setLoad(const QVector<int> &minuteLoad, int scaleMax);
    void setTitle(const QString &title);
    // Drawn across the grid while no load is set.
    void setEmptyText(const QString &text);
    int cellValue(int hour, int minute) const { return m_cells.value(hour * 60 + minute); }
    // Centre of a cell in widget coordinates (tests click it).
    QPoint cellCenter(int hour, int minute) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(int hour, int minute);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF gridRect() const;
    QVector<int> m_cells; // 1440 values
    int m_scaleMax = 1;
    QString m_title;
    QString m_emptyText;
    bool m_hasLoad = false;
};

} // namespace rulecast
