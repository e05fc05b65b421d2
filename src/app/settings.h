#pragma once

#include "core/result.h"
#include "core/rulecastconfig.h"

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace rulecast {

// The one typed settings class (KeePassXC's habit) over an INI file read by
// QSettings. Keys, types, ranges and defaults come from core/configkeys.h.
// The file is $RULECAST_CONFIG, else rulecast.conf in the platform
// configuration folder; tests pass a temporary path.
class Settings
{
public:
    Settings();                              // the user's settings file
    explicit Settings(const QString &filePath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static QString defaultFilePath();
    QString filePath() const;

    // The stored value of `key`, or its default when unset.
    QVariant value(const QString &key) const;
    bool isDefault(const QString &key) const;
    // Validates and stores; the error names the key and what is allowed.
    Status set(const QString &key, const QString &text);
    Status reset(const QString &key);
    void resetToDefaults();

    // The typed configuration with environment overrides (OLLAMA_URL,
    // OPENAI_BASE_URL) applied and capacity 0 ("this machine") resolved.
    RulecastConfig config() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

// This machine's capacity, used where capacity settings are 0.
int machineCores();
double machineMemoryMb();

} // namespace rulecast
