#pragma once

#include <QLoggingCategory>

// "rulecast.llm": one line per HTTP attempt and outcome (method, URL without
// user info, status, milliseconds). Never a header, a body or the API key.
// Enable with QT_LOGGING_RULES="rulecast.llm.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcLlm)
