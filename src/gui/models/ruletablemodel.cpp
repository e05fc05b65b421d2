#include "gui/models/ruletablemodel.h"

#include "app/backgroundjob.h"
#include "core/cronexpression.h"
#include "gui/localedates.h"
#include "gui/models/rulecommands.h"
#include "gui/models/patterntypelabel.h"
#include "gui/models/ruletexts.h"
#include "gui/zonelabel.h"
#include "storage/patternrepository.h"
#include "storage/rulerepository.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>
#include <QUndoStack>

#include <algorithm>

namespace rulecast {

namespace {

QString fieldLabel(RuleField field)
{
    switch (field) {
    case RuleField::Enabled: return RuleTableModel::tr("Enable or disable '%1'");
    case RuleField::Priority: return RuleTableModel::tr("Change priority of '%1'");
    case RuleField::Name: return RuleTableModel::tr("Rename '%1'");
    case RuleField::Description: return RuleTableModel::tr("Edit description of '%1'");
    case RuleField::Cron: return RuleTableModel::tr("Change schedule of '%1'");
    }
    return {};
}

QVariant fieldValue(const SchedulingRule &r, RuleField field)
{
    switch (field) {
    case RuleField::Enabled: return r.enabled;
    case RuleField::Priority: return r.priority;
    case RuleField::Name: return r.name;
    case RuleField::Description: return r.description;
    case RuleField::Cron: return r.cron;
    }
    return {};
}

// Whether a re-read row differs from the held one in anything the table shows.
bool sameRule(const SchedulingRule &a, const SchedulingRule &b)
{
    return a.name == b.name && a.description == b.description && a.cron == b.cron && a.taskType == b.taskType
           && a.priority == b.priority && a.enabled == b.enabled && a.patternId == b.patternId && a.source == b.source
           && a.afterTaskType == b.afterTaskType && a.delayMinutes == b.delayMinutes
           && a.windowMinutes == b.windowMinutes && a.confidence == b.confidence
           && a.estimatedDurationSeconds == b.estimatedDurationSeconds;
}

} // namespace

RuleTableModel::RuleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

RuleTableModel::~RuleTableModel() = default;

void RuleTableModel::setDatabase(const std::optional<Database> &db)
{
    m_db = db;
    if (m_undo)
        m_undo->clear(); // its steps name rows of the previous database
    beginResetModel();
    m_rules.clear();
    m_checked.clear();
    m_checkedIds.clear();
    m_conflicts.clear();
    m_conflictsByRow.clear();
    m_worstByRow.clear();
    m_signatureByRow.clear();
    m_signatureIds.clear();
    endResetModel();
    reload();
}

Status RuleTableModel::reload()
{
    m_patternTypes.clear();
    m_heavyResources.clear();
    if (m_db) {
        const Result<QList<ActivityPattern>> patterns = PatternRepository(*m_db).all();
        if (!patterns)
            return fail(patterns.error());
        for (const ActivityPattern &p : *patterns)
            m_patternTypes.insert(p.id, p.patternType());
        m_heavyResources = heavyResourcesFromPatterns(*patterns);
    }
    return sync();
}

void RuleTableModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    if (!m_rules.isEmpty())
        Q_EMIT dataChanged(index(0, NextRunColumn), index(rowCount() - 1, NextRunColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, NextRunColumn, NextRunColumn);
}

void RuleTableModel::setReferenceTime(qint64 epochSeconds)
{
    if (epochSeconds == m_referenceTime)
        return;
    m_referenceTime = epochSeconds;
    computeConflicts();
}

qint64 RuleTableModel::referenceTime() const
{
    return m_referenceTime != 0 ? m_referenceTime : QDateTime::currentSecsSinceEpoch();
}

void RuleTableModel::setCapacity(int capacity)
{
    if (std::max(1, capacity) == m_capacity)
        return;
    m_capacity = std::max(1, capacity);
    computeConflicts();
}

int RuleTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rules.size(); ++i)
        if (m_rules.at(i).id == id)
            return i;
    return -1;
}

QList<RuleConflict> RuleTableModel::conflictsOf(int row) const
{
    QList<RuleConflict> out;
    for (int i : m_conflictsByRow.value(row))
        out.append(m_conflicts.at(i));
    return out;
}

QString RuleTableModel::sourceText(int row) const
{
    const SchedulingRule &r = m_rules.at(row);
    return RuleTexts::source(r, m_patternTypes.value(r.patternId));
}

QString RuleTableModel::scheduleText(int row) const { return RuleTexts::schedule(m_rules.at(row)); }

QString RuleTableModel::descriptionText(int row) const { return RuleTexts::description(m_rules.at(row)); }

QList<qint64> RuleTableModel::nextFireTimes(int row, int count) const
{
    const Result<CronExpression> cron = CronExpression::parse(m_rules.at(row).cron);
    if (!cron)
        return {};
    // Rule crons read the UTC clock (docs/rules.md); the zone only changes how they are shown.
    return cron->nextN(referenceTime(), count, QTimeZone::utc());
}

bool RuleTableModel::setCron(int row, const QString &cron)
{
    if (row < 0 || row >= m_rules.size())
        return false;
    return edit(m_rules.at(row).id, RuleField::Cron, cron, fieldLabel(RuleField::Cron).arg(m_rules.at(row).name));
}

Result<qint64> RuleTableModel::addRule(const QString &name, const QString &cron)
{
    using R = Result<qint64>;
    if (!m_db)
        return R::failure(fail(tr("No database is open.")).error());
    // Added disabled: a new rule should not start work (or raise conflicts)
    // before its schedule has been set.
    const Result<qint64> id = RuleStore(*m_db).create(name, cron, 50, false, QDateTime::currentSecsSinceEpoch());
    if (!id)
        return R::failure(fail(id.error()).error());
    if (const Status synced = sync(); !synced)
        return R::failure(synced.error());
    recordAdded({*id}, tr("Add rule '%1'").arg(name));
    return id;
}

void RuleTableModel::recordAdded(const QList<qint64> &ids, const QString &text)
{
    if (!m_undo || !m_db || ids.isEmpty())
        return;
    QList<RuleSnapshot> snapshots;
    for (qint64 id : ids) {
        const Result<RuleSnapshot> s = RuleStore(*m_db).snapshot(id);
        if (!s) {
            fail(s.error());
            return;
        }
        snapshots.append(*s);
    }
    m_undo->push(new RuleRowsCommand(this, RuleRowsCommand::Added, snapshots, text));
}

Status RuleTableModel::removeRule(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return fail(tr("There is no rule %1.").arg(id));
    const QString name = m_rules.at(row).name;
    QList<RuleSnapshot> removed;
    if (const Status s = applyRemove({id}, &removed); !s)
        return s;
    if (m_undo)
        m_undo->push(new RuleRowsCommand(this, RuleRowsCommand::Removed, removed, tr("Delete rule '%1'").arg(name)));
    return Status::success();
}

Status RuleTableModel::applyField(qint64 id, RuleField field, const QVariant &value)
{
    if (!m_db)
        return fail(tr("No database is open."));
    const Status s = RuleStore(*m_db).setField(id, field, value, QDateTime::currentSecsSinceEpoch());
    if (!s)
        return fail(s.error());
    return sync();
}

Status RuleTableModel::applyRemove(const QList<qint64> &ids, QList<RuleSnapshot> *removed)
{
    if (!m_db)
        return fail(tr("No database is open."));
    const Result<QList<RuleSnapshot>> r = RuleStore(*m_db).remove(ids);
    if (!r)
        return fail(r.error());
    if (removed)
        *removed = *r;
    return sync();
}

Status RuleTableModel::applyRestore(const QList<RuleSnapshot> &snapshots)
{
    if (!m_db)
        return fail(tr("No database is open."));
    if (const Status s = RuleStore(*m_db).restore(snapshots); !s)
        return fail(s.error());
    return sync();
}

bool RuleTableModel::edit(qint64 id, RuleField field, const QVariant &value, const QString &text)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    const QVariant before = fieldValue(m_rules.at(row), field);
    if (before == value)
        return true;
    if (!applyField(id, field, value))
        return false;
    if (m_undo)
        m_undo->push(new RuleFieldCommand(this, id, field, before, value, text));
    return true;
}

Status RuleTableModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT editFailed(message);
    return Status::failure(message);
}

Status RuleTableModel::sync()
{
    QList<SchedulingRule> fresh;
    if (m_db) {
        Result<QList<SchedulingRule>> all = RuleRepository(*m_db).all();
        if (!all)
            return fail(all.error());
        fresh = std::move(all).value();
    }
    // Both lists are ordered by id: drop the rows that are gone, then insert
    // the new ones at their place, then refresh the rest.
    for (int row = int(m_rules.size()) - 1; row >= 0; --row) {
        const qint64 id = m_rules.at(row).id;
        if (std::none_of(fresh.cbegin(), fresh.cend(), [id](const SchedulingRule &r) { return r.id == id; })) {
            beginRemoveRows({}, row, row);
            m_rules.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (row < m_rules.size() && m_rules.at(row).id == fresh.at(row).id) {
            if (!sameRule(m_rules.at(row), fresh.at(row))) {
                m_rules[row] = fresh.at(row);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_rules.insert(row, fresh.at(row));
        endInsertRows();
    }
    applyConflicts(); // keep the last result on the right rows until the new one arrives
    computeConflicts();
    return Status::success();
}

void RuleTableModel::computeConflicts()
{
    const quint64 generation = ++m_generation;
    QList<qint64> ids;
    for (const SchedulingRule &r : m_rules)
        ids.append(r.id);
    if (m_rules.isEmpty()) {
        m_checked.clear();
        m_checkedIds.clear();
        applyConflicts();
        if (m_checking) {
            m_checking = false;
            Q_EMIT checkingChanged(false);
        }
        return;
    }
    ConflictOptions options;
    options.from = referenceTime();
    options.capacity = m_capacity;
    options.heavyResources = m_heavyResources;
    options.everyPair = true; // the stored rules among themselves, not a new batch
    if (!m_checking) {
        m_checking = true;
        Q_EMIT checkingChanged(true);
    }
    runInBackground<QList<RuleConflict>>(
        this, [rules = m_rules, options] { return findConflicts(rules, options); },
        [this, generation, ids](QList<RuleConflict> found) {
            if (generation != m_generation)
                return; // the rules changed meanwhile; a newer check is running
            m_checked = std::move(found);
            m_checkedIds = ids;
            m_checking = false;
            applyConflicts();
            Q_EMIT checkingChanged(false);
        });
}

void RuleTableModel::applyConflicts()
{
    QHash<qint64, int> rowOfId;
    for (int row = 0; row < m_rules.size(); ++row)
        rowOfId.insert(m_rules.at(row).id, row);
    m_conflicts.clear();
    for (RuleConflict c : m_checked) {
        bool present = true;
        for (int &i : c.rules) {
            i = rowOfId.value(m_checkedIds.value(i), -1);
            present = present && i >= 0;
        }
        if (present) // a conflict with a rule deleted since is gone
            m_conflicts.append(std::move(c));
    }
    const QStringList before = m_signatureByRow;
    m_conflictsByRow = QList<QList<int>>(m_rules.size());
    m_worstByRow = QStringList(m_rules.size());
    m_signatureByRow = QStringList(m_rules.size());
    for (int i = 0; i < m_conflicts.size(); ++i)
        for (int row : m_conflicts.at(i).rules)
            m_conflictsByRow[row].append(i);
    for (int row = 0; row < m_rules.size(); ++row) {
        QList<int> &list = m_conflictsByRow[row];
        std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
            return RuleTexts::severityRank(m_conflicts.at(a).severity) > RuleTexts::severityRank(m_conflicts.at(b).severity);
        });
        if (!list.isEmpty())
            m_worstByRow[row] = m_conflicts.at(list.first()).severity;
        for (int i : list)
            m_signatureByRow[row] += m_conflicts.at(i).description.toEnglish() + u'\n';
    }
    // Only rows whose conflicts changed are announced: dataChanged resets an
    // open cell editor to the stored value, and a check finishing while the
    // user types a new rule's name must not wipe it.
    const QHash<qint64, int> previousRow = [&] {
        QHash<qint64, int> h;
        for (int i = 0; i < m_signatureIds.size(); ++i)
            h.insert(m_signatureIds.at(i), i);
        return h;
    }();
    m_signatureIds.clear();
    for (int row = 0; row < m_rules.size(); ++row) {
        m_signatureIds.append(m_rules.at(row).id);
        const int was = previousRow.value(m_rules.at(row).id, -1);
        if (was < 0 ? !m_signatureByRow.at(row).isEmpty() : before.value(was) != m_signatureByRow.at(row))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    Q_EMIT rulesChanged();
}

QString RuleTableModel::conflictSummary(int row) const
{
    // A tooltip, not a report: the most severe few (the detail pane lists more).
    constexpr int kShown = 5;
    const QList<int> &list = m_conflictsByRow.at(row);
    QStringList lines;
    for (int i = 0; i < std::min<int>(kShown, int(list.size())); ++i) {
        const RuleConflict &c = m_conflicts.at(list.at(i));
        lines << tr("%1 (%2): %3. Suggestion: %4.")
                     .arg(RuleTexts::conflictTypeLabel(c.type), RuleTexts::severityLabel(c.severity),
                          c.description.toString(), c.suggestion.toString());
    }
    if (list.size() > kShown)
        lines << tr("… and %1 more").arg(list.size() - kShown);
    return lines.join(u'\n');
}

int RuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::displayData(int row, int column) const
{
    const SchedulingRule &r = m_rules.at(row);
    switch (column) {
    case PriorityColumn: return r.priority;
    case NameColumn: return r.name;
    case ScheduleColumn:
        if (r.isAfterRule())
            return r.cron == neverFiringCron() ? tr("after %1").arg(r.afterTaskType)
                                               : tr("after %1 (≈ %2)").arg(r.afterTaskType, r.cron);
        return r.cron;
    case DescriptionColumn: return descriptionText(row);
    case NextRunColumn: {
        const QList<qint64> next = nextFireTimes(row, 1);
        if (next.isEmpty())
            return r.isAfterRule() ? tr("after each %1").arg(r.afterTaskType) : QString();
        const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(next.first(), m_zone),
                                                weekdayDateTimeFormat());
        return r.isAfterRule() ? QStringLiteral("≈ ") + when : when;
    }
    case SourceColumn: return sourceText(row);
    case ConflictsColumn: {
        const qsizetype n = m_conflictsByRow.value(row).size();
        return n == 0 ? QString() : QStringLiteral("%1 (%2)").arg(n).arg(RuleTexts::severityLabel(m_worstByRow.value(row)));
    }
    default: return {};
    }
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const SchedulingRule &r = m_rules.at(row);
    switch (role) {
    case RuleIdRole: return r.id;
    case SeverityRole: return m_worstByRow.value(row);
    case Qt::DisplayRole: return displayData(row, column);
    case Qt::EditRole:
        switch (column) {
        case EnabledColumn: return r.enabled;
        case PriorityColumn: return r.priority;
        case NameColumn: return r.name;
        case ScheduleColumn: return r.cron;
        case DescriptionColumn: return r.description;
        default: return displayData(row, column);
        }
    case RawValueRole:
        switch (column) {
        case EnabledColumn: return r.enabled;
        case PriorityColumn: return r.priority;
        case NextRunColumn: {
            const QList<qint64> next = nextFireTimes(row, 1);
            return next.isEmpty() ? QVariant() : QVariant(next.first());
        }
        case ConflictsColumn: return int(m_conflictsByRow.value(row).size());
        default: return data(index, Qt::EditRole);
        }
    case Qt::CheckStateRole:
        return column == EnabledColumn ? QVariant(r.enabled ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::TextAlignmentRole:
        return column == PriorityColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::BackgroundRole: {
        const QString severity = data(index, SeverityRole).toString();
        return severity.isEmpty() ? QVariant() : QVariant(RuleTexts::severityTint(severity));
    }
    case Qt::ForegroundRole:
        // A disabled rule does not run: its row is drawn like disabled text.
        return r.enabled ? QVariant() : QVariant(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    case Qt::DecorationRole:
        if (column == ConflictsColumn && !m_conflictsByRow.value(row).isEmpty() && qobject_cast<QApplication *>(QCoreApplication::instance()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case EnabledColumn:
            return r.enabled ? tr("Enabled: the rule runs and counts in conflict checks.")
                             : tr("Disabled: the rule does not run.");
        case NameColumn: return QString(r.name + u'\n' + descriptionText(row));
        case DescriptionColumn: return descriptionText(row);
        case ScheduleColumn:
            return r.isAfterRule()
                       ? tr("Started %n min after each run of %1 (within %2 min); the cron '%3' is when that is expected.",
                            nullptr, r.delayMinutes)
                             .arg(r.afterTaskType)
                             .arg(r.windowMinutes)
                             .arg(r.cron)
                       : tr("Edit the schedule in the pane below (cron, UTC).");
        case ConflictsColumn: return conflictSummary(row);
        case SourceColumn: {
            QString tip = r.source.isEmpty() ? sourceText(row) : r.source;
            if (r.patternId > 0 && m_patternTypes.contains(r.patternId))
                tip += u'\n' + PatternTypeLabel::tooltip(m_patternTypes.value(r.patternId));
            return tip;
        }
        default: return {};
        }
    default: return {};
    }
}

bool RuleTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const SchedulingRule &r = m_rules.at(index.row());
    const qint64 id = r.id;
    const QString name = r.name;
    switch (index.column()) {
    case EnabledColumn:
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        return edit(id, RuleField::Enabled,
                    role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool(),
                    fieldLabel(RuleField::Enabled).arg(name));
    case PriorityColumn:
        return role == Qt::EditRole && edit(id, RuleField::Priority, value.toInt(), fieldLabel(RuleField::Priority).arg(name));
    case NameColumn:
        return role == Qt::EditRole && edit(id, RuleField::Name, value.toString(), fieldLabel(RuleField::Name).arg(name));
    case ScheduleColumn:
        return role == Qt::EditRole && edit(id, RuleField::Cron, value.toString(), fieldLabel(RuleField::Cron).arg(name));
    case DescriptionColumn:
        return role == Qt::EditRole
               && edit(id, RuleField::Description, value.toString(), fieldLabel(RuleField::Description).arg(name));
    default: return false;
    }
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case EnabledColumn: return f | Qt::ItemIsUserCheckable;
    case PriorityColumn:
    case NameColumn:
    case DescriptionColumn: return f | Qt::ItemIsEditable;
    default: return f;
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EnabledColumn: return tr("Whether the rule runs (click to toggle)");
        case PriorityColumn: return tr("1–100; the higher priority wins a conflict (double-click to edit)");
        case ScheduleColumn: return tr("Cron expression on the UTC clock, or the rule an \"after\" rule follows");
        case DescriptionColumn: return tr("The schedule in words and what the rule does and why");
        case NextRunColumn: return tr("The next start in the display time zone (≈: expected start of an \"after\" rule)");
        case SourceColumn: return tr("Where the rule came from: a detected pattern, an import or added by hand");
        case ConflictsColumn: return tr("Conflicts with other enabled rules in the next 7 days; hover for details");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnabledColumn: return tr("On");
    case PriorityColumn: return tr("Priority");
    case NameColumn: return tr("Name");
    case ScheduleColumn: return tr("Schedule (UTC)");
    case DescriptionColumn: return tr("Description");
    case NextRunColumn: return tr("Next run (%1)").arg(zoneLabel(m_zone));
    case SourceColumn: return tr("Source");
    case ConflictsColumn: return tr("Conflicts");
    default: return {};
    }
}

} // namespace rulecast
