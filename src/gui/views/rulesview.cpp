#include "gui/views/rulesview.h"

#include "app/settings.h"
#include "gui/models/rulesortproxy.h"
#include "gui/models/ruletablemodel.h"
#include "gui/progressjob.h"
#include "gui/tips.h"
#include "gui/widgets/croneditor.h"
#include "gui/widgets/generaterulesdialog.h"
#include "gui/widgets/ruledetailpane.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
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
    setTips(m_table, tr("The stored scheduling rules; click a header to sort by it, double-click a cell to edit it"));
    m_proxy = new RuleSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    // Unsorted (the rules' id order) until a header is clicked; a third click
    // on the same header goes back to it.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
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
    emptyAdd->setToolTip(m_addAction->toolTip());
    auto *emptyGenerate = new QPushButton(tr("Generate from Patterns…"), this);
    emptyGenerate->setObjectName(QStringLiteral("emptyGenerateButton"));
    emptyGenerate->setToolTip(m_generateAction->toolTip());
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

    m_detail = new RuleDetailPane(this);

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
    connect(m_detail, &RuleDetailPane::applyRequested, this, &RulesView::applySchedule);
    connect(m_detail->cronEditor(), &CronEditor::expressionChanged, this, [this] { showMessage(QString(), false); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == RuleTableModel::ScheduleColumn || index.column() == RuleTableModel::NextRunColumn)
            m_detail->focusSchedule();
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
    connect(m_model, &RuleTableModel::checkingChanged, this, [this](bool checking) {
        updateSummary();
        if (!checking)
            m_table->resizeColumnToContents(RuleTableModel::ConflictsColumn);
        Q_EMIT busyChanged(isBusy());
    });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { showMessage(QString(), false); });

    applyDisplaySettings();
    updateEmptyState();
    updateActions();
}

RulesView::~RulesView() = default;

CronEditor *RulesView::cronEditor() const
{
    return m_detail->cronEditor();
}

QListWidget *RulesView::conflictList() const
{
    return m_detail->conflictList();
}

bool RulesView::isBusy() const
{
    return m_running || m_model->isChecking();
}

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
    m_detail->setDisplayTimeZone(zone);
}

void RulesView::setDatabase(const std::optional<Database> &db)
{
    m_db = db;
    showMessage(QString(), false);
    applyDisplaySettings();
    m_model->setDatabase(db);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    fitColumns();
    updateEmptyState();
    updateActions();
}

void RulesView::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Long names and import paths are cut (their tooltips have them whole);
    // the description gets what is left.
    constexpr int kMaxWidth = 260;
    for (int column : {int(RuleTableModel::NameColumn), int(RuleTableModel::SourceColumn)})
        if (m_table->columnWidth(column) > kMaxWidth)
            m_table->setColumnWidth(column, kMaxWidth);
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
    fitColumns();
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
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
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
    if (m_model->rowCount() == 0) {
        m_summary->clear();
        return;
    }
    // "label: number" reads right for any count without plural forms.
    const QString counts = tr("Rules: %1 · enabled: %2 · \"after\" rules: %3 · ")
                               .arg(m_model->rowCount())
                               .arg(enabled)
                               .arg(after);
    m_summary->setText(m_model->isChecking() ? counts + tr("checking conflicts…")
                                             : counts + tr("conflicts: %1 (high: %2)").arg(conflicts.size()).arg(high));
}

void RulesView::updateActions()
{
    const bool open = m_db.has_value() && !m_running;
    const qint64 id = selectedRuleId();
    m_addAction->setEnabled(open);
    m_deleteAction->setEnabled(open && id > 0);
    m_generateAction->setEnabled(open);
    m_undoAction->setEnabled(open && m_undo->canUndo());
    m_redoAction->setEnabled(open && m_undo->canRedo());
    m_detail->setEditable(open && id > 0);
}

void RulesView::showSelected()
{
    m_detail->showRule(m_model, m_model->rowOf(selectedRuleId()));
}

void RulesView::addRule()
{
    if (!m_db || m_running)
        return;
    const Result<qint64> id = m_model->addRule(tr("New rule"), QStringLiteral("0 9 * * *"));
    if (!id)
        return; // editFailed showed why
    fitColumns();
    updateEmptyState();
    selectRule(*id);
    const int row = m_model->rowOf(*id);
    m_table->setFocus();
    m_table->edit(m_proxy->mapFromSource(m_model->index(row, RuleTableModel::NameColumn)));
    showMessage(tr("Added a disabled rule: name it, set its schedule below and tick On to enable it."), false);
}

void RulesView::deleteSelected()
{
    const qint64 id = selectedRuleId();
    if (!m_db || id <= 0 || m_running)
        return;
    // The rule that took its place in the table's order gets selected.
    const int row = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0)).row();
    if (!m_model->removeRule(id))
        return;
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(std::min(row, m_proxy->rowCount() - 1));
    updateEmptyState();
}

bool RulesView::applySchedule()
{
    const qint64 id = selectedRuleId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const CronEditor *cron = m_detail->cronEditor();
    if (!cron->isValid()) {
        showMessage(tr("Schedule not changed: %1").arg(cron->message()), true);
        return false;
    }
    if (!m_model->setCron(row, cron->expression().trimmed()))
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
        m_model->recordAdded(ids, tr("Generate rules from patterns (%1)").arg(ids.size()));
        if (!ids.isEmpty())
            selectRule(ids.first());
        const QJsonObject s = result->summaryJson();
        showMessage(result->patternsConsidered == 0
                        ? tr("No new rules: there are no active patterns yet. Run Analyze in the Patterns tab first.")
                    : ids.isEmpty()
                        ? tr("No new rules from %1 patterns: each already has its rule, is below the confidence "
                             "threshold or cannot be said in cron (a preview lists the reasons).")
                              .arg(result->patternsConsidered)
                        : tr("Generated rules: %1 (%2 enabled, %3 \"after\" rules); conflicts found: %4, rules "
                             "changed by the strategy: %5, conflicts remaining: %6.")
                              .arg(ids.size())
                              .arg(s.value(QStringLiteral("rules_enabled")).toInt())
                              .arg(s.value(QStringLiteral("after_rules")).toInt())
                              .arg(result->conflicts.size())
                              .arg(result->rulesChanged)
                              .arg(result->conflictsRemaining),
                    false);
    }
    updateActions();
    Q_EMIT busyChanged(isBusy()); // the reload may have started a conflict check
    Q_EMIT generationFinished(ok);
}

} // namespace rulecast
