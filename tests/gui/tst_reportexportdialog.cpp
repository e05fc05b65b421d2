#include "../report/reportfixture.h"

#include "gui/mainwindow.h"
#include "gui/reportexportdialog.h"
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
};

QTEST_MAIN(TestReportExportDialog)
#include "tst_reportexportdialog.moc"
