#pragma once

#include <QTimeZone>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace rulecast {

class CronEditor;
class RuleTableModel;

// The Rules view's detail pane for one rule: what it runs and why, its
// conflicts (most severe first, with suggestions), and a CronEditor fixed to
// UTC — the clock rule crons read — that lists the next fire times in the
// display zone. "Apply Schedule" (or Enter) asks the view to store the
// expression; "Revert" shows the stored one again.
class RuleDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit RuleDetailPane(QWidget *parent = nullptr);

    void setDisplayTimeZone(const QTimeZone &zone);
    // Shows row `row` of `model` (-1: none). What the user is typing in the
    // editor is kept unless the rule or its stored schedule changed.
    void showRule(const RuleTableModel *model, int row);
    // Whether the schedule may be edited (a database is open, a rule selected).
    void setEditable(bool editable);

    CronEditor *cronEditor() const { return m_cron; }
    QListWidget *conflictList() const { return m_conflictList; }
    QString detailText() const;
    // The editor differs from the stored schedule.
    bool isChanged() const;
    void focusSchedule();

Q_SIGNALS:
    void applyRequested();

private:
    void updateButtons();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QListWidget *m_conflictList = nullptr;
    CronEditor *m_cron = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    qint64 m_shownRuleId = 0;
    QString m_shownCron; // the stored cron the editor was last filled with
    bool m_editable = false;
};

} // namespace rulecast
