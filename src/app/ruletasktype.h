#pragma once

#include <QString>

namespace rulecast {

// The task type a scheduling rule starts: its first enabled action's
// "task_type" (or "type") in action_data, else the rule's name, as imported
// job definitions are named. Shared by prediction and optimization.
QString ruleTaskType(const QString &ruleName, const QString &actionData);

} // namespace rulecast
