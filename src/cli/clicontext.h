#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <optional>

namespace rulecast::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

enum class OutputFormat { Table, Json, Detailed };

// What every command receives: the global options already parsed, and the
// one place that writes to stdout / stderr, so `--output-format json` can
// guarantee that stdout holds exactly one JSON document.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err);

    QString dbPath;
    OutputFormat format = OutputFormat::Table;
    bool verbose = false;
    qint64 now = 0; // the wall clock at start, UTC epoch seconds

    bool json() const { return format == OutputFormat::Json; }
    bool detailed() const { return format == OutputFormat::Detailed; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens and migrates the database; on failure prints the one-line error.
    std::optional<Database> openDatabase();

    void printJson(const QJsonObject &object);
    void printJsonLine(const QJsonObject &object); // JSON Lines: compact, one per line
    void warn(const QString &message);             // stderr, always
    void info(const QString &message);             // stderr, only with --verbose
    int fail(const QString &message);              // stderr line, returns ExitFailure
    int usage(const QString &message);             // stderr line, returns ExitUsage

    // Option readers that validate and, on bad input, print a message naming the
    // flag and what is allowed; the caller then returns ExitUsage.
    std::optional<qint64> intOption(const QCommandLineParser &p, const QString &name, qint64 min,
                                    qint64 max, qint64 fallback);
    std::optional<double> doubleOption(const QCommandLineParser &p, const QString &name, double min,
                                       double max, double fallback);
    std::optional<qint64> timeOption(const QCommandLineParser &p, const QString &name, qint64 fallback);
    // Returns nullopt (after printing) unless the value is one of `allowed`.
    std::optional<QString> choiceOption(const QCommandLineParser &p, const QString &name,
                                        const QStringList &allowed, const QString &fallback);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace rulecast::cli
