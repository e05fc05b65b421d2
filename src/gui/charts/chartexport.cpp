#include "gui/charts/chartexport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace rulecast {

namespace {

const char *const kSaveName = "actionSaveChartPng";
const char *const kPrintName = "actionPrintChart";
const char *const kStemProperty = "rulecastChartFileStem";

QAction *findAction(const QWidget *chart, const char *name)
{
    if (!chart)
        return nullptr;
    const QList<QAction *> actions = chart->actions();
    for (QAction *a : actions)
        if (a->objectName() == QLatin1String(name))
            return a;
    return nullptr;
}

QString suggestedPath(QWidget *widget, const QString &fileStem)
{
    QString stem = fileStem.isEmpty() ? widget->property(kStemProperty).toString() : fileStem;
    if (stem.isEmpty())
        stem = widget->objectName().isEmpty() ? QStringLiteral("chart") : widget->objectName();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(stem + QStringLiteral(".png"));
}

void showFailure(QWidget *widget, const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, widget->window());
    box->setObjectName(QStringLiteral("chartExportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

void installChartExportMenu(QWidget *chart, const QString &fileStem)
{
    if (!chart || findAction(chart, kSaveName))
        return;
    chart->setProperty(kStemProperty, fileStem);
    auto *save = new QAction(QCoreApplication::translate("ChartExport", "Save as &PNG…"), chart);
    save->setObjectName(QLatin1String(kSaveName));
    save->setToolTip(QCoreApplication::translate("ChartExport", "Save this chart as a PNG image"));
    save->setStatusTip(save->toolTip());
    QObject::connect(save, &QAction::triggered, chart, [chart] { saveWidgetPngInteractive(chart); });
    auto *print = new QAction(QCoreApplication::translate("ChartExport", "&Print…"), chart);
    print->setObjectName(QLatin1String(kPrintName));
    print->setToolTip(QCoreApplication::translate("ChartExport", "Print this chart"));
    print->setStatusTip(print->toolTip());
    QObject::connect(print, &QAction::triggered, chart, [chart] { printWidgetInteractive(chart); });
    chart->addAction(save);
    chart->addAction(print);
    // A QChartView is a scroll area: its viewport forwards the context menu
    // event to it, so the policy of the chart itself decides.
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QAction *chartSaveAction(const QWidget *chart)
{
    return findAction(chart, kSaveName);
}

QAction *chartPrintAction(const QWidget *chart)
{
    return findAction(chart, kPrintName);
}

Status saveWidgetPng(QWidget *widget, const QString &path)
{
    if (!widget)
        return Status::failure(QStringLiteral("%1: there is no chart to save").arg(path));
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull())
        return Status::failure(QStringLiteral("%1: the chart has no size to save").arg(path));
    // QSaveFile: an existing image is replaced only by a complete new one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(pixmap.toImage())) {
        file.cancelWriting();
        return Status::failure(QStringLiteral("%1: cannot write the PNG (%2)").arg(path, writer.errorString()));
    }
    if (!file.commit())
        return Status::failure(QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
    return Status::success();
}

Status printWidget(QWidget *widget, QPrinter *printer)
{
    if (!widget || widget->width() <= 0 || widget->height() <= 0)
        return Status::failure(QStringLiteral("there is no chart to print"));
    QPainter painter;
    if (!painter.begin(printer))
        return Status::failure(QStringLiteral("cannot start printing on %1")
                                   .arg(printer->outputFileName().isEmpty() ? printer->printerName()
                                                                            : printer->outputFileName()));
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const qreal scale = std::min(page.width() / widget->width(), page.height() / widget->height());
    painter.translate((page.width() - widget->width() * scale) / 2, 0);
    painter.scale(scale, scale);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    if (!painter.end())
        return Status::failure(QStringLiteral("printing failed"));
    return Status::success();
}

void saveWidgetPngInteractive(QWidget *widget, const QString &fileStem)
{
    auto *dialog = new QFileDialog(widget->window(), QCoreApplication::translate("ChartExport", "Save Chart as PNG"), suggestedPath(widget, fileStem),
                                   QCoreApplication::translate("ChartExport", "PNG images (*.png)"));
    dialog->setObjectName(QStringLiteral("chartPngDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, widget, [widget](const QString &path) {
        if (const Status s = saveWidgetPng(widget, path); !s)
            showFailure(widget, QCoreApplication::translate("ChartExport", "Cannot save the chart"), s.error());
    });
    dialog->open();
}

void printWidgetInteractive(QWidget *widget)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageOrientation(widget->width() > widget->height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    auto *dialog = new QPrintDialog(printer.get(), widget->window());
    dialog->setObjectName(QStringLiteral("chartPrintDialog"));
    dialog->setWindowTitle(QCoreApplication::translate("ChartExport", "Print Chart"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, widget, [widget, printer] {
        if (const Status s = printWidget(widget, printer.get()); !s)
            showFailure(widget, QCoreApplication::translate("ChartExport", "Cannot print the chart"), s.error());
    });
    dialog->open();
}

} // namespace rulecast
