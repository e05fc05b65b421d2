#include "report/pdfreport.h"
#include "report/pdftext.h"
#include "report/reportfixture.h"
#include "report/reporttables.h"

#include "storage/rulerepository.h"
#include "testsupport/testsupport.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

int pageObjects(const QByteArray &pdf)
{
    // Page objects, not the page tree ("/Type /Pages").
    const QRegularExpression page(QStringLiteral("/Type\\s*/Page\\b"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT

private:
    static QByteArray render(const QString &dbPath, int *pages)
    {
        ReportRequest request;
        request.databasePath = dbPath;
        request.now = ReportFixture::kNow;
        const Result<ReportData> data = gatherReportData(request);
        if (!data)
            return {};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result<int> n = writePdfReport(*data, reportTables(*data), &buffer);
        *pages = n ? *n : -1;
        return buffer.data();
    }

private Q_SLOTS:
    void pagesTextAndVectorCharts()
    {
        TempDatabase tmp;
        ReportFixture fixture;
        fixture.build(tmp.path());
        int pages = 0;
        const QByteArray pdf = render(tmp.path(), &pages);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        QCOMPARE(pageObjects(pdf), pages);
        // The charts are paths, never images.
        QVERIFY(!pdf.contains("/Subtype /Image"));
        QVERIFY(!pdf.contains("/Subtype/Image"));

        QTemporaryDir dir;
        const QString text = pdfText(pdf, dir.path());
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed; page count and images were checked");
        // The form feed pdftotext puts between pages: the summary comes first.
        const QStringList pageTexts = text.split(u'\f');
        QVERIFY(pageTexts.first().contains(QLatin1String("Rulecast report")));
        QVERIFY(pageTexts.first().contains(QLatin1String("Summary")));
        QVERIFY(!pageTexts.first().contains(QLatin1String("Detected patterns")));
        const ValidateReport &v = *fixture.validation;
        QVERIFY(pageTexts.first().contains(QStringLiteral("%1 %").arg(v.accuracyRate * 100, 0, 'f', 1)));
        for (const QString &heading : {QStringLiteral("Detected patterns"), QStringLiteral("Scheduling rules"),
                                       QStringLiteral("Next predictions"), QStringLiteral("Last optimization"),
                                       QStringLiteral("Load over the simulated days"), QStringLiteral("Highest load by hour"),
                                       QStringLiteral("How well predictions came true"), QStringLiteral("Calibration: confidence")})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        // Every page has its footer with its number.
        for (int i = 1; i <= pages; ++i)
            QVERIFY2(text.contains(QStringLiteral("page %1").arg(i)), qPrintable(QString::number(i)));
        // Every pattern is listed, even the ones on a later page of the table
        // (tst_reporttables counts the rows): a report in the user's language
        // names each type — its first word here, as a name may wrap in its
        // cell — and never shows the id the CLI's English report keeps.
        for (const ActivityPattern &p : fixture.analysis->analysis.patterns) {
            QVERIFY2(text.contains(patternKindLabel(p.kind).section(u' ', 0, 0)), qPrintable(p.patternType()));
            QVERIFY2(!text.contains(p.patternType()), qPrintable(p.patternType()));
        }
    }

    void longTablesBreakAcrossPages()
    {
        // 120 rules: more than one page of rows, the header repeated on each.
        TempDatabase tmp;
        QList<SchedulingRule> rules;
        for (int i = 0; i < 120; ++i) {
            SchedulingRule r;
            r.name = QStringLiteral("rule number %1").arg(i);
            r.cron = QStringLiteral("%1 %2 * * *").arg(i % 60).arg(i % 24);
            r.taskType = QStringLiteral("type-%1").arg(i);
            rules << r;
        }
        QVERIFY(RuleRepository(tmp.db()).insert(rules, ReportFixture::kNow));
        int pages = 0;
        const QByteArray pdf = render(tmp.path(), &pages);
        QTemporaryDir dir;
        const QString text = pdfText(pdf, dir.path());
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        int pagesWithRules = 0;
        for (const QString &page : text.split(u'\f'))
            if (page.contains(QLatin1String("rule number"))) {
                ++pagesWithRules;
                QVERIFY(page.contains(QLatin1String("Priority"))); // the repeated header
            }
        QVERIFY2(pagesWithRules >= 2, qPrintable(QString::number(pagesWithRules)));
        QVERIFY(text.contains(QLatin1String("rule number 0")));
        QVERIFY(text.contains(QLatin1String("rule number 119")));
    }

    void emptyDatabase()
    {
        TempDatabase tmp;
        int pages = 0;
        const QByteArray pdf = render(tmp.path(), &pages);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pages >= 1);
        QCOMPARE(pageObjects(pdf), pages);
        QTemporaryDir dir;
        const QString text = pdfText(pdf, dir.path());
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.split(u'\f').first().contains(QLatin1String("No task history")));
        QVERIFY(text.contains(QLatin1String("No optimization run")));
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
