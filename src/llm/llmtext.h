#pragma once

#include "core/phrase.h"

namespace rulecast::llm {

// The failures this layer reports are shown in the desktop app (the Explain
// dialog, similar-pattern search, rule wording) and printed by the CLI:
// marked with QT_TRANSLATE_NOOP("LanguageModel", …) and rendered through
// phrase(), so the German UI reads them in German and the CLI in English.
inline QString llmPhrase(const char *sourceText, int n = -1)
{
    return phrase("LanguageModel", sourceText, n);
}

} // namespace rulecast::llm
