#pragma once

#include "storage/taskquery.h"

#include <QTimeZone>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

namespace rulecast {

// The row of filter widgets above the History table: type, status, host,
// time range and free text. It only builds a TaskFilter; the query runs in SQL.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    // Time range presets, relative to the newest task of the database (a
    // history may be years old: "last 7 days" of wall-clock time would be empty).
    enum Range { AllTime, LastDay, LastWeek, LastMonth, LastQuarter, CustomRange };
    Q_ENUM(Range)

    explicit HistoryFilterBar(QWidget *parent = nullptr);

    void setChoices(const QStringList &types, const QStringList &statuses, const QStringList &hosts);
    // The newest start in the database (anchor of the presets) and the zone of the date pickers.
    void setHistorySpan(qint64 firstStart, qint64 lastStart, const QTimeZone &zone);

    TaskFilter filter() const;

    // Programmatic access for the main window's shortcuts and for tests.
    void setType(const QString &type);
    void setStatus(const QString &status);
    void setHost(const QString &host);
    void setText(const QString &text);
    void setRange(Range range);
    void setCustomRange(const QDate &from, const QDate &to);
    void focusSearch();

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void filterChanged(const TaskFilter &filter);

private:
    void emitChanged();
    // `label` words a stored value for the user (task statuses); the item's
    // data keeps the stored value the filter matches.
    static void fillCombo(QComboBox *combo, const QString &allLabel, const QStringList &values,
                          QString (*label)(const QString &) = nullptr);
    static void selectValue(QComboBox *combo, const QString &value);

    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_host = nullptr;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_clear = nullptr;
    QTimer *m_textDelay = nullptr;
    qint64 m_lastStart = 0;
    QTimeZone m_zone;
    TaskFilter m_emitted;
    bool m_blockEmit = false;
};

} // namespace rulecast
