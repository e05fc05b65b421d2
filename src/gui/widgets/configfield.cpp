#include "configfield.h"

#include "app/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeZone>

#include <algorithm>

namespace rulecast {

namespace {

struct Label
{
    const char *key;
    const char *label;
};

// One row per key of the table; tst_settingsdialog fails when a key has none.
// (QT_TRANSLATE_NOOP written out: lupdate does not expand macros.)
const Label kLabels[] = {
    {"predictive_scheduling.enabled", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Generate predictions")},
    {"predictive_scheduling.prediction_confidence_threshold",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Minimum confidence")},
    {"predictive_scheduling.max_predictions_per_hour",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Predictions per hour at most")},
    {"predictive_scheduling.resource_reservation_enabled",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Reserve resources for confident predictions")},
    {"predictive_scheduling.prediction_validation_window_hours",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Validation window (hours)")},
    {"optimization.auto_optimization_enabled", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Optimize automatically")},
    {"optimization.optimization_frequency_hours",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Optimization interval (hours)")},
    {"optimization.load_balancing_threshold", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Load balancing threshold")},
    {"optimization.peak_mitigation_threshold", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Peak mitigation threshold")},
    {"optimization.resource_efficiency_target",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Resource efficiency target")},
    {"pattern_detection.min_confidence_threshold", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Minimum confidence")},
    {"pattern_detection.min_detection_count", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Minimum detections")},
    {"pattern_detection.analysis_window_days", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Analysis window (days)")},
    {"pattern_detection.pattern_similarity_threshold",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Similarity threshold")},
    {"rule_generation.min_pattern_confidence",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Minimum pattern confidence")},
    {"rule_generation.max_rules_per_pattern", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Rules per pattern at most")},
    {"rule_generation.conflict_resolution_strategy", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Conflict resolution")},
    {"llm.ollama_url", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Ollama server URL")},
    {"llm.ollama_model", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Ollama chat model")},
    {"llm.ollama_embedding_model", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Ollama embedding model")},
    {"llm.openai_base_url", QT_TRANSLATE_NOOP("rulecast::ConfigField", "OpenAI API URL")},
    {"llm.openai_model", QT_TRANSLATE_NOOP("rulecast::ConfigField", "OpenAI chat model")},
    {"llm.openai_embedding_model", QT_TRANSLATE_NOOP("rulecast::ConfigField", "OpenAI embedding model")},
    {"llm.fallback_strategy", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Order of the models")},
    {"llm.timeout_seconds", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Timeout (seconds)")},
    {"llm.use_model", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Model the app asks")},
    {"capacity.concurrent_slots", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Concurrent tasks")},
    {"capacity.cpu_percent", QT_TRANSLATE_NOOP("rulecast::ConfigField", "CPU (percent of one core)")},
    {"capacity.memory_mb", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Memory (MB)")},
    {"display.timezone", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Time zone")},
    {"display.language", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Language")},
};

const Label kSections[] = {
    {"predictive_scheduling", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Predictions")},
    {"optimization", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Optimization")},
    {"pattern_detection", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Pattern Detection")},
    {"rule_generation", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Rule Generation")},
    {"llm", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Language Models")},
    {"capacity", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Capacity")},
    {"display", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Display")},
};

const Label kChoices[] = {
    {"rule_generation.conflict_resolution_strategy=priority",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Move the lower-priority rule later")},
    {"rule_generation.conflict_resolution_strategy=merge",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Run the lower-priority rule after the other")},
    {"rule_generation.conflict_resolution_strategy=disable_lower",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Disable the lower-priority rule")},
    {"llm.fallback_strategy=ollama_first", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Ollama first, then OpenAI")},
    {"llm.fallback_strategy=openai_first", QT_TRANSLATE_NOOP("rulecast::ConfigField", "OpenAI first, then Ollama")},
    {"llm.fallback_strategy=parallel",
     QT_TRANSLATE_NOOP("rulecast::ConfigField", "Both at once, the first answer wins")},
    {"llm.use_model=auto", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Whichever is configured")},
    {"llm.use_model=ollama", QT_TRANSLATE_NOOP("rulecast::ConfigField", "Ollama only")},
    {"llm.use_model=openai", QT_TRANSLATE_NOOP("rulecast::ConfigField", "OpenAI only")},
    {"llm.use_model=none", QT_TRANSLATE_NOOP("rulecast::ConfigField", "None (never ask a model)")},
};

QString translated(const char *text) { return QCoreApplication::translate("rulecast::ConfigField", text); }

template <size_t N>
const char *lookup(const Label (&table)[N], const QString &key)
{
    for (const Label &l : table)
        if (key == QLatin1String(l.key))
            return l.label;
    return nullptr;
}

// The endonym: a language is listed in its own language, so a user who
// cannot read the current one still finds theirs.
QString languageName(const QString &code)
{
    return QLocale(code).nativeLanguageName();
}

// Capacity keys take 0 for "this machine"; the spin box says what that is here.
QString zeroMeaning(const QString &key)
{
    const QLocale locale;
    if (key == QLatin1String("capacity.concurrent_slots"))
        return ConfigField::tr("This machine (%n core(s))", nullptr, machineCores());
    if (key == QLatin1String("capacity.cpu_percent"))
        return ConfigField::tr("This machine (%1 %)").arg(locale.toString(100 * machineCores()));
    if (key == QLatin1String("capacity.memory_mb"))
        return ConfigField::tr("This machine (%1 MB)").arg(locale.toString(machineMemoryMb(), 'f', 0));
    return {};
}

QString systemZoneLabel()
{
    return ConfigField::tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
}

} // namespace

ConfigField::ConfigField(const ConfigKey &key, QWidget *parent) : QObject(parent), m_key(&key)
{
    const QString def = defaultText();
    switch (key.type) {
    case ConfigType::Bool: {
        auto *box = new QCheckBox(label(), parent);
        connect(box, &QCheckBox::toggled, this, &ConfigField::changed);
        m_widget = box;
        break;
    }
    case ConfigType::Int: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(key.minimum), int(key.maximum));
        spin->setSpecialValueText(key.minimum == 0 ? zeroMeaning(key.key) : QString());
        spin->setGroupSeparatorShown(key.maximum >= 10000);
        connect(spin, &QSpinBox::valueChanged, this, &ConfigField::changed);
        m_widget = spin;
        break;
    }
    case ConfigType::Double: {
        auto *spin = new QDoubleSpinBox(parent);
        // Shares of capacity and confidences (0 … 1) get three decimals, so
        // any value written with `config set` shows unrounded; capacities one.
        const bool share = key.maximum <= 1;
        spin->setDecimals(share ? 3 : 1);
        spin->setSingleStep(share ? 0.05 : 10);
        spin->setRange(key.minimum, key.maximum);
        spin->setSpecialValueText(key.minimum == 0 ? zeroMeaning(key.key) : QString());
        spin->setGroupSeparatorShown(!share);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ConfigField::changed);
        m_widget = spin;
        break;
    }
    case ConfigType::Choice: {
        auto *combo = new QComboBox(parent);
        for (const QString &choice : key.choices)
            combo->addItem(choiceLabel(key, choice), choice);
        connect(combo, &QComboBox::currentIndexChanged, this, &ConfigField::changed);
        m_widget = combo;
        break;
    }
    case ConfigType::TimeZone: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(systemZoneLabel(), QString());
        QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        std::sort(ids.begin(), ids.end());
        for (const QByteArray &id : std::as_const(ids))
            combo->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->lineEdit()->setPlaceholderText(tr("e.g. Europe/Berlin"));
        connect(combo, &QComboBox::currentTextChanged, this, &ConfigField::changed);
        m_widget = combo;
        break;
    }
    case ConfigType::Url:
    case ConfigType::Text: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(def);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, &ConfigField::changed);
        m_widget = edit;
        break;
    }
    }
    // The key name is the object name: tests and the documentation find each
    // editor by the name `rulecast-cli config` uses.
    m_widget->setObjectName(key.key);
    m_widget->setToolTip(toolTip());
    m_widget->setWhatsThis(toolTip());
    setText(def);
}

QString ConfigField::label() const { return labelFor(m_key->key); }

QString ConfigField::labelFor(const QString &key)
{
    const char *l = lookup(kLabels, key);
    return l ? translated(l) : key;
}

QString ConfigField::sectionTitle(const QString &section)
{
    const char *l = lookup(kSections, section);
    return l ? translated(l) : section;
}

QString ConfigField::choiceLabel(const ConfigKey &key, const QString &choice)
{
    if (key.key == QLatin1String("display.language")) {
        if (!choice.isEmpty())
            return languageName(choice);
        const QString system = QLocale::system().nativeLanguageName(); // empty for the C locale
        return system.isEmpty() ? tr("System language") : tr("System language (%1)").arg(system);
    }
    const char *l = lookup(kChoices, key.key + u'=' + choice);
    return l ? translated(l) : choice;
}

QString ConfigField::text() const
{
    switch (m_key->type) {
    case ConfigType::Bool:
        return configValueText(*m_key, static_cast<QCheckBox *>(m_widget)->isChecked());
    case ConfigType::Int:
        return configValueText(*m_key, static_cast<QSpinBox *>(m_widget)->value());
    case ConfigType::Double:
        return configValueText(*m_key, static_cast<QDoubleSpinBox *>(m_widget)->value());
    case ConfigType::Choice:
        return static_cast<QComboBox *>(m_widget)->currentData().toString();
    case ConfigType::TimeZone: {
        auto *combo = static_cast<QComboBox *>(m_widget);
        const QString shown = combo->currentText().trimmed();
        return shown == combo->itemText(0) ? QString() : shown;
    }
    case ConfigType::Url:
    case ConfigType::Text:
        return static_cast<QLineEdit *>(m_widget)->text().trimmed();
    }
    return {};
}

void ConfigField::setText(const QString &text)
{
    const Result<QVariant> parsed = parseConfigValue(*m_key, text);
    const QVariant value = parsed ? parsed.value() : m_key->defaultValue;
    switch (m_key->type) {
    case ConfigType::Bool:
        static_cast<QCheckBox *>(m_widget)->setChecked(value.toBool());
        break;
    case ConfigType::Int:
        static_cast<QSpinBox *>(m_widget)->setValue(value.toInt());
        break;
    case ConfigType::Double:
        static_cast<QDoubleSpinBox *>(m_widget)->setValue(value.toDouble());
        break;
    case ConfigType::Choice: {
        auto *combo = static_cast<QComboBox *>(m_widget);
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        break;
    }
    case ConfigType::TimeZone: {
        auto *combo = static_cast<QComboBox *>(m_widget);
        // An invalid zone is shown as typed, so the error names what is wrong.
        const QString shown = parsed ? value.toString() : text;
        if (shown.isEmpty())
            combo->setCurrentIndex(0);
        else
            combo->setCurrentText(shown);
        break;
    }
    case ConfigType::Url:
    case ConfigType::Text:
        static_cast<QLineEdit *>(m_widget)->setText(parsed ? value.toString() : text);
        break;
    }
}

QString ConfigField::defaultText() const { return configValueText(*m_key, m_key->defaultValue); }

QString ConfigField::error() const
{
    const Result<QVariant> parsed = parseConfigValue(*m_key, text());
    return parsed ? QString() : parsed.error();
}

QString ConfigField::displayText(const QString &text) const
{
    switch (m_key->type) {
    case ConfigType::Bool:
        return text == QLatin1String("true") ? tr("on") : tr("off");
    case ConfigType::Choice:
        return choiceLabel(*m_key, text);
    case ConfigType::TimeZone:
        return text.isEmpty() ? systemZoneLabel() : text;
    case ConfigType::Int:
    case ConfigType::Double:
        if (m_key->minimum == 0 && text.toDouble() == 0 && !zeroMeaning(m_key->key).isEmpty())
            return zeroMeaning(m_key->key);
        return QLocale().toString(text.toDouble(), 'g', 15);
    case ConfigType::Url:
    case ConfigType::Text:
        break;
    }
    return text;
}

QString ConfigField::toolTip() const
{
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p><tt>%3</tt><br/>%4<br/>%5</p>")
        .arg(label().toHtmlEscaped(), configDescription(*m_key).toHtmlEscaped(), m_key->key,
             tr("Default: %1").arg(displayText(defaultText()).toHtmlEscaped()),
             tr("Allowed: %1").arg(configRangeText(*m_key).toHtmlEscaped()));
}

} // namespace rulecast
