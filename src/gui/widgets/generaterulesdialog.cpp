#include "gui/widgets/generaterulesdialog.h"
#include "gui/models/ruletexts.h"

#include "app/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rulecast {

GenerateRulesDialog::GenerateRulesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("generateRulesDialog"));
    setWindowTitle(tr("Generate Rules from Patterns"));
    const RulecastConfig::RuleGeneration settings = Settings().config().rules;
    m_maxRulesPerPattern = settings.maxRulesPerPattern;

    m_minConfidence = new QDoubleSpinBox(this);
    m_minConfidence->setObjectName(QStringLiteral("minConfidenceSpin"));
    m_minConfidence->setRange(0.0, 1.0);
    m_minConfidence->setSingleStep(0.05);
    m_minConfidence->setDecimals(2);
    m_minConfidence->setValue(settings.minPatternConfidence);
    m_minConfidence->setToolTip(tr("Only active patterns at least this confident become rules."));

    m_strategy = new QComboBox(this);
    m_strategy->setObjectName(QStringLiteral("strategyCombo"));
    m_strategy->addItem(tr("Move the lower-priority rule later"), QStringLiteral("priority"));
    m_strategy->addItem(tr("Run the two in sequence (\"after\" rule)"), QStringLiteral("merge"));
    m_strategy->addItem(tr("Disable the lower-priority rule"), QStringLiteral("disable_lower"));
    const int configured = m_strategy->findData(settings.conflictResolutionStrategy);
    m_strategy->setCurrentIndex(std::max(0, configured));
    m_strategy->setToolTip(tr("What to do when a new rule conflicts with another rule. Existing rules are never "
                              "changed; their conflicts are left for review."));

    m_autoEnable = new QCheckBox(tr("Enable every new rule"), this);
    m_autoEnable->setObjectName(QStringLiteral("autoEnableCheck"));
    m_autoEnable->setToolTip(tr("Otherwise only rules with confidence of at least 0.9 are enabled; the others are "
                                "stored disabled for review."));
    m_dryRun = new QCheckBox(tr("Preview only (dry run: store nothing)"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRunCheck"));
    m_dryRun->setChecked(true);
    m_dryRun->setToolTip(tr("Show the rules and conflicts first; you can store them from the preview."));

    // Optional wording by the app's language model (llm.use_model): names
    // and descriptions only; the rules themselves are the same either way.
    const RulecastConfig::Llm llmSettings = Settings().config().llm;
    const llm::ModelChoice choice = llm::parseModelChoice(llmSettings.useModel).value_or(llm::ModelChoice::Auto);
    m_useModel = new QCheckBox(tr("Word names and descriptions with the language model"), this);
    m_useModel->setObjectName(QStringLiteral("useModelCheck"));
    m_useModel->setEnabled(choice != llm::ModelChoice::None);
    m_useModel->setToolTip(choice == llm::ModelChoice::None
                               ? tr("No language model is in use (Settings → Language Models → llm.use_model).")
                               : tr("Asks the configured model (%1) for a short name and a one-sentence description of "
                                    "each new rule; anything invalid keeps the generated wording, and a model that does "
                                    "not answer changes nothing.")
                                     .arg(llmSettings.useModel));

    auto *form = new QFormLayout;
    form->addRow(tr("Minimum pattern confidence:"), m_minConfidence);
    form->addRow(tr("On conflict:"), m_strategy);
    form->addRow(QString(), m_autoEnable);
    form->addRow(QString(), m_dryRun);
    form->addRow(QString(), m_useModel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("generateButton"));
    const auto label = [ok, this] { ok->setText(m_dryRun->isChecked() ? tr("Preview") : tr("Generate")); };
    label();
    connect(m_dryRun, &QCheckBox::toggled, this, label);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Turns the active activity patterns into scheduling rules and checks them against "
                                "every rule already stored."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

GenerateRulesRequest GenerateRulesDialog::request() const
{
    GenerateRulesRequest r;
    r.options.minConfidence = m_minConfidence->value();
    r.options.maxRulesPerPattern = m_maxRulesPerPattern;
    r.options.autoEnable = m_autoEnable->isChecked();
    r.strategy = conflictStrategyFromName(m_strategy->currentData().toString()).value_or(ConflictStrategy::Priority);
    r.dryRun = m_dryRun->isChecked();
    const RulecastConfig::Llm llmSettings = Settings().config().llm;
    r.llm = llmSettings;
    r.useModel = m_useModel->isChecked()
                     ? llm::parseModelChoice(llmSettings.useModel).value_or(llm::ModelChoice::Auto)
                     : llm::ModelChoice::None;
    return r;
}

namespace {

QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

RulePreviewDialog::RulePreviewDialog(const GenerateRulesResult &result, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("rulePreviewDialog"));
    setWindowTitle(tr("Rules Preview"));
    const QList<SchedulingRule> rules = result.newRules();
    m_rules = makeTable(6, {tr("Name"), tr("Schedule (UTC)"), tr("Priority"), tr("Enabled"), tr("Runs"), tr("Changed by conflict strategy")}, this);
    m_rules->setObjectName(QStringLiteral("previewRules"));
    m_rules->setRowCount(int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        const SchedulingRule &r = rules.at(i);
        m_rules->setItem(i, 0, new QTableWidgetItem(r.name));
        m_rules->item(i, 0)->setToolTip(r.description);
        m_rules->setItem(i, 1, new QTableWidgetItem(r.cron));
        m_rules->setItem(i, 2, new QTableWidgetItem(QString::number(r.priority)));
        m_rules->setItem(i, 3, new QTableWidgetItem(r.enabled ? tr("yes") : tr("no")));
        m_rules->setItem(i, 4, new QTableWidgetItem(r.isAfterRule() ? tr("%1 after %2 (+%3 min)").arg(r.taskType, r.afterTaskType).arg(r.delayMinutes)
                                                                    : r.taskType));
        m_rules->setItem(i, 5, new QTableWidgetItem(r.resolution.toString()));
    }
    m_rules->resizeColumnsToContents();

    m_conflicts = makeTable(4, {tr("Severity"), tr("Type"), tr("Conflict"), tr("Resolution")}, this);
    m_conflicts->setObjectName(QStringLiteral("previewConflicts"));
    m_conflicts->setRowCount(int(result.conflicts.size()));
    for (int i = 0; i < result.conflicts.size(); ++i) {
        const RuleConflict &c = result.conflicts.at(i);
        m_conflicts->setItem(i, 0, new QTableWidgetItem(RuleTexts::severityLabel(c.severity)));
        m_conflicts->setItem(i, 1, new QTableWidgetItem(RuleTexts::conflictTypeLabel(c.type)));
        m_conflicts->setItem(i, 2, new QTableWidgetItem(c.description.toString()));
        m_conflicts->item(i, 2)->setToolTip(tr("Suggestion: %1").arg(c.suggestion.toString()));
        m_conflicts->setItem(i, 3, new QTableWidgetItem((c.resolution.isEmpty() ? c.suggestion : c.resolution).toString()));
    }
    m_conflicts->resizeColumnsToContents();

    QStringList skipped;
    for (const SkippedPattern &s : result.skipped)
        skipped << tr("pattern %1: %2").arg(s.patternId).arg(s.reason.toString());
    auto *summary = new QLabel(tr("New rules: %1 from %2 patterns (skipped: %3), checked against %4 existing rules. "
                                  "Conflicts found: %5; remaining after the strategy: %6.")
                                   .arg(rules.size())
                                   .arg(result.patternsConsidered)
                                   .arg(result.skipped.size())
                                   .arg(result.existingCount)
                                   .arg(result.conflicts.size())
                                   .arg(result.conflictsRemaining),
                               this);
    summary->setObjectName(QStringLiteral("previewSummary"));
    summary->setWordWrap(true);
    summary->setToolTip(skipped.join(u'\n'));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *store = buttons->addButton(tr("Store These Rules"), QDialogButtonBox::AcceptRole);
    store->setObjectName(QStringLiteral("storeButton"));
    store->setEnabled(!rules.isEmpty());
    store->setToolTip(tr("Generate again with the same choices and store the rules."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(new QLabel(tr("New rules"), this));
    layout->addWidget(m_rules, 2);
    layout->addWidget(new QLabel(tr("Conflicts"), this));
    layout->addWidget(m_conflicts, 1);
    if (!skipped.isEmpty()) {
        auto *skippedLabel = new QLabel(tr("Skipped: %1").arg(skipped.join(QStringLiteral("; "))), this);
        skippedLabel->setWordWrap(true);
        layout->addWidget(skippedLabel);
    }
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace rulecast
