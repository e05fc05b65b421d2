#include "report/reportcharts.h"

#include "report/reporttext.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace rulecast::reportcharts {

namespace {

const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kAxis(0x88, 0x88, 0x88);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kBefore(0x7f, 0x95, 0xb5);
const QColor kAfter(0xe0, 0x7a, 0x1f);
const QColor kCapacity(0xc6, 0x28, 0x28);
const QColor kWindow(0xf6, 0xf1, 0xdc);

constexpr qreal kTitleSize = 10;
constexpr qreal kLabelSize = 7;

struct Frame
{
    QRectF plot;
};

// Title on the first line, legend entries on the second; returns the plot area.
Frame frame(ChartCanvas &c, const QRectF &area, const QString &title,
            const QList<std::pair<QString, Stroke>> &legend, qreal leftMargin = 34)
{
    c.text(area.topLeft(), title, kTitleSize, Qt::AlignLeft | Qt::AlignTop, kText, true);
    qreal x = area.left();
    const qreal y = area.top() + kTitleSize + 10;
    for (const auto &[label, stroke] : legend) {
        if (stroke.width >= 4)
            c.rect(QRectF(x, y - 4, 12, 8), stroke.color);
        else
            c.line(QPointF(x, y), QPointF(x + 14, y), Stroke{stroke.color, 1.6, stroke.dashed});
        c.text(QPointF(x + 18, y), label, kLabelSize, Qt::AlignLeft | Qt::AlignVCenter, kText);
        // No font metrics on an SVG canvas: an average glyph is about 0.6 em.
        x += 18 + label.size() * kLabelSize * 0.6 + 14;
    }
    const qreal top = legend.isEmpty() ? area.top() + kTitleSize + 8 : y + 12;
    return {QRectF(QPointF(area.left() + leftMargin, top), QPointF(area.right() - 6, area.bottom() - 22))};
}

void emptyMessage(ChartCanvas &c, const QRectF &plot, const QString &message)
{
    c.rect(plot, QColor(), Stroke{kGrid, 0.8});
    c.text(plot.center(), message, 8, Qt::AlignHCenter | Qt::AlignVCenter, kMuted);
}

// A step of 1, 2 or 5 times a power of ten giving at most `maxTicks` intervals up to `top`.
double niceStep(double top, int maxTicks)
{
    if (top <= 0)
        return 1;
    const double raw = top / maxTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

// Horizontal grid lines and labels from 0 to `top` (a multiple of `step`).
void valueAxis(ChartCanvas &c, const QRectF &plot, double top, double step, int decimals)
{
    for (double v = 0; v <= top + step / 2; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        c.line(QPointF(plot.left(), y), QPointF(plot.right(), y), Stroke{v == 0 ? kAxis : kGrid, 0.6});
        c.text(QPointF(plot.left() - 4, y), reportNumber(v, decimals), kLabelSize,
               Qt::AlignRight | Qt::AlignVCenter, kText);
    }
}

int maxOf(const QVector<int> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

// The load as a step line: each bucket's peak held across the bucket.
QVector<QPointF> steps(const QVector<int> &load, int bucket, const QRectF &plot, double top)
{
    QVector<QPointF> points;
    const int n = int(load.size());
    for (int i = 0; i < n; i += bucket) {
        int peak = 0;
        for (int j = i; j < std::min(n, i + bucket); ++j)
            peak = std::max(peak, load.at(j));
        const qreal y = plot.bottom() - plot.height() * peak / top;
        points << QPointF(plot.left() + plot.width() * i / n, y)
               << QPointF(plot.left() + plot.width() * std::min(n, i + bucket) / n, y);
    }
    return points;
}

} // namespace

int bucketMinutes(int minutes)
{
    return std::max(1, (minutes + 499) / 500);
}

void drawLoadOverTime(ChartCanvas &c, const QRectF &area, const StoredRunLoad &load)
{
    const Frame f = frame(c, area, reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Load over the simulated days")),
                          {{reportPhrase(QT_TRANSLATE_NOOP("ReportText", "before")), Stroke{kBefore}},
                           {reportPhrase(QT_TRANSLATE_NOOP("ReportText", "after")), Stroke{kAfter}},
                           {reportPhrase(QT_TRANSLATE_NOOP("ReportText", "capacity")), Stroke{kCapacity, 1, true}},
                           {reportPhrase(QT_TRANSLATE_NOOP("ReportText", "look-ahead window")), Stroke{kWindow, 8}}});
    const QRectF &plot = f.plot;
    if (load.isEmpty()) {
        emptyMessage(c, plot, reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No optimization run to show.")));
        return;
    }
    const int n = int(load.before.size());
    const qint64 end = load.startEpoch + qint64(n) * 60;
    const auto xOf = [&](qint64 t) {
        return plot.left() + plot.width() * double(std::clamp(t, load.startEpoch, end) - load.startEpoch) / double(end - load.startEpoch);
    };
    if (load.windowEnd > load.windowStart)
        c.rect(QRectF(QPointF(xOf(load.windowStart), plot.top()), QPointF(xOf(load.windowEnd), plot.bottom())), kWindow);

    const int peak = std::max({maxOf(load.before), maxOf(load.after), load.capacity});
    const double step = std::max(1.0, niceStep(peak + 1, 5));
    const double top = step * std::ceil((peak + 1) / step);
    valueAxis(c, plot, top, step, 0);
    c.text(QPointF(area.left() + 6, plot.center().y()), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "runs at once")), kLabelSize,
           Qt::AlignHCenter | Qt::AlignTop, kText, false, -90);

    // Time axis: every 6 hours on short horizons, else every day at midnight (UTC).
    const qint64 tickSeconds = load.days <= 3 ? 6 * 3600 : 86400 * std::max(1, load.days / 10);
    for (qint64 t = load.startEpoch; t <= end; t += tickSeconds) {
        const qreal x = xOf(t);
        c.line(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3), Stroke{kAxis, 0.6});
        const QDateTime at = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
        const QString label = at.time().hour() == 0 ? reportChartDay(t) : at.toString(QStringLiteral("HH:mm"));
        // The labels at the ends stay inside the chart.
        const Qt::Alignment h = t == load.startEpoch ? Qt::AlignLeft : t + tickSeconds > end ? Qt::AlignRight : Qt::AlignHCenter;
        c.text(QPointF(x, plot.bottom() + 5), label, kLabelSize, h | Qt::AlignTop, kText);
    }
    const int bucket = bucketMinutes(n);
    // "before" wide underneath, "after" narrow on top: where they agree both still show.
    c.polyline(steps(load.before, bucket, plot, top), Stroke{kBefore, 2.6});
    c.polyline(steps(load.after, bucket, plot, top), Stroke{kAfter, 1.0});
    const qreal capacityY = plot.bottom() - plot.height() * load.capacity / top;
    c.line(QPointF(plot.left(), capacityY), QPointF(plot.right(), capacityY), Stroke{kCapacity, 1, true});
    c.text(QPointF(plot.right(), plot.bottom() + 16),
           reportText(QT_TRANSLATE_NOOP("ReportText", "UTC; each step is the highest load in %1 min")).arg(bucket).toString(),
           kLabelSize - 1,
           Qt::AlignRight | Qt::AlignTop, kMuted);
}

void drawLoadByHour(ChartCanvas &c, const QRectF &area, const StoredRunLoad &load)
{
    const Frame f = frame(c, area, reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Highest load by hour of day (UTC)")),
                          {{reportPhrase(QT_TRANSLATE_NOOP("ReportText", "before")), Stroke{kBefore, 8}},
                           {reportPhrase(QT_TRANSLATE_NOOP("ReportText", "after")), Stroke{kAfter, 8}},
                           {reportPhrase(QT_TRANSLATE_NOOP("ReportText", "capacity")), Stroke{kCapacity, 1, true}}});
    const QRectF &plot = f.plot;
    if (load.isEmpty()) {
        emptyMessage(c, plot, reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No optimization run to show.")));
        return;
    }
    const HourOfDayLoad before = loadByHourOfDay(load.before);
    const HourOfDayLoad after = loadByHourOfDay(load.after);
    int peak = load.capacity;
    for (std::size_t h = 0; h < 24; ++h)
        peak = std::max({peak, before.peak[h], after.peak[h]});
    const double step = std::max(1.0, niceStep(peak + 1, 5));
    const double top = step * std::ceil((peak + 1) / step);
    valueAxis(c, plot, top, step, 0);
    const qreal slot = plot.width() / 24;
    const qreal bar = slot * 0.36;
    for (int h = 0; h < 24; ++h) {
        const qreal x = plot.left() + slot * h + slot * 0.14;
        const auto height = [&](int v) { return plot.height() * v / top; };
        c.rect(QRectF(x, plot.bottom() - height(before.peak[std::size_t(h)]), bar, height(before.peak[std::size_t(h)])), kBefore);
        c.rect(QRectF(x + bar, plot.bottom() - height(after.peak[std::size_t(h)]), bar, height(after.peak[std::size_t(h)])), kAfter);
        if (h % 3 == 0)
            c.text(QPointF(plot.left() + slot * (h + 0.5), plot.bottom() + 5),
                   QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')), kLabelSize, Qt::AlignHCenter | Qt::AlignTop, kText);
    }
    const qreal capacityY = plot.bottom() - plot.height() * load.capacity / top;
    c.line(QPointF(plot.left(), capacityY), QPointF(plot.right(), capacityY), Stroke{kCapacity, 1, true});
}

void drawCalibration(ChartCanvas &c, const QRectF &area, const std::vector<CalibrationBin> &bins)
{
    const Frame f = frame(c, area, reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Calibration: confidence against what came true")),
                          {{reportPhrase(QT_TRANSLATE_NOOP("ReportText", "came true")), Stroke{kBefore, 8}},
                           {reportPhrase(QT_TRANSLATE_NOOP("ReportText", "mean confidence")), Stroke{kAfter, 8}},
                           {reportPhrase(QT_TRANSLATE_NOOP("ReportText", "perfect calibration")), Stroke{kAxis, 1, true}}},
                          40);
    // A square plot: both axes are probabilities.
    QRectF plot = f.plot;
    const qreal side = std::min(plot.width(), plot.height());
    plot.setWidth(side);
    plot.setHeight(side);
    qint64 total = 0;
    for (const CalibrationBin &b : bins)
        total += b.count;
    if (total == 0) {
        emptyMessage(c, f.plot, reportPhrase(QT_TRANSLATE_NOOP("ReportText", "No validated predictions to show.")));
        return;
    }
    valueAxis(c, plot, 1.0, 0.2, 1);
    const auto x = [&](double p) { return plot.left() + plot.width() * p; };
    const auto y = [&](double p) { return plot.bottom() - plot.height() * p; };
    for (double p = 0; p <= 1.0001; p += 0.2) {
        c.line(QPointF(x(p), plot.bottom()), QPointF(x(p), plot.bottom() + 3), Stroke{kAxis, 0.6});
        c.text(QPointF(x(p), plot.bottom() + 5), reportNumber(p, 1), kLabelSize, Qt::AlignHCenter | Qt::AlignTop,
               kText);
    }
    c.text(QPointF(plot.center().x(), plot.bottom() + 14), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "confidence")), kLabelSize,
           Qt::AlignHCenter | Qt::AlignTop, kText);
    c.text(QPointF(area.left() + 4, plot.center().y()), reportPhrase(QT_TRANSLATE_NOOP("ReportText", "share that came true")), kLabelSize,
           Qt::AlignHCenter | Qt::AlignTop, kText, false, -90);
    for (const CalibrationBin &b : bins) {
        if (b.count == 0)
            continue;
        const QRectF barRect(QPointF(x(b.lower) + 1, y(b.observedRate)), QPointF(x(b.upper) - 1, y(0)));
        c.rect(barRect, kBefore);
        c.circle(QPointF(x(b.meanPredicted), y(b.observedRate)), 3.2, kAfter);
        c.text(QPointF(barRect.center().x(), y(b.observedRate) - 3), reportInteger(b.count), kLabelSize - 1,
               Qt::AlignHCenter | Qt::AlignBottom, kText);
    }
    c.line(QPointF(x(0), y(0)), QPointF(x(1), y(1)), Stroke{kAxis, 1, true});
    c.text(QPointF(plot.right() + 8, plot.top()),
           reportText(QT_TRANSLATE_NOOP("ReportText", "%1 validated predictions; the number above a bar is its count"))
               .arg(total)
               .toString(),
           kLabelSize - 1,
           Qt::AlignLeft | Qt::AlignTop, kMuted);
}

} // namespace rulecast::reportcharts
