#include "settings.h"

#include "core/configkeys.h"
#include "core/phrase.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace rulecast {

Settings::Settings() : Settings(defaultFilePath()) {}

Settings::Settings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::defaultFilePath()
{
    const QString env = qEnvironmentVariable("RULECAST_CONFIG");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/rulecast.conf");
}

QString Settings::filePath() const { return m_settings->fileName(); }

QVariant Settings::value(const QString &key) const
{
    const ConfigKey *k = findConfigKey(key);
    if (!k)
        return {};
    if (!m_settings->contains(key))
        return k->defaultValue;
    // Values in the file were validated when written, but the file may have
    // been edited by hand: an invalid one falls back to the default.
    const Result<QVariant> parsed = parseConfigValue(*k, m_settings->value(key).toString());
    return parsed ? parsed.value() : k->defaultValue;
}

bool Settings::isDefault(const QString &key) const { return !m_settings->contains(key); }

Status Settings::set(const QString &key, const QString &text)
{
    const ConfigKey *k = findConfigKey(key);
    if (!k)
        return Status::failure(phrase("Settings", QT_TRANSLATE_NOOP("Settings", "unknown setting '%1' (see 'rulecast-cli config show')")).arg(key));
    const Result<QVariant> parsed = parseConfigValue(*k, text);
    if (!parsed)
        return Status::failure(parsed.error());
    m_settings->setValue(key, configValueText(*k, parsed.value()));
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Status::failure(phrase("Settings", QT_TRANSLATE_NOOP("Settings", "%1: cannot write the settings file")).arg(filePath()));
    return Status::success();
}

Status Settings::reset(const QString &key)
{
    if (!findConfigKey(key))
        return Status::failure(phrase("Settings", QT_TRANSLATE_NOOP("Settings", "unknown setting '%1'")).arg(key));
    m_settings->remove(key);
    m_settings->sync();
    return Status::success();
}

void Settings::resetToDefaults()
{
    m_settings->clear();
    m_settings->sync();
}

RulecastConfig Settings::config() const
{
    QVariantMap values;
    for (const ConfigKey &k : configKeys())
        values.insert(k.key, value(k.key));
    RulecastConfig c = RulecastConfig::fromValues(values);
    if (const QString url = qEnvironmentVariable("OLLAMA_URL"); !url.isEmpty())
        c.llm.ollamaUrl = url;
    if (const QString url = qEnvironmentVariable("OPENAI_BASE_URL"); !url.isEmpty())
        c.llm.openAiBaseUrl = url;
    if (c.capacity.concurrentSlots <= 0)
        c.capacity.concurrentSlots = machineCores();
    if (c.capacity.cpuPercent <= 0)
        c.capacity.cpuPercent = 100.0 * machineCores();
    if (c.capacity.memoryMb <= 0)
        c.capacity.memoryMb = machineMemoryMb();
    return c;
}

int machineCores() { return qMax(1, QThread::idealThreadCount()); }

double machineMemoryMb()
{
    // /proc/meminfo on Linux; a conservative 8 GiB where it cannot be read.
    QFile f(QStringLiteral("/proc/meminfo"));
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            if (line.startsWith("MemTotal:")) {
                const QList<QByteArray> parts = line.simplified().split(' ');
                if (parts.size() >= 2)
                    return parts.at(1).toDouble() / 1024.0;
            }
        }
    }
    return 8192.0;
}

} // namespace rulecast
