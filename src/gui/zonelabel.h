#pragma once

#include <QString>
#include <QTimeZone>

namespace rulecast {

// A time zone as column headers name it: "UTC" for every spelling of UTC
// (Etc/UTC, Etc/Universal, Zulu, GMT … — what a system configured for UTC
// reports), else the IANA id ("Europe/Berlin"), which says the same in every
// language.
QString zoneLabel(const QTimeZone &zone);

} // namespace rulecast
