#include "metrictile.h"

#include "gui/charts/sparkline.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace rulecast {

MetricTile::MetricTile(const QString &title, const QString &targetViewId, QWidget *parent)
    : QFrame(parent), m_target(targetViewId)
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    // Base (the colour of table cells) sets the tile off from the window in
    // light and dark themes alike.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("tileTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("tileValue"));
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    m_value->setFont(valueFont);

    m_meaning = new QLabel(this);
    m_meaning->setObjectName(QStringLiteral("tileMeaning"));
    m_meaning->setWordWrap(true);
    m_meaning->setForegroundRole(QPalette::PlaceholderText);
    m_meaning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Two lines of text whatever the content, so tiles in a row line up.
    m_meaning->setMinimumHeight(m_meaning->fontMetrics().lineSpacing() * 2);

    m_sparkline = new Sparkline(this);
    m_sparkline->setObjectName(QStringLiteral("tileSparkline"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_meaning, 1);
    layout->addWidget(m_sparkline);
}

void MetricTile::setValue(const QString &value, const QString &meaning)
{
    m_value->setText(value);
    m_meaning->setText(meaning);
}

void MetricTile::setEmpty(const QString &hint)
{
    m_value->setText(QStringLiteral("—"));
    m_meaning->setText(hint);
}

void MetricTile::setTrend(const QVector<double> &values, const QString &tooFewText)
{
    m_sparkline->setValues(values);
    m_sparkline->setEmptyText(tooFewText);
}

QString MetricTile::title() const { return m_title->text(); }
QString MetricTile::valueText() const { return m_value->text(); }
QString MetricTile::meaningText() const { return m_meaning->text(); }

void MetricTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated(m_target);
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void MetricTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated(m_target);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void MetricTile::enterEvent(QEnterEvent *event)
{
    setHighlighted(true);
    QFrame::enterEvent(event);
}

void MetricTile::leaveEvent(QEvent *event)
{
    setHighlighted(hasFocus());
    QFrame::leaveEvent(event);
}

void MetricTile::focusInEvent(QFocusEvent *event)
{
    setHighlighted(true);
    QFrame::focusInEvent(event);
}

void MetricTile::focusOutEvent(QFocusEvent *event)
{
    setHighlighted(underMouse());
    QFrame::focusOutEvent(event);
}

// Hover and keyboard focus raise the frame: the tile says it can be clicked.
void MetricTile::setHighlighted(bool on)
{
    setFrameShadow(on ? QFrame::Raised : QFrame::Plain);
    setLineWidth(on ? 2 : 1);
}

} // namespace rulecast
