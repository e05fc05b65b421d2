#include "gui/charts/calibrationchart.h"

#include "gui/charts/chartexport.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {
const QColor kDotColor(0x21, 0x90, 0x8d); // a viridis stop: reads on light and dark
} // namespace

CalibrationChart::CalibrationChart(QWidget *parent)
    : QWidget(parent),
      m_emptyText(tr("Nothing validated yet. Validate compares predictions older than the validation window "
                     "with what actually ran; then this chart shows how often each confidence came true."))
{
    setMouseTracking(true);
    installChartExportMenu(this, QStringLiteral("calibration"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CalibrationChart::setCalibration(const std::vector<CalibrationBin> &bins, qint64 validated, double brier)
{
    m_bins.clear();
    for (const CalibrationBin &b : bins)
        if (b.count > 0)
            m_bins.push_back(b);
    m_validated = validated;
    m_brier = brier;
    update();
}

void CalibrationChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QSize CalibrationChart::sizeHint() const { return {280, 240}; }
QSize CalibrationChart::minimumSizeHint() const { return {200, 160}; }

QRectF CalibrationChart::plotRect() const
{
    const QFontMetrics fm(font());
    const qreal left = fm.horizontalAdvance(QStringLiteral("100%")) + fm.height() + 8;
    const qreal top = fm.height() + 6;
    const qreal bottom = fm.height() * 2 + 6;
    // Square: equal scales make the diagonal mean "as often as said".
    const qreal right = fm.horizontalAdvance(QStringLiteral("100%")) / 2.0 + 4; // the last x label is centred on the edge
    const qreal side = std::max<qreal>(20, std::min(width() - left - right, height() - top - bottom));
    return QRectF(left, top, side, side);
}

qreal CalibrationChart::radiusOf(const CalibrationBin &bin) const
{
    qint64 most = 1;
    for (const CalibrationBin &b : m_bins)
        most = std::max(most, b.count);
    return 3 + 5 * std::sqrt(double(bin.count) / double(most));
}

QPointF CalibrationChart::pointOf(int bin) const
{
    if (bin < 0 || bin >= int(m_bins.size()))
        return {};
    const QRectF r = plotRect();
    const CalibrationBin &b = m_bins[size_t(bin)];
    return {r.left() + r.width() * std::clamp(b.meanPredicted, 0.0, 1.0),
            r.bottom() - r.height() * std::clamp(b.observedRate, 0.0, 1.0)};
}

int CalibrationChart::binAt(const QPointF &pos) const
{
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < int(m_bins.size()); ++i) {
        const QPointF d = pointOf(i) - pos;
        const qreal distance = std::hypot(d.x(), d.y());
        if (distance <= radiusOf(m_bins[size_t(i)]) + 3 && (best < 0 || distance < bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString CalibrationChart::binToolTip(int bin) const
{
    if (bin < 0 || bin >= int(m_bins.size()))
        return {};
    const CalibrationBin &b = m_bins[size_t(bin)];
    const QLocale locale;
    return tr("Confidence %1–%2%\npredictions: %3, mean confidence %4%, came true %5%")
        .arg(qRound(b.lower * 100))
        .arg(qRound(b.upper * 100))
        .arg(b.count)
        .arg(locale.toString(b.meanPredicted * 100, 'f', 0), locale.toString(b.observedRate * 100, 'f', 0));
}

void CalibrationChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm(font());
    if (m_validated <= 0 || m_bins.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = plotRect();
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.15f);
    p.setPen(grid);
    for (int i = 0; i <= 4; ++i) {
        const qreal f = i / 4.0;
        p.drawLine(QPointF(r.left() + f * r.width(), r.top()), QPointF(r.left() + f * r.width(), r.bottom()));
        p.drawLine(QPointF(r.left(), r.bottom() - f * r.height()), QPointF(r.right(), r.bottom() - f * r.height()));
    }
    p.setPen(pal.color(QPalette::Text));
    for (int i = 0; i <= 4; i += 2) {
        const QString label = tr("%1%").arg(i * 25);
        const qreal f = i / 4.0;
        p.drawText(QRectF(r.left() + f * r.width() - 30, r.bottom() + 2, 60, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   label);
        p.drawText(QRectF(fm.height(), r.bottom() - f * r.height() - fm.height() / 2.0, r.left() - fm.height() - 4,
                          fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }
    // Centred under the plot, but kept inside the widget: a longer (German)
    // title must not be cut at the plot's edges.
    const QString xTitle = tr("predicted confidence");
    const qreal titleWidth = fm.horizontalAdvance(xTitle) + 2;
    const qreal titleLeft = std::clamp(r.center().x() - titleWidth / 2, 0.0, std::max(0.0, width() - titleWidth));
    p.drawText(QRectF(titleLeft, r.bottom() + fm.height() + 2, titleWidth, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
               xTitle);
    p.save();
    p.translate(2, r.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-r.height() / 2, 0, r.height(), fm.height()), Qt::AlignCenter, tr("came true"));
    p.restore();
    p.drawText(QRectF(0, 0, width(), fm.height() + 2), Qt::AlignLeft | Qt::AlignTop,
               tr("validated: %1, Brier %2").arg(m_validated).arg(QLocale().toString(m_brier, 'f', 3)));

    QColor diagonal = pal.color(QPalette::Text);
    diagonal.setAlphaF(0.5f);
    p.setPen(QPen(diagonal, 1, Qt::DashLine));
    p.drawLine(r.bottomLeft(), r.topRight());

    QPainterPath path;
    for (int i = 0; i < int(m_bins.size()); ++i)
        i == 0 ? path.moveTo(pointOf(i)) : path.lineTo(pointOf(i));
    p.setPen(QPen(kDotColor, 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(QPen(pal.color(QPalette::Base), 1));
    p.setBrush(kDotColor);
    for (int i = 0; i < int(m_bins.size()); ++i) {
        const qreal radius = radiusOf(m_bins[size_t(i)]);
        p.drawEllipse(pointOf(i), radius, radius);
    }
}

bool CalibrationChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bin = binAt(help->pos());
        if (bin >= 0)
            QToolTip::showText(help->globalPos(), binToolTip(bin), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace rulecast
