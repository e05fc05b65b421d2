#include "../commandregistry.h"
#include "cronbatch.h"

#include "core/cronexpression.h"
#include "core/crondescription.h"
#include "core/timeformat.h"
#include "core/zoneoffsets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace rulecast::cli {
namespace {

const QString Batch = QStringLiteral("batch");

void configureCron(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("validate, describe or next."));
    parser.addPositionalArgument(QStringLiteral("expression"),
                                 QStringLiteral("A 5-field cron expression or @macro (quote it)."));
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("cron next: list fire times after T (ISO-8601, no offset = UTC; default now)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("cron next: how many fire times, 1-1000 (default 5)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("tz"),
                      QStringLiteral("cron next: the zone whose wall clock the expression reads, an IANA name "
                                     "(default UTC). Times are printed with that zone's offset."),
                      QStringLiteral("ZONE")});
    parser.addOption({Batch,
                      QStringLiteral("cron next: answer many cases, one per line of FILE ('-' = stdin): "
                                     "EXPR<TAB>FROM<TAB>ZONE. Writes JSON Lines, one object per case, in order."),
                      QStringLiteral("FILE")});
}

QJsonObject invalidJson(const QString &expr, const QStringList &errors)
{
    return {{QStringLiteral("expression"), expr},
            {QStringLiteral("valid"), false},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
}

// Parses EXPR or reports why not (JSON on stdout with --output-format json,
// the problems on stderr either way) and returns nullopt.
std::optional<CronExpression> parseOrReport(CliContext &ctx, const QString &expr, const QString &action)
{
    Result<CronExpression> parsed = CronExpression::parse(expr);
    if (parsed)
        return std::move(parsed).value();
    const QStringList errors = CronExpression::validate(expr);
    if (ctx.json()) {
        ctx.printJson(invalidJson(expr, errors));
    } else if (action == QLatin1String("validate")) {
        ctx.out() << "Invalid: " << expr << '\n';
        for (const QString &e : errors)
            ctx.out() << "  " << e << '\n';
    }
    ctx.fail(QStringLiteral("cron %1: '%2' is not a valid cron expression: %3")
                 .arg(action, expr, errors.join(QStringLiteral("; "))));
    return std::nullopt;
}

QString valuesText(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(u',');
}

template <size_t N>
QList<int> setBits(const std::bitset<N> &bits)
{
    QList<int> out;
    for (size_t i = 0; i < N; ++i) {
        if (bits.test(i))
            out << int(i);
    }
    return out;
}

int runValidate(CliContext &ctx, const QString &expr)
{
    const std::optional<CronExpression> e = parseOrReport(ctx, expr, QStringLiteral("validate"));
    if (!e)
        return ExitFailure;
    const QString description = describeCron(*e);
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("expression"), expr},
                       {QStringLiteral("valid"), true},
                       {QStringLiteral("description"), description}});
        return ExitOk;
    }
    ctx.out() << "Valid: " << expr << " (" << description << ")\n";
    if (ctx.detailed()) {
        ctx.out() << "  minute        " << valuesText(setBits(e->minutes())) << '\n'
                  << "  hour          " << valuesText(setBits(e->hours())) << '\n'
                  << "  day-of-month  " << valuesText(setBits(e->daysOfMonth())) << '\n'
                  << "  month         " << valuesText(setBits(e->months())) << '\n'
                  << "  day-of-week   " << valuesText(setBits(e->daysOfWeek())) << " (0 = Sunday)\n";
        if (e->dayOfMonthRestricted() && e->dayOfWeekRestricted())
            ctx.out() << "  Both day fields are restricted: a day matches if either matches.\n";
    }
    return ExitOk;
}

int runDescribe(CliContext &ctx, const QString &expr)
{
    const std::optional<CronExpression> e = parseOrReport(ctx, expr, QStringLiteral("describe"));
    if (!e)
        return ExitFailure;
    const QString description = describeCron(*e);
    if (ctx.json())
        ctx.printJson({{QStringLiteral("expression"), expr}, {QStringLiteral("description"), description}});
    else
        ctx.out() << description << '\n';
    return ExitOk;
}

std::optional<QTimeZone> zoneOption(CliContext &ctx, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("tz")))
        return QTimeZone::utc();
    const QString name = parser.value(QStringLiteral("tz"));
    const QTimeZone zone(name.toUtf8());
    if (!zone.isValid()) {
        ctx.usage(QStringLiteral("--tz: unknown time zone '%1' (expected an IANA name such as UTC, "
                                 "Europe/Berlin or America/New_York)")
                      .arg(name));
        return std::nullopt;
    }
    return zone;
}

int runNext(CliContext &ctx, const QString &expr, qint64 from, int count, const QTimeZone &zone)
{
    const std::optional<CronExpression> e = parseOrReport(ctx, expr, QStringLiteral("next"));
    if (!e)
        return ExitFailure;
    const QList<qint64> times = e->nextN(from, count, zone);
    const ZoneOffsets *offsets = ZoneOffsets::forZone(zone);
    int hint = -1;
    const QString zoneName = QString::fromUtf8(zone.id());
    if (ctx.json()) {
        QJsonArray next;
        for (qint64 t : times)
            next.append(timeformat::toIsoWithOffset(t, offsets->offsetAt(t, hint)));
        ctx.printJson({{QStringLiteral("expression"), expr},
                       {QStringLiteral("timezone"), zoneName},
                       {QStringLiteral("from"), timeformat::toIsoWithOffset(from, offsets->offsetAt(from, hint))},
                       {QStringLiteral("description"), describeCron(*e)},
                       {QStringLiteral("next"), next}});
        return ExitOk;
    }
    static const char *const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    ctx.out() << "Next " << times.size() << " fire time" << (times.size() == 1 ? "" : "s") << " of '" << expr
              << "' (" << describeCron(*e) << ") in " << zoneName << ":\n";
    for (qint64 t : times) {
        const int offset = offsets->offsetAt(t, hint);
        QString iso = timeformat::toIsoWithOffset(t, offset);
        const qint64 localDays = (t + offset - ((t + offset) % 86400 + 86400) % 86400) / 86400;
        iso.replace(10, 1, u' ');
        ctx.out() << "  " << weekdays[(localDays % 7 + 11) % 7] << ' ' << iso.left(16) << ' '
                  << (offset == 0 ? QStringLiteral("+00:00") : iso.mid(19));
        if (ctx.detailed())
            ctx.out() << "   = " << timeformat::toIsoUtc(t);
        ctx.out() << '\n';
    }
    if (times.size() < count)
        ctx.out() << "  (no further fire times)\n";
    return ExitOk;
}

int runBatch(CliContext &ctx, const QString &path, qint64 from, int count, const QTimeZone &zone)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return ctx.fail(QStringLiteral("--batch: cannot read '%1': %2").arg(path, file.errorString()));
    const CronBatchResult result = runCronBatch(file.readAll(), {from, zone, count});
    ctx.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ctx.fail(QStringLiteral("cannot write to stdout"));
    out.write(result.output);
    out.flush();
    ctx.info(QStringLiteral("%1 cases answered").arg(result.cases));
    if (result.malformedLines > 0)
        return ctx.fail(QStringLiteral("--batch %1: %2 of %3 lines were malformed (answered with \"errors\")")
                            .arg(path)
                            .arg(result.malformedLines)
                            .arg(result.cases));
    return ExitOk;
}

int runCron(CliContext &ctx, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.isEmpty())
        return ctx.usage(QStringLiteral("cron: expected an action: validate, describe or next"));
    const QString action = args.first();
    const QStringList known = {QStringLiteral("validate"), QStringLiteral("describe"), QStringLiteral("next")};
    if (!known.contains(action))
        return ctx.usage(QStringLiteral("cron: unknown action '%1' (expected validate, describe or next)").arg(action));
    const bool batch = parser.isSet(Batch);
    if (batch && action != QLatin1String("next"))
        return ctx.usage(QStringLiteral("--batch works with 'cron next' only"));
    if (action != QLatin1String("next")) {
        for (const QString &flag : {QStringLiteral("from"), QStringLiteral("count"), QStringLiteral("tz")}) {
            if (parser.isSet(flag))
                return ctx.usage(QStringLiteral("--%1 works with 'cron next' only").arg(flag));
        }
    }
    // The expression may come quoted as one argument or as its fields.
    const QString expr = args.mid(1).join(u' ');
    if (expr.isEmpty() && !batch)
        return ctx.usage(QStringLiteral("cron %1: expected a cron expression, e.g. '30 2 * * 1-5' (quote it)").arg(action));
    if (!expr.isEmpty() && batch)
        return ctx.usage(QStringLiteral("--batch reads the expressions from FILE; give no EXPR"));

    if (action == QLatin1String("validate"))
        return runValidate(ctx, expr);
    if (action == QLatin1String("describe"))
        return runDescribe(ctx, expr);

    const std::optional<qint64> count = ctx.intOption(parser, QStringLiteral("count"), 1, 1000, 5);
    if (!count)
        return ExitUsage;
    const std::optional<qint64> from = ctx.timeOption(parser, QStringLiteral("from"), ctx.now);
    if (!from)
        return ExitUsage;
    const std::optional<QTimeZone> zone = zoneOption(ctx, parser);
    if (!zone)
        return ExitUsage;
    if (batch)
        return runBatch(ctx, parser.value(Batch), *from, int(*count), *zone);
    return runNext(ctx, expr, *from, int(*count), *zone);
}

const CommandRegistration registration({
    QStringLiteral("cron"),
    QStringLiteral("The cron engine: validate, describe or list the next fire times of an expression."),
    QStringLiteral("validate|describe|next EXPR"),
    QStringLiteral(
        "  rulecast-cli cron validate '*/5 9-17 * * mon-fri'\n"
        "  rulecast-cli cron describe '30 2 * * 1,5'\n"
        "  rulecast-cli cron next '30 2 * * *' --tz Europe/Berlin --from 2027-03-27 --count 3\n"
        "  rulecast-cli --output-format json cron next @daily --tz America/New_York\n"
        "  printf '0 9 * * 1-5\\t2027-01-04T00:00:00Z\\tEurope/Berlin\\n' | rulecast-cli cron next --batch -\n"
        "Fields: minute hour day-of-month month day-of-week; names jan-dec, sun-sat; 0 and 7 are Sunday;\n"
        "macros @yearly @annually @monthly @weekly @daily @midnight @hourly. Times are printed with the\n"
        "zone's offset ('Z' when it is zero). DST policy and the batch format: docs/cron.md.\n"),
    &configureCron,
    &runCron,
});

} // namespace
} // namespace rulecast::cli
