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
// Unavailable when there is no session bus or no Secret Service answers
// (headless machines, CI): qtkeychain would only fail — on a path that
// crashes it as well — so Rulecast reports "no keychain" itself, with
// `detail` saying why. Unknown when qtkeychain would use another backend
// (KWallet under KDE): the caller leaves the decision to qtkeychain.
enum class SecretProbe { Present, Absent, Unavailable, Unknown };

void probeSecretService(QObject *context, const QString &service, const QString &entry,
                        std::function<void(SecretProbe probe, const QString &detail)> done);

} // namespace rulecast::llm
