#include "configkeys.h"

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
        boolKey("predictive_scheduling.enabled", true, "Generate predictions of the coming hours."),
        doubleKey("predictive_scheduling.prediction_confidence_threshold", 0.7, 0, 1,
                  "Predictions below this calibrated confidence are not kept."),
        intKey("predictive_scheduling.max_predictions_per_hour", 10, 1, 1000,
               "At most this many predictions per hour (the most confident are kept)."),
        boolKey("predictive_scheduling.resource_reservation_enabled", true,
                "Turn predictions with confidence >= 0.9 into pending tasks automatically."),
        intKey("predictive_scheduling.prediction_validation_window_hours", 24, 1, 720,
               "Predictions older than this are scored against what actually ran."),
        boolKey("optimization.auto_optimization_enabled", true, "Apply an optimization automatically when it gains >= 5%."),
        intKey("optimization.optimization_frequency_hours", 6, 1, 168, "How often automatic optimization runs."),
        doubleKey("optimization.load_balancing_threshold", 0.8, 0, 1,
                  "Load balancing acts on minutes whose load exceeds this share of capacity."),
        doubleKey("optimization.peak_mitigation_threshold", 0.9, 0, 1,
                  "Peak mitigation tries to keep load below this share of capacity."),
        doubleKey("optimization.resource_efficiency_target", 0.75, 0, 1,
                  "Resource efficiency keeps utilisation near this share of capacity."),
        doubleKey("pattern_detection.min_confidence_threshold", 0.7, 0, 1, "Patterns below this confidence are not reported."),
        intKey("pattern_detection.min_detection_count", 3, 1, 10000,
               "A behaviour must be seen at least this many times to be a pattern."),
        intKey("pattern_detection.analysis_window_days", 30, 1, 3650, "How many days of history an analysis reads."),
        doubleKey("pattern_detection.pattern_similarity_threshold", 0.8, 0, 1,
                  "Default similarity threshold of similar-pattern search."),
        doubleKey("rule_generation.min_pattern_confidence", 0.8, 0, 1, "Only patterns at least this confident become rules."),
        intKey("rule_generation.max_rules_per_pattern", 3, 1, 20, "At most this many rules per pattern."),
        choiceKey("rule_generation.conflict_resolution_strategy", "priority",
                  S{QStringLiteral("priority"), QStringLiteral("merge"), QStringLiteral("disable_lower")},
                  "How conflicts between rules are resolved."),
        textKey("llm.ollama_url", ConfigType::Url, "http://localhost:11434",
                "Ollama server (the OLLAMA_URL environment variable overrides it)."),
        textKey("llm.ollama_model", ConfigType::Text, "qwen3:8b", "Ollama chat model."),
        textKey("llm.ollama_embedding_model", ConfigType::Text, "nomic-embed-text", "Ollama embedding model."),
        textKey("llm.openai_base_url", ConfigType::Url, "https://api.openai.com/v1",
                "OpenAI-compatible API (OPENAI_BASE_URL overrides it; the key comes only from OPENAI_API_KEY or the keychain)."),
        textKey("llm.openai_model", ConfigType::Text, "gpt-4o-mini", "OpenAI chat model."),
        textKey("llm.openai_embedding_model", ConfigType::Text, "text-embedding-3-small", "OpenAI embedding model."),
        choiceKey("llm.fallback_strategy", "ollama_first",
                  S{QStringLiteral("ollama_first"), QStringLiteral("openai_first"), QStringLiteral("parallel")},
                  "Which model is asked first when both are configured."),
        intKey("llm.timeout_seconds", 20, 1, 600, "How long to wait for a model's answer."),
        choiceKey("llm.use_model", "auto",
                  S{QStringLiteral("auto"), QStringLiteral("ollama"), QStringLiteral("openai"), QStringLiteral("none")},
                  "Which language model the app asks for rule wording and explanations (none: never ask one). "
                  "rulecast-cli commands use their --use-model option instead."),
        intKey("capacity.concurrent_slots", 0, 0, 100000,
               "Tasks that can run at once in the optimizer's simulation (0: this machine's cores)."),
        doubleKey("capacity.cpu_percent", 0, 0, 1e7, "CPU capacity in percent of one core (0: 100 x this machine's cores)."),
        doubleKey("capacity.memory_mb", 0, 0, 1e9, "Memory capacity in MB (0: this machine's physical memory)."),
        textKey("display.timezone", ConfigType::TimeZone, "",
                "Time zone for display and for analysis by hour and weekday (empty: the system's)."),
        choiceKey("display.language", "", S{QString(), QStringLiteral("en"), QStringLiteral("de")},
                  "Language of the user interface (empty: the system's)."),
    };
}

QString rangeText(const ConfigKey &k)
{
    return QStringLiteral("%1 to %2").arg(k.minimum).arg(k.maximum);
}

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

Result<QVariant> parseConfigValue(const ConfigKey &key, const QString &text)
{
    const QString t = text.trimmed();
    auto bad = [&](const QString &expected) {
        return Result<QVariant>::failure(QStringLiteral("%1: expected %2, got '%3'").arg(key.key, expected, text));
    };
    switch (key.type) {
    case ConfigType::Bool: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("yes") || l == QLatin1String("on"))
            return QVariant(true);
        if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("no") || l == QLatin1String("off"))
            return QVariant(false);
        return bad(QStringLiteral("true or false"));
    }
    case ConfigType::Int: {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (!ok || v < key.minimum || v > key.maximum)
            return bad(QStringLiteral("a whole number from ") + rangeText(key));
        return QVariant(int(v));
    }
    case ConfigType::Double: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !(v >= key.minimum && v <= key.maximum))
            return bad(QStringLiteral("a number from ") + rangeText(key));
        return QVariant(v);
    }
    case ConfigType::Choice:
        if (!key.choices.contains(t)) {
            QStringList shown;
            for (const QString &c : key.choices)
                shown << (c.isEmpty() ? QStringLiteral("\"\" (system default)") : c);
            return bad(QStringLiteral("one of ") + shown.join(QStringLiteral(", ")));
        }
        return QVariant(t);
    case ConfigType::Url: {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return bad(QStringLiteral("an http:// or https:// URL"));
        return QVariant(t);
    }
    case ConfigType::TimeZone:
        if (!t.isEmpty() && !QTimeZone(t.toUtf8()).isValid())
            return bad(QStringLiteral("an IANA time zone such as Europe/Berlin, or empty for the system's zone"));
        return QVariant(t);
    case ConfigType::Text:
        if (t.isEmpty())
            return bad(QStringLiteral("a non-empty text"));
        return QVariant(t);
    }
    return bad(QStringLiteral("a valid value"));
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
