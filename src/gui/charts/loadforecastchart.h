#pragma once

#include "core/loadforecast.h"

#include <QTimeZone>
#include <QWidget>

#include <vector>

namespace rulecast {

// The hourly load forecast of a prediction run as three panels stacked over
// one time axis: task starts (median, with the 90th percentile as a tick),
// expected CPU and expected memory of the tasks starting in the hour, the
// last two against the capacity from the settings (a dashed line). A
// capacity far above the load would flatten every bar into the axis; then
// the panel keeps the load's own scale and says where the capacity is.
class LoadForecastChart : public QWidget
{
    Q_OBJECT

public:
    enum Panel { TasksPanel, CpuPanel, MemoryPanel, PanelCount };
    // A capacity above this multiple of the peak is noted, not drawn.
    static constexpr double kCapacityOffScale = 3.0;

    explicit LoadForecastChart(QWidget *parent = nullptr);

    void setForecast(std::vector<HourLoad> hours, double cpuCapacityPercent, double memoryCapacityMb);
    void setTimeZone(const QTimeZone &zone);
    // Drawn while there is no forecast; empty restores the default ("Predict to see…").
    void setEmptyText(const QString &text);

    const std::vector<HourLoad> &hours() const { return m_hours; }
    // Top of a panel's value axis (the load's peak, or the capacity when it is on the scale).
    double panelMaximum(Panel panel) const;
    // Whether the capacity line is drawn in a panel (false: noted in the title).
    bool capacityOnScale(Panel panel) const;
    // The hour under a point, -1 when none.
    int hourAt(const QPointF &pos) const;
    QString hourToolTip(int hour) const;
    QRectF panelRect(Panel panel) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    double value(const HourLoad &h, Panel panel) const;
    double peak(Panel panel) const;
    double capacity(Panel panel) const;
    QString panelTitle(Panel panel) const;
    QString formatValue(Panel panel, double v) const;
    qreal labelWidth() const;

    std::vector<HourLoad> m_hours;
    double m_cpuCapacity = 0;
    double m_memoryCapacity = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_emptyText;
};

} // namespace rulecast
