#include "../commandregistry.h"

#include "app/resourcesampler.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace rulecast::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("interval"),
                      QStringLiteral("Seconds between samples; each sample is the average over its interval "
                                     "(1-3600, default 60)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("count"),
                      QStringLiteral("Samples to take (0 = until interrupted; default 1)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("proc"), QStringLiteral("Where /proc is mounted (default /proc)."),
                      QStringLiteral("DIR")});
}

QJsonValue figure(double v)
{
    return std::isfinite(v) ? QJsonValue(std::round(v * 100.0) / 100.0) : QJsonValue(QJsonValue::Null);
}

QString text(double v, const char *unit)
{
    return std::isfinite(v) ? QString::number(v, 'f', 1) + QLatin1Char(' ') + QLatin1String(unit) : QStringLiteral("-");
}

int runSampleResourcesCommand(CliContext &ctx, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() > 1)
        return ctx.usage(
            QStringLiteral("sample-resources takes no arguments, got '%1'").arg(parser.positionalArguments().at(1)));
    const std::optional<qint64> interval = ctx.intOption(parser, QStringLiteral("interval"), 1, 3600, 60);
    if (!interval)
        return ExitUsage;
    const std::optional<qint64> count = ctx.intOption(parser, QStringLiteral("count"), 0, 1000000, 1);
    if (!count)
        return ExitUsage;
    if (*count == 0 && ctx.json())
        return ctx.usage(QStringLiteral("--count 0 samples until interrupted; with --output-format json give a count"));

    SampleRequest request;
    request.databasePath = ctx.dbPath;
    request.intervalSeconds = int(*interval);
    request.count = int(*count);
    if (parser.isSet(QStringLiteral("proc")))
        request.procRoot = parser.value(QStringLiteral("proc"));
    QJsonArray samples;
    request.onSample = [&](const ResourceSample &s) {
        if (ctx.json()) {
            samples.append(QJsonObject{{QStringLiteral("host"), s.host},
                                       {QStringLiteral("sampled_at"), timeformat::toIsoUtc(s.sampledAt)},
                                       {QStringLiteral("cpu_percent"), figure(s.cpuPercent)},
                                       {QStringLiteral("memory_mb"), figure(s.memoryMb)},
                                       {QStringLiteral("disk_io_mbps"), figure(s.diskIoMbps)},
                                       {QStringLiteral("network_mbps"), figure(s.networkMbps)}});
            return;
        }
        // One line per sample as it is stored, so a long run shows its progress.
        ctx.out() << timeformat::toIsoUtc(s.sampledAt) << "  cpu " << text(s.cpuPercent, "%") << "  memory "
                  << text(s.memoryMb, "MB") << "  disk " << text(s.diskIoMbps, "MB/s") << "  network "
                  << text(s.networkMbps, "Mbit/s") << Qt::endl;
    };
    if (!ctx.json())
        ctx.info(QStringLiteral("sampling %1 every %2 s into %3")
                     .arg(*count == 0 ? QStringLiteral("until interrupted") : QStringLiteral("%1 times").arg(*count))
                     .arg(*interval)
                     .arg(ctx.dbPath));
    const Result<SampleSummary> summary = runSampler(request);
    if (!summary)
        return ctx.fail(summary.error());
    if (ctx.json())
        ctx.printJson({{QStringLiteral("database"), ctx.dbPath},
                       {QStringLiteral("interval_seconds"), int(*interval)},
                       {QStringLiteral("stored"), summary->stored},
                       {QStringLiteral("samples"), samples}});
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("sample-resources"),
    QStringLiteral("Measure this machine's CPU, memory, disk I/O and network from /proc into resource_samples."),
    QStringLiteral("[--interval S] [--count N] [--proc DIR]"),
    QStringLiteral("  rulecast-cli sample-resources --interval 5 --count 3\n"
                   "  rulecast-cli sample-resources --count 0      # every minute until Ctrl+C\n"
                   "  rulecast-cli sample-resources --count 2 --interval 1 --output-format json"),
    &configure,
    &runSampleResourcesCommand,
});

} // namespace
} // namespace rulecast::cli
