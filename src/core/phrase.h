#pragma once

#include <QString>

namespace rulecast {

// Text that core and app build for people (a pattern's "when", the reason of
// an optimization change, a prediction's explanation, progress stages, error
// messages) is written in English and marked for translation with
// QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP, then passed through phrase().
//
// phrase() translates through QCoreApplication::translate, so the desktop app
// shows it in the user's language while the CLI (which installs no
// translator) prints English. Text that is stored, exchanged or sent to a
// language model must read the same whatever the language: build it inside an
// EnglishOnly scope. Not named tr(): lupdate would take any call named so for
// one and skip the markers inside it.
QString phrase(const char *context, const char *sourceText, int n = -1);

// English as written, also when a translator is installed. A plural source
// follows Qt's convention, "%n run(s)": "1 run", "2 runs".
QString englishPhrase(const char *sourceText, int n = -1);

// While one exists on a thread, phrase() there returns English. Scopes nest.
class EnglishOnly
{
public:
    EnglishOnly();
    ~EnglishOnly();
    EnglishOnly(const EnglishOnly &) = delete;
    EnglishOnly &operator=(const EnglishOnly &) = delete;

    static bool active();
};

} // namespace rulecast
