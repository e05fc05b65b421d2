#include "dailyvolumechart.h"

#include "gui/charts/chartexport.h"
#include "gui/charts/chartpalette.h"
#include "gui/localedates.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace rulecast {

DailyVolumeChart::DailyVolumeChart(QWidget *parent) : QChartView(parent)
{
    installChartExportMenu(this, QStringLiteral("daily-volume"));
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_upper = new QLineSeries(chart);
    m_lower = new QLineSeries(chart);
    m_area = new QAreaSeries(m_upper, m_lower);
    m_area->setName(tr("Tasks per day"));
    chart->addSeries(m_area);
    m_axisX = new QDateTimeAxis(chart);
    m_axisX->setFormat(dayMonthFormat());
    m_axisX->setTickCount(6);
    m_axisY = new QValueAxis(chart);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTitleText(tr("tasks / day"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_area->attachAxis(m_axisX);
    m_area->attachAxis(m_axisY);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 180);
    applyPalette();
}

void DailyVolumeChart::setDays(const QList<QPair<QDate, qint64>> &days, const QTimeZone &zone)
{
    QList<QPointF> upper;
    QList<QPointF> lower;
    upper.reserve(days.size());
    lower.reserve(days.size());
    qint64 maxCount = 0;
    m_total = 0;
    for (const auto &[day, count] : days) {
        // Noon of the day: the point sits in the middle of its date label.
        const qreal x = qreal(QDateTime(day, QTime(12, 0), zone).toMSecsSinceEpoch());
        upper.append({x, qreal(count)});
        lower.append({x, 0.0});
        maxCount = std::max(maxCount, count);
        m_total += count;
    }
    m_upper->replace(upper);
    m_lower->replace(lower);
    if (!days.isEmpty()) {
        const QDateTime first(days.first().first, QTime(0, 0), zone);
        const QDateTime last(days.last().first.addDays(1), QTime(0, 0), zone);
        m_axisX->setRange(first, last);
        const qint64 spanDays = days.size();
        // In the user's order: "28. Nov." in German, "Nov 28" in English.
        m_axisX->setFormat(spanDays > 400 ? monthYearFormat() : dayMonthFormat());
    }
    // Round the top up to a readable figure so the axis labels are whole numbers.
    m_axisY->setRange(0, std::max<qint64>(1, maxCount));
    m_axisY->applyNiceNumbers();
}

qsizetype DailyVolumeChart::pointCount() const
{
    return m_upper->count();
}

void DailyVolumeChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void DailyVolumeChart::applyPalette()
{
    applyChartPalette(this);
    QColor accent = palette().color(QPalette::Highlight);
    m_area->setPen(QPen(accent, 1.5));
    accent.setAlphaF(0.35f);
    m_area->setBrush(accent);
}

} // namespace rulecast
