#pragma once

#include <string_view>

namespace rulecast::importdetail {

// Splits off the next space-delimited word of `rest` (runs of spaces collapse).
std::string_view takeWord(std::string_view &rest);

// The program a cron command runs, as a task type: the basename of the first
// word that is not a variable assignment, skipping `cd DIR &&` / `test`
// preludes and wrappers (nice, ionice, flock, timeout, sh -c ...), so
// `cd /srv && nice -n 10 /usr/bin/rsync -a x y` is "rsync".
std::string_view programOf(std::string_view command);

} // namespace rulecast::importdetail
