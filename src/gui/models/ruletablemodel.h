#pragma once

#include "core/result.h"
#include "core/ruleconflicts.h"
#include "core/rulegenerator.h"
#include "storage/database.h"
#include "storage/rulestore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <optional>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace rulecast {

// The stored scheduling rules as an editable table: enabled (checkbox),
// priority, name and description write through RuleStore, each edit one
// transaction; the schedule (cron) is edited with setCron() (the Rules view's
// CronEditor) and refused, changing nothing, when it does not parse. After
// every change the conflicts of ALL rules are checked again with
// core/ruleconflicts (everyPair). With an undo stack set, every edit, add and
// delete is pushed as an undoable command.
class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EnabledColumn,
        PriorityColumn,
        NameColumn,
        ScheduleColumn,
        DescriptionColumn,
        NextRunColumn,
        SourceColumn,
        ConflictsColumn,
        ColumnCount
    };
    static constexpr int RuleIdRole = Qt::UserRole + 1;
    // Unformatted value for sorting and tests (priority int, enabled bool,
    // next run epoch seconds, conflicts count).
    static constexpr int RawValueRole = Qt::UserRole + 2;
    // "high" / "medium" / "low" of the rule's worst conflict, else empty.
    static constexpr int SeverityRole = Qt::UserRole + 3;

    explicit RuleTableModel(QObject *parent = nullptr);
    ~RuleTableModel() override;

    void setDatabase(const std::optional<Database> &db);
    // Re-reads every rule and the patterns (for sources and heavy resources).
    Status reload();

    // Fire times are shown on this zone's wall clock (display.timezone).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // Conflicts and next runs are computed from this instant (epoch seconds);
    // 0, the default, means now at each computation.
    void setReferenceTime(qint64 epochSeconds);
    qint64 referenceTime() const;
    void setCapacity(int capacity); // capacity.concurrent_slots
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    QUndoStack *undoStack() const { return m_undo; }

    const QList<SchedulingRule> &rules() const { return m_rules; }
    const SchedulingRule &rule(int row) const { return m_rules.at(row); }
    int rowOf(qint64 id) const;
    // Every conflict among the enabled rules; RuleConflict::rules index rules().
    // Checked on a worker thread after every change (hundreds of imported
    // jobs give tens of thousands of overlapping pairs, a second of work);
    // while isChecking() the previous result is shown, mapped onto the
    // current rows.
    const QList<RuleConflict> &conflicts() const { return m_conflicts; }
    // The row's conflicts, most severe first.
    QList<RuleConflict> conflictsOf(int row) const;
    bool isChecking() const { return m_checking; }
    // "daily_recurring #12", "crontab: /etc/crontab", "added by hand".
    QString sourceText(int row) const;
    // "At 02:13, every day" or, for an after rule, when it runs relative to its predecessor.
    QString scheduleText(int row) const;
    // The schedule in words and the rule's description, the schedule left
    // out when the description already says it (generated rules).
    QString descriptionText(int row) const;
    // The next `count` fire times (epoch seconds) from referenceTime().
    QList<qint64> nextFireTimes(int row, int count) const;
    // The last failed edit's message (also sent with editFailed).
    QString lastError() const { return m_lastError; }

    // Edits; each returns false / an error and changes nothing on failure.
    bool setCron(int row, const QString &cron);
    Result<qint64> addRule(const QString &name, const QString &cron);
    Status removeRule(qint64 id);
    // Records rules stored by someone else (rule generation) as one undoable step.
    void recordAdded(const QList<qint64> &ids, const QString &text);

    // Applied by the undo commands (and by the edits above); no undo entry.
    Status applyField(qint64 id, RuleField field, const QVariant &value);
    Status applyRemove(const QList<qint64> &ids, QList<RuleSnapshot> *removed = nullptr);
    Status applyRestore(const QList<RuleSnapshot> &snapshots);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // An edit was refused or failed to store; `message` says why.
    void editFailed(const QString &message);
    // Rules or conflicts changed (after any edit, undo or reload).
    void rulesChanged();
    void checkingChanged(bool checking);

private:
    bool edit(qint64 id, RuleField field, const QVariant &value, const QString &text);
    Status fail(const QString &message);
    // Brings the rows in line with the database (insert / remove / change
    // rows, no reset, so selections survive) and checks conflicts again.
    Status sync();
    // Starts a check of the current rules; its result replaces the conflicts.
    void computeConflicts();
    // Maps the last check's conflicts (by rule id) onto the current rows.
    void applyConflicts();
    QVariant displayData(int row, int column) const;
    QString conflictSummary(int row) const;

    std::optional<Database> m_db;
    QList<SchedulingRule> m_rules;
    QHash<qint64, QString> m_patternTypes; // pattern id → pattern type
    QHash<QString, QStringList> m_heavyResources;
    QList<RuleConflict> m_checked;  // the last check's result, indexes into m_checkedIds
    QList<qint64> m_checkedIds;     // the rules that check saw
    QList<RuleConflict> m_conflicts; // m_checked on the current rows
    QList<QList<int>> m_conflictsByRow; // indexes into m_conflicts, most severe first
    QStringList m_worstByRow;           // severity of each row's worst conflict
    QStringList m_signatureByRow;       // each row's conflicts as text, to see which rows changed
    QList<qint64> m_signatureIds;       // the rule of each m_signatureByRow entry
    quint64 m_generation = 0;           // a newer check supersedes a running one
    bool m_checking = false;
    QTimeZone m_zone = QTimeZone::utc();
    qint64 m_referenceTime = 0;
    int m_capacity = 1;
    QUndoStack *m_undo = nullptr;
    QString m_lastError;
};

} // namespace rulecast
