#include "report/pdfreport.h"

#include "report/chartcanvas.h"
#include "report/reportcharts.h"
#include "report/reporttext.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <functional>

namespace rulecast {

namespace {

// Units are points: the writer runs at 72 dpi, so 1 unit = 1 pt on paper.
constexpr int kResolution = 72;
constexpr qreal kMargin = 40;
constexpr qreal kFooter = 18;
constexpr qreal kBodySize = 8;
constexpr qreal kCellPadding = 3;
constexpr qreal kChartHeight = 220;

const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kHeaderFill(0xe4, 0xe8, 0xee);
const QColor kStripe(0xf5, 0xf6, 0xf8);
const QColor kRule(0xc8, 0xcc, 0xd2);

class PdfLayout
{
public:
    PdfLayout(QPdfWriter *writer, QPainter *painter, const QString &footer)
        : m_writer(writer), m_painter(painter), m_footer(footer)
    {
        const QRectF page = writer->pageLayout().fullRectPoints();
        m_width = page.width() - 2 * kMargin;
        m_bottom = page.height() - kMargin - kFooter;
        m_painter->translate(kMargin, kMargin);
        drawFooter();
    }

    int pages() const { return m_pages; }

    void newPage()
    {
        m_writer->newPage();
        ++m_pages;
        m_y = 0;
        drawFooter();
    }

    void ensureSpace(qreal height)
    {
        if (m_y > 0 && m_y + height > m_bottom)
            newPage();
    }

    void heading(const QString &text, qreal size)
    {
        ensureSpace(size * 1.6 + 3 * (kBodySize + 2 * kCellPadding)); // keep a heading with what follows
        m_y += m_y > 0 ? size * 0.8 : 0;
        m_y += paragraph(text, size, true, kInk);
        m_y += size * 0.3;
    }

    void text(const QString &text, qreal size = 9, const QColor &color = kInk, bool italic = false)
    {
        const qreal h = measure(text, font(size, false, italic), m_width);
        ensureSpace(h);
        m_y += paragraph(text, size, false, color, italic);
        m_y += 4;
    }

    void table(const ReportTable &t);

    void chart(const std::function<void(ChartCanvas &, const QRectF &)> &draw, qreal height = kChartHeight)
    {
        ensureSpace(height);
        PainterCanvas canvas(m_painter);
        draw(canvas, QRectF(0, m_y, m_width, height));
        m_y += height + 10;
    }

private:
    QFont font(qreal size, bool bold = false, bool italic = false) const { return reportFont(size, bold, italic); }

    // Lays `text` out in lines of `width`, breaking at spaces, or anywhere
    // when a word is wider than the column (cron texts, long type names).
    qreal layout(QTextLayout &l, qreal width, Qt::Alignment align = Qt::AlignLeft) const
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setAlignment(align);
        l.setTextOption(option);
        l.beginLayout();
        qreal h = 0;
        for (QTextLine line = l.createLine(); line.isValid(); line = l.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, h));
            h += line.height();
        }
        l.endLayout();
        return h;
    }

    qreal measure(const QString &text, const QFont &f, qreal width) const
    {
        QTextLayout l(text, f, m_writer);
        return layout(l, width);
    }

    qreal draw(const QString &text, const QFont &f, const QRectF &box, const QColor &color, Qt::Alignment align)
    {
        QTextLayout l(text, f, m_writer);
        const qreal h = layout(l, box.width(), align);
        m_painter->save();
        m_painter->setPen(color);
        l.draw(m_painter, box.topLeft());
        m_painter->restore();
        return h;
    }

    qreal paragraph(const QString &text, qreal size, bool bold, const QColor &color, bool italic = false)
    {
        return draw(text, font(size, bold, italic), QRectF(0, m_y, m_width, 0), color, Qt::AlignLeft);
    }

    QList<qreal> columnWidths(const ReportTable &t, const QList<int> &columns, const QFont &body, const QFont &head) const;

    void drawFooter()
    {
        m_painter->save();
        m_painter->setFont(font(7));
        m_painter->setPen(kMuted);
        const QRectF box(0, m_bottom + 6, m_width, kFooter);
        m_painter->drawText(box, Qt::AlignLeft | Qt::AlignTop, m_footer);
        m_painter->drawText(box, Qt::AlignRight | Qt::AlignTop,
                            reportText(QT_TRANSLATE_NOOP("ReportText", "page %1")).arg(m_pages).toString());
        m_painter->restore();
    }

    QPdfWriter *m_writer;
    QPainter *m_painter;
    QString m_footer;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    int m_pages = 1;
};

// Natural widths (the longest cell on one line) where they fit; otherwise the
// wrapping columns give up width, in proportion to how much they want.
QList<qreal> PdfLayout::columnWidths(const ReportTable &t, const QList<int> &columns, const QFont &body,
                                     const QFont &head) const
{
    const QFontMetricsF bodyMetrics(body, m_writer);
    const QFontMetricsF headMetrics(head, m_writer);
    QList<qreal> natural;
    QList<qreal> least;
    for (int c : columns) {
        const QString &title = t.columns.at(c).title;
        qreal w = headMetrics.horizontalAdvance(title);
        for (const QList<ReportCell> &row : t.rows)
            w = std::max(w, bodyMetrics.horizontalAdvance(row.at(c).forPeople()));
        // A header may wrap between its words but never inside one: German
        // headers are long compounds ("Aufgabentypen").
        qreal word = 0;
        for (const QString &part : title.split(u' ', Qt::SkipEmptyParts))
            word = std::max(word, headMetrics.horizontalAdvance(part));
        // Nor does a wrapping cell break inside a word ("Ressourcennutzung",
        // "wiederkehrend"), unless one word alone would take most of the page.
        if (t.columns.at(c).wrap) {
            qreal cellWord = 0;
            for (const QList<ReportCell> &row : t.rows)
                for (const QString &part : row.at(c).forPeople().split(u' ', Qt::SkipEmptyParts))
                    cellWord = std::max(cellWord, bodyMetrics.horizontalAdvance(part));
            word = std::max(word, std::min(cellWord, m_width * 0.3));
        }
        // A little slack: text laid out may measure a hair wider than its advance.
        natural << w + 2 * kCellPadding + 2;
        least << std::max(std::min(w, t.columns.at(c).wrap ? 60.0 : w), word) + 2 * kCellPadding + 2;
    }
    qreal sum = 0;
    for (qreal w : natural)
        sum += w;
    QList<qreal> out = natural;
    if (sum <= m_width) {
        // Spare width goes to the wrapping columns, so text tables fill the page;
        // a table of figures keeps its natural, compact widths.
        qreal wrapSum = 0;
        for (int i = 0; i < columns.size(); ++i)
            wrapSum += t.columns.at(columns.at(i)).wrap ? natural.at(i) : 0;
        if (wrapSum > 0 && !t.isKeyValue)
            for (int i = 0; i < columns.size(); ++i)
                if (t.columns.at(columns.at(i)).wrap)
                    out[i] += (m_width - sum) * natural.at(i) / wrapSum;
        return out;
    }
    // Too wide: shrink every column above its least width in proportion to the excess.
    qreal leastSum = 0;
    for (qreal w : least)
        leastSum += w;
    const qreal available = std::max(0.0, m_width - leastSum);
    const qreal excess = sum - leastSum;
    for (int i = 0; i < columns.size(); ++i)
        out[i] = least.at(i) + (excess > 0 ? (natural.at(i) - least.at(i)) * available / excess : 0);
    return out;
}

void PdfLayout::table(const ReportTable &t)
{
    heading(t.title, 12);
    if (!t.intro.isEmpty())
        text(t.intro, 8.5, kMuted);
    if (t.rows.isEmpty()) {
        text(t.emptyText, 9, kMuted, true);
        return;
    }
    QList<int> columns;
    for (int c = 0; c < t.columns.size(); ++c)
        if (!t.columns.at(c).machineOnly)
            columns << c;
    const QFont body = font(kBodySize);
    const QFont head = font(kBodySize, true);
    const QList<qreal> widths = columnWidths(t, columns, body, head);
    qreal tableWidth = 0;
    for (qreal w : widths)
        tableWidth += w;
    const bool keyValue = t.isKeyValue; // no header row: "Item / Value" says nothing

    const auto rowHeight = [&](const QList<QString> &cells, const QFont &f) {
        qreal h = 0;
        for (int i = 0; i < cells.size(); ++i)
            h = std::max(h, measure(cells.at(i), f, widths.at(i) - 2 * kCellPadding));
        return h + 2 * kCellPadding;
    };
    QList<QString> titles;
    QList<bool> headRight;
    for (int c : columns) {
        titles << t.columns.at(c).title;
        headRight << (!keyValue && t.isNumericColumn(c));
    }
    const qreal headHeight = keyValue ? 0 : rowHeight(titles, head);
    const auto drawRow = [&](const QList<QString> &cells, const QList<bool> &right, const QFont &f, qreal h,
                             const QColor &fill) {
        if (fill.isValid()) {
            m_painter->save();
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(fill);
            m_painter->drawRect(QRectF(0, m_y, tableWidth, h));
            m_painter->restore();
        }
        qreal x = 0;
        for (int i = 0; i < cells.size(); ++i) {
            draw(cells.at(i), f, QRectF(x + kCellPadding, m_y + kCellPadding, widths.at(i) - 2 * kCellPadding, h),
                 kInk, right.at(i) ? Qt::AlignRight : Qt::AlignLeft);
            x += widths.at(i);
        }
        m_y += h;
    };
    const auto drawHeader = [&] {
        if (keyValue)
            return;
        drawRow(titles, headRight, head, headHeight, kHeaderFill);
    };

    drawHeader();
    for (int r = 0; r < t.rows.size(); ++r) {
        QList<QString> cells;
        QList<bool> right;
        for (int c : columns) {
            cells << t.rows.at(r).at(c).forPeople();
            right << (!keyValue && t.rows.at(r).at(c).isNumeric());
        }
        const qreal h = rowHeight(cells, body);
        if (m_y + h > m_bottom) {
            newPage();
            drawHeader();
        }
        drawRow(cells, right, body, h, r % 2 ? kStripe : QColor());
    }
    m_painter->save();
    m_painter->setPen(QPen(kRule, 0.6));
    m_painter->drawLine(QPointF(0, m_y), QPointF(tableWidth, m_y));
    m_painter->restore();
    m_y += 6;
}

} // namespace

Result<int> writePdfReport(const ReportData &data, const QList<ReportTable> &tables, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(reportText(QT_TRANSLATE_NOOP("ReportText", "Rulecast report: %1"))
                        .arg(QFileInfo(data.databasePath).fileName())
                        .toString());
    writer.setCreator(QStringLiteral("Rulecast %1").arg(QStringLiteral(RULECAST_VERSION)));
    QPainter painter;
    if (!painter.begin(&writer))
        return Result<int>::failure(phrase("Report", QT_TRANSLATE_NOOP("Report", "cannot start the PDF")));
    painter.setRenderHint(QPainter::Antialiasing);
    const QString generated = reportTime(data.generatedAt);
    PdfLayout page(&writer, &painter,
                   reportText(QT_TRANSLATE_NOOP("ReportText", "Rulecast report · %1 · %2"))
                       .arg(QFileInfo(data.databasePath).fileName())
                       .arg(generated)
                       .toString());

    // Summary page: the figures, then what is missing.
    page.heading(reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Rulecast report")), 20);
    page.text(reportText(QT_TRANSLATE_NOOP("ReportText", "%1, generated %2.")).arg(data.databasePath).arg(generated).toString(),
              9, kMuted);
    const QStringList missing = data.missing();
    for (const ReportTable &t : tables)
        if (t.id == QLatin1String("summary"))
            page.table(t);
    if (!missing.isEmpty()) {
        page.heading(reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Not in the database yet")), 12);
        for (const QString &m : missing)
            page.text(QStringLiteral("• ") + m, 9);
    }

    bool newSection = true;
    for (const ReportTable &t : tables) {
        if (t.machineOnly || t.id == QLatin1String("summary"))
            continue;
        // Each part starts on a new page: the inputs, the optimization, the accuracy.
        if (newSection || t.id == QLatin1String("optimization") || t.id == QLatin1String("prediction_accuracy"))
            page.newPage();
        newSection = false;
        page.table(t);
        if (t.id == QLatin1String("optimization_metrics") && !data.runLoad.isEmpty()) {
            page.chart([&](ChartCanvas &c, const QRectF &r) { reportcharts::drawLoadOverTime(c, r, data.runLoad); });
            page.chart([&](ChartCanvas &c, const QRectF &r) { reportcharts::drawLoadByHour(c, r, data.runLoad); });
        }
        if (t.id == QLatin1String("calibration") && data.accuracy.validated > 0)
            page.chart([&](ChartCanvas &c, const QRectF &r) { reportcharts::drawCalibration(c, r, data.accuracy.score.bins); },
                       300);
    }
    if (!painter.end())
        return Result<int>::failure(phrase("Report", QT_TRANSLATE_NOOP("Report", "cannot finish the PDF")));
    return page.pages();
}

} // namespace rulecast
