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
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
