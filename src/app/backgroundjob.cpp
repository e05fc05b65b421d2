// backgroundjob.h is a template; this file keeps the library non-empty for
// tools that dislike header-only targets and documents the threading rule:
// use cases run off the GUI thread and open their own database connection
// there (Database::connection() is per thread).
#include "backgroundjob.h"
