#pragma once

#include "report/reportdata.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace rulecast {

// One value of a report table and how to write it. The PDF and HTML show it
// for people ("87.3 %", "2026-11-27 09:30 UTC"); the CSV writes it for
// programs ("0.8730", "2026-11-27T09:30:00Z"): the same number either way.
struct ReportCell
{
    enum class Kind { Text, Integer, Number, Rate, Time };
    Kind kind = Kind::Text;
    QVariant value; // QString, qint64, double (NaN: no value) or epoch seconds; null: no value
    int decimals = 2; // Number: digits after the dot

    static ReportCell text(const QString &s) { return {Kind::Text, s, 0}; }
    static ReportCell integer(qint64 n) { return {Kind::Integer, n, 0}; }
    static ReportCell number(double x, int decimals = 2) { return {Kind::Number, x, decimals}; }
    static ReportCell rate(double x) { return {Kind::Rate, x, 4}; } // a share 0..1
    static ReportCell time(qint64 epochSeconds) { return {Kind::Time, epochSeconds, 0}; }
    static ReportCell none(Kind kind) { return {kind, QVariant(), 0}; }

    bool isNumeric() const { return kind != Kind::Text && kind != Kind::Time; }
    bool hasValue() const;
    QString forPeople() const;   // "–" when there is no value
    QString forMachines() const; // empty when there is no value; C locale, dot decimal
};

struct ReportColumn
{
    QString key;   // CSV header (snake_case)
    QString title; // PDF / HTML header
    bool wrap = false;        // long text that may wrap in the PDF
    bool machineOnly = false; // a key column: CSV only
};

// One section of the report as a table: what the PDF and HTML lay out and
// the CSV writes (docs/reports.md lists every table and its columns).
struct ReportTable
{
    QString id;    // stable section id: CSV section name, HTML anchor, CLI JSON
    QString title;
    QString intro; // a sentence above the table (may be empty)
    QString emptyText; // shown instead of an empty table: what is missing
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows;
    bool machineOnly = false; // too long for people (per-minute load): CSV only
    bool isKeyValue = false;  // made by keyValue(): people see "item  value" lines, no header

    // A key-value table: a CSV-only "key" column, then "item" and "value".
    static ReportTable keyValue(const QString &id, const QString &title);
    void addPair(const QString &key, const QString &label, const ReportCell &value);
    // The label as a source marked QT_TRANSLATE_NOOP("ReportText", …), in the current language.
    void addPair(const QString &key, const char *label, const ReportCell &value);
    // Whether a column holds numbers (its first value decides): right-aligned for people.
    bool isNumericColumn(int column) const;
};

// Every table of the report, in report order: summary, missing (CSV only), task_types,
// patterns, rules, rule_conflicts, upcoming_predictions, optimization,
// optimization_metrics, optimization_changes, load_by_hour, load_by_minute
// (CSV only), prediction_accuracy, accuracy_by_type, calibration.
QList<ReportTable> reportTables(const ReportData &data);

// Ids of the tables a renderer writes (machineOnly ones only for the CSV).
QStringList reportSectionIds(const QList<ReportTable> &tables, bool forMachines);

} // namespace rulecast
