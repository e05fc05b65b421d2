#include "llmlog.h"

Q_LOGGING_CATEGORY(lcLlm, "rulecast.llm", QtWarningMsg)
