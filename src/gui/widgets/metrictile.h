#pragma once

#include <QFrame>
#include <QVector>

class QLabel;

namespace rulecast {

class Sparkline;

// One figure of the Dashboard: its name, the value in large type, a line
// saying what it means (or what to do when there is no value yet) and a
// sparkline of its trend. The whole tile is a button: a click, Enter or Space
// emits activated() with the id of the view behind the figure.
class MetricTile : public QFrame
{
    Q_OBJECT

public:
    MetricTile(const QString &title, const QString &targetViewId, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &meaning);
    // No value: a dash, and the empty-state hint in place of the meaning.
    void setEmpty(const QString &hint);
    void setTrend(const QVector<double> &values, const QString &tooFewText);

    QString title() const;
    QString valueText() const;
    QString meaningText() const;
    const QString &targetViewId() const { return m_target; }
    Sparkline *sparkline() const { return m_sparkline; }

Q_SIGNALS:
    void activated(const QString &viewId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void setHighlighted(bool on);

    QString m_target;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_meaning = nullptr;
    Sparkline *m_sparkline = nullptr;
};

} // namespace rulecast
