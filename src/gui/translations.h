#pragma once

#include <QString>
#include <QStringList>

namespace rulecast {

// The user interface's language (docs/translations.md). Rulecast's own
// translations are compiled from translations/rulecast_<lang>.ts into the
// binary (:/i18n/rulecast_<lang>.qm); English is the source language and its
// file holds only the plural forms ("1 task" / "2 tasks").
//
// Installs the translators for `language` ("" = the system's language, else
// "en" or "de") in the running application, replacing any installed before,
// and makes that language's locale (or the system's) the default (numbers,
// dates). Widgets built before keep their texts: MainWindowOwner rebuilds the
// window. Qt's own
// German strings (the standard dialogs' buttons) are loaded as well when the
// system has them (qtbase_de.qm, Debian package qt6-translations-l10n).
// Returns the language in effect ("de"; "en" when no translation matched).
QString installTranslations(const QString &language);

// Languages with an embedded translation, e.g. {"de", "en"}.
QStringList availableLanguages();

// Only the English plural forms, unless a translation is installed already;
// the locale stays as it is. Runs at start-up of every program linking the
// GUI library (startup/sourcelanguage.cpp).
void installSourceLanguagePlurals();

// Whether Qt's own translation for the language in effect was found.
bool qtTranslationsLoaded();

} // namespace rulecast
