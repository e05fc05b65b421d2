#include "gui/charts/loadcomparisonchart.h"

#include "gui/charts/chartexport.h"
#include "gui/charts/chartpalette.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace rulecast {

LoadComparisonChart::LoadComparisonChart(QWidget *parent) : QChartView(parent)
{
    installChartExportMenu(this, QStringLiteral("load-before-after"));
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(180);
    setLoads({}, {}, 1, 0);
}

int LoadComparisonChart::seriesCount() const
{
    return int(chart()->series().size());
}

void LoadComparisonChart::setLoads(const QVector<int> &before, const QVector<int> &after, int capacity, qint64 startEpoch)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    const int minutes = int(std::max(before.size(), after.size()));
    chart()->setTitle(minutes == 0 ? tr("Load over time before and after, against the capacity, appears after a run.")
                                   : QString());
    if (minutes == 0) {
        applyChartPalette(this);
        return;
    }
    m_bucket = minutes > 2880 ? 30 : 10;
    auto bucketed = [this, startEpoch](const QVector<int> &load, const QString &name) {
        auto *s = new QLineSeries;
        s->setName(name);
        for (int i = 0; i < load.size(); i += m_bucket) {
            int peak = 0;
            for (int j = i; j < std::min<int>(int(load.size()), i + m_bucket); ++j)
                peak = std::max(peak, load.at(j));
            s->append(double(startEpoch + qint64(i) * 60) * 1000.0, peak);
        }
        return s;
    };
    QLineSeries *b = bucketed(before, tr("before"));
    QLineSeries *a = bucketed(after, tr("after"));
    auto *cap = new QLineSeries;
    cap->setName(tr("capacity"));
    cap->append(double(startEpoch) * 1000.0, capacity);
    cap->append(double(startEpoch + qint64(minutes) * 60) * 1000.0, capacity);
    QPen dashed(Qt::red);
    dashed.setStyle(Qt::DashLine);
    cap->setPen(dashed);
    int top = capacity;
    for (int v : before)
        top = std::max(top, v);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("ddd HH:mm"));
    // Ticks a whole number of hours apart ("Fri 06:00", not "Fri 11:57"):
    // the axis spans whole hours from the start, split in at most 8 steps.
    const qint64 spanHours = (qint64(minutes) + 59) / 60;
    for (qint64 stepHours : {1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 168}) {
        if (spanHours % stepHours == 0 && spanHours / stepHours <= 8) {
            x->setRange(QDateTime::fromSecsSinceEpoch(startEpoch),
                        QDateTime::fromSecsSinceEpoch(startEpoch + spanHours * 3600));
            x->setTickCount(int(spanHours / stepHours) + 1);
            break;
        }
    }
    auto *y = new QValueAxis;
    // Whole-number ticks, at most five (the chart is short): load is a count of running jobs.
    const int step = std::max(1, (top + 1 + 3) / 4);
    const int range = step * ((top + 1 + step - 1) / step);
    y->setRange(0, range);
    y->setTickCount(range / step + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("running"));
    c->setToolTip(tr("Each point is the highest load in %1 minutes").arg(m_bucket));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {b, a, cap}) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    applyChartPalette(this);
}

void LoadComparisonChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyChartPalette(this);
}

} // namespace rulecast
