#include "gui/charts/chartpalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace rulecast {

void applyChartPalette(QChartView *view)
{
    const QPalette pal = view->palette();
    QChart *c = view->chart();
    c->setBackgroundBrush(pal.brush(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setBackgroundRoundness(0);
    c->setPlotAreaBackgroundVisible(false);
    const QColor text = pal.color(QPalette::Text);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    view->setBackgroundBrush(pal.brush(QPalette::Base));
}

} // namespace rulecast
