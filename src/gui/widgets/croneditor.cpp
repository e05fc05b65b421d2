#include "croneditor.h"
#include "gui/zonelabel.h"

#include "core/cronexpression.h"
#include "core/crondescription.h"
#include "core/timeformat.h"
#include "gui/themecolors.h"
#include "gui/tips.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace rulecast {

namespace {

// "Sun 2027-03-28 03:30 +02:00": the wall time in the chosen zone, with the
// offset so the two passes of a repeated hour are told apart.
QString wallTimeText(qint64 t, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t, zone);
    const QString iso = timeformat::toIsoWithOffset(t, local.offsetFromUtc());
    const QString offset = local.offsetFromUtc() == 0 ? QStringLiteral("+00:00") : iso.mid(19);
    return QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm")) + u' ' + offset;
}

} // namespace

CronEditor::CronEditor(QWidget *parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("cronExpression"));
    m_edit->setPlaceholderText(tr("e.g. */15 9-17 * * mon-fri"));
    setTips(m_edit, tr("minute hour day-of-month month day-of-week, or a macro such as @daily"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cronMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("cronDescription"));
    m_description->setWordWrap(true);
    QFont bold = m_description->font();
    bold.setBold(true);
    m_description->setFont(bold);

    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("cronZone"));
    setTips(m_zone, tr("The time zone whose wall clock the expression reads"));
    m_zone->setEditable(true); // type to find one of several hundred zones
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(QStringLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC")
            m_zone->addItem(QString::fromUtf8(id));
    }
    setTimeZone(QTimeZone::systemTimeZone());

    m_times = new QListWidget(this);
    m_times->setObjectName(QStringLiteral("cronNextTimes"));
    setTips(m_times, tr("The next times the expression fires, on the chosen zone's clock"));
    m_times->setSelectionMode(QAbstractItemView::NoSelection);
    m_times->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_description);
    auto *form = new QFormLayout;
    form->addRow(tr("Time zone:"), m_zone);
    layout->addLayout(form);
    m_timesLabel = new QLabel(tr("Next %n fire times:", nullptr, FireTimeCount), this);
    m_timesLabel->setObjectName(QStringLiteral("cronNextTimesLabel"));
    layout->addWidget(m_timesLabel);
    layout->addWidget(m_times, 1);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        refresh();
        Q_EMIT expressionChanged(expression(), m_valid);
    });
    connect(m_zone, &QComboBox::currentTextChanged, this, [this] { refresh(); });
    refresh();
}

QString CronEditor::expression() const { return m_edit->text(); }

void CronEditor::setExpression(const QString &expression) { m_edit->setText(expression); }

QTimeZone CronEditor::timeZone() const
{
    const QTimeZone zone(m_zone->currentText().toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

void CronEditor::setTimeZone(const QTimeZone &zone)
{
    const int index = zone.isValid() ? m_zone->findText(QString::fromUtf8(zone.id())) : -1;
    if (index >= 0)
        m_zone->setCurrentIndex(index);
}

void CronEditor::setTimeZoneEditable(bool editable)
{
    m_zone->setEnabled(editable);
}

void CronEditor::setDisplayTimeZone(const QTimeZone &zone)
{
    m_displayZone = zone;
    m_timesLabel->setText(zone.isValid() ? tr("Next %n fire times (%1):", nullptr, FireTimeCount).arg(zoneLabel(zone))
                                         : tr("Next %n fire times:", nullptr, FireTimeCount));
    refresh();
}

void CronEditor::setReferenceTime(qint64 epochSeconds)
{
    m_referenceTime = epochSeconds;
    refresh();
}

QString CronEditor::message() const { return m_message->text(); }
QString CronEditor::description() const { return m_description->text(); }

QStringList CronEditor::fireTimes() const
{
    QStringList out;
    for (int i = 0; i < m_times->count(); ++i)
        out << m_times->item(i)->text();
    return out;
}

void CronEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, errorTextColor(palette));
    m_message->setPalette(palette);
}

void CronEditor::refresh()
{
    m_times->clear();
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty()) {
        m_valid = false;
        m_description->clear();
        showMessage(tr("Enter a cron expression: minute hour day-of-month month day-of-week."), false);
        return;
    }
    const Result<CronExpression> parsed = CronExpression::parse(text);
    m_valid = parsed.ok();
    if (!parsed) {
        m_description->clear();
        showMessage(parsed.error(), true);
        return;
    }
    showMessage(tr("Valid expression."), false);
    m_description->setText(describeCron(*parsed));
    const QTimeZone zone = timeZone();
    const qint64 from = m_referenceTime != 0 ? m_referenceTime : QDateTime::currentSecsSinceEpoch();
    const QTimeZone shown = m_displayZone.isValid() ? m_displayZone : zone;
    for (qint64 t : parsed->nextN(from, FireTimeCount, zone))
        m_times->addItem(wallTimeText(t, shown));
}

} // namespace rulecast
