// Compiled into every program that links rulecast_gui (an INTERFACE source,
// see src/gui/CMakeLists.txt): as an object file of the static library it
// would be dropped by the linker, since nothing refers to it.
//
// Before any widget exists, the English plural forms are installed, so a
// program that never calls installTranslations() — the GUI tests — shows
// "1 task" / "2 tasks" rather than "task(s)". The desktop app then installs
// the language the settings ask for, replacing them.
#include "gui/translations.h"

#include <QCoreApplication>

namespace {

void installSourceLanguage()
{
    rulecast::installSourceLanguagePlurals();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installSourceLanguage)
