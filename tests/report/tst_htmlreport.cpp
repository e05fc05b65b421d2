#include "report/htmlreport.h"
#include "report/reportfixture.h"
#include "report/reporttables.h"

#include "testsupport/taskrows.h"
#include "testsupport/testsupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

class TestHtmlReport : public QObject
{
    Q_OBJECT

private:
    static ReportData gather(const QString &path)
    {
        ReportRequest request;
        request.databasePath = path;
        request.now = ReportFixture::kNow;
        Result<ReportData> data = gatherReportData(request);
        return data ? *data : ReportData{};
    }

private Q_SLOTS:
    void holdsTheFiguresAndCharts()
    {
        TempDatabase tmp;
        ReportFixture fixture;
        fixture.build(tmp.path());
        const ReportData data = gather(tmp.path());
        const QString html = QString::fromUtf8(htmlReport(data, reportTables(data)));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
        // Self-contained: no scripts, no external files.
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("src=")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        // One anchor per section people read.
        for (const QString &id : reportSectionIds(reportTables(data), false))
            QVERIFY2(html.contains(QStringLiteral("<h2 id=\"%1\">").arg(id)), qPrintable(id));
        QVERIFY(!html.contains(QLatin1String("id=\"load_by_minute\"")));

        const ValidateReport &v = *fixture.validation;
        QVERIFY(html.contains(QStringLiteral("<td>Accuracy rate</td><td>%1 %</td>").arg(v.accuracyRate * 100, 0, 'f', 1)));
        QVERIFY(html.contains(QStringLiteral("<td>Brier score (0 is perfect)</td><td>%1</td>").arg(v.score.brier, 0, 'f', 4)));
        QVERIFY(html.contains(QStringLiteral("<td>Tasks</td><td>%1</td>").arg(data.history.tasks)));
        for (const ActivityPattern &p : data.patterns)
            QVERIFY(html.contains(p.describe().toHtmlEscaped()));
        // The load charts and the calibration chart, as inline SVG.
        QCOMPARE(html.count(QLatin1String("<svg ")), 3);
        QCOMPARE(html.count(QLatin1String("</svg>")), 3);
        QVERIFY(html.contains(QLatin1String("<polyline")));
        QVERIFY(html.contains(QLatin1String("Calibration: confidence against what came true")));
    }

    void escapesEverything()
    {
        TempDatabase tmp;
        const QString nasty = QStringLiteral("<script>alert(\"x\")</script> & co");
        QList<TaskRecord> tasks;
        for (int i = 0; i < 5; ++i)
            tasks << makeTask(nasty, ReportFixture::kNow - 86400 * (i + 1));
        QVERIFY(insertTasks(tmp.db(), tasks));
        const ReportData data = gather(tmp.path());
        const QString html = QString::fromUtf8(htmlReport(data, reportTables(data)));
        QVERIFY(!html.contains(nasty));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co")));
    }

    void emptyDatabase()
    {
        TempDatabase tmp;
        const ReportData data = gather(tmp.path());
        const QString html = QString::fromUtf8(htmlReport(data, reportTables(data)));
        QVERIFY(html.contains(QLatin1String("Not in the database yet")));
        QVERIFY(html.contains(QLatin1String("No task history")));
        QVERIFY(html.contains(QLatin1String("No optimization run")));
        QCOMPARE(html.count(QLatin1String("<svg ")), 0);
        QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
    }
};

QTEST_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
