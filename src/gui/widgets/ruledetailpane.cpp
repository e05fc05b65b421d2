#include "gui/widgets/ruledetailpane.h"

#include "gui/models/ruletablemodel.h"
#include "gui/models/ruletexts.h"
#include "gui/widgets/croneditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rulecast {

RuleDetailPane::RuleDetailPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ruleDetailPane"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("detailText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_conflictList = new QListWidget(this);
    m_conflictList->setObjectName(QStringLiteral("conflictList"));
    m_conflictList->setWordWrap(true);
    m_conflictList->setSelectionMode(QAbstractItemView::NoSelection);
    m_conflictList->setFocusPolicy(Qt::NoFocus);
    auto *infoBox = new QWidget(this);
    auto *infoLayout = new QVBoxLayout(infoBox);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->addWidget(m_title);
    infoLayout->addWidget(m_text);
    infoLayout->addWidget(new QLabel(tr("Conflicts in the next 7 days"), infoBox));
    infoLayout->addWidget(m_conflictList, 1);

    m_cron = new CronEditor(this);
    m_cron->setObjectName(QStringLiteral("ruleCronEditor"));
    m_cron->setTimeZone(QTimeZone::utc()); // rule crons read the UTC clock
    m_cron->setTimeZoneEditable(false);
    m_applyButton = new QPushButton(tr("Apply Schedule"), this);
    m_applyButton->setObjectName(QStringLiteral("applyScheduleButton"));
    m_applyButton->setToolTip(tr("Store the schedule for the selected rule (Enter in the expression)"));
    m_revertButton = new QPushButton(tr("Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertScheduleButton"));
    m_revertButton->setToolTip(tr("Show the stored schedule again"));
    auto *cronBox = new QWidget(this);
    auto *cronLayout = new QVBoxLayout(cronBox);
    cronLayout->setContentsMargins(0, 0, 0, 0);
    cronLayout->addWidget(new QLabel(tr("Schedule (cron on the UTC clock)"), cronBox));
    cronLayout->addWidget(m_cron, 1);
    auto *cronButtons = new QHBoxLayout;
    cronButtons->addStretch(1);
    cronButtons->addWidget(m_revertButton);
    cronButtons->addWidget(m_applyButton);
    cronLayout->addLayout(cronButtons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(infoBox, 3);
    layout->addWidget(cronBox, 2);

    connect(m_applyButton, &QPushButton::clicked, this, &RuleDetailPane::applyRequested);
    connect(m_revertButton, &QPushButton::clicked, this, [this] { m_cron->setExpression(m_shownCron); });
    if (auto *edit = m_cron->findChild<QLineEdit *>(QStringLiteral("cronExpression")))
        connect(edit, &QLineEdit::returnPressed, this, &RuleDetailPane::applyRequested);
    connect(m_cron, &CronEditor::expressionChanged, this, &RuleDetailPane::updateButtons);
    updateButtons();
}

void RuleDetailPane::setDisplayTimeZone(const QTimeZone &zone)
{
    m_cron->setDisplayTimeZone(zone);
}

void RuleDetailPane::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

QString RuleDetailPane::detailText() const
{
    return m_text->text();
}

bool RuleDetailPane::isChanged() const
{
    return m_shownRuleId > 0 && m_cron->expression().trimmed() != m_shownCron;
}

void RuleDetailPane::focusSchedule()
{
    if (auto *edit = m_cron->findChild<QLineEdit *>(QStringLiteral("cronExpression")))
        edit->setFocus();
}

void RuleDetailPane::updateButtons()
{
    const bool editable = m_editable && m_shownRuleId > 0;
    m_applyButton->setEnabled(editable && m_cron->isValid() && isChanged());
    m_revertButton->setEnabled(editable && isChanged());
    m_cron->setEnabled(editable);
}

void RuleDetailPane::showRule(const RuleTableModel *model, int row)
{
    m_conflictList->clear();
    if (row < 0) {
        m_title->setText(tr("Select a rule to see its schedule and conflicts."));
        m_text->clear();
        m_shownRuleId = 0;
        m_shownCron.clear();
        m_cron->setExpression(QString());
        updateButtons();
        return;
    }
    const SchedulingRule &r = model->rule(row);
    m_title->setText(tr("<b>%1</b> &nbsp;·&nbsp; %2 &nbsp;·&nbsp; priority %3 &nbsp;·&nbsp; %4")
                         .arg(r.name.toHtmlEscaped(), model->sourceText(row).toHtmlEscaped())
                         .arg(r.priority)
                         .arg(r.enabled ? tr("enabled") : tr("disabled")));
    QStringList lines;
    if (r.isAfterRule())
        lines << tr("Runs <b>%1</b> %n min after each run of <b>%2</b> that finished within %3 min — started by "
                    "its predecessor, not by the clock.",
                    nullptr, r.delayMinutes)
                     .arg(r.taskType.toHtmlEscaped(), r.afterTaskType.toHtmlEscaped())
                     .arg(r.windowMinutes);
    else
        lines << tr("Runs <b>%1</b>: %2.").arg(r.taskType.toHtmlEscaped(), RuleTexts::schedule(r).toHtmlEscaped());
    if (!r.description.isEmpty())
        lines << tr("Why: %1").arg(r.description.toHtmlEscaped());
    QStringList facts;
    if (r.estimatedDurationSeconds >= 0)
        facts << tr("a run takes about %n min", nullptr, int((r.estimatedDurationSeconds + 59) / 60));
    if (r.patternId > 0)
        facts << tr("confidence %1").arg(QLocale().toString(r.confidence, 'f', 2));
    if (!facts.isEmpty())
        lines << facts.join(QStringLiteral("; "));
    m_text->setText(lines.join(QStringLiteral("<br>")));

    const QList<RuleConflict> conflicts = model->conflictsOf(row);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // Hundreds of overlapping imported jobs can give one rule hundreds of
    // conflicts: the most severe ones are listed, the rest counted.
    constexpr int kListed = 50;
    for (const RuleConflict &c : conflicts.mid(0, kListed))
        new QListWidgetItem(warning,
                            tr("%1 · %2: %3.\nSuggestion: %4.")
                                .arg(RuleTexts::severityLabel(c.severity), RuleTexts::conflictTypeLabel(c.type),
                                     c.description.toString(), c.suggestion.toString()),
                            m_conflictList);
    if (conflicts.size() > kListed)
        new QListWidgetItem(tr("… and %1 more.").arg(conflicts.size() - kListed), m_conflictList);
    if (conflicts.isEmpty())
        new QListWidgetItem(r.enabled ? tr("None: this rule does not collide with another enabled rule.")
                                      : tr("None: a disabled rule does not run, so it cannot collide."),
                            m_conflictList);

    // Keep what the user is typing unless the rule or its stored cron changed.
    if (r.id != m_shownRuleId || m_cron->expression().trimmed() == m_shownCron || r.cron != m_shownCron) {
        m_shownRuleId = r.id;
        m_shownCron = r.cron;
        m_cron->setExpression(r.cron);
    }
    updateButtons();
}

} // namespace rulecast
