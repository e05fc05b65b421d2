#include "report/germansession.h"
#include "report/pdftext.h"
#include "report/reportfixture.h"
#include "report/reportwriter.h"

#include "testsupport/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

class TestReportWriter : public QObject
{
    Q_OBJECT

    TempDatabase m_db;

    ExportReportRequest request(ReportFormat format, const QString &out) const
    {
        ExportReportRequest r;
        r.report.databasePath = m_db.path();
        r.report.now = ReportFixture::kNow;
        r.format = format;
        r.outPath = out;
        return r;
    }

    QByteArray written(ReportFormat format, ReportLanguage language, const QString &dir, const QString &name) const
    {
        ExportReportRequest r = request(format, dir + u'/' + name);
        r.language = language;
        const Result<WrittenReport> w = exportReport(r);
        return w ? fileBytes(r.outPath) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ReportFixture fixture;
        fixture.build(m_db.path());
    }

    void formatNames()
    {
        QCOMPARE(reportFormatNames(), (QStringList{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv")}));
        for (const QString &n : reportFormatNames())
            QCOMPARE(reportFormatName(*reportFormatFromName(n)), n);
        QVERIFY(!reportFormatFromName(QStringLiteral("PDF")));
        QVERIFY(!reportFormatFromName(QStringLiteral("docx")));
    }

    void writesEachFormat()
    {
        QTemporaryDir dir;
        for (const QString &name : reportFormatNames()) {
            const QString path = dir.filePath(QStringLiteral("report.") + name);
            const Result<WrittenReport> w = exportReport(request(*reportFormatFromName(name), path));
            QVERIFY2(w, qPrintable(w.error()));
            QCOMPARE(w->path, path);
            QCOMPARE(w->bytes, QFileInfo(path).size());
            QVERIFY(w->bytes > 1000);
            QVERIFY(w->missing.isEmpty());
            QVERIFY(w->sections.contains(QStringLiteral("calibration")));
            QCOMPARE(w->sections.contains(QStringLiteral("load_by_minute")), name == QLatin1String("csv"));
            QCOMPARE(w->pages > 0, name == QLatin1String("pdf"));
        }
        QVERIFY(fileBytes(dir.filePath(QStringLiteral("report.pdf"))).startsWith("%PDF-"));
        QVERIFY(fileBytes(dir.filePath(QStringLiteral("report.html"))).startsWith("<!DOCTYPE html>"));
        QVERIFY(fileBytes(dir.filePath(QStringLiteral("report.csv"))).startsWith("section,summary\r\n"));
    }

    void failureLeavesTheOldFile()
    {
        QTemporaryDir dir;
        // The target's folder is missing: the error names the file.
        const QString nowhere = dir.filePath(QStringLiteral("missing-folder/report.pdf"));
        Result<WrittenReport> w = exportReport(request(ReportFormat::Pdf, nowhere));
        QVERIFY(!w);
        QVERIFY2(w.error().contains(nowhere), qPrintable(w.error()));
        QVERIFY(!QFile::exists(nowhere));

        // A database that cannot be read: an existing report stays byte for byte.
        const QString out = dir.filePath(QStringLiteral("keep.csv"));
        QFile keep(out);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("previous report\n");
        keep.close();
        const QString junk = dir.filePath(QStringLiteral("junk.db"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write(QByteArray(2048, 'j'));
        j.close();
        ExportReportRequest bad = request(ReportFormat::Csv, out);
        bad.report.databasePath = junk;
        w = exportReport(bad);
        QVERIFY(!w);
        QCOMPARE(fileBytes(out), QByteArray("previous report\n"));
    }

    void replacesAnExistingReport()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("r.html"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        const Result<WrittenReport> w = exportReport(request(ReportFormat::Html, out));
        QVERIFY(w);
        QVERIFY(fileBytes(out).startsWith("<!DOCTYPE html>"));
    }

    void germanSessionWritesGerman()
    {
        QTemporaryDir dir;
        const GermanSession german;
        const QString html = QString::fromUtf8(written(ReportFormat::Html, ReportLanguage::User, dir.path(), QStringLiteral("de.html")));
        QVERIFY(html.contains(QLatin1String("<html lang=\"de\">")));
        QVERIFY(html.contains(QLatin1String("<h1>Rulecast-Bericht</h1>")));
        QVERIFY(html.contains(QLatin1String(">Zusammenfassung</h2>")));
        QVERIFY(html.contains(QLatin1String(">Erkannte Muster</h2>")));
        QVERIFY(html.contains(QStringLiteral("<td>Läufe</td>")));
        // German figures: the generation time, decimal commas, percentages, chart days.
        QVERIFY(html.contains(QLatin1String("21.09.2026 14:13 UTC")));
        QVERIFY(html.contains(QRegularExpression(QStringLiteral("<td class=\"num\">0,\\d{3}</td>"))));
        QVERIFY(html.contains(QRegularExpression(QStringLiteral("<td>\\d+,\\d %</td>"))));
        QVERIFY(html.contains(QRegularExpression(QStringLiteral(">(Mo|Di|Mi|Do|Fr|Sa|So)\\. \\d+\\. \\w+\\.?</text>"))));
        QVERIFY(!html.contains(QLatin1String(">Summary</h2>")));

        const QByteArray pdf = written(ReportFormat::Pdf, ReportLanguage::User, dir.path(), QStringLiteral("de.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = pdfText(pdf, dir.path());
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed; the HTML was checked");
        const QString first = text.split(u'\f').first();
        QVERIFY(first.contains(QLatin1String("Rulecast-Bericht")));
        QVERIFY(first.contains(QLatin1String("Zusammenfassung")));
        QVERIFY(first.contains(QLatin1String("Seite 1")));
        QVERIFY(first.contains(QRegularExpression(QStringLiteral("\\d+,\\d %"))));
        QVERIFY(!first.contains(QLatin1String("page 1")));
        // Pattern types by their German names, and a narrow column breaks
        // between words, never inside one ("Ressourcennut-zung").
        QVERIFY(html.contains(QStringLiteral("<td>täglich wiederkehrend</td>")));
        QVERIFY(!html.contains(QLatin1String("daily_recurring")));
        QVERIFY(text.contains(QLatin1String("wiederkehrend")));
        for (const QString &word : {QStringLiteral("Ressourcennutzung"), QStringLiteral("Aufgabenkorrelation")})
            QVERIFY2(!html.contains(word) || text.contains(word), qPrintable(word));
    }

    void englishIgnoresTheSession()
    {
        // What rulecast-cli writes, byte for byte the same with and without a
        // German translator and locale in the process.
        QTemporaryDir dir;
        const QByteArray plainHtml = written(ReportFormat::Html, ReportLanguage::English, dir.path(), QStringLiteral("a.html"));
        const QByteArray plainPdf = written(ReportFormat::Pdf, ReportLanguage::English, dir.path(), QStringLiteral("a.pdf"));
        QVERIFY(plainHtml.contains("<html lang=\"en\">"));
        QByteArray germanHtml;
        QByteArray germanPdf;
        {
            const GermanSession german;
            germanHtml = written(ReportFormat::Html, ReportLanguage::English, dir.path(), QStringLiteral("b.html"));
            germanPdf = written(ReportFormat::Pdf, ReportLanguage::English, dir.path(), QStringLiteral("b.pdf"));
        }
        QCOMPARE(germanHtml, plainHtml);
        const QString plainText = pdfText(plainPdf, dir.path());
        if (plainText.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed; the HTML was checked");
        QCOMPARE(pdfText(germanPdf, dir.path()), plainText);
    }

    void csvIsTheSameInEveryLanguage()
    {
        QTemporaryDir dir;
        const QByteArray english = written(ReportFormat::Csv, ReportLanguage::English, dir.path(), QStringLiteral("en.csv"));
        QVERIFY(english.startsWith("section,summary\r\n"));
        const GermanSession german;
        QCOMPARE(written(ReportFormat::Csv, ReportLanguage::User, dir.path(), QStringLiteral("de.csv")), english);
        // The missing list the CLI prints stays English too.
        ExportReportRequest r = request(ReportFormat::Csv, dir.filePath(QStringLiteral("x.csv")));
        r.language = ReportLanguage::User;
        r.report.databasePath = dir.filePath(QStringLiteral("empty.db"));
        const Result<WrittenReport> w = exportReport(r);
        QVERIFY2(w, qPrintable(w.error()));
        QVERIFY(!w->missing.isEmpty());
        QVERIFY(w->missing.first().startsWith(QLatin1String("No task history")));
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
