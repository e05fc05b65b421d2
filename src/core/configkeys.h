#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rulecast {

// Every configuration option Rulecast has, with its type, default and allowed
// range, in one table. The settings dialog, `rulecast-cli config` and the
// typed RulecastConfig are all generated from it, so an option cannot exist
// in one place and be missing in another.
enum class ConfigType { Bool, Int, Double, Choice, Text, Url, TimeZone };

struct ConfigKey
{
    QString key;         // "section.name", the name used by config files and the CLI
    ConfigType type;
    QVariant defaultValue;
    double minimum = 0;  // Int / Double
    double maximum = 0;
    QStringList choices; // Choice
    QString description; // English; configDescription() gives the translated text
};

const QList<ConfigKey> &configKeys();
const ConfigKey *findConfigKey(const QString &key);

// Parses `text` as a value of `key`; the error names the key and what is
// allowed ("optimization.peak_mitigation_threshold: expected a number from 0
// to 1, got '1.5'").
Result<QVariant> parseConfigValue(const ConfigKey &key, const QString &text);

// What `key` accepts, as the error messages say it ("a number from 0 to 1").
QString configRangeText(const ConfigKey &key);
// The description in the user's language (the GUI installs a translator; the
// CLI does not and stays English).
QString configDescription(const ConfigKey &key);

// How a value is written back as text (config show, config files).
QString configValueText(const ConfigKey &key, const QVariant &value);

} // namespace rulecast
