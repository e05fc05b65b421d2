#pragma once

#include "core/result.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QAction;
class QPrinter;
class QWidget;
QT_END_NAMESPACE

namespace rulecast {

// The one way a chart offers "Save as PNG…" and "Print…": call this once in
// the chart widget's constructor (any QWidget, QChartView included). The two
// actions become the widget's context menu (Qt::ActionsContextMenu), with
// object names "actionSaveChartPng" and "actionPrintChart". `fileStem`
// suggests the PNG's file name ("load-before-after" → load-before-after.png);
// empty uses the widget's object name.
void installChartExportMenu(QWidget *chart, const QString &fileStem = {});

// The export actions installChartExportMenu() put on `chart`, or nullptr.
QAction *chartSaveAction(const QWidget *chart);
QAction *chartPrintAction(const QWidget *chart);

// Writes `widget` as it looks now to a PNG file (its size times the screen's
// device pixel ratio). The error names the file.
Status saveWidgetPng(QWidget *widget, const QString &path);

// Paints `widget` onto the printer's first page, scaled to fit the printable
// area and keeping its aspect ratio. QChartView and painted widgets stay
// vector graphics on a PDF printer.
Status printWidget(QWidget *widget, QPrinter *printer);

// With dialogs (what the context menu runs): a window-modal file dialog
// (object name "chartPngDialog") / print dialog ("chartPrintDialog") that
// does not block the event loop, then saves / prints; failures are shown in
// a message box.
void saveWidgetPngInteractive(QWidget *widget, const QString &fileStem = {});
void printWidgetInteractive(QWidget *widget);

} // namespace rulecast
