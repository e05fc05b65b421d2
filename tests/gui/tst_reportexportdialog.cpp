#include "../report/reportfixture.h"

#include "gui/mainwindow.h"
#include "gui/reportexportdialog.h"
#include "gui/translations.h"
#include "report/pdftext.h"
#include "testsupport/testsupport.h"

#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

class TestReportExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TempDatabase m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("gui.conf")).toUtf8());
        ReportFixture fixture;
        fixture.build(m_db.path());
    }

    void formatFollowsTheFileType()
    {
        ReportExportDialog dialog(nullptr, QStringLiteral("x-report"));
        QCOMPARE(dialog.format(), ReportFormat::Pdf);
        QVERIFY(dialog.filePath().endsWith(QLatin1String("x-report.pdf")));
        dialog.setFormat(ReportFormat::Csv);
        QCOMPARE(dialog.format(), ReportFormat::Csv);
        dialog.selectFile(m_dir.filePath(QStringLiteral("plain")));
        QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("plain.csv")));
    }

    void exportFromTheFileMenu()
    {
        MainWindow w;
        QVERIFY(w.openDatabase(m_db.path()));
        w.show();
        auto *action = w.findChild<QAction *>(QStringLiteral("actionExportReport"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QSignalSpy finished(&w, &MainWindow::jobFinished);
        action->trigger();
        auto *dialog = w.findChild<ReportExportDialog *>(QStringLiteral("reportExportDialog"));
        QVERIFY(dialog);
        dialog->setFormat(ReportFormat::Html);
        const QString path = m_dir.filePath(QStringLiteral("menu.html"));
        dialog->selectFile(path);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QVERIFY(w.isJobRunning()); // off the GUI thread: the window keeps running
        QVERIFY(!action->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(action->isEnabled());
        QVERIFY(fileBytes(path).startsWith("<!DOCTYPE html>"));
        QVERIFY(fileBytes(path).contains("<svg "));
    }

    void pdfAndFailure()
    {
        MainWindow w;
        QVERIFY(w.openDatabase(m_db.path()));
        QSignalSpy finished(&w, &MainWindow::jobFinished);
        const QString pdf = m_dir.filePath(QStringLiteral("window.pdf"));
        w.startReportExport(ReportFormat::Pdf, pdf);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String(" pages)")));
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));

        const QString nowhere = m_dir.filePath(QStringLiteral("no-folder/r.csv"));
        w.startReportExport(ReportFormat::Csv, nowhere);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY(!finished.at(1).at(0).toBool());
        QVERIFY(finished.at(1).at(1).toString().contains(nowhere));
        QTRY_VERIFY(w.findChild<QMessageBox *>(QStringLiteral("errorBox")));
    }

    // A German session (the real catalogue, as display.language=de installs
    // it): the PDF and HTML are German with German figures, the CSV is the
    // same as from the CLI.
    void germanSession()
    {
        // Back to English when the test ends, also when it fails.
        struct EnglishAgain
        {
            QLocale locale;
            ~EnglishAgain()
            {
                installTranslations(QStringLiteral("en"));
                QLocale::setDefault(locale);
            }
        } englishAgain;
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        MainWindow w;
        QVERIFY(w.openDatabase(m_db.path()));
        QSignalSpy finished(&w, &MainWindow::jobFinished);
        const QString html = m_dir.filePath(QStringLiteral("de.html"));
        const QString pdf = m_dir.filePath(QStringLiteral("de.pdf"));
        const QString csv = m_dir.filePath(QStringLiteral("de.csv"));
        w.startReportExport(ReportFormat::Html, html);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        w.startReportExport(ReportFormat::Pdf, pdf);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        w.startReportExport(ReportFormat::Csv, csv);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        for (const QList<QVariant> &f : std::as_const(finished))
            QVERIFY2(f.at(0).toBool(), qPrintable(f.at(1).toString()));
        QVERIFY2(finished.at(1).at(1).toString().contains(QLatin1String(" Seiten)")), qPrintable(finished.at(1).at(1).toString()));

        const QString page = QString::fromUtf8(fileBytes(html));
        QVERIFY(page.contains(QLatin1String("<html lang=\"de\">")));
        for (const QString &heading : {QStringLiteral("Zusammenfassung"), QStringLiteral("Erkannte Muster"),
                                       QStringLiteral("Planungsregeln"), QStringLiteral("Nächste Vorhersagen"),
                                       QStringLiteral("Letzte Optimierung"), QStringLiteral("Vorher und nachher"),
                                       QStringLiteral("Wie gut Vorhersagen eingetroffen sind"), QStringLiteral("Kalibrierung")})
            QVERIFY2(page.contains(QStringLiteral(">%1</h2>").arg(heading)), qPrintable(heading));
        QVERIFY(page.contains(QStringLiteral("<th class=\"num\">Konfidenz</th>")));
        QVERIFY(page.contains(QStringLiteral("gleichzeitige Läufe</text>"))); // a chart's axis
        QVERIFY(page.contains(QRegularExpression(QStringLiteral("<td>\\d+,\\d %</td>"))));
        QVERIFY(page.contains(QRegularExpression(QStringLiteral("\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d UTC"))));
        QVERIFY(!page.contains(QLatin1String(">Summary</h2>")));
        // Texts other layers build as sentences come in German too: a pattern's
        // "when" and why a rule moved.
        QVERIFY(page.contains(QStringLiteral("<td>täglich um ")));
        QVERIFY(page.contains(QRegularExpression(QStringLiteral("<td>Um \\d+ min verschoben, um "))));

        // The CSV reads as the CLI writes it: English keys, labels and numbers.
        const QString table = QString::fromUtf8(fileBytes(csv));
        QVERIFY(table.startsWith(QLatin1String("section,summary\r\nkey,item,value\r\n")));
        QVERIFY(table.contains(QLatin1String("\r\ntasks,Tasks,")));
        QVERIFY(!table.contains(QLatin1String("Aufgaben")));
        QVERIFY(table.contains(QRegularExpression(QStringLiteral("\r\nhistory_days,Days of history,\\d+(\\.\\d+)?\r\n"))));

        const QString text = pdfText(fileBytes(pdf), m_dir.path());
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed; the HTML was checked");
        QVERIFY(text.contains(QLatin1String("Rulecast-Bericht")));
        QVERIFY(text.contains(QLatin1String("Seite 1")));
        QVERIFY(text.contains(QStringLiteral("Höchste Last nach Tagesstunde")));
        QVERIFY(!text.contains(QLatin1String("Summary")));
    }
};

QTEST_MAIN(TestReportExportDialog)
#include "tst_reportexportdialog.moc"
