#include "../commandregistry.h"

#include "app/settings.h"
#include "core/configkeys.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rulecast::cli {
namespace {

QJsonValue jsonValue(const ConfigKey &k, const QVariant &v)
{
    switch (k.type) {
    case ConfigType::Bool:
        return v.toBool();
    case ConfigType::Int:
        return v.toInt();
    case ConfigType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

int show(CliContext &ctx, const Settings &settings)
{
    const RulecastConfig effective = settings.config();
    const QVariantMap effectiveValues = effective.toValues();
    if (ctx.json()) {
        QJsonObject values;
        QJsonArray details;
        for (const ConfigKey &k : configKeys()) {
            values.insert(k.key, jsonValue(k, settings.value(k.key)));
            QJsonObject d{{QStringLiteral("key"), k.key},
                          {QStringLiteral("value"), jsonValue(k, settings.value(k.key))},
                          {QStringLiteral("effective"), jsonValue(k, effectiveValues.value(k.key))},
                          {QStringLiteral("default"), jsonValue(k, k.defaultValue)},
                          {QStringLiteral("is_default"), settings.isDefault(k.key)},
                          {QStringLiteral("description"), k.description}};
            details.append(d);
        }
        ctx.printJson({{QStringLiteral("settings"), values},
                       {QStringLiteral("details"), details},
                       {QStringLiteral("file"), settings.filePath()}});
        return ExitOk;
    }
    ctx.out() << "Settings file: " << settings.filePath() << "\n\n";
    for (const ConfigKey &k : configKeys()) {
        const QString value = configValueText(k, settings.value(k.key));
        const QString eff = configValueText(k, effectiveValues.value(k.key));
        QString line = k.key.leftJustified(56) + u' ' + (value.isEmpty() ? QStringLiteral("\"\"") : value);
        if (eff != value)
            line += QStringLiteral("  (in effect: %1)").arg(eff);
        if (!settings.isDefault(k.key))
            line += QStringLiteral("  [set]");
        ctx.out() << line << '\n';
        if (ctx.detailed())
            ctx.out() << "    " << k.description << "  Default: "
                      << (configValueText(k, k.defaultValue).isEmpty() ? QStringLiteral("\"\"")
                                                                       : configValueText(k, k.defaultValue))
                      << '\n';
    }
    return ExitOk;
}

int runConfig(CliContext &ctx, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.isEmpty())
        return ctx.usage(QStringLiteral("config: expected 'show', 'set KEY VALUE' or 'reset [KEY]'"));
    Settings settings;
    const QString action = args.first();
    if (action == QLatin1String("show")) {
        if (args.size() != 1)
            return ctx.usage(QStringLiteral("config show takes no arguments"));
        return show(ctx, settings);
    }
    if (action == QLatin1String("set")) {
        if (args.size() != 3)
            return ctx.usage(QStringLiteral("config set: expected KEY VALUE (use \"\" for an empty value)"));
        if (!findConfigKey(args.at(1)))
            return ctx.usage(QStringLiteral("config set: unknown setting '%1' (see 'rulecast-cli config show')")
                                 .arg(args.at(1)));
        if (const Status s = settings.set(args.at(1), args.at(2)); !s)
            return s.error().contains(QLatin1String("cannot write")) ? ctx.fail(s.error())
                                                                     : ctx.usage(QStringLiteral("config set: ") + s.error());
        const ConfigKey *k = findConfigKey(args.at(1));
        if (ctx.json())
            ctx.printJson({{QStringLiteral("key"), k->key}, {QStringLiteral("value"), jsonValue(*k, settings.value(k->key))}});
        else
            ctx.out() << k->key << " = " << configValueText(*k, settings.value(k->key)) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("reset")) {
        if (args.size() == 1) {
            settings.resetToDefaults();
        } else if (args.size() == 2) {
            if (const Status s = settings.reset(args.at(1)); !s)
                return ctx.usage(QStringLiteral("config reset: ") + s.error());
        } else {
            return ctx.usage(QStringLiteral("config reset: expected at most one KEY"));
        }
        if (ctx.json())
            ctx.printJson({{QStringLiteral("reset"), args.size() == 1 ? QStringLiteral("all") : args.at(1)}});
        else
            ctx.out() << (args.size() == 1 ? QStringLiteral("All settings reset to defaults.")
                                           : QStringLiteral("%1 reset to its default.").arg(args.at(1)))
                      << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(QStringLiteral("config: unknown action '%1' (expected show, set or reset)").arg(action));
}

const CommandRegistration registration({
    QStringLiteral("config"),
    QStringLiteral("Show or change the settings the app uses (config show | set KEY VALUE | reset [KEY])."),
    QStringLiteral("show|set KEY VALUE|reset [KEY]"),
    QStringLiteral("  rulecast-cli config show\n"
                   "  rulecast-cli config show --output-format json\n"
                   "  rulecast-cli config set predictive_scheduling.prediction_confidence_threshold 0.8\n"
                   "  rulecast-cli config set display.timezone Europe/Berlin\n"
                   "  rulecast-cli config reset optimization.peak_mitigation_threshold\n"
                   "The settings file is $RULECAST_CONFIG, else rulecast.conf in the configuration folder."),
    nullptr,
    &runConfig,
});

} // namespace
} // namespace rulecast::cli
