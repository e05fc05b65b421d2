#include "gui/views/rulesview.h"

#include "app/settings.h"
#include "core/timeformat.h"
#include "gui/models/ruletablemodel.h"
#include "gui/progressjob.h"
#include "gui/widgets/croneditor.h"
#include "gui/widgets/generaterulesdialog.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rulecast {

namespace {

// Priorities are 1..100 (docs/rules.md); the spin box keeps edits in range.
class PriorityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("priorityEditor"));
        spin->setRange(1, 100);
        spin->setFrame(false);
        return spin;
    }
};

QString severityLabel(const QString &severity)
{
    if (severity == QLatin1String("high"))
        return RulesView::tr("High");
    if (severity == QLatin1String("medium"))
        return RulesView::tr("Medium");
    return RulesView::tr("Low");
}

QString conflictTypeLabel(const QString &type)
{
    if (type == QLatin1String("time_overlap"))
        return RulesView::tr("time overlap");
    if (type == QLatin1String("resource_contention"))
        return RulesView::tr("resource contention");
    if (type == QLatin1String("dependency_cycle"))
        return RulesView::tr("dependency cycle");
    return type;
}

bool isAddShortcut(const QKeyEvent *e)
{
    return e->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_N);
}

} // namespace

RulesView::RulesView(QWidget *parent) : MainView(parent)
{
    setObjectName(QStringLiteral("rulesView"));
    m_undo = new QUndoStack(this);
    m_model = new RuleTableModel(this);
    m_model->setUndoStack(m_undo);

    m_addAction = makeAction(tr("Add Rule"), QKeySequence(Qt::CTRL | Qt::Key_N),
                             tr("Add a rule (disabled until you set its schedule and enable it)"));
    m_addAction->setObjectName(QStringLiteral("addRuleAction"));
    m_deleteAction = makeAction(tr("Delete"), QKeySequence(QKeySequence::Delete), tr("Delete the selected rule"));
    m_deleteAction->setObjectName(QStringLiteral("deleteRuleAction"));
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    for (QAction *a : {m_undoAction, m_redoAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_undoAction->setStatusTip(tr("Undo the last change to the rules (Ctrl+Z)"));
    m_redoAction->setStatusTip(tr("Redo the last undone change (Ctrl+Shift+Z)"));
    // QUndoStack's actions rename themselves ("Undo Rename 'x'"); the tooltip follows.
    for (QAction *a : {m_undoAction, m_redoAction})
        connect(a, &QAction::changed, a, [a] {
            const QString tip = a->text() + QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + u')';
            if (a->toolTip() != tip)
                a->setToolTip(tip);
        });
    m_generateAction = makeAction(tr("Generate from Patterns…"), QKeySequence(Qt::CTRL | Qt::Key_G),
                                  tr("Turn the detected activity patterns into rules (with a preview)"));
    m_generateAction->setObjectName(QStringLiteral("generateAction"));

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("rulesToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_generateAction);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    auto *top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addStretch(1);
    top->addWidget(m_summary);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(RuleTableModel::PriorityColumn, new PriorityDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(RuleTableModel::DescriptionColumn, QHeaderView::Stretch);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    auto *emptyAdd = new QPushButton(tr("Add a Rule by Hand"), this);
    emptyAdd->setObjectName(QStringLiteral("emptyAddButton"));
    auto *emptyGenerate = new QPushButton(tr("Generate from Patterns…"), this);
    emptyGenerate->setObjectName(QStringLiteral("emptyGenerateButton"));
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(emptyGenerate);
    emptyButtons->addWidget(emptyAdd);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(emptyPage);

    // Detail pane: what the rule is and its conflicts on the left, its
    // schedule editor (with the next fire times) on the right.
    m_detailTitle = new QLabel(this);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailText = new QLabel(this);
    m_detailText->setObjectName(QStringLiteral("detailText"));
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_conflictList = new QListWidget(this);
    m_conflictList->setObjectName(QStringLiteral("conflictList"));
    m_conflictList->setWordWrap(true);
    m_conflictList->setSelectionMode(QAbstractItemView::NoSelection);
    m_conflictList->setFocusPolicy(Qt::NoFocus);
    auto *infoBox = new QWidget(this);
    auto *infoLayout = new QVBoxLayout(infoBox);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->addWidget(m_detailTitle);
    infoLayout->addWidget(m_detailText);
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

    m_detail = new QWidget(this);
    auto *detailLayout = new QHBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(infoBox, 3);
    detailLayout->addWidget(cronBox, 2);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stack);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_addAction, &QAction::triggered, this, &RulesView::addRule);
    connect(emptyAdd, &QPushButton::clicked, this, &RulesView::addRule);
    connect(m_deleteAction, &QAction::triggered, this, &RulesView::deleteSelected);
    connect(m_generateAction, &QAction::triggered, this, &RulesView::openGenerateDialog);
    connect(emptyGenerate, &QPushButton::clicked, this, &RulesView::openGenerateDialog);
    connect(m_applyButton, &QPushButton::clicked, this, &RulesView::applySchedule);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        m_cron->setExpression(m_shownCron);
        showMessage(QString(), false);
    });
    if (auto *edit = m_cron->findChild<QLineEdit *>(QStringLiteral("cronExpression")))
        connect(edit, &QLineEdit::returnPressed, this, &RulesView::applySchedule);
    connect(m_cron, &CronEditor::expressionChanged, this, [this] { updateActions(); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == RuleTableModel::ScheduleColumn || index.column() == RuleTableModel::NextRunColumn)
            m_cron->findChild<QLineEdit *>(QStringLiteral("cronExpression"))->setFocus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateActions();
    });
    connect(m_model, &RuleTableModel::rulesChanged, this, [this] {
        showSelected();
        updateEmptyState();
        updateSummary();
        updateActions();
    });
    connect(m_model, &RuleTableModel::editFailed, this, [this](const QString &message) {
        showMessage(tr("Not changed: %1").arg(message), true);
    });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { showMessage(QString(), false); });

    applyDisplaySettings();
    updateEmptyState();
    updateActions();
}

RulesView::~RulesView() = default;

QAction *RulesView::makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setShortcut(shortcut);
    // Only while the Rules view has the focus: Delete and Ctrl+N mean other
    // things elsewhere in the window.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + u')');
    a->setStatusTip(tip);
    addAction(a);
    return a;
}

bool RulesView::event(QEvent *event)
{
    // Ctrl+N is also File > New Database (a window shortcut); two active
    // shortcuts on one key would cancel each other out as ambiguous. While the
    // focus is in this view, the view takes the key (keyPressEvent).
    if (event->type() == QEvent::ShortcutOverride && isAddShortcut(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return MainView::event(event);
}

void RulesView::keyPressEvent(QKeyEvent *event)
{
    if (isAddShortcut(event)) {
        if (m_addAction->isEnabled())
            addRule();
        event->accept();
        return;
    }
    MainView::keyPressEvent(event);
}

void RulesView::applyDisplaySettings()
{
    const RulecastConfig config = Settings().config();
    const QString id = config.display.timeZone;
    QTimeZone zone = id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    m_model->setTimeZone(zone);
    m_model->setCapacity(std::max(1, config.capacity.concurrentSlots));
    m_cron->setDisplayTimeZone(zone);
}

void RulesView::setDatabase(const std::optional<Database> &db)
{
    m_db = db;
    showMessage(QString(), false);
    applyDisplaySettings();
    m_model->setDatabase(db);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->resizeColumnsToContents();
    updateEmptyState();
    updateActions();
}

void RulesView::reload()
{
    const qint64 selected = selectedRuleId();
    applyDisplaySettings();
    if (const Status s = m_model->reload(); !s)
        Q_EMIT errorOccurred(s.error());
    selectRule(selected);
    if (selectedRuleId() == 0 && m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->resizeColumnsToContents();
    updateEmptyState();
    updateActions();
}

qint64 RulesView::selectedRuleId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RuleTableModel::RuleIdRole).toLongLong();
}

void RulesView::selectRule(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

QString RulesView::emptyText() const
{
    return m_stack->currentIndex() == 1 ? m_empty->text() : QString();
}

QString RulesView::messageText() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void RulesView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (error) // a red that reads on light and dark backgrounds
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0x40, 0x40));
    m_message->setPalette(palette);
}

void RulesView::updateEmptyState()
{
    QString text;
    if (!m_db) {
        text = tr("Open or create a database (File menu) to see its scheduling rules.");
    } else if (m_model->rowCount() == 0) {
        text = tr("<p><b>No scheduling rules yet.</b></p>"
                  "<p>Rules say when work should start. Rulecast makes them from the activity patterns it finds "
                  "in your task history:</p>"
                  "<p>1. In the <b>Patterns</b> tab, run <b>Analyze</b>.<br>"
                  "2. Here, choose <b>Generate from Patterns…</b> (preview first, then store).</p>"
                  "<p>Or add a rule by hand (Ctrl+N) and give it a cron schedule.</p>");
    }
    m_empty->setText(text);
    m_stack->setCurrentIndex(text.isEmpty() ? 0 : 1);
    m_detail->setVisible(text.isEmpty());
}

void RulesView::updateSummary()
{
    int enabled = 0;
    int after = 0;
    for (const SchedulingRule &r : m_model->rules()) {
        enabled += r.enabled ? 1 : 0;
        after += r.isAfterRule() ? 1 : 0;
    }
    const QList<RuleConflict> &conflicts = m_model->conflicts();
    const auto high = std::count_if(conflicts.begin(), conflicts.end(),
                                    [](const RuleConflict &c) { return c.severity == QLatin1String("high"); });
    m_summary->setText(m_model->rowCount() == 0
                           ? QString()
                           : tr("%n rule(s), %1 enabled, %2 \"after\" rules — %3 conflicts (%4 high)", nullptr,
                                m_model->rowCount())
                                 .arg(enabled)
                                 .arg(after)
                                 .arg(conflicts.size())
                                 .arg(high));
}

void RulesView::updateActions()
{
    const bool open = m_db.has_value() && !m_running;
    const qint64 id = selectedRuleId();
    m_addAction->setEnabled(open);
    m_deleteAction->setEnabled(open && id > 0);
    m_generateAction->setEnabled(open);
    m_undo->setActive(true);
    m_undoAction->setEnabled(open && m_undo->canUndo());
    m_redoAction->setEnabled(open && m_undo->canRedo());
    const bool changed = m_cron->expression().trimmed() != m_shownCron;
    m_applyButton->setEnabled(open && id > 0 && m_cron->isValid() && changed);
    m_revertButton->setEnabled(id > 0 && changed);
    m_cron->setEnabled(open && id > 0);
}

void RulesView::showSelected()
{
    const qint64 id = selectedRuleId();
    const int row = m_model->rowOf(id);
    m_conflictList->clear();
    if (row < 0) {
        m_detailTitle->setText(tr("Select a rule to see its schedule and conflicts."));
        m_detailText->clear();
        m_shownRuleId = 0;
        m_shownCron.clear();
        m_cron->setExpression(QString());
        return;
    }
    const SchedulingRule &r = m_model->rule(row);
    m_detailTitle->setText(tr("<b>%1</b> &nbsp;·&nbsp; %2 &nbsp;·&nbsp; priority %3 &nbsp;·&nbsp; %4")
                               .arg(r.name.toHtmlEscaped(), m_model->sourceText(row).toHtmlEscaped())
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
        lines << tr("Runs <b>%1</b>: %2.").arg(r.taskType.toHtmlEscaped(), m_model->scheduleText(row).toHtmlEscaped());
    if (!r.description.isEmpty())
        lines << r.description.toHtmlEscaped();
    QStringList facts;
    if (r.estimatedDurationSeconds >= 0)
        facts << tr("a run takes about %n min", nullptr, int((r.estimatedDurationSeconds + 59) / 60));
    if (r.patternId > 0)
        facts << tr("confidence %1").arg(QString::number(r.confidence, 'f', 2));
    if (!facts.isEmpty())
        lines << facts.join(QStringLiteral("; "));
    m_detailText->setText(lines.join(QStringLiteral("<br>")));

    const QList<RuleConflict> conflicts = m_model->conflictsOf(row);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const RuleConflict &c : conflicts) {
        auto *item = new QListWidgetItem(warning, tr("%1 · %2: %3.\nSuggestion: %4.")
                                                      .arg(severityLabel(c.severity), conflictTypeLabel(c.type),
                                                           c.description, c.suggestion),
                                         m_conflictList);
        item->setData(Qt::UserRole, c.severity);
    }
    if (conflicts.isEmpty())
        new QListWidgetItem(r.enabled ? tr("None: this rule does not collide with another enabled rule.")
                                      : tr("None: a disabled rule does not run, so it cannot collide."),
                            m_conflictList);

    // Keep what the user is typing unless the rule or its stored cron changed.
    if (id != m_shownRuleId || m_cron->expression().trimmed() == m_shownCron || r.cron != m_shownCron) {
        m_shownRuleId = id;
        m_shownCron = r.cron;
        m_cron->setExpression(r.cron);
    }
}

void RulesView::addRule()
{
    if (!m_db || m_running)
        return;
    const Result<qint64> id = m_model->addRule(tr("New rule"), QStringLiteral("0 9 * * *"));
    if (!id)
        return; // editFailed showed why
    m_table->resizeColumnsToContents();
    updateEmptyState();
    selectRule(*id);
    const int row = m_model->rowOf(*id);
    m_table->setFocus();
    m_table->edit(m_model->index(row, RuleTableModel::NameColumn));
    showMessage(tr("Added a disabled rule: name it, set its schedule below and tick On to enable it."), false);
}

void RulesView::deleteSelected()
{
    const qint64 id = selectedRuleId();
    if (!m_db || id <= 0 || m_running)
        return;
    const int row = m_model->rowOf(id);
    if (!m_model->removeRule(id))
        return;
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    updateEmptyState();
}

bool RulesView::applySchedule()
{
    const qint64 id = selectedRuleId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    if (!m_cron->isValid()) {
        showMessage(tr("Schedule not changed: %1").arg(m_cron->message()), true);
        return false;
    }
    if (!m_model->setCron(row, m_cron->expression().trimmed()))
        return false;
    showMessage(tr("Schedule of '%1' set to %2.").arg(m_model->rule(m_model->rowOf(id)).name, m_model->rule(m_model->rowOf(id)).cron),
                false);
    return true;
}

GenerateRulesDialog *RulesView::openGenerateDialog()
{
    if (!m_db || m_running)
        return nullptr;
    auto *dialog = new GenerateRulesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { generate(dialog->request()); });
    dialog->open();
    return dialog;
}

void RulesView::generate(GenerateRulesRequest request)
{
    if (!m_db || m_running)
        return;
    request.databasePath = m_db->path();
    request.now = m_model->referenceTime();
    request.capacity = std::max(1, Settings().config().capacity.concurrentSlots);
    m_running = true;
    updateActions();
    Q_EMIT busyChanged(true);
    runWithProgress<GenerateRulesResult>(
        this, request.dryRun ? tr("Previewing rules…") : tr("Generating rules…"),
        [request](const Progress &p) { return generateRules(request, p); },
        [this, request](Result<GenerateRulesResult> result, bool canceled) {
            finishGeneration(request, std::move(result), canceled);
        });
}

void RulesView::finishGeneration(const GenerateRulesRequest &request, Result<GenerateRulesResult> result, bool canceled)
{
    m_running = false;
    const bool ok = result.ok();
    if (!ok) {
        if (canceled)
            showMessage(tr("Generation canceled; nothing was stored."), false);
        else
            showMessage(tr("Generation failed: %1").arg(result.error()), true);
    } else if (result->dryRun) {
        showMessage(QString(), false);
        auto *preview = new RulePreviewDialog(*result, this);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        connect(preview, &QDialog::accepted, this, [this, request] {
            GenerateRulesRequest store = request;
            store.dryRun = false;
            generate(store);
        });
        preview->open();
    } else {
        const QList<SchedulingRule> added = result->newRules();
        QList<qint64> ids;
        for (const SchedulingRule &r : added)
            ids.append(r.id);
        reload();
        m_model->recordAdded(ids, tr("Generate %n rule(s) from patterns", nullptr, int(ids.size())));
        if (!ids.isEmpty())
            selectRule(ids.first());
        const QJsonObject s = result->summaryJson();
        showMessage(ids.isEmpty()
                        ? tr("No new rules: every pattern above the threshold already has its rule (%n skipped).",
                             nullptr, int(result->skipped.size()))
                        : tr("Generated %n rule(s) (%1 enabled, %2 \"after\" rules); %3 conflicts found, %4 rules "
                             "changed by the strategy, %5 remaining.",
                             nullptr, int(ids.size()))
                              .arg(s.value(QStringLiteral("rules_enabled")).toInt())
                              .arg(s.value(QStringLiteral("after_rules")).toInt())
                              .arg(result->conflicts.size())
                              .arg(result->rulesChanged)
                              .arg(result->conflictsRemaining),
                    false);
    }
    updateActions();
    Q_EMIT busyChanged(false);
    Q_EMIT generationFinished(ok);
}

} // namespace rulecast
