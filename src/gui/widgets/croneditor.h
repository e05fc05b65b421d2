#pragma once

#include <QTimeZone>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
QT_END_NAMESPACE

namespace rulecast {

// Edits one cron expression: a line edit validated as you type (the problems
// in red under it), the plain-English description, a time-zone choice and the
// next ten fire times on that zone's wall clock. Reused wherever a schedule is
// edited (the Rules view).
class CronEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int FireTimeCount = 10;

    explicit CronEditor(QWidget *parent = nullptr);

    QString expression() const;
    void setExpression(const QString &expression);
    bool isValid() const { return m_valid; }

    QTimeZone timeZone() const;
    // Unknown / invalid zones are ignored.
    void setTimeZone(const QTimeZone &zone);
    // Whether the user may pick another zone (a rule's cron always reads UTC).
    void setTimeZoneEditable(bool editable);
    // Lists the fire times on this zone's wall clock instead of the
    // expression's own (the Rules view: UTC crons shown in the display zone).
    // An invalid zone (the default) lists them in timeZone().
    void setDisplayTimeZone(const QTimeZone &zone);

    // The fire times are listed from this instant on (UTC epoch seconds);
    // 0, the default, means the current time whenever the list is refreshed.
    void setReferenceTime(qint64 epochSeconds);

    // What the labels and the list currently show (also for tests).
    QString message() const;
    QString description() const;
    QStringList fireTimes() const;

Q_SIGNALS:
    void expressionChanged(const QString &expression, bool valid);

private:
    void refresh();
    void showMessage(const QString &text, bool error);

    QLineEdit *m_edit = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_description = nullptr;
    QComboBox *m_zone = nullptr;
    QListWidget *m_times = nullptr;
    QLabel *m_timesLabel = nullptr;
    QTimeZone m_displayZone;
    qint64 m_referenceTime = 0;
    bool m_valid = false;
};

} // namespace rulecast
