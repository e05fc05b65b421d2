#pragma once

#include <QString>

namespace rulecast {

// A task's status is data: banana-bun's values, or whatever an import
// brought. The statuses banana-bun, the importers and the demo write are
// shown in the user's language ("completed" → "abgeschlossen"); any other is
// shown as stored. Filters and searches keep using the stored value.
QString taskStatusLabel(const QString &status);

} // namespace rulecast
