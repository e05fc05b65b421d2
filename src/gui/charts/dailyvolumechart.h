#pragma once

#include <QChartView>
#include <QDate>
#include <QList>
#include <QPair>
#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace rulecast {

// Tasks started per day as an area chart over a date axis. Colours follow the
// widget palette, so the chart sits well in light and dark themes.
class DailyVolumeChart : public QChartView
{
    Q_OBJECT

public:
    explicit DailyVolumeChart(QWidget *parent = nullptr);

    // One point per day (as HistoryStats::daily gives them), days in `zone`.
    void setDays(const QList<QPair<QDate, qint64>> &days, const QTimeZone &zone);
    qsizetype pointCount() const;
    qint64 total() const { return m_total; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLineSeries *m_upper = nullptr;
    QLineSeries *m_lower = nullptr;
    QAreaSeries *m_area = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    qint64 m_total = 0;
};

} // namespace rulecast
