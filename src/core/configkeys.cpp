#include "configkeys.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>

namespace rulecast {

namespace {

ConfigKey boolKey(const char *key, bool def, const char *description)
{
    return {QString::fromLatin1(key), ConfigType::Bool, def, 0, 0, {}, QString::fromUtf8(description)};
}
ConfigKey intKey(const char *key, int def, int min, int max, const char *description)
{
    return {QString::fromLatin1(key), ConfigType::Int, def, double(min), double(max), {}, QString::fromUtf8(description)};
}
ConfigKey doubleKey(const char *key, double def, double min, double max, const char *description)
{
    return {QString::fromLatin1(key), ConfigType::Double, def, min, max, {}, QString::fromUtf8(description)};
}
ConfigKey choiceKey(const char *key, const char *def, QStringList choices, const char *description)
{
    return {QString::fromLatin1(key), ConfigType::Choice, QString::fromLatin1(def), 0, 0, std::move(choices),
            QString::fromUtf8(description)};
}
ConfigKey textKey(const char *key, ConfigType type, const char *def, const char *description)
{
    return {QString::fromLatin1(key), type, QString::fromLatin1(def), 0, 0, {}, QString::fromUtf8(description)};
}

QList<ConfigKey> buildKeys()
{
    using S = QStringList;
    return {
        boolKey("predictive_scheduling.enabled", true,
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Generate predictions of the coming hours.")),
        doubleKey("predictive_scheduling.prediction_confidence_threshold", 0.7, 0, 1,
                  QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Predictions below this calibrated confidence are not kept.")),
        intKey("predictive_scheduling.max_predictions_per_hour", 10, 1, 1000,
               QT_TRANSLATE_NOOP("rulecast::ConfigKey", "At most this many predictions per hour (the most confident are kept).")),
        boolKey("predictive_scheduling.resource_reservation_enabled", true,
                QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Turn predictions with confidence >= 0.9 into pending tasks automatically.")),
        intKey("predictive_scheduling.prediction_validation_window_hours", 24, 1, 720,
               QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Predictions older than this are scored against what actually ran.")),
        boolKey("optimization.auto_optimization_enabled", true,
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Apply an optimization automatically when it gains >= 5%.")),
        intKey("optimization.optimization_frequency_hours", 6, 1, 168,
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "How often automatic optimization runs.")),
        doubleKey("optimization.load_balancing_threshold", 0.8, 0, 1,
                  QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Load balancing acts on minutes whose load exceeds this share of capacity.")),
        doubleKey("optimization.peak_mitigation_threshold", 0.9, 0, 1,
                  QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Peak mitigation tries to keep load below this share of capacity.")),
        doubleKey("optimization.resource_efficiency_target", 0.75, 0, 1,
                  QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Resource efficiency keeps utilisation near this share of capacity.")),
        doubleKey("pattern_detection.min_confidence_threshold", 0.7, 0, 1,
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Patterns below this confidence are not reported.")),
        intKey("pattern_detection.min_detection_count", 3, 1, 10000,
               QT_TRANSLATE_NOOP("rulecast::ConfigKey", "A behaviour must be seen at least this many times to be a pattern.")),
        intKey("pattern_detection.analysis_window_days", 30, 1, 3650,
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "How many days of history an analysis reads.")),
        doubleKey("pattern_detection.pattern_similarity_threshold", 0.8, 0, 1,
                  QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Default similarity threshold of similar-pattern search.")),
        doubleKey("rule_generation.min_pattern_confidence", 0.8, 0, 1,
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Only patterns at least this confident become rules.")),
        intKey("rule_generation.max_rules_per_pattern", 3, 1, 20,
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "At most this many rules per pattern.")),
        choiceKey("rule_generation.conflict_resolution_strategy", "priority",
                  S{QStringLiteral("priority"), QStringLiteral("merge"), QStringLiteral("disable_lower")},
                  QT_TRANSLATE_NOOP("rulecast::ConfigKey", "How conflicts between rules are resolved.")),
        textKey("llm.ollama_url", ConfigType::Url, "http://localhost:11434",
                QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Ollama server (the OLLAMA_URL environment variable overrides it).")),
        textKey("llm.ollama_model", ConfigType::Text, "qwen3:8b",
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Ollama chat model.")),
        textKey("llm.ollama_embedding_model", ConfigType::Text, "nomic-embed-text",
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Ollama embedding model.")),
        textKey("llm.openai_base_url", ConfigType::Url, "https://api.openai.com/v1",
                QT_TRANSLATE_NOOP("rulecast::ConfigKey", "OpenAI-compatible API (OPENAI_BASE_URL overrides it; the key comes only from OPENAI_API_KEY or the keychain).")),
        textKey("llm.openai_model", ConfigType::Text, "gpt-4o-mini",
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "OpenAI chat model.")),
        textKey("llm.openai_embedding_model", ConfigType::Text, "text-embedding-3-small",
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "OpenAI embedding model.")),
        choiceKey("llm.fallback_strategy", "ollama_first",
                  S{QStringLiteral("ollama_first"), QStringLiteral("openai_first"), QStringLiteral("parallel")},
                  QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Which model is asked first when both are configured.")),
        intKey("llm.timeout_seconds", 20, 1, 600,
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "How long to wait for a model's answer.")),
        choiceKey("llm.use_model", "auto",
                  S{QStringLiteral("auto"), QStringLiteral("ollama"), QStringLiteral("openai"), QStringLiteral("none")},
                  QT_TRANSLATE_NOOP("rulecast::ConfigKey",
                                    "Which language model the app asks for rule wording and explanations (none: never "
                                    "ask one). rulecast-cli commands use their --use-model option instead.")),
        intKey("capacity.concurrent_slots", 0, 0, 100000,
               QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Tasks that can run at once in the optimizer's simulation (0: this machine's cores).")),
        doubleKey("capacity.cpu_percent", 0, 0, 1e7,
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "CPU capacity in percent of one core (0: 100 x this machine's cores).")),
        doubleKey("capacity.memory_mb", 0, 0, 1e9,
            QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Memory capacity in MB (0: this machine's physical memory).")),
        textKey("display.timezone", ConfigType::TimeZone, "",
                QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Time zone for display and for analysis by hour and weekday (empty: the system's).")),
        choiceKey("display.language", "", S{QString(), QStringLiteral("en"), QStringLiteral("de")},
                  QT_TRANSLATE_NOOP("rulecast::ConfigKey", "Language of the user interface (empty: the system's).")),
    };
}

// Messages are in English for the CLI (which installs no translator) and
// translated for the GUI through the "rulecast::ConfigKey" context.
QString tx(const char *text) { return QCoreApplication::translate("rulecast::ConfigKey", text); }

// 'g' with 15 digits: whole numbers up to 1e15 without an exponent (1e7 is "10000000").
QString number(double v) { return QString::number(v, 'g', 15); }

} // namespace

const QList<ConfigKey> &configKeys()
{
    static const QList<ConfigKey> keys = buildKeys();
    return keys;
}

const ConfigKey *findConfigKey(const QString &key)
{
    for (const ConfigKey &k : configKeys())
        if (k.key == key)
            return &k;
    return nullptr;
}

QString configRangeText(const ConfigKey &key)
{
    switch (key.type) {
    case ConfigType::Bool:
        return tx(QT_TRANSLATE_NOOP("rulecast::ConfigKey", "true or false"));
    case ConfigType::Int:
        return tx(QT_TRANSLATE_NOOP("rulecast::ConfigKey", "a whole number from %1 to %2"))
            .arg(number(key.minimum), number(key.maximum));
    case ConfigType::Double:
        return tx(QT_TRANSLATE_NOOP("rulecast::ConfigKey", "a number from %1 to %2"))
            .arg(number(key.minimum), number(key.maximum));
    case ConfigType::Choice: {
        QStringList shown;
        for (const QString &c : key.choices)
            shown << (c.isEmpty() ? tx(QT_TRANSLATE_NOOP("rulecast::ConfigKey", "\"\" (system default)")) : c);
        return tx(QT_TRANSLATE_NOOP("rulecast::ConfigKey", "one of %1")).arg(shown.join(QStringLiteral(", ")));
    }
    case ConfigType::Url:
        return tx(QT_TRANSLATE_NOOP("rulecast::ConfigKey", "an http:// or https:// URL"));
    case ConfigType::TimeZone:
        return tx(QT_TRANSLATE_NOOP("rulecast::ConfigKey",
                                    "an IANA time zone such as Europe/Berlin, or empty for the system's zone"));
    case ConfigType::Text:
        break;
    }
    return tx(QT_TRANSLATE_NOOP("rulecast::ConfigKey", "a non-empty text"));
}

QString configDescription(const ConfigKey &key)
{
    return tx(key.description.toUtf8().constData());
}

Result<QVariant> parseConfigValue(const ConfigKey &key, const QString &text)
{
    const QString t = text.trimmed();
    auto bad = [&]() {
        return Result<QVariant>::failure(tx(QT_TRANSLATE_NOOP("rulecast::ConfigKey", "%1: expected %2, got '%3'"))
                                             .arg(key.key, configRangeText(key), text));
    };
    switch (key.type) {
    case ConfigType::Bool: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("yes") || l == QLatin1String("on"))
            return QVariant(true);
        if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("no") || l == QLatin1String("off"))
            return QVariant(false);
        return bad();
    }
    case ConfigType::Int: {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (!ok || v < key.minimum || v > key.maximum)
            return bad();
        return QVariant(int(v));
    }
    case ConfigType::Double: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !(v >= key.minimum && v <= key.maximum))
            return bad();
        return QVariant(v);
    }
    case ConfigType::Choice:
        if (!key.choices.contains(t))
            return bad();
        return QVariant(t);
    case ConfigType::Url: {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return bad();
        return QVariant(t);
    }
    case ConfigType::TimeZone:
        if (!t.isEmpty() && !QTimeZone(t.toUtf8()).isValid())
            return bad();
        return QVariant(t);
    case ConfigType::Text:
        if (t.isEmpty())
            return bad();
        return QVariant(t);
    }
    return bad();
}

QString configValueText(const ConfigKey &key, const QVariant &value)
{
    switch (key.type) {
    case ConfigType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ConfigType::Int:
        return QString::number(value.toInt());
    case ConfigType::Double:
        return QString::number(value.toDouble());
    default:
        return value.toString();
    }
}

} // namespace rulecast
