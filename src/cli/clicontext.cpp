#include "clicontext.h"

#include "core/timeformat.h"


namespace rulecast::cli {

CliContext::CliContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

std::optional<Database> CliContext::openDatabase()
{
    Result<Database> db = Database::open(dbPath);
    if (!db) {
        fail(db.error());
        return std::nullopt;
    }
    info(QStringLiteral("database: %1").arg(dbPath));
    return db.value();
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::printJsonLine(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
}

void CliContext::warn(const QString &message)
{
    m_err << "warning: " << message << Qt::endl;
}

void CliContext::info(const QString &message)
{
    if (verbose)
        m_err << message << Qt::endl;
}

int CliContext::fail(const QString &message)
{
    m_err << "error: " << message << Qt::endl;
    return ExitFailure;
}

int CliContext::usage(const QString &message)
{
    m_err << "usage error: " << message << Qt::endl;
    return ExitUsage;
}

std::optional<qint64> CliContext::intOption(const QCommandLineParser &p, const QString &name,
                                            qint64 min, qint64 max, qint64 fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const QString raw = p.value(name);
    const qint64 v = raw.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        usage(QStringLiteral("--%1: expected a whole number from %2 to %3, got '%4'")
                  .arg(name)
                  .arg(min)
                  .arg(max)
                  .arg(raw));
        return std::nullopt;
    }
    return v;
}

std::optional<double> CliContext::doubleOption(const QCommandLineParser &p, const QString &name,
                                               double min, double max, double fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const QString raw = p.value(name);
    const double v = raw.toDouble(&ok);
    if (!ok || !(v >= min && v <= max)) {
        usage(QStringLiteral("--%1: expected a number from %2 to %3, got '%4'")
                  .arg(name)
                  .arg(min)
                  .arg(max)
                  .arg(raw));
        return std::nullopt;
    }
    return v;
}

std::optional<qint64> CliContext::timeOption(const QCommandLineParser &p, const QString &name,
                                             qint64 fallback)
{
    if (!p.isSet(name))
        return fallback;
    const QString raw = p.value(name);
    const std::optional<qint64> t = timeformat::parse(raw);
    if (!t)
        usage(QStringLiteral("--%1: expected an ISO-8601 time (2027-01-04T09:30:00Z, offset optional, "
                             "none means UTC) or a date (2027-01-04), got '%2'")
                  .arg(name, raw));
    return t;
}

std::optional<QString> CliContext::choiceOption(const QCommandLineParser &p, const QString &name,
                                                const QStringList &allowed, const QString &fallback)
{
    if (!p.isSet(name))
        return fallback;
    const QString raw = p.value(name);
    if (!allowed.contains(raw)) {
        usage(QStringLiteral("--%1: expected one of %2, got '%3'").arg(name, allowed.join(u'|'), raw));
        return std::nullopt;
    }
    return raw;
}

} // namespace rulecast::cli
