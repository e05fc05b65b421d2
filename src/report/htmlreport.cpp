#include "report/htmlreport.h"

#include "report/chartcanvas.h"
#include "report/reportcharts.h"
#include "report/reporttext.h"

#include <QFileInfo>

#include <functional>

namespace rulecast {

namespace {

// Paper-like: the report is a document to hand on, printed or read in a
// browser, so it keeps its own light colours instead of following a theme.
const char *const kStyle = R"(
body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: 14px; color: #222; background: #fff;
       max-width: 1000px; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 28px; margin-bottom: 0.2em; }
h2 { font-size: 20px; margin-top: 2em; border-bottom: 1px solid #c8ccd2; padding-bottom: 0.2em; }
p.meta, p.intro { color: #555; }
p.empty { color: #666; font-style: italic; }
nav ul { columns: 2; padding-left: 1.2em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 12px; }
th { background: #e4e8ee; text-align: left; }
th, td { padding: 3px 6px; border-bottom: 1px solid #e1e4e8; vertical-align: top; }
tr:nth-child(even) td { background: #f5f6f8; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.kv { width: auto; min-width: 50%; }
table.kv td:first-child { color: #444; padding-right: 2em; }
figure { margin: 1em 0; }
figure svg { width: 100%; height: auto; } /* drawn in points like the PDF, scaled up */
ul.missing li { margin: 0.3em 0; }
)";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString chartSvg(const QString &title, const QSizeF &size, const std::function<void(ChartCanvas &, const QRectF &)> &draw)
{
    SvgCanvas canvas(size);
    draw(canvas, QRectF(QPointF(4, 4), size - QSizeF(8, 8)));
    return QStringLiteral("<figure>\n") + canvas.svg(title) + QStringLiteral("</figure>\n");
}

QString tableHtml(const ReportTable &t)
{
    QString out = QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(esc(t.id), esc(t.title));
    if (!t.intro.isEmpty())
        out += QStringLiteral("<p class=\"intro\">%1</p>\n").arg(esc(t.intro));
    if (t.rows.isEmpty())
        return out + QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(t.emptyText));
    const bool keyValue = t.isKeyValue;
    out += keyValue ? QStringLiteral("<table class=\"kv\">\n") : QStringLiteral("<table>\n<thead><tr>");
    if (!keyValue) {
        for (int c = 0; c < t.columns.size(); ++c)
            if (!t.columns.at(c).machineOnly)
                out += (t.isNumericColumn(c) ? QStringLiteral("<th class=\"num\">") : QStringLiteral("<th>"))
                       + esc(t.columns.at(c).title) + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead>\n");
    }
    out += QStringLiteral("<tbody>\n");
    for (const QList<ReportCell> &row : t.rows) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < t.columns.size(); ++c) {
            if (t.columns.at(c).machineOnly)
                continue;
            const ReportCell &cell = row.at(c);
            out += cell.isNumeric() && !keyValue ? QStringLiteral("<td class=\"num\">") : QStringLiteral("<td>");
            out += esc(cell.forPeople()) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</tbody>\n</table>\n");
}

} // namespace

QByteArray htmlReport(const ReportData &data, const QList<ReportTable> &tables)
{
    const QString when = reportTime(data.generatedAt);
    const QString title = reportText(QT_TRANSLATE_NOOP("ReportText", "Rulecast report: %1"))
                              .arg(QFileInfo(data.databasePath).fileName())
                              .toString();
    //: The language of this translation as an HTML lang attribute (BCP 47): "de" for German
    const QString language = reportPhrase(QT_TRANSLATE_NOOP("ReportText", "en"));
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%4\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"generator\" content=\"Rulecast %1\">\n<title>%2</title>\n<style>%3</style>\n"
                                  "</head>\n<body>\n")
                       .arg(QStringLiteral(RULECAST_VERSION), esc(title), QString::fromLatin1(kStyle), esc(language));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
                .arg(esc(reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Rulecast report"))),
                     esc(reportText(QT_TRANSLATE_NOOP("ReportText", "%1, generated %2."))
                             .arg(data.databasePath)
                             .arg(when)
                             .toString()));

    html += QStringLiteral("<nav><ul>\n");
    for (const ReportTable &t : tables)
        if (!t.machineOnly)
            html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(esc(t.id), esc(t.title));
    html += QStringLiteral("</ul></nav>\n");

    for (const ReportTable &t : tables) {
        if (t.machineOnly)
            continue;
        html += tableHtml(t);
        if (t.id == QLatin1String("summary")) {
            const QStringList missing = data.missing();
            if (!missing.isEmpty()) {
                html += QStringLiteral("<h2 id=\"missing\">%1</h2>\n<ul class=\"missing\">\n")
                            .arg(esc(reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Not in the database yet"))));
                for (const QString &m : missing)
                    html += QStringLiteral("<li>%1</li>\n").arg(esc(m));
                html += QStringLiteral("</ul>\n");
            }
        }
        if (t.id == QLatin1String("optimization_metrics") && !data.runLoad.isEmpty()) {
            html += chartSvg(reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Load over the simulated days, before and after")),
                             QSizeF(515, 220),
                             [&](ChartCanvas &c, const QRectF &r) { reportcharts::drawLoadOverTime(c, r, data.runLoad); });
            html += chartSvg(reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Highest load by hour of day, before and after")),
                             QSizeF(515, 220),
                             [&](ChartCanvas &c, const QRectF &r) { reportcharts::drawLoadByHour(c, r, data.runLoad); });
        }
        if (t.id == QLatin1String("calibration") && data.accuracy.validated > 0)
            html += chartSvg(reportPhrase(QT_TRANSLATE_NOOP("ReportText", "Calibration: confidence against what came true")),
                             QSizeF(515, 300),
                             [&](ChartCanvas &c, const QRectF &r) {
                                 reportcharts::drawCalibration(c, r, data.accuracy.score.bins);
                             });
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace rulecast
