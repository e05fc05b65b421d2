#pragma once

#include "app/generaterulesusecase.h"
#include "gui/views/mainview.h"

#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;
QT_END_NAMESPACE

namespace rulecast {

class CronEditor;
class GenerateRulesDialog;
class RuleDetailPane;
class RuleSortProxy;
class RuleTableModel;

// The Rules tab: every stored scheduling rule in an editable table (on,
// priority, name, schedule, description, next run, source, conflicts), rows
// with conflicts tinted by severity; a detail pane with the selected rule's
// description, its conflicts with their suggestions, and a CronEditor whose
// schedule is applied only when it parses; add / delete / undo / redo; and
// "Generate from patterns…" on a worker thread (docs/gui.md, docs/rules.md).
class RulesView : public MainView
{
    Q_OBJECT

public:
    explicit RulesView(QWidget *parent = nullptr);
    ~RulesView() override;

    QString viewId() const override { return QStringLiteral("rules"); }
    QString title() const override { return tr("Rules"); }
    void setDatabase(const std::optional<Database> &db) override;
    void reload() override;
    bool isBusy() const override;

    // Adds a disabled rule and starts editing its name (Ctrl+N).
    void addRule();
    // Deletes the selected rule (Delete); undo puts it back.
    void deleteSelected();
    // Opens the generation dialog; accepting it runs generate().
    GenerateRulesDialog *openGenerateDialog();
    // Runs the generate-rules use case on a worker thread with progress and
    // cancel. A dry run shows the preview, from which the rules can be stored.
    void generate(GenerateRulesRequest request);
    // Applies the detail pane's schedule to the selected rule; an invalid
    // expression is refused with the editor's message.
    bool applySchedule();

    qint64 selectedRuleId() const;
    void selectRule(qint64 id);
    QString emptyText() const;
    // The last refusal or failure shown above the table ("" when none).
    QString messageText() const;

    RuleTableModel *model() const { return m_model; }
    // Between the model and the table: the order the user sorted by.
    RuleSortProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    CronEditor *cronEditor() const;
    QListWidget *conflictList() const;
    RuleDetailPane *detailPane() const { return m_detail; }
    QUndoStack *undoStack() const { return m_undo; }

Q_SIGNALS:
    // A generation run ended: stored (or previewed) = ok.
    void generationFinished(bool ok);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip);
    void fitColumns();
    void showSelected();
    void updateEmptyState();
    void updateActions();
    void updateSummary();
    void showMessage(const QString &text, bool error);
    void applyDisplaySettings();
    void finishGeneration(const GenerateRulesRequest &request, Result<GenerateRulesResult> result, bool canceled);

    std::optional<Database> m_db;
    RuleTableModel *m_model = nullptr;
    RuleSortProxy *m_proxy = nullptr;
    QUndoStack *m_undo = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    RuleDetailPane *m_detail = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_generateAction = nullptr;
    bool m_running = false;
};

} // namespace rulecast
