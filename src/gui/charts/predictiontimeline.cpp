#include "gui/charts/predictiontimeline.h"

#include "gui/charts/chartexport.h"

#include "gui/charts/colorscale.h"
#include "gui/models/predictiontablemodel.h"
#include "gui/localedates.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

constexpr qreal kMaxLabelWidth = 170;
constexpr int kMinLanesShown = 3;

// Black or white, whichever reads on `background`.
QColor contrasting(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

PredictionTimeline::PredictionTimeline(QWidget *parent)
    : QWidget(parent), m_emptyText(tr("No predictions to show."))
{
    setMouseTracking(true);
    installChartExportMenu(this, QStringLiteral("prediction-timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_scroll = new QScrollBar(Qt::Vertical, this);
    m_scroll->setObjectName(QStringLiteral("timelineScroll"));
    m_scroll->hide();
    connect(m_scroll, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
}

void PredictionTimeline::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        auto changed = [this] { rebuild(); };
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::layoutChanged, this, changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(model, &QAbstractItemModel::dataChanged, this, changed);
    }
    rebuild();
}

void PredictionTimeline::setWindow(qint64 from, qint64 until)
{
    m_from = from;
    m_until = std::max(until, from + 3600);
    update();
}

void PredictionTimeline::setScaleMinimum(double confidence)
{
    m_scaleMin = std::clamp(confidence, 0.0, 0.95);
    update();
}

void PredictionTimeline::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    update();
}

void PredictionTimeline::setNow(qint64 now)
{
    m_now = now;
    update();
}

void PredictionTimeline::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void PredictionTimeline::setSelectedRow(int row)
{
    m_selectedRow = row;
    for (const Bar &b : m_bars) {
        if (b.row != row)
            continue;
        const int first = firstVisibleLane();
        const int shown = visibleLaneCount();
        if (b.lane < first)
            m_scroll->setValue(b.lane);
        else if (b.lane >= first + shown)
            m_scroll->setValue(b.lane - shown + 1);
        break;
    }
    update();
}

void PredictionTimeline::rebuild()
{
    m_bars.clear();
    m_lanes.clear();
    if (m_model) {
        const int rows = m_model->rowCount();
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = m_model->index(r, 0);
            const QString type = i.data(PredictionTableModel::TaskTypeRole).toString();
            if (!m_lanes.contains(type))
                m_lanes << type;
        }
        // Alphabetical lanes: a type is found where the eye expects it.
        std::sort(m_lanes.begin(), m_lanes.end(),
                  [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
        m_bars.reserve(size_t(rows));
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = m_model->index(r, 0);
            Bar b;
            b.row = r;
            b.lane = int(m_lanes.indexOf(i.data(PredictionTableModel::TaskTypeRole).toString()));
            b.start = i.data(PredictionTableModel::SlotStartRole).toLongLong();
            b.end = i.data(PredictionTableModel::SlotEndRole).toLongLong();
            b.confidence = i.data(PredictionTableModel::ConfidenceRole).toDouble();
            b.scheduled = i.data(PredictionTableModel::ScheduledRole).toBool();
            m_bars.push_back(b);
        }
    }
    updateScrollBar();
    update();
}

QSize PredictionTimeline::sizeHint() const
{
    const QFontMetrics fm(font());
    const int lanes = std::clamp(int(m_lanes.size()), kMinLanesShown, 10);
    return {720, int((fm.height() + 8) * (lanes + 3))};
}

QSize PredictionTimeline::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {360, (fm.height() + 8) * (kMinLanesShown + 3)};
}

PredictionTimeline::Geometry PredictionTimeline::geometry() const
{
    const QFontMetrics fm(font());
    Geometry g;
    qreal label = 0;
    for (const QString &type : m_lanes)
        label = std::max<qreal>(label, fm.horizontalAdvance(type));
    g.labelWidth = std::ceil(std::min(label, kMaxLabelWidth)) + 16;
    g.laneHeight = fm.height() + 4;
    const qreal axisH = fm.height() + 6;
    const qreal legendH = fm.height() + 12;
    const qreal scrollW = !m_scroll->isHidden() ? m_scroll->sizeHint().width() : 0;
    const qreal right = width() - 8 - scrollW;
    g.axis = QRectF(g.labelWidth, 0, std::max<qreal>(10, right - g.labelWidth), axisH);
    const qreal lanesH = std::max<qreal>(g.laneHeight, height() - axisH - legendH);
    g.lanes = QRectF(g.labelWidth, axisH, g.axis.width(), lanesH);
    // The scale sits right under the last lane drawn, not at the bottom edge.
    const int fit = std::max(1, int(lanesH / g.laneHeight));
    const qreal lanesBottom = axisH + std::min<int>(fit, std::max<int>(1, int(m_lanes.size()))) * g.laneHeight;
    g.legend = QRectF(g.labelWidth, lanesBottom + 6, g.axis.width(), fm.height());
    return g;
}

int PredictionTimeline::visibleLaneCount() const
{
    const Geometry g = geometry();
    return std::max(1, int(g.lanes.height() / g.laneHeight));
}

int PredictionTimeline::firstVisibleLane() const
{
    return !m_scroll->isHidden() ? m_scroll->value() : 0;
}

void PredictionTimeline::updateScrollBar()
{
    // Decide visibility first: the scroll bar takes width from the lanes, not height.
    const Geometry g = geometry();
    const int shown = std::max(1, int(g.lanes.height() / g.laneHeight));
    const int hidden = std::max(0, int(m_lanes.size()) - shown);
    m_scroll->setVisible(hidden > 0);
    m_scroll->setRange(0, hidden);
    m_scroll->setPageStep(shown);
    m_scroll->setSingleStep(1);
    const int w = m_scroll->sizeHint().width();
    m_scroll->setGeometry(width() - w, int(g.lanes.top()), w, int(shown * g.laneHeight));
}

void PredictionTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollBar();
}

qreal PredictionTimeline::xOf(qint64 t, const QRectF &area) const
{
    const double span = double(std::max<qint64>(1, m_until - m_from));
    return area.left() + area.width() * double(t - m_from) / span;
}

QColor PredictionTimeline::colorFor(double confidence) const
{
    return sequentialColor((confidence - m_scaleMin) / std::max(1e-9, 1.0 - m_scaleMin));
}

QRectF PredictionTimeline::barRect(int row) const
{
    const Geometry g = geometry();
    const int first = firstVisibleLane();
    const int shown = visibleLaneCount();
    for (const Bar &b : m_bars) {
        if (b.row != row)
            continue;
        if (b.lane < first || b.lane >= first + shown || b.end <= m_from || b.start >= m_until)
            return {};
        const qreal x0 = std::max(g.lanes.left(), xOf(b.start, g.lanes));
        const qreal x1 = std::min(g.lanes.right(), xOf(b.end, g.lanes));
        const qreal y = g.lanes.top() + (b.lane - first) * g.laneHeight;
        // At least 3 px, so a 5-minute slot in a week-long window can be hovered.
        return QRectF(x0, y + 2, std::max<qreal>(3, x1 - x0), g.laneHeight - 4);
    }
    return {};
}

int PredictionTimeline::rowAt(const QPointF &pos) const
{
    for (const Bar &b : m_bars)
        if (barRect(b.row).adjusted(-1, 0, 1, 0).contains(pos))
            return b.row;
    return -1;
}

void PredictionTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_bars.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const Geometry g = geometry();
    const QFontMetrics fm(font());
    const int first = firstVisibleLane();
    const int shown = std::min(visibleLaneCount(), int(m_lanes.size()) - first);
    // Lanes: alternate shading and the type's name, elided to the label column.
    for (int i = 0; i < shown; ++i) {
        const QRectF lane(0, g.lanes.top() + i * g.laneHeight, g.lanes.right(), g.laneHeight);
        if ((first + i) % 2 == 1)
            p.fillRect(lane, pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Text));
        const QString name = fm.elidedText(m_lanes.at(first + i), Qt::ElideMiddle, int(g.labelWidth - 8));
        p.drawText(QRectF(4, lane.top(), g.labelWidth - 8, lane.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
    }
    paintAxis(p, g);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QColor gap = pal.color(QPalette::Base);
    for (const Bar &b : m_bars) {
        const QRectF r = barRect(b.row);
        if (r.isEmpty())
            continue;
        const QColor c = colorFor(b.confidence);
        p.fillRect(r, c);
        p.setPen(gap); // adjacent slots stay distinguishable
        p.drawLine(r.topRight(), r.bottomRight());
        if (b.scheduled && r.width() >= 6) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(contrasting(c));
            const qreal d = std::min<qreal>(6, r.height() - 4);
            p.drawEllipse(QRectF(r.left() + 2, r.center().y() - d / 2, d, d));
            p.setBrush(Qt::NoBrush);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
    }
    const QRectF selected = barRect(m_selectedRow);
    if (!selected.isEmpty()) {
        p.setPen(QPen(pal.color(QPalette::Text), 2));
        p.drawRect(selected.adjusted(-1, -1, 1, 1));
    }
    if (m_now > m_from && m_now < m_until) {
        const qreal x = xOf(m_now, g.lanes);
        QPen pen(pal.color(QPalette::Text), 1, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, g.lanes.top()), QPointF(x, g.lanes.top() + shown * g.laneHeight));
    }
    paintLegend(p, g);
}

void PredictionTimeline::paintAxis(QPainter &p, const Geometry &g) const
{
    const QPalette &pal = palette();
    const QFontMetrics fm(font());
    const double hours = double(m_until - m_from) / 3600.0;
    const qreal labelW = fm.horizontalAdvance(QStringLiteral("00:00")) + 14;
    int step = 24;
    for (int s : {1, 2, 3, 6, 12, 24})
        if (g.axis.width() * s / hours >= labelW) {
            step = s;
            break;
        }
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.15f);
    const qreal lanesBottom = g.lanes.top() + std::min(visibleLaneCount(), int(m_lanes.size())) * g.laneHeight;
    // Ticks on whole local hours divisible by the step; midnight shows the day.
    QDateTime t = QDateTime::fromSecsSinceEpoch(m_from, m_zone);
    t = QDateTime(t.date(), QTime(t.time().hour(), 0), m_zone);
    if (t.toSecsSinceEpoch() < m_from)
        t = t.addSecs(3600);
    for (; t.toSecsSinceEpoch() < m_until; t = t.addSecs(3600)) {
        const int hour = t.time().hour();
        if (hour % step != 0)
            continue;
        const qreal x = xOf(t.toSecsSinceEpoch(), g.lanes);
        const bool midnight = hour == 0;
        QColor line = grid;
        if (midnight)
            line.setAlphaF(0.4f);
        p.setPen(line);
        p.drawLine(QPointF(x, g.axis.bottom() - 3), QPointF(x, lanesBottom));
        QFont f = font();
        f.setBold(midnight);
        p.setFont(f);
        p.setPen(pal.color(QPalette::Text));
        const QString label = midnight ? QLocale().toString(t, weekdayDayFormat()) : t.toString(QStringLiteral("HH:mm"));
        p.drawText(QRectF(x + 3, g.axis.top(), labelW * step, g.axis.height() - 2), Qt::AlignLeft | Qt::AlignBottom,
                   label);
    }
    p.setFont(font());
}

void PredictionTimeline::paintLegend(QPainter &p, const Geometry &g) const
{
    const QPalette &pal = palette();
    const QFontMetrics fm(font());
    p.setPen(pal.color(QPalette::Text));
    const QString caption = tr("confidence");
    const QString low = QStringLiteral("%1%").arg(qRound(m_scaleMin * 100));
    const QString high = QStringLiteral("100%");
    const qreal barW = std::min<qreal>(200, g.legend.width() / 3);
    qreal x = g.legend.right() - barW - fm.horizontalAdvance(high) - 6;
    const qreal lowW = fm.horizontalAdvance(low) + 6;
    p.drawText(QRectF(x - lowW, g.legend.top(), lowW, g.legend.height()), Qt::AlignRight | Qt::AlignVCenter, low);
    for (int i = 0; i < int(barW); ++i)
        p.fillRect(QRectF(x + i, g.legend.top() + 2, 1, g.legend.height() - 4), sequentialColor(i / std::max(1.0, barW - 1)));
    p.drawText(QRectF(x + barW + 6, g.legend.top(), fm.horizontalAdvance(high) + 2, g.legend.height()),
               Qt::AlignLeft | Qt::AlignVCenter, high);
    const qreal captionW = fm.horizontalAdvance(caption) + 8;
    p.drawText(QRectF(x - lowW - captionW, g.legend.top(), captionW, g.legend.height()),
               Qt::AlignRight | Qt::AlignVCenter, caption);
    // Left: what the dot and the scroll mean.
    QString note = tr("● pre-scheduled");
    if (!m_scroll->isHidden())
        note += QStringLiteral("   ") + tr("%1 of %2 task types shown; scroll for more").arg(visibleLaneCount()).arg(m_lanes.size());
    p.drawText(QRectF(4, g.legend.top(), x - lowW - captionW - 12, g.legend.height()),
               Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(note, Qt::ElideRight, int(x - lowW - captionW - 12)));
}

void PredictionTimeline::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position());
    if (row >= 0 && event->button() == Qt::LeftButton) {
        m_selectedRow = row;
        update();
        Q_EMIT rowClicked(row);
    }
    QWidget::mousePressEvent(event);
}

void PredictionTimeline::wheelEvent(QWheelEvent *event)
{
    if (m_scroll->isHidden()) {
        QWidget::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    m_scroll->setValue(m_scroll->value() - (steps != 0 ? steps : (event->angleDelta().y() > 0 ? 1 : -1)));
    event->accept();
}

bool PredictionTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0 && m_model)
            QToolTip::showText(help->globalPos(), m_model->index(row, 0).data(Qt::ToolTipRole).toString(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace rulecast
