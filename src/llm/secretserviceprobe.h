#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace rulecast::llm {

// Whether the freedesktop Secret Service holds the entry qtkeychain would
// read, asked over D-Bus without reading any secret (SearchItems by the
// attributes qtkeychain's libsecret backend stores: user = entry, server =
// service).
//
// Why: qtkeychain 0.13 (Debian 12) crashes when its libsecret backend looks
// up an entry that does not exist — the lookup's callback runs again on freed
// memory, and the next keychain job dies (tests/llm/tst_apikeystore.cpp
// reproduces it). Reading only what the probe found keeps Rulecast off that
// path; a user without a stored key is the common case.
//
// Unknown when there is no session bus or no Secret Service, or when
// qtkeychain would use another backend (KWallet under KDE): the caller then
// leaves the decision to qtkeychain.
enum class SecretProbe { Present, Absent, Unknown };

void probeSecretService(QObject *context, const QString &service, const QString &entry,
                        std::function<void(SecretProbe)> done);

} // namespace rulecast::llm
