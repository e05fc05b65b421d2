#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace rulecast::llm {

// Where the OpenAI key came from. The key itself is only ever held in memory:
// never in the settings file, a log, a report or the database.
enum class KeySource { None, Environment, Keychain, Given };
// "none" / "environment" / "keychain" / "given" (passed in by the program, e.g. a test)
QString keySourceId(KeySource source);

struct ApiKey
{
    QString key;
    KeySource source = KeySource::None;
    QString note; // why the keychain gave nothing, when it was asked and failed
};

// OPENAI_API_KEY first; else the system keychain (service "rulecast", entry
// "openai_api_key") when Rulecast was built with qtkeychain. Setting
// RULECAST_NO_KEYCHAIN=1 skips the keychain (tests, CI, scripts that must not
// touch the user's secrets). Keychain access is asynchronous: `done` runs on
// `context`'s thread, which needs a running event loop.
class ApiKeyStore
{
public:
    static bool keychainBuiltIn();
    static bool keychainEnabled(); // built in and not switched off

    static void read(QObject *context, std::function<void(ApiKey)> done);
    // For the settings dialog: store or remove the key in the keychain only
    // (never a plain-text fallback).
    static void store(QObject *context, const QString &key, std::function<void(Status)> done);
    static void remove(QObject *context, std::function<void(Status)> done);

    static const char *const keychainService;
    static const char *const keychainEntry;
};

} // namespace rulecast::llm
