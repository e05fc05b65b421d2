#include "historyfilterbar.h"
#include "gui/taskstatusnames.h"

#include "gui/tips.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace rulecast {

HistoryFilterBar::HistoryFilterBar(QWidget *parent) : QWidget(parent), m_zone(QTimeZone::systemTimeZone())
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("historySearch"));
    m_text->setPlaceholderText(tr("Search type, status, host, description…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(220);
    setTips(m_text, tr("Shows tasks whose type, status, host or description contains this text (Ctrl+F)"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    setTips(m_type, tr("Only tasks of this type"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    setTips(m_status, tr("Only tasks with this status"));
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("hostFilter"));
    setTips(m_host, tr("Only tasks that ran on this host"));
    fillCombo(m_type, tr("All types"), {});
    fillCombo(m_status, tr("All statuses"), {});
    fillCombo(m_host, tr("All hosts"), {});

    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeFilter"));
    setTips(m_range, tr("Time range of task starts, counted back from the newest task in the database"));
    m_range->addItem(tr("All time"), AllTime);
    m_range->addItem(tr("Last day"), LastDay);
    m_range->addItem(tr("Last 7 days"), LastWeek);
    m_range->addItem(tr("Last 30 days"), LastMonth);
    m_range->addItem(tr("Last 90 days"), LastQuarter);
    m_range->addItem(tr("Custom range"), CustomRange);

    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setVisible(false);
    }
    setTips(m_from, tr("First day (inclusive)"));
    setTips(m_to, tr("Last day (inclusive)"));

    m_clear = new QToolButton(this);
    m_clear->setText(tr("Reset"));
    setTips(m_clear, tr("Show every task again"));

    row->addWidget(m_text, 2);
    row->addWidget(m_type);
    row->addWidget(m_status);
    row->addWidget(m_host);
    row->addWidget(m_range);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addWidget(m_clear);

    // Typing re-queries a million rows: wait for a pause instead of every key.
    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250);
    connect(m_textDelay, &QTimer::timeout, this, &HistoryFilterBar::emitChanged);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_type, m_status, m_host})
        connect(c, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::emitChanged);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() == CustomRange;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryFilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryFilterBar::emitChanged);
    connect(m_clear, &QToolButton::clicked, this, &HistoryFilterBar::clear);
}

void HistoryFilterBar::fillCombo(QComboBox *combo, const QString &allLabel, const QStringList &values,
                                 QString (*label)(const QString &))
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(allLabel, QString());
    for (const QString &v : values)
        combo->addItem(label ? label(v) : v, v);
    selectValue(combo, current);
}

void HistoryFilterBar::selectValue(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void HistoryFilterBar::setChoices(const QStringList &types, const QStringList &statuses, const QStringList &hosts)
{
    m_blockEmit = true;
    fillCombo(m_type, tr("All types"), types);
    fillCombo(m_status, tr("All statuses"), statuses, taskStatusLabel);
    fillCombo(m_host, tr("All hosts"), hosts);
    m_host->setVisible(!hosts.isEmpty());
    m_blockEmit = false;
    emitChanged();
}

void HistoryFilterBar::setHistorySpan(qint64 firstStart, qint64 lastStart, const QTimeZone &zone)
{
    m_blockEmit = true;
    m_lastStart = lastStart;
    m_zone = zone;
    const QDate first = QDateTime::fromSecsSinceEpoch(firstStart, zone).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(lastStart, zone).date();
    for (QDateEdit *e : {m_from, m_to})
        e->setDateRange(first, last);
    if (m_range->currentData().toInt() != CustomRange) {
        m_from->setDate(first);
        m_to->setDate(last);
    }
    m_blockEmit = false;
    emitChanged();
}

TaskFilter HistoryFilterBar::filter() const
{
    TaskFilter f;
    f.type = m_type->currentData().toString();
    f.status = m_status->currentData().toString();
    f.host = m_host->currentData().toString();
    f.text = m_text->text().trimmed();
    const int range = m_range->currentData().toInt();
    static const qint64 presetDays[] = {0, 1, 7, 30, 90};
    if (range == CustomRange) {
        f.from = QDateTime(m_from->date(), QTime(0, 0), m_zone).toSecsSinceEpoch();
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
    } else if (range != AllTime) {
        // The window ends just after the newest start so that task is included.
        f.to = m_lastStart + 1;
        f.from = *f.to - presetDays[range] * 86400;
    }
    return f;
}

void HistoryFilterBar::emitChanged()
{
    if (m_blockEmit)
        return;
    m_textDelay->stop();
    const TaskFilter f = filter();
    if (f == m_emitted)
        return;
    m_emitted = f;
    Q_EMIT filterChanged(f);
}

void HistoryFilterBar::setType(const QString &type)
{
    selectValue(m_type, type);
}

void HistoryFilterBar::setStatus(const QString &status)
{
    selectValue(m_status, status);
}

void HistoryFilterBar::setHost(const QString &host)
{
    selectValue(m_host, host);
}

void HistoryFilterBar::setText(const QString &text)
{
    m_text->setText(text);
}

void HistoryFilterBar::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(range));
}

void HistoryFilterBar::setCustomRange(const QDate &from, const QDate &to)
{
    m_blockEmit = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_blockEmit = false;
    setRange(CustomRange);
    emitChanged();
}

void HistoryFilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void HistoryFilterBar::clear()
{
    m_blockEmit = true;
    m_text->clear();
    m_textDelay->stop();
    for (QComboBox *c : {m_type, m_status, m_host, m_range})
        c->setCurrentIndex(0);
    m_blockEmit = false;
    emitChanged();
}

} // namespace rulecast
