#include "crontesterdialog.h"

#include "croneditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace rulecast {

CronTesterDialog::CronTesterDialog(const QTimeZone &zone, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Cron Expression Tester"));
    setObjectName(QStringLiteral("cronTesterDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Type a five-field cron expression (minute hour day-of-month month day-of-week) "
                               "or a macro such as @daily. Rulecast explains it and lists when it fires."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_editor = new CronEditor(this);
    m_editor->setTimeZone(zone);
    m_editor->setExpression(QStringLiteral("30 2 * * 1-5"));
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 480);
}

} // namespace rulecast
