#pragma once

#include <QDialog>
#include <QTimeZone>

namespace rulecast {

class CronEditor;

// Tools → Cron Expression Tester: the cron editor on its own, for checking a
// schedule (its meaning, its problems, its next fire times in any zone) before
// putting it in a crontab or a rule.
class CronTesterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CronTesterDialog(const QTimeZone &zone, QWidget *parent = nullptr);
    CronEditor *editor() const { return m_editor; }

private:
    CronEditor *m_editor = nullptr;
};

} // namespace rulecast
