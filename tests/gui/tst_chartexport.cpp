#include "gui/charts/calibrationchart.h"
#include "gui/charts/chartexport.h"
#include "gui/charts/dailyvolumechart.h"
#include "gui/charts/heatmapwidget.h"
#include "gui/charts/loadcomparisonchart.h"
#include "gui/charts/loadforecastchart.h"
#include "gui/charts/minuteheatmap.h"
#include "gui/charts/predictiontimeline.h"
#include "gui/mainwindow.h"
#include "gui/views/mainview.h"
#include "testsupport/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QImageReader>
#include <QStandardPaths>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rulecast;

class TestChartExport : public QObject
{
    Q_OBJECT

private:
    static HeatmapWidget *filledHeatmap()
    {
        auto *w = new HeatmapWidget;
        HeatmapWidget::Counts c{};
        for (int i = 0; i < int(c.size()); ++i)
            c[std::size_t(i)] = i % 13;
        w->setCounts(c);
        w->resize(480, 220);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the window's recent files go to a test settings file
    }

    void everyChartHasTheMenu()
    {
        // Each chart installs the menu itself, so every instance in every view has it.
        DailyVolumeChart daily;
        HeatmapWidget heatmap;
        LoadComparisonChart load;
        MinuteHeatmap minutes;
        CalibrationChart calibration;
        LoadForecastChart forecast;
        PredictionTimeline timeline;
        for (QWidget *w : std::initializer_list<QWidget *>{&daily, &heatmap, &load, &minutes, &calibration, &forecast,
                                                            &timeline}) {
            QVERIFY2(chartSaveAction(w), w->metaObject()->className());
            QVERIFY2(chartPrintAction(w), w->metaObject()->className());
            QCOMPARE(w->contextMenuPolicy(), Qt::ActionsContextMenu);
            QCOMPARE(w->actions().size(), 2);
        }
        // Installing twice adds nothing.
        installChartExportMenu(&heatmap);
        QCOMPARE(heatmap.actions().size(), 2);
        QWidget plain;
        QVERIFY(!chartSaveAction(&plain));
    }

    void savePngHasTheWidgetSize()
    {
        QTemporaryDir dir;
        std::unique_ptr<HeatmapWidget> w(filledHeatmap());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QString path = dir.filePath(QStringLiteral("heatmap.png"));
        const Status s = saveWidgetPng(w.get(), path);
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY(QFile(path).size() > 0);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), w->size() * w->devicePixelRatio());
        // Not a blank image: the cells have several colours.
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2) != image.pixelColor(2, 2)
                || image.pixelColor(image.width() / 3, image.height() / 2)
                       != image.pixelColor(image.width() / 2, image.height() / 2));
    }

    void saveActionAsksForTheFile()
    {
        QTemporaryDir dir;
        LoadComparisonChart chart;
        chart.setLoads({0, 1, 2, 3, 2, 1}, {1, 1, 2, 2, 1, 1}, 2, 1767225600);
        chart.resize(400, 240);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QString path = dir.filePath(QStringLiteral("load.png"));
        chartSaveAction(&chart)->trigger();
        auto *dialog = chart.findChild<QFileDialog *>(QStringLiteral("chartPngDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->selectedFiles().value(0).endsWith(QLatin1String("load-before-after.png")));
        dialog->selectFile(path);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_VERIFY(QFile::exists(path));
        const QImage image(path);
        QCOMPARE(image.size(), chart.size() * chart.devicePixelRatio());
    }

    void saveToAnUnwritablePathFailsClearly()
    {
        std::unique_ptr<HeatmapWidget> w(filledHeatmap());
        const QString path = QStringLiteral("/nonexistent-dir/chart.png");
        const Status s = saveWidgetPng(w.get(), path);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(path), qPrintable(s.error()));
    }

    void printWritesAPage()
    {
        QTemporaryDir dir;
        std::unique_ptr<HeatmapWidget> w(filledHeatmap());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        printer.setOutputFileName(path);
        const Status s = printWidget(w.get(), &printer);
        QVERIFY2(s, qPrintable(s.error()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        // One page object (the page tree is "/Type /Pages").
        const QRegularExpression page(QStringLiteral("/Type\\s*/Page\\b"));
        auto it = page.globalMatch(QString::fromLatin1(bytes));
        int pages = 0;
        while (it.hasNext()) {
            it.next();
            ++pages;
        }
        QCOMPARE(pages, 1);
    }

    void filePrintFollowsTheCurrentView()
    {
        test::TempDatabase tmp;
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        auto *print = w.findChild<QAction *>(QStringLiteral("actionPrint"));
        QVERIFY(print);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        // Each view with a main chart enables File → Print…, the others disable it.
        int withChart = 0;
        for (MainView *view : w.views()) {
            w.showView(view);
            QCOMPARE(print->isEnabled(), view->mainChart() != nullptr);
            if (QWidget *chart = view->mainChart()) {
                ++withChart;
                QVERIFY2(chartPrintAction(chart), qPrintable(view->viewId()));
            }
        }
        QVERIFY(withChart >= 2); // history and optimization at least
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
